package suggest

import (
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/internal/lazy"
)

// words returns the lower-case content words of s (letters and digits runs,
// stop words removed).
func words(s string) []string {
	var out []string
	for _, f := range briefing.Words(strings.ToLower(s)) {
		if !stopWords()[f] && len(f) > 1 {
			out = append(out, f)
		}
	}
	return out
}

var stopWords = lazy.Value(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but if of to in on at by for with from as into onto over under
about after before than then that this these those there here it its is are was were be been being am do does did
done has have had having he she they we you i his her their our your my me him them us who whom whose which what
when where why how not no nor so too very can could will would shall should may might must also just only even
more most much many some any all each every both either neither other such own same s t said says say told
one two three new up out off down again further once while during until since s ll re ve d m`) {
		m[w] = true
	}
	return m
})

// vec is a sparse TF-IDF vector with its norm: its terms (ids of the
// draft's words) in ascending order with their weights, so that its sums
// run in one order and a draft does not depend on how a map is iterated
// (two wire copies of one sentence tied, and the last bit of a sum chose
// between them).
type vec struct {
	t    []int32
	w    []float64
	norm float64
}

func (v vec) cos(u vec) float64 {
	if v.norm == 0 || u.norm == 0 {
		return 0
	}
	dot := 0.0
	for i, j := 0, 0; i < len(v.t) && j < len(u.t); {
		switch {
		case v.t[i] == u.t[j]:
			dot += v.w[i] * u.w[j]
			i++
			j++
		case v.t[i] < u.t[j]:
			i++
		default:
			j++
		}
	}
	return dot / (v.norm * u.norm)
}

// candidate is one sentence being scored for the summary.
type candidate struct {
	d     *doc
	i     int // sentence index in d
	words []string
	v     vec
	score float64
	// what summaryPicks asks of the sentence, found once (Fill and Suggest
	// each pick from the same candidates): see traits
	once       sync.Once
	standalone bool // no logistics, no anaphora, opens like a sentence
	leans      bool // standalone but for its anaphora: it needs the sentence before it
	outcome    bool // states an outcome (outcomeRe)
	anaphor    bool // leans on an earlier sentence
	guess      bool // a judgment of what is likely, not what happened
}

// traits computes, once, what summaryPicks asks of c's sentence.
func (c *candidate) traits() *candidate {
	c.once.Do(func() {
		t := c.d.sentenceOf(c.i).Text
		c.anaphor = anaphoric(t)
		c.leans = !summaryLogistics(t) && c.anaphor && startsUpper(t)
		c.standalone = !summaryLogistics(t) && !c.anaphor && startsUpper(t) && !firstPerson(t)
		c.outcome = outcomeRe.MatchString(t)
		c.guess = yardstickWord.MatchString(t)
	})
	return c
}

// firstPerson reports whether t opens in the first person ("I doubt the
// ferry will run", "We will appeal"): a speaker's words whose
// quotation marks the source left out, never the brief's own statement.
func firstPerson(t string) bool {
	switch firstLower(t) {
	case "i", "we", "my", "our", "i'm", "i’m", "i've", "i’ve", "we're", "we’re", "we've", "we’ve":
		return true
	}
	return false
}

// ownVoice reports whether t speaks in the first person outside any
// quotation ("Frankly I think the plan works", "our survey shows ...";
// not "“We will appeal,” she said"): a letter's, a paper's or a
// transcript's own words, which unattributed read as the brief's voice.
func ownVoice(t string) bool {
	inQuote := false
	for _, w := range strings.Fields(t) {
		if strings.HasPrefix(w, "\"") || strings.HasPrefix(w, "“") || strings.HasPrefix(w, "‘") || strings.HasPrefix(w, "'") {
			inQuote = true
		}
		e := strings.TrimRight(w, ",;:.!?")
		if !inQuote {
			switch e {
			case "I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll", "me", "my", "My",
				"we", "We", "we're", "We're", "we’re", "We’re", "we've", "We've", "we’ve", "We’ve", "our", "Our":
				return true
			}
		}
		if strings.HasSuffix(e, "\"") || strings.HasSuffix(e, "”") || strings.HasSuffix(e, "’") || strings.HasSuffix(e, "'") {
			inQuote = false
		}
	}
	return false
}

// leadSentences returns up to n of the best-scored sentences in cands,
// none repeating one before it: the sentences that name the story's
// principals, whether or not they are fit to print in the summary (a
// meeting's "A met B, with C mediating" is one).
func leadSentences(cands []*candidate, n int) []Sentence {
	order := slices.Clone(cands)
	sort.SliceStable(order, func(a, b int) bool { return order[a].score > order[b].score })
	var picked []*candidate
	for _, c := range order {
		if len(picked) == n || c.score <= 0 {
			break
		}
		if !slices.ContainsFunc(picked, func(p *candidate) bool { return c.v.cos(p.v) > summaryRedundant }) {
			picked = append(picked, c)
		}
	}
	out := make([]Sentence, len(picked))
	for k, c := range picked {
		out[k] = c.d.sentenceOf(c.i)
	}
	return out
}

// scored returns every sentence of docs as a summary candidate with its
// score (summaryScore): the pool the summary is picked from (summaryPicks).
func scored(docs []*doc) []*candidate {
	var cands []*candidate
	ids := map[string]int32{} // each word's id, in the order the reports first use it
	var df []int              // by id
	total := 0
	for _, d := range docs {
		for i, s := range d.sents {
			ws := words(s.Text)
			c := &candidate{d: d, i: i, words: ws}
			cands = append(cands, c)
			c.v.t = make([]int32, len(ws))
			for k, w := range ws {
				id, ok := ids[w]
				if !ok {
					id = int32(len(df))
					ids[w] = id
					df = append(df, 0)
				}
				c.v.t[k] = id
			}
			slices.Sort(c.v.t)
			for k, id := range c.v.t {
				if k == 0 || c.v.t[k-1] != id {
					df[id]++
				}
			}
			total++
		}
	}
	if total == 0 {
		return nil
	}
	// TF-IDF vectors and per-document centroids
	centroid := map[*doc]map[int32]float64{}
	all := map[int32]float64{}
	for _, c := range cands {
		c.v = tfidf(c.v.t, df, total)
		if centroid[c.d] == nil {
			centroid[c.d] = map[int32]float64{}
		}
		for i, k := range c.v.t {
			centroid[c.d][k] += c.v.w[i]
			all[k] += c.v.w[i]
		}
	}
	cvec := map[*doc]vec{}
	for d, m := range centroid {
		cvec[d] = withNorm(m)
	}
	allv := withNorm(all)
	for _, c := range cands {
		c.score = summaryScore(c, cvec[c.d], allv, len(docs))
	}
	return cands
}

// tfidf weighs the sorted word ids of a sentence by their count in it and
// their rarity among the total sentences (df by id).
func tfidf(sorted []int32, df []int, total int) vec {
	var v vec
	s := 0.0
	for i := 0; i < len(sorted); {
		j := i
		for j < len(sorted) && sorted[j] == sorted[i] {
			j++
		}
		x := (1 + math.Log(float64(j-i))) * math.Log(1+float64(total)/float64(df[sorted[i]]))
		v.t = append(v.t, sorted[i])
		v.w = append(v.w, x)
		s += x * x
		i = j
	}
	v.norm = math.Sqrt(s)
	return v
}

func withNorm(m map[int32]float64) vec {
	v := vec{t: slices.Sorted(maps.Keys(m))}
	v.w = make([]float64, len(v.t))
	s := 0.0
	for i, k := range v.t {
		v.w[i] = m[k]
		s += v.w[i] * v.w[i]
	}
	v.norm = math.Sqrt(s)
	return v
}

// summaryScore rates a sentence as a summary sentence: early in its article,
// central to its article and to the whole set, of a readable length, and not
// boilerplate (headings, bylines, captions).
func summaryScore(c *candidate, own, all vec, ndocs int) float64 {
	s := c.d.sents[c.i]
	if boilerplate(s.Text) {
		return 0
	}
	nw := len(strings.Fields(s.Text))
	pos := 1 / math.Sqrt(1+float64(c.i))
	central := c.v.cos(own)
	// in one report the lead states the news; across several, what the
	// reports share weighs as much as where a sentence stands
	w := 0.65
	if ndocs > 1 {
		central = (central + c.v.cos(all)) / 2
		w = 0.5
	}
	length := 1.0
	switch {
	case nw < 8:
		length = 0.4
	case nw < 12:
		length = 0.8
	case nw > 55:
		length = 0.6
	}
	score := (w*pos + (1-w)*central) * length
	if strings.HasSuffix(s.Text, "?") {
		score *= 0.6
	}
	// a quotation states a view, not the news; a long sentence carries detail
	if strings.HasPrefix(s.Text, "\"") || strings.HasPrefix(s.Text, "'") || strings.HasPrefix(s.Text, "“") {
		score *= 0.7
	}
	if nw > 40 {
		score *= 0.8
	}
	return score
}

// proseWords is the length from which a line without closing punctuation
// is prose, not a heading.
const proseWords = 20

// boilerplatePrefixes open a byline, a caption or a page's furniture
// (data/boilerplate-prefixes.txt); none is longer than boilerplateRunes.
var boilerplatePrefixes = lazy.Of(listEntries, "boilerplate-prefixes")

const boilerplateRunes = 16

// runePrefix is s's first n runes (an invalid byte counts as one, as
// ranging over s does).
func runePrefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// fieldCount is len(strings.Fields(s)), without making the fields.
func fieldCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// boilerplate reports whether a sentence is a heading, byline, dateline or
// caption rather than prose.
func boilerplate(t string) bool {
	if strings.HasPrefix(t, "#") {
		return true
	}
	// the prefixes are of at most boilerplateRunes runes, and
	// ToLower maps rune by rune: the lower-cased opening is enough
	lt := strings.ToLower(runePrefix(t, boilerplateRunes))
	for _, p := range boilerplatePrefixes() {
		if strings.HasPrefix(lt, p) {
			return true
		}
	}
	words := fieldCount(t)
	if words < 4 {
		return true
	}
	// a heading or caption lacks closing punctuation; a paragraph of a
	// plain-text paste may lack it too, but is as long as a sentence
	last := t[len(t)-1]
	if !strings.ContainsRune(".!?\"'”’)", rune(last)) && !strings.HasSuffix(t, "”") && !strings.HasSuffix(t, "’") &&
		words < proseWords {
		return true
	}
	return false
}
