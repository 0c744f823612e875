package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/suggest"
	"github.com/briefdesk/briefdesk/storage"
)

func runBrief(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		return usagef("want a brief command: new, show, list, set, fit, export")
	}
	sub := map[string]func(context.Context, *env, []string) error{
		"new":    runBriefNew,
		"show":   runBriefShow,
		"list":   runBriefList,
		"set":    runBriefSet,
		"fit":    runBriefFit,
		"export": runBriefExport,
	}
	if args[0] == "help" || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		fmt.Fprintln(e.stdout, "usage: briefdesk brief COMMAND ...")
		fmt.Fprintln(e.stdout)
		fmt.Fprint(e.stdout, briefHelp)
		return nil
	}
	f, ok := sub[args[0]]
	if !ok {
		return usagef("unknown brief command %q", args[0])
	}
	return f(ctx, e, args[1:])
}

const briefHelp = `briefdesk brief new --title T --from ID[,ID...] [--suggest] [--author A] [--handling H]
briefdesk brief show ID [--json]
briefdesk brief list
briefdesk brief set ID --section summary|actors|sticking_points|outlook|title [--file F]
briefdesk brief fit ID [--json] [--paper A4|Letter]
briefdesk brief export ID --out FILE.pdf|.md|.html|.txt [--paper A4|Letter]
`

func parseIDs(s string) ([]int64, error) {
	var ids []int64
	for _, part := range strings.Split(s, ",") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		id, err := parseID("article ID", part)
		if err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, nil
}

func runBriefNew(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("brief new", flag.ContinueOnError)
	title := fs.String("title", "", "the brief's title, stated as a claim")
	from := fs.String("from", "", "comma-separated article IDs, in citation order")
	doSuggest := fs.Bool("suggest", false, "fill the four sections from the articles")
	author := fs.String("author", os.Getenv("BRIEFDESK_AUTHOR"), "author line")
	handling := fs.String("handling", "", "handling marking, e.g. TLP:AMBER")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	ids, err := parseIDs(*from)
	if err != nil {
		return err
	}
	st, err := e.openStore()
	if err != nil {
		return err
	}
	defer st.Close()

	b := briefing.Brief{Title: strings.TrimSpace(*title), Author: *author, Handling: *handling,
		Version: "1", AsOf: time.Now()}
	articles := make([]briefing.Article, 0, len(ids))
	for i, id := range ids {
		a, err := st.Article(ctx, id)
		if err != nil {
			return err // storage names the article already
		}
		articles = append(articles, a)
		b.Sources = append(b.Sources, briefing.SourceFromArticle(i+1, a.Summary()))
	}
	if b.Title == "" && len(articles) > 0 {
		b.Title = articles[0].Title
	}
	if *doSuggest {
		if len(articles) == 0 {
			return usagef("--suggest needs --from articles")
		}
		eng, err := suggest.New()
		if err != nil {
			return err
		}
		suggest.Fill(&b, eng.Draft(articles))
	}
	id, err := st.CreateBrief(ctx, b)
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, id)
	return nil
}

// openBrief checks that the command got exactly one brief ID, opens the
// archive and loads that brief. The caller closes the store.
func (e *env) openBrief(ctx context.Context, pos []string) (*storage.Store, briefing.Brief, error) {
	if len(pos) != 1 {
		return nil, briefing.Brief{}, usagef("want one brief ID")
	}
	id, err := parseID("brief ID", pos[0])
	if err != nil {
		return nil, briefing.Brief{}, err
	}
	st, err := e.openStore()
	if err != nil {
		return nil, briefing.Brief{}, err
	}
	b, err := st.Brief(ctx, id)
	if err != nil {
		st.Close()
		return nil, briefing.Brief{}, err // storage names the brief already
	}
	return st, b, nil
}

// briefJSON is the CLI's JSON shape of a brief, a contract for scripts.
type briefJSON struct {
	ID             int64        `json:"id"`
	Title          string       `json:"title"`
	Author         string       `json:"author"`
	Handling       string       `json:"handling"`
	AsOf           string       `json:"as_of"`
	Summary        string       `json:"summary"`
	Actors         []string     `json:"actors"`
	StickingPoints []string     `json:"sticking_points"`
	Outlook        string       `json:"outlook"`
	Sources        []sourceJSON `json:"sources"`
}

