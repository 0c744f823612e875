// Package suggest drafts the four sections of a brief from its articles,
// offline and with provenance: an extractive multi-document summary, the
// actors with their roles and stances, the sticking points with their
// parties, and forward-looking sentences with an ICD 203 likelihood term.
//
// Every suggested sentence is an exact byte range of an article's Text
// (Sentence.Prov.Slice(article.Text) == Sentence.Text), so the app can
// highlight where it came from. Make one Engine with New at start-up (it
// loads the English sentence model, ~10 ms) and reuse it; it is safe for
// concurrent use.
package suggest

import (
	"runtime"
	"sort"
	"sync"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
	"github.com/briefdesk/briefdesk/briefing/suggest/sentence"
)

// Sentence is one source sentence: Prov.Slice(article.Text) == Text.
type Sentence struct {
	Text string
	Prov briefing.Provenance
	// Quoted marks the words inside a quotation (Text holds them without
	// the marks): a brief shows them between quotation marks, so that a
	// speaker's words are never passed off as the analyst's.
	Quoted bool
}

// Actor is a person, organisation or place that acts in the articles. Type
// is "PER", "ORG" or "LOC"; Role is the title or role the text gives, "" when
// none; Aliases are the other names it goes by in the text; Stance holds the
// sentences that say what it wants, did or said, best first.
type Actor struct {
	Name    string
	Type    string
	Role    string
	Aliases []string
	Stance  []Sentence
	// AliasTypes gives the entity type of each alias, in the order of
	// Aliases ("Kremlin" is an ORG alias of the LOC Russia).
	AliasTypes []string
	// Acts is false for a place that is only mentioned as a location.
	Acts     bool
	named    bool // Name is written in the text, not only a canonical alias
	mentions int
	named1   Sentence // the first sentence that names it
	score    float64
	cands    []stanceCand // stance candidates, best first
	rep      string       // for a country: the person whose words give its stance, "" when its own
	repNames []string     // that person's names as written
	speaksOf string       // for a person: the country or body the person speaks for, "" when none
	mediator bool         // a mediator, chair, envoy of a neutral body or facilitator: never a side
	people   []string     // for a state: the phrases naming the people who act for it ("Ostrian officials")
	aka      string       // for a person: the other name the text says is theirs ("Ada Morrow" for a stage name)
}

// Point is a sticking point: a sentence expressing a disagreement, demand,
// refusal or condition, with the parties on either side when the text says.
type Point struct {
	Sentence
	Parties []string
	Issue   string              // a short label for the issue, e.g. "Control of the Dorna corridor"
	score   float64             // cue strength
	sent    int                 // sentence index in its article
	kind    string              // the label of its strongest cue ("Demand", "Condition", ...)
	ref     briefing.Provenance // the earlier demand "the demand" refers to, zero when none
	// also holds the sentences of the points merged into this one, in
	// reading order: the same issue stated elsewhere.
	also []Sentence
}

// Forecast is a forward-looking or hedged sentence and the likelihood term
// its hedge words suggest.
type Forecast struct {
	Sentence
	Likelihood briefing.Likelihood
	score      float64
}

// Draft is what the engine proposes for the four sections, best first
// (the summary in reading order: bottom line first, then chronology).
type Draft struct {
	Summary        []Sentence
	Actors         []Actor
	StickingPoints []Point
	Outlook        []Forecast
	pool           []*candidate // every sentence with its summary score, for Fill
	picked         []*candidate // the summary's picks, best first, for Fill; derived from pool and StickingPoints (nil it when they change)
	memo           *memo        // what composing computes more than once
}

// memo keeps, for one draft, what the composer asks for more than once:
// Fill weighs the sticking points up to three times, and Suggestions lists
// them again. Drafts made without Engine.Draft have none.
type memo struct {
	mu   sync.Mutex
	gaps map[string][]Sentence // gapSpans by the point's sentences and sides
}

// Engine drafts suggestions. It holds the loaded sentence model and the
// name gazetteers; it is safe for concurrent use.
type Engine struct {
	split *sentence.Splitter
	ner   *ner.Recognizer
}

// New loads the models. Call it once at start-up.
func New() (*Engine, error) {
	sp, err := sentence.NewSplitter()
	if err != nil {
		return nil, err
	}
	return &Engine{split: sp, ner: ner.New(sp.Model())}, nil
}

// doc is one article prepared for drafting.
type doc struct {
	art      briefing.Article
	order    int // chronological rank among the articles
	sents    []sentence.Span
	mentions []ner.Mention
}

// Draft proposes suggestions from the articles (one or many).
func (e *Engine) Draft(articles []briefing.Article) Draft {
	docs := e.prepare(articles)
	// chronology: published date, then the order given
	idx := make([]int, len(docs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		return docs[idx[a]].art.Published.Before(docs[idx[b]].art.Published)
	})
	for rank, i := range idx {
		docs[i].order = rank
	}
	dr := Draft{memo: &memo{gaps: map[string][]Sentence{}}}
	dr.pool = scored(docs)
	// the outlook reads only the documents: it is found while the actors
	// and the sticking points are
	outlook := make(chan []Forecast, 1)
	go func() { outlook <- forecasts(docs) }()
	dr.Actors = actors(docs, e.ner, leadSentences(dr.pool, summaryListed))
	dr.StickingPoints = stickingPoints(docs, dr.Actors)
	dr.Outlook = <-outlook
	// the sentences Fill packs the summary from, a sentence that leans on
	// the one before it now placed (leanable asks for the sticking points)
	dr.Summary, dr.picked = dr.summarySentences()
	return dr
}

// prepare splits the articles into sentences, without the page furniture,
// and finds their names. The articles are prepared side by side, one
// goroutine a core at most, and within an article the furniture pass and the
// name finder, which both read only the split, run side by side too: the
// steps share nothing they write, and a desk drafts from many reports.
func (e *Engine) prepare(articles []briefing.Article) []*doc {
	docs := make([]*doc, len(articles))
	work := make(chan int)
	var wg sync.WaitGroup
	for range min(len(articles), runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for i := range work {
				docs[i] = e.prepareOne(articles[i])
			}
		})
	}
	for i := range articles {
		work <- i
	}
	close(work)
	wg.Wait()
	return docs
}

// prepareOne prepares one article.
func (e *Engine) prepareOne(a briefing.Article) *doc {
	raw := e.split.Split(a.Text)
	var found []ner.Mention
	done := make(chan struct{})
	go func() {
		defer close(done)
		found = e.ner.Recognize(a.Text, raw)
	}()
	d := &doc{art: a, sents: cleanSpans(a.Text, raw)}
	<-done
	d.mentions = keepMentions(a.Text, found, raw, d.sents)
	return d
}

// sentenceOf returns sentence i of d as a Sentence with provenance. Its
// dateline ("GENEVA — ") was cut when the document was prepared
// (cleanSpans): the provenance starts after it, so it still slices the text
// exactly.
func (d *doc) sentenceOf(i int) Sentence {
	s := d.sents[i]
	return Sentence{Text: s.Text, Prov: briefing.Provenance{ArticleID: d.art.ID, Start: s.Start, End: s.End}}
}
