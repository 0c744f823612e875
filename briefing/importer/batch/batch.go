// Package batch runs an import of many items (files, folders, URLs, pasted
// text) and reports one result per item: ok, duplicate or failed with the
// reason. It knows nothing of storage: the caller passes a SaveFunc, so the
// CLI and the app share one import path and one report format.
package batch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/importer"
)

// Status is the outcome of one item.
type Status int

// The three outcomes an import reports.
const (
	OK Status = iota
	Duplicate
	Failed
)

func (s Status) String() string {
	switch s {
	case OK:
		return "ok"
	case Duplicate:
		return "duplicate"
	}
	return "failed"
}

// Result is the outcome of importing one item.
type Result struct {
	Item   string // the file, URL or "-" as given (a folder expands to its files)
	Status Status
	ID     int64
	Title  string
	Err    error
}

// String is the CLI's one-line report: "ok <id> <title>",
// "duplicate <id> <title>" or "failed <item>: <reason>".
func (r Result) String() string {
	if r.Status == Failed {
		return fmt.Sprintf("failed %s: %v", r.Item, r.Err)
	}
	return fmt.Sprintf("%s %d %s", r.Status, r.ID, oneLine(r.Title))
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// SaveFunc stores one article and says whether it was already there.
type SaveFunc func(ctx context.Context, a briefing.Article) (id int64, duplicate bool, err error)

// Options tune an import.
type Options struct {
	Stdin  io.Reader    // read for the item "-"
	Client *http.Client // for URLs; nil means a client with sane timeouts
}

// Counts sums up an import.
type Counts struct{ OK, Duplicate, Failed int }

// Run imports every item in order and calls report once per item (a folder
// yields one result per file in it). An item that fails leaves nothing
// stored; the rest go on. When ctx is cancelled, every item not yet done is
// reported as failed with the reason "cancelled"; what was stored stays.
func Run(ctx context.Context, items []string, o Options, save SaveFunc, report func(Result)) Counts {
	var c Counts
	emit := func(r Result) {
		switch r.Status {
		case OK:
			c.OK++
		case Duplicate:
			c.Duplicate++
		default:
			c.Failed++
		}
		report(r)
	}
	for _, item := range items {
		for _, r := range expand(item) {
			if r.Err != nil {
				emit(r)
				continue
			}
			if ctx.Err() != nil {
				emit(Result{Item: r.Item, Status: Failed, Err: errors.New("cancelled")})
				continue
			}
			for _, res := range importOne(ctx, r.Item, o, save) {
				emit(res)
			}
		}
	}
	return c
}

// expand turns a folder into its supported files; anything else is itself.
func expand(item string) []Result {
	if isURL(item) || item == "-" {
		return []Result{{Item: item}}
	}
	fi, err := os.Stat(item)
	if err != nil {
		return []Result{{Item: item, Status: Failed, Err: pathError(err)}}
	}
	if !fi.IsDir() {
		return []Result{{Item: item}}
	}
	files, err := importer.Expand([]string{item})
	if err != nil {
		return []Result{{Item: item, Status: Failed, Err: err}}
	}
	if len(files) == 0 {
		return []Result{{Item: item, Status: Failed, Err: errors.New("folder holds no importable files")}}
	}
	out := make([]Result, len(files))
	for i, f := range files {
		out[i] = Result{Item: f}
	}
	return out
}

func pathError(err error) error {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return errors.New("no such file or folder")
	case errors.Is(err, os.ErrPermission):
		return errors.New("permission denied")
	}
	return err
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// importOne turns one item into articles (a feed gives many) and saves them.
func importOne(ctx context.Context, item string, o Options, save SaveFunc) []Result {
	loaded, err := load(ctx, item, o)
	if err != nil {
		return []Result{{Item: item, Status: Failed, Err: trimItem(err, item)}}
	}
	out := make([]Result, 0, len(loaded))
	for _, it := range loaded {
		name := item
		if it.Source != "" && it.Source != item {
			name = it.Source // a feed entry's link
		}
		if it.Err != nil {
			out = append(out, Result{Item: name, Status: Failed, Err: trimItem(it.Err, name)})
			continue
		}
		if ctx.Err() != nil {
			out = append(out, Result{Item: name, Status: Failed, Title: it.Article.Title, Err: errors.New("cancelled")})
			continue
		}
		id, dup, err := save(ctx, it.Article)
		switch {
		case err != nil:
			out = append(out, Result{Item: name, Status: Failed, Title: it.Article.Title, Err: err})
		case dup:
			out = append(out, Result{Item: name, Status: Duplicate, ID: id, Title: it.Article.Title})
		default:
			out = append(out, Result{Item: name, Status: OK, ID: id, Title: it.Article.Title})
		}
	}
	return out
}

// load reads one item: "-" from standard input, anything else through the
// importer (file by extension, URL as page or feed, feed file).
func load(ctx context.Context, item string, o Options) ([]importer.Item, error) {
	if item != "-" {
		return importer.Load(ctx, o.Client, item), nil
	}
	if o.Stdin == nil {
		return nil, errors.New("no standard input")
	}
	data, err := io.ReadAll(io.LimitReader(o.Stdin, importer.MaxTextSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > importer.MaxTextSize {
		return nil, fmt.Errorf("standard input: more than %d MB of text", importer.MaxTextSize>>20)
	}
	a, err := importer.FromText(string(data), importer.Meta{})
	if err != nil {
		return nil, err
	}
	return []importer.Item{{Source: item, Article: a}}, nil
}

// trimItem drops a leading "item: " from err's text, since the report line
// already names the item.
func trimItem(err error, item string) error {
	msg := err.Error()
	for _, prefix := range []string{item + ": ", filepath.Base(item) + ": "} {
		if strings.HasPrefix(msg, prefix) {
			return errors.New(strings.TrimPrefix(msg, prefix))
		}
	}
	return err
}