type sourceJSON struct {
	N         int    `json:"n"`
	ArticleID int64  `json:"article_id"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Published string `json:"published"`
	URL       string `json:"url"`
}

func toBriefJSON(b briefing.Brief) briefJSON {
	j := briefJSON{ID: b.ID, Title: b.Title, Author: b.Author, Handling: b.Handling,
		AsOf: b.AsOf.Format("2006-01-02"), Summary: b.Summary, Actors: b.Actors,
		StickingPoints: b.StickingPoints, Outlook: b.Outlook, Sources: []sourceJSON{}}
	if j.Actors == nil {
		j.Actors = []string{}
	}
	if j.StickingPoints == nil {
		j.StickingPoints = []string{}
	}
	for _, s := range b.Sources {
		j.Sources = append(j.Sources, sourceJSON{N: s.N, ArticleID: s.ArticleID, Outlet: s.Outlet,
			Title: s.Title, Published: rfc3339(s.Published), URL: s.URL})
	}
	return j
}

func runBriefShow(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("brief show", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	st, b, err := e.openBrief(ctx, pos)
	if err != nil {
		return err
	}
	defer st.Close()
	if *asJSON {
		return writeJSON(e.stdout, toBriefJSON(b))
	}
	return writeBriefText(e.stdout, &b)
}

func runBriefList(ctx context.Context, e *env, args []string) error {
	args, err := parseFlags(flag.NewFlagSet("brief list", flag.ContinueOnError), args)
	if err != nil {
		return err
	}
	if len(args) > 0 {
		return usagef("brief list takes no arguments")
	}
	st, err := e.openStore()
	if err != nil {
		return err
	}
	defer st.Close()
	briefs, err := st.Briefs(ctx)
	if err != nil {
		return err
	}
	for _, b := range briefs {
		fmt.Fprintf(e.stdout, "%d\t%s\t%s\n", b.ID, term(b.Title), b.UpdatedAt.Local().Format("2006-01-02 15:04"))
	}
	return nil
}

func runBriefSet(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("brief set", flag.ContinueOnError)
	section := fs.String("section", "", "summary, actors, sticking_points, outlook, title, author or handling")
	file := fs.String("file", "", "read the text from this file instead of standard input")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	// Read, change one section, write back only if no one saved the brief
	// in between: the write replaces the whole brief, so without the check
	// a colleague's save of another section in that time would be lost.
	st, b, err := e.openBrief(ctx, pos)
	if err != nil {
		return err
	}
	defer st.Close()
	title := b.Title
	var text []byte
	if *file != "" {
		text, err = readRegular(*file)
	} else {
		text, err = io.ReadAll(e.stdin)
	}
	if err != nil {
		return err
	}
	value := strings.TrimSpace(string(text))
	switch *section {
	case "title":
		b.Title = value
	case "author":
		b.Author = value
	case "handling":
		b.Handling = value
	default:
		s, ok := briefing.ParseSection(*section)
		if !ok {
			return usagef("--section %q: want summary, actors, sticking_points, outlook, title, author or handling", *section)
		}
		b.SetText(s, string(text))
	}
	if _, _, err := st.SaveBriefIfUnchanged(ctx, b, "", 0); errors.Is(err, storage.ErrConflict) {
		return fmt.Errorf("brief %d %q was saved by someone else after this command read it; nothing was written: run it again to apply the change to their version (%w)", b.ID, title, err)
	} else if err != nil {
		return err
	}
	return nil
}

// writeBriefText prints a brief for the terminal.
func writeBriefText(w io.Writer, b *briefing.Brief) error {
	fmt.Fprintf(w, "%s\n", term(b.Title))
	fmt.Fprintln(w, joinPresent(" · ", b.AsOf.Format("2 January 2006"), term(b.Author), term(b.Handling)))
	for _, s := range briefing.Sections {
		fmt.Fprintf(w, "\n%s\n", strings.ToUpper(s.Heading()))
		if s.Bulleted() {
			items := b.Actors
			if s == briefing.SectionStickingPoints {
				items = b.StickingPoints
			}
			for _, it := range items {
				fmt.Fprintf(w, "  • %s\n", term(it))
			}
			continue
		}
		fmt.Fprintln(w, termText(b.Text(s)))
	}
	fmt.Fprintln(w, "\nSOURCES")
	for _, s := range b.Sources {
		date := ""
		if !s.Published.IsZero() {
			date = s.Published.Format("2006-01-02")
		}
		title := ""
		if s.Title != "" {
			title = fmt.Sprintf("%q", s.Title)
		}
		fmt.Fprintf(w, "  [%d] %s\n", s.N, joinPresent(", ", term(s.Outlet), title, date, term(s.URL)))
	}
	return nil
}

// joinPresent joins the parts that are not empty: a brief without an
// author, or a source without an outlet, prints no empty field between
// separators.
func joinPresent(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
