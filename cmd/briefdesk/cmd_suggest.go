package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"path/filepath"

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
		w := bufio.NewWriter(e.stdout)
		if err := suggest.WriteJSONL(eng, in, w); err != nil {
			return err
		}
		return w.Flush()
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
