package batch

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing/importer"
)

// expand turns a folder into its supported files; anything else is itself.
func expand(item string) []Result {
	if isURL(item) || item == "-" {
		return []Result{{Item: item}}
	}
	if rest, ok := cutPrefixFold(item, "file://"); ok {
		return []Result{{Item: item, Status: Failed, Err: fmt.Errorf("file: URLs are not read; give the path (%s)", rest)}}
	}
	fi, err := os.Stat(item)
	if err != nil {
		return []Result{{Item: item, Status: Failed, Err: pathError(err)}}
	}
	if !fi.IsDir() {
		return []Result{{Item: item}}
	}
	// A part of the folder that cannot be read costs one failed line; the
	// files found elsewhere in it are imported all the same.
	// What the walk passes over on purpose gets a skipped line each.
	files, skipped, err := importer.ExpandReport([]string{item})
	unreadable := walkErrors(item, err)
	if len(files) == 0 && len(unreadable) == 0 && len(skipped) == 0 {
		return []Result{{Item: item, Status: Failed, Err: errors.New("folder holds no importable files")}}
	}
	out := make([]Result, 0, len(files)+len(unreadable)+len(skipped))
	for _, f := range files {
		out = append(out, Result{Item: f})
	}
	for _, s := range skipped {
		out = append(out, Result{Item: s.Path, Status: Skipped, Err: errors.New(s.Reason)})
	}
	out = append(out, unreadable...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Item < out[j].Item })
	return out
}

// walkErrors turns the error of importer.Expand (errors joined, one per
// path that could not be read) into one failed result per path.
func walkErrors(root string, err error) []Result {
	if err == nil {
		return nil
	}
	var errs []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	} else {
		errs = []error{err}
	}
	var out []Result
	for _, e := range errs {
		var pe *fs.PathError
		if errors.As(e, &pe) {
			out = append(out, Result{Item: pe.Path, Status: Failed, Err: pathError(pe.Err)})
			continue
		}
		out = append(out, Result{Item: root, Status: Failed, Err: e})
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

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}
