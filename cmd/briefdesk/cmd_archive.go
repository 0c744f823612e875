package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/importer"
	"github.com/briefdesk/briefdesk/briefing/importer/batch"
	"github.com/briefdesk/briefdesk/storage"
)

// optimizeAfter is the import size after which the search index is merged.
const optimizeAfter = 500

func runImport(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	var tags multiFlag
	fs.Var(&tags, "tag", "tag every imported article (repeatable)")
	deadline := fs.Duration("feed-deadline", importer.FeedDeadline, "time allowed to fetch the pages of one feed's entries")
	parseDeadline := fs.Duration("parse-deadline", importer.ParseDeadline, "time allowed to read and parse one file")
	items, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(items) == 0 {
		return usagef("nothing to import")
	}
	if *deadline <= 0 {
		return usagef("--feed-deadline %v: give a positive duration, e.g. 2m", *deadline)
	}
	if *parseDeadline <= 0 {
		return usagef("--parse-deadline %v: give a positive duration, e.g. 1m", *parseDeadline)
	}
	st, err := e.openStore()
	if err != nil {
		return err
	}
	defer st.Close()

	tag := func(ctx context.Context, id int64) error {
		if len(tags) == 0 {
			return nil
		}
		return st.Tag(ctx, id, tags...)
	}
	save := func(ctx context.Context, a briefing.Article) (int64, bool, error) {
		res, err := st.AddArticle(ctx, a)
		if err != nil {
			return 0, false, err
		}
		return res.ID, res.Duplicate, tag(ctx, res.ID)
	}
	saveMany := func(ctx context.Context, as []briefing.Article) ([]int64, []bool, error) {
		res, err := st.AddArticles(ctx, as)
		if err != nil {
			return nil, nil, err
		}
		ids, dups := make([]int64, len(res)), make([]bool, len(res))
		for i, r := range res {
			ids[i], dups[i] = r.ID, r.Duplicate
			if err := tag(ctx, r.ID); err != nil {
				return nil, nil, err
			}
		}
		return ids, dups, nil
	}
	// Lines are printed once their batch is committed: a line that says ok
	// means the article is stored, even if the import is killed right after.
	counts := batch.Run(ctx, items, batch.Options{Stdin: e.stdin, SaveMany: saveMany, FeedDeadline: *deadline, ParseDeadline: *parseDeadline, Tag: st.Tag, StoredTitle: func(ctx context.Context, id int64) (string, error) {
		a, err := st.Article(ctx, id)
		return a.Title, err
	}}, save, func(r batch.Result) {
		fmt.Fprintln(e.stdout, r)
	})
	if ctx.Err() != nil {
		// Interrupted (Ctrl-C): what was committed stays; say what was done.
		fmt.Fprintf(e.stderr, "briefdesk import: interrupted: %d imported, %d duplicate, %d failed or not imported, %d skipped; the %d imported are stored\n",
			counts.OK, counts.Duplicate, counts.Failed, counts.Skipped, counts.OK)
		return errSomeFailed
	}
	if counts.OK >= optimizeAfter {
		// A bulk import leaves the full-text index in many pieces; merging
		// them makes later searches faster.
		if err := st.Optimize(ctx); err != nil {
			return err
		}
	}
	if counts.Failed > 0 {
		return errSomeFailed
	}
	return nil
}

// articleJSON is the CLI's JSON shape of an article, a contract for scripts.
type articleJSON struct {
	ID        int64    `json:"id"`
	Title     string   `json:"title"`
	Outlet    string   `json:"outlet"`
	Author    string   `json:"author"`
	Published string   `json:"published"`
	URL       string   `json:"url"`
	Tags      []string `json:"tags"`
	WordCount int      `json:"word_count"`
	Snippet   string   `json:"snippet,omitempty"`
	Text      string   `json:"text,omitempty"`
}

func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

