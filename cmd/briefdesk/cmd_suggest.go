package main

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/importer"
	"github.com/briefdesk/briefdesk/briefing/suggest"
)

func runSuggest(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("suggest", flag.ContinueOnError)
	jsonl := fs.String("jsonl", "", `batch input: one {"id","text"} object a line ("-" for standard input)`)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	eng, err := suggest.New()
	if err != nil {
		return err
	}
	if *jsonl != "" {
		in := e.stdin
		if *jsonl != "-" {
			f, err := openRegular(*jsonl)
			if err != nil {
				return err
			}
			defer f.Close()
			in = f
		}
		return suggestEachLine(eng, in, e)
	}
	if len(pos) == 0 {
		return usagef("want a FILE or --jsonl IN.jsonl")
	}
	var articles []briefing.Article
	for i, p := range pos {
		a, err := importer.FromFile(p)
		if err != nil {
			return err
		}
		a.ID = int64(i + 1)
		articles = append(articles, a)
		if len(pos) > 1 {
			fmt.Fprintf(e.stdout, "[%d] %s\n", a.ID, term(filepath.Base(p)))
		}
	}
	return suggest.WriteText(e.stdout, eng.Draft(articles))
}

// suggestEachLine runs suggest.WriteJSONL on one input line at a time: a
// line that is not a {"id","text"} object is reported on standard error
// with its number and the run goes on, so one bad line costs only itself.
// The exit status says some lines failed.
func suggestEachLine(eng *suggest.Engine, in io.Reader, e *env) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	w := bufio.NewWriter(e.stdout)
	failed, n := 0, 0
	for sc.Scan() {
		n++
		line := sc.Bytes()
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if err := suggest.WriteJSONL(eng, bytes.NewReader(line), w); err != nil {
			failed++
			msg := strings.TrimPrefix(err.Error(), "line 1: ")
			fmt.Fprintf(e.stderr, "failed line %d: %s\n", n, term(msg))
		}
	}
	if err := sc.Err(); err != nil {
		w.Flush()
		return fmt.Errorf("line %d: %w", n+1, err)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if failed > 0 {
		return errSomeFailed
	}
	return nil
}
