// Command gen_archive writes a large demo archive for measurements: n
// news-like articles made by reshuffling sentence templates written for this
// program (invented places, people and events, no copied news text), stored
// through storage.Store.AddArticles in transactions of -batch articles.
//
//	go run -tags sqlite_fts5,migrated_fynedo ./scripts/gen_archive -n 100000 -db out/measure/archive.db
package main

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/storage"
)

var (
	countries = []string{"Arvelia", "Sarkand", "Doravia", "Kestria", "Velmora", "Ostrand", "Baltria", "Morvenia", "Tarsk", "Illyra"}
	cities    = []string{"Geneva", "Vienna", "Kyrov", "Dorna", "Brussels", "Helvik", "Port Amsel", "Sarovo", "Lindberg", "Maren"}
	people    = []string{"Anna Kovacs", "Piet Halvorsen", "Leyla Demir", "Tomas Ruiz", "Irina Volkova", "Jonas Meyer",
		"Sofia Marin", "Kwame Boateng", "Yuki Tanaka", "Omar Haddad", "Elena Petrova", "Marc Dubois"}
	roles = []string{"foreign minister", "prime minister", "defence minister", "UN envoy", "central bank governor",
		"opposition leader", "chief negotiator", "finance minister", "army spokesman", "mayor"}
	orgs = []string{"the United Nations", "the European Commission", "the Red Cross", "the IMF", "the World Bank",
		"the Arctic Council", "the regional security organisation", "the dock workers' union", "the electoral commission"}
	topics = []string{"prisoner exchanges", "the grain corridor", "energy sanctions", "the ceasefire line", "reconstruction funds",
		"humanitarian access", "the border crossing", "debt relief", "the fishing quota", "refugee returns", "the pipeline",
		"the disputed islands", "the customs union", "water rights on the river", "the election timetable"}
	verbs    = []string{"rejected", "welcomed", "criticised", "proposed", "postponed", "endorsed", "questioned", "blocked", "revised", "defended"}
	times    = []string{"on Monday", "on Tuesday", "late on Wednesday", "on Thursday", "on Friday morning", "over the weekend", "earlier this month", "last week"}
	outlets  = []string{"Northbridge Wire", "Meridian Post", "Harbour Times", "Valley Courier", "Eastern Ledger", "Capital Dispatch"}
	patterns = []string{
		"{P}, the {R} of {C}, {V} the plan on {T} {W}.",
		"Negotiators from {C} and {C2} met in {Y} {W} to discuss {T}.",
		"Officials in {Y} said talks on {T} would resume after the holiday.",
		"{O} warned that any deal on {T} would remain fragile while fighting continued near {Y}.",
		"The {R} said {C} was ready to compromise on {T}, but not on sovereignty.",
		"Diplomats familiar with the discussions said the draft on {T} had been {V} by {C2}.",
		"Prices of bread and fuel in {Y} rose by {N} percent, according to {O}.",
		"{C} {V} a proposal from {O} to send observers to {Y}.",
		"Analysts expect the dispute over {T} to dominate the summit in {Y}.",
		"Opposition deputies in {C} demanded an inquiry into {T}.",
		"{P} told reporters in {Y} that {N} people had been detained {W}.",
		"A spokesman for {O} declined to comment on reports about {T}.",
		"The parliament of {C2} {V} the budget by {N} votes to {N2} {W}.",
		"Farmers near {Y} blocked roads in protest against the rules on {T}.",
		"{O} said it needed {N} million euros to keep convoys moving to {Y}.",
		"Shipping through the port of {Y} fell by {N} percent after the strike.",
		"{P} said the government would not accept conditions on {T}.",
		"Residents of {Y} reported power cuts for the {O2} day running.",
		"The {R} of {C2} is expected to visit {Y} before the end of the month.",
		"Markets in {C} fell sharply after {P} {V} the agreement on {T}.",
	}
	ordinals = []string{"second", "third", "fourth", "fifth", "sixth"}
)

type gen struct{ r *rand.Rand }

func (g gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

func (g gen) sentence() string {
	c := g.pick(countries)
	c2 := g.pick(countries)
	for c2 == c {
		c2 = g.pick(countries)
	}
	s := strings.NewReplacer(
		"{P}", g.pick(people), "{R}", g.pick(roles), "{C2}", c2, "{C}", c, "{Y}", g.pick(cities),
		"{T}", g.pick(topics), "{V}", g.pick(verbs), "{W}", g.pick(times), "{O2}", g.pick(ordinals),
		"{O}", g.pick(orgs), "{N2}", fmt.Sprint(10+g.r.IntN(90)), "{N}", fmt.Sprint(2+g.r.IntN(400)),
	).Replace(g.pick(patterns))
	return strings.ToUpper(s[:1]) + s[1:]
}

func (g gen) article(i int) briefing.Article {
	var b strings.Builder
	for b.Len() < 2400+g.r.IntN(1600) {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		for s := range 3 + g.r.IntN(3) {
			if s > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(g.sentence())
		}
	}
	title := strings.TrimSuffix(g.sentence(), ".")
	if r := []rune(title); len(r) > 90 {
		title = string(r[:90])
	}
	a := briefing.Article{
		Title:     title,
		Outlet:    g.pick(outlets),
		Author:    g.pick(people),
		URL:       fmt.Sprintf("https://news.example.org/%d/%06d", 2020+i%7, i),
		Published: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * 23 * time.Minute),
		Language:  "en",
		Text:      b.String(),
	}
	a.Finish()
	return a
}