func summaryJSON(a briefing.ArticleSummary, tags []string) articleJSON {
	if tags == nil {
		tags = []string{}
	}
	return articleJSON{ID: a.ID, Title: a.Title, Outlet: a.Outlet, Author: a.Author,
		Published: rfc3339(a.Published), URL: a.URL, Tags: tags, WordCount: a.WordCount}
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// plainSnippet turns the store's highlight markers into [brackets] for a terminal.
func plainSnippet(s string) string {
	s = strings.ReplaceAll(s, storage.HighlightStart, "[")
	s = strings.ReplaceAll(s, storage.HighlightEnd, "]")
	return strings.Join(strings.Fields(s), " ")
}

func parseDate(flagName, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	t, err := briefing.ParseDateField(v, time.RFC3339)
	if err != nil {
		return time.Time{}, usagef("--%s %q: %v", flagName, v, err)
	}
	return t, nil
}

func runSearch(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	limit := fs.Int("limit", 20, "maximum number of results")
	asJSON := fs.Bool("json", false, "print JSON")
	sortBy := fs.String("sort", "rank", "rank or date")
	tag := fs.String("tag", "", "only articles with this tag")
	since := fs.String("since", "", "only articles published on or after DATE")
	until := fs.String("until", "", "only articles published before DATE")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	query := strings.Join(pos, " ")
	if strings.TrimSpace(query) == "" {
		return usagef("no query")
	}
	if *sortBy != "rank" && *sortBy != "date" {
		return usagef("--sort %q: want rank or date", *sortBy)
	}
	opts := storage.SearchOptions{Limit: *limit, Sort: *sortBy, Tag: *tag}
	if opts.Since, err = parseDate("since", *since); err != nil {
		return err
	}
	if opts.Until, err = parseDate("until", *until); err != nil {
		return err
	}
	if !opts.Until.IsZero() && len(*until) == len("2006-01-02") {
		opts.Until = opts.Until.AddDate(0, 0, 1) // --until names the last day included
	}
	st, err := e.openStore()
	if err != nil {
		return err
	}
	defer st.Close()
	hits, err := st.Search(ctx, query, opts)
	if errors.Is(err, storage.ErrOnlyExclusions) {
		return usagef("%v", storage.ErrOnlyExclusions)
	}
	if err != nil {
		return err
	}
	if _, info := storage.ParseQuery(query); info.Dropped > 0 {
		fmt.Fprintf(e.stderr, "query shortened: the %d terms after the first %d were left out\n", info.Dropped, storage.MaxQueryTerms)
	}
	if *asJSON {
		out := make([]articleJSON, 0, len(hits))
		for _, h := range hits {
			tags, err := st.Tags(ctx, h.ID)
			if err != nil {
				return err
			}
			j := summaryJSON(h.ArticleSummary, tags)
			j.Snippet = plainSnippet(h.Snippet)
			out = append(out, j)
		}
		return writeJSON(e.stdout, out)
	}
	for _, h := range hits {
		fmt.Fprintf(e.stdout, "%d\t%s\t%s\t%s\n", h.ID, term(h.Title), term(outletDate(h.ArticleSummary)), term(plainSnippet(h.Snippet)))
	}
	if len(hits) == 0 {
		fmt.Fprintln(e.stderr, "no matches")
	}
	return nil
}

func outletDate(a briefing.ArticleSummary) string {
	parts := []string{}
	if a.Outlet != "" {
		parts = append(parts, a.Outlet)
	}
	if !a.Published.IsZero() {
		parts = append(parts, a.Published.Format("2006-01-02"))
	}
	return strings.Join(parts, ", ")
}

func runList(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("list", flag.ContinueOnError)
	limit := fs.Int("limit", 0, "maximum number of articles (0: all)")
	tag := fs.String("tag", "", "only articles with this tag")
	asJSON := fs.Bool("json", false, "print JSON")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	st, err := e.openStore()
	if err != nil {
		return err
	}
	defer st.Close()
	list, err := st.Articles(ctx, storage.ArticleFilter{Limit: *limit, Tag: *tag})
	if err != nil {
		return err
	}
	if *asJSON {
		out := make([]articleJSON, 0, len(list))
		for _, a := range list {
			tags, err := st.Tags(ctx, a.ID)
			if err != nil {
				return err
			}
			out = append(out, summaryJSON(a, tags))
		}
		return writeJSON(e.stdout, out)
	}
	for _, a := range list {
		fmt.Fprintf(e.stdout, "%d\t%s\t%s\n", a.ID, term(a.Title), term(outletDate(a)))
	}
	return nil
}

func parseID(what, s string) (int64, error) {
	id, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || id <= 0 {
		return 0, usagef("%s %q: want a positive number", what, s)
	}
	return id, nil
}

func runShow(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("show", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("want one article ID")
	}
	id, err := parseID("article ID", pos[0])
	if err != nil {
		return err
	}
	st, err := e.openStore()
	if err != nil {
		return err
	}
	defer st.Close()
	a, err := st.Article(ctx, id)
	if err != nil {
		return err
	}
	tags, err := st.Tags(ctx, id)
	if err != nil {
		return err
	}
	if *asJSON {
		j := summaryJSON(a.Summary(), tags)
		j.Text = a.Text
		return writeJSON(e.stdout, j)
	}
	fmt.Fprintf(e.stdout, "%s\n", term(a.Title))
	if meta := outletDate(a.Summary()); meta != "" {
		fmt.Fprintln(e.stdout, term(meta))
	}
	if a.Author != "" {
		fmt.Fprintln(e.stdout, "By", term(a.Author))
	}
	if a.URL != "" {
		fmt.Fprintln(e.stdout, term(a.URL))
	}
	if len(tags) > 0 {
		fmt.Fprintln(e.stdout, "Tags:", term(strings.Join(tags, ", ")))
	}
	fmt.Fprintf(e.stdout, "\n%s\n", termText(a.Text))
	return nil
}
