// Package benchtext makes realistic news-like articles for storage
// benchmarks: sentences drawn from a Zipf-distributed vocabulary whose head
// is real English (function words first, then the words of the team's own
// sample reports) and whose tail is pronounceable invented words, the way
// names and rare words fill the tail of a real news corpus. Random letters
// would make every token unique and distort FTS costs; this does not.
package benchtext

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// functionWords are the most frequent English words, most frequent first.
const functionWords = `the of and to a in that is was for on it with as said by at from
he his be have has are had not but an they this were which its or who their been would
will after more also than one new two year about over into up there all when we no last
i out her she can could first only people them other some time may what years him
government minister talks officials president state told percent week country security
military foreign says while before because since against between during under three
where those most any being both such now if many should then so these did through`

// reportText is written by the team for benchmarks: invented diplomacy,
// no copied news text. Its words form the middle of the vocabulary.
const reportText = `Negotiators from Arvelia and Sarkand resumed technical talks on prisoner
exchanges in Geneva on Monday, a week after a high-level round collapsed over control of the
Dorna corridor. The United Nations envoy said both delegations had agreed on a framework for
monitoring the contact line, but warned that any ceasefire would remain fragile while shelling
continued near Kyrov. Arvelian officials accused Sarkand of moving artillery closer to the
border crossing, a charge the defence ministry in the capital denied. Diplomats familiar with
the discussions said the mediator had circulated a revised draft that postpones the question of
sovereignty and focuses on humanitarian access, reconstruction funds and the return of
displaced families. European ministers meeting in Brussels welcomed the resumption of dialogue
and promised additional funding for demining, while the finance ministry warned that sanctions
on energy exports were hurting the regional economy. Analysts expect the coming weeks to test
whether either government is willing to accept compromise before the winter, when supply
routes across the mountains become harder to defend. Parliament is scheduled to vote on the
budget next month, and opposition leaders have demanded a public inquiry into the drone strikes
on the railway junction. Farmers in the northern provinces reported damaged irrigation canals,
rising fuel prices and shortages of fertiliser. The central bank kept interest rates unchanged,
citing inflation risks from the conflict. Humanitarian agencies appealed for safe passage for
convoys carrying medicine, water and generators to villages along the front. Spokesmen for the
coalition said a new round of consultations with neighbouring states would begin in Vienna,
and that observers from the organisation would publish a report on violations of the truce.
Election officials postponed local polls in three districts, citing security concerns, and
journalists were denied access to the port city after reports of unrest among dock workers.`

var syllables = strings.Fields(`ka ri to na mo se vel dan or lin ar bek zu pra sto mir ha gen lo
ve ta chi rus mal dor ek an ul fi sa ne bo tri gra del pol ster vik ja om tal ser nik ov ra li`)

// Corpus generates articles deterministically from a seed.
type Corpus struct {
	vocab []string
	zipf  *rand.Zipf
	rng   *rand.Rand
	n     int
}

// New returns a generator; the same seed gives the same articles.
func New(seed uint64) *Corpus {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	seen := map[string]bool{}
	var vocab []string
	add := func(w string) {
		if w != "" && !seen[w] {
			seen[w] = true
			vocab = append(vocab, w)
		}
	}
	for _, w := range strings.Fields(functionWords) {
		add(w)
	}
	for _, w := range strings.Fields(reportText) {
		add(strings.ToLower(strings.Trim(w, ".,;:")))
	}
	// The tail: 80,000 invented words of 2–4 syllables.
	wr := rand.New(rand.NewPCG(1, 2))
	for len(vocab) < 80000 {
		var b strings.Builder
		for range 2 + wr.IntN(3) {
			b.WriteString(syllables[wr.IntN(len(syllables))])
		}
		add(b.String())
	}
	return &Corpus{vocab: vocab, rng: rng, zipf: rand.NewZipf(rng, 1.07, 2, uint64(len(vocab)-1))}
}

// Word returns the vocabulary word of the given frequency rank (0 = most
// frequent), for building queries of known frequency.
func (c *Corpus) Word(rank int) string { return c.vocab[rank] }

func (c *Corpus) sentence() string {
	n := 8 + c.rng.IntN(18)
	words := make([]string, n)
	for i := range words {
		words[i] = c.vocab[c.zipf.Uint64()]
	}
	s := strings.Join(words, " ")
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

// Text returns a body of about size bytes in paragraphs.
func (c *Corpus) Text(size int) string {
	var b strings.Builder
	for b.Len() < size {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		for i := 0; i < 3+c.rng.IntN(4) && b.Len() < size; i++ {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(c.sentence())
		}
	}
	return b.String()
}

var outlets = []string{"Northbridge Wire", "Meridian Post", "Harbour Times", "Valley Courier", "Eastern Ledger"}

// Article returns the next article: a ~4 KB body, title, outlet, URL and a
// publication date, already finished (hash and word count set).
func (c *Corpus) Article() briefing.Article {
	c.n++
	title := c.sentence()
	if len(title) > 90 {
		title = title[:90]
	}
	a := briefing.Article{
		Title:     strings.TrimSuffix(title, "."),
		Outlet:    outlets[c.rng.IntN(len(outlets))],
		Author:    "Desk " + fmt.Sprint(1+c.rng.IntN(40)),
		URL:       fmt.Sprintf("https://news.example.org/%d/%d", 2020+c.n%7, c.n),
		Published: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(c.n) * 37 * time.Minute),
		Language:  "en",
		Text:      c.Text(3600 + c.rng.IntN(900)),
	}
	a.Finish()
	return a
}

// Articles returns the next n articles.
func (c *Corpus) Articles(n int) []briefing.Article {
	out := make([]briefing.Article, n)
	for i := range out {
		out[i] = c.Article()
	}
	return out
}

// Query is one benchmark query with its frequency class.
type Query struct {
	Class string // common, mid, rare, phrase (of common words), phrase-mid, prefix
	Text  string // as a user types it
}

// Queries returns the benchmark query mix for a corpus made by New.
func (c *Corpus) Queries() []Query {
	var qs []Query
	for _, r := range []int{0, 1, 2, 3, 4} {
		qs = append(qs, Query{"common", c.Word(r)})
	}
	for _, r := range []int{400, 700, 1000, 1500, 2500} {
		qs = append(qs, Query{"mid", c.Word(r)})
	}
	for _, r := range []int{20000, 30000, 45000, 60000, 75000} {
		qs = append(qs, Query{"rare", c.Word(r)})
	}
	for _, p := range [][2]int{{9, 0}, {1, 0}, {30, 2}, {12, 8}, {60, 1}} {
		qs = append(qs, Query{"phrase", `"` + c.Word(p[0]) + " " + c.Word(p[1]) + `"`})
	}
	// Phrases of mid-frequency words: the kind of phrase users type
	// ("contact line"); in this corpus they are rare as phrases.
	for _, p := range [][2]int{{400, 700}, {1000, 1500}, {2500, 400}} {
		qs = append(qs, Query{"phrase-mid", `"` + c.Word(p[0]) + " " + c.Word(p[1]) + `"`})
	}
	for _, p := range []string{"negot*", "humanit*", "sanct*", "ceasef*", "diplom*"} {
		qs = append(qs, Query{"prefix", p})
	}
	return qs
}