func main() {
	n := flag.Int("n", 100000, "articles")
	db := flag.String("db", "", "archive path (created)")
	batch := flag.Int("batch", 2000, "articles per transaction")
	seed := flag.Uint64("seed", 1, "random seed")
	profile := flag.Bool("profile", false, "instead of writing: time what the app's archive list loads at start from -db")
	flag.Parse()
	if *db == "" {
		fmt.Fprintln(os.Stderr, "gen_archive: -db is required")
		os.Exit(2)
	}
	if *profile {
		if err := profileList(*db); err != nil {
			fmt.Fprintln(os.Stderr, "gen_archive:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*n, *db, *batch, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "gen_archive:", err)
		os.Exit(1)
	}
}

func run(n int, db string, batch int, seed uint64) error {
	st, err := storage.Open(db)
	if err != nil {
		return err
	}
	g := gen{rand.New(rand.NewPCG(seed, 42))}
	ctx := context.Background()
	t0 := time.Now()
	dups := 0
	for done := 0; done < n; {
		k := min(batch, n-done)
		as := make([]briefing.Article, k)
		for i := range as {
			as[i] = g.article(done + i)
		}
		res, err := st.AddArticles(ctx, as)
		if err != nil {
			st.Close()
			return err
		}
		for _, r := range res {
			if r.Duplicate {
				dups++
			}
		}
		done += k
	}
	if err := st.Close(); err != nil {
		return err
	}
	fmt.Printf("%d articles (%d duplicates skipped) in %.1f s\n", n, dups, time.Since(t0).Seconds())
	return nil
}

// profileList times, on an existing archive, what the archive pane asks for
// when it opens: the count, every summary (no limit) and, for comparison, the
// first page of 200; with the Go heap each result keeps alive.
func profileList(db string) error {
	st, err := storage.Open(db)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	fmt.Printf("opened: process RSS %s\n", rss())
	// What the archive pane and the sample offer ask at start, one after the other, first call.
	for _, q := range []struct {
		name string
		run  func() error
	}{
		{"CountMatching(no filter)", func() error { _, err := st.CountMatching(ctx, storage.ArticleFilter{}); return err }},
		{"Outlets", func() error { _, err := st.Outlets(ctx); return err }},
		{"AllTags", func() error { _, err := st.AllTags(ctx); return err }},
		{"Articles(Limit 200)", func() error { _, err := st.Articles(ctx, storage.ArticleFilter{Limit: 200}); return err }},
	} {
		t0 := time.Now()
		if err := q.run(); err != nil {
			return err
		}
		fmt.Printf("start query %s: %v; process RSS %s\n", q.name, time.Since(t0).Round(time.Millisecond), rss())
	}
	// Once, as the app does at start: the count, then every summary.
	t0 := time.Now()
	if _, err := st.CountArticles(ctx); err != nil {
		return err
	}
	t1 := time.Now()
	fmt.Printf("first CountArticles %v; process RSS %s\n", t1.Sub(t0).Round(time.Millisecond), rss())
	first, err := st.Articles(ctx, storage.ArticleFilter{})
	if err != nil {
		return err
	}
	fmt.Printf("first Articles(no limit) %v, %d summaries\n", time.Since(t1).Round(time.Millisecond), len(first))
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Printf("  before GC: Go heap in use %.0f MB, Go runtime total from OS %.0f MB, process RSS %s\n",
		float64(ms.HeapInuse)/(1<<20), float64(ms.Sys)/(1<<20), rss())
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Printf("  after GC:  Go heap live %.0f MB, Go runtime total from OS %.0f MB, process RSS %s\n",
		float64(ms.HeapAlloc)/(1<<20), float64(ms.Sys)/(1<<20), rss())
	runtime.KeepAlive(first)
	first = nil
	heap := func() float64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return float64(m.HeapAlloc) / (1 << 20)
	}
	best := func(f func() error) (time.Duration, error) {
		var b time.Duration
		for i := range 5 {
			t0 := time.Now()
			if err := f(); err != nil {
				return 0, err
			}
			if d := time.Since(t0); i == 0 || d < b {
				b = d
			}
		}
		return b, nil
	}
	var n int
	d, err := best(func() (err error) { n, err = st.CountArticles(ctx); return })
	if err != nil {
		return err
	}
	fmt.Printf("CountArticles: %d articles, best of 5 %v; process RSS %s\n", n, d.Round(time.Microsecond), rss())
	for _, limit := range []int{0, 200} {
		base := heap()
		var list []briefing.ArticleSummary
		d, err := best(func() (err error) { list, err = st.Articles(ctx, storage.ArticleFilter{Limit: limit}); return })
		if err != nil {
			return err
		}
		kept := heap() - base
		fmt.Printf("Articles(Limit %d): %d summaries, best of 5 %v, Go heap kept %.1f MB; process RSS %s\n",
			limit, len(list), d.Round(time.Microsecond), kept, rss())
		runtime.KeepAlive(list)
	}
	return nil
}

// rss is this process's resident set (Linux), Go heap and SQLite's page cache together.
func rss() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "?"
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "?"
}
