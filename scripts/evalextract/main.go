// Command evalextract runs the HTML importer over the Mozilla readability
// test pages in ../shared/eval/readability-dev and prints one JSON line per
// page — {"name","title","byline","published","text"} — for
// score_extraction.py. It is a measuring tool, not part of the app.
//
// Usage: go run ./scripts/evalextract PAGES_DIR > out.jsonl
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/briefdesk/briefdesk/briefing/importer"
)

type line struct {
	Name      string `json:"name"`
	Title     string `json:"title"`
	Byline    string `json:"byline"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: evalextract PAGES_DIR")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "evalextract:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	var names []string
	for _, e := range entries {
		if e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	for _, name := range names {
		src := filepath.Join(dir, name, "source.html")
		if _, err := os.Stat(src); err != nil {
			continue
		}
		a, err := importer.FromFile(src)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			continue
		}
		out := line{Name: name, Title: a.Title, Byline: a.Author, Text: a.Text}
		if !a.Published.IsZero() {
			out.Published = a.Published.Format(time.RFC3339)
		}
		if err := enc.Encode(out); err != nil {
			return err
		}
	}
	return nil
}
