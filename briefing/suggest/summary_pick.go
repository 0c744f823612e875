package suggest

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
)

// summaryRedundant is the cosine above which a sentence repeats one already
// in the summary; two reports restating one event share fewer words than
// one report's sentences do (each writes it its own way), so a sentence from
// another report repeats a chosen one above summaryRestated.
const (
	summaryRedundant = 0.4
	summaryRestated  = 0.3
	// summaryListed is how many summary sentences a draft lists
	summaryListed = 3
)

// summaryPicks chooses up to n summary sentences, best first: the bottom
// line, then, one at a time, the sentence that adds most to those chosen:
// its own score (position, centrality in its report and in the cluster),
// in a cluster less half its overlap with the chosen ones, a report not
// yet cited preferred.
// A sentence that repeats a chosen one, reports only a meeting or leans on
// an earlier sentence ("It said") is never chosen, nor after the bottom
// line one that skip reports.
//
// lean says which sentences that lean on the sentence before them ("It was
// the first such visit") may be picked right after it; nil: none.
func summaryPicks(cands []*candidate, n int, skip, lean func(*candidate) bool) []*candidate {
	var picks []*candidate
	cited := map[*doc]bool{}
	standalone := func(c *candidate) bool { return c.traits().standalone }
	// the bottom line
	var bottom *candidate
	best := 0.0
	for _, c := range cands {
		if 2*c.score <= best {
			continue // weighs at most double: cannot win, its traits are not needed
		}
		// an outcome weighs double, and is written as its outcome clause
		// even when the sentence opens with who met where
		v, ok := c.score, standalone(c)
		if c.traits().outcome {
			v *= 2
			ok = !c.anaphor
		}
		ok = ok && !additive(c.d.sentenceOf(c.i).Text)
		if c.guess {
			v /= 2 // "… is likely to be well received": the outlook's, not the news
		}
		if v > best && ok {
			bottom, best = c, v
		}
	}
	if bottom == nil {
		return nil
	}
	picks = append(picks, bottom)
	cited[bottom.d] = true
	// in one report the sentences after the lead carry its story in the
	// order of their weight; across reports, what another adds counts
	oneReport := !slices.ContainsFunc(cands, func(c *candidate) bool { return c.d != bottom.d })
	// each candidate's largest overlap with the picks, and whether it is
	// never a later pick: it repeats a pick (found as each pick is added,
	// or, for a shared quotation, when it would win), it does not stand on
	// its own, or skip reports it. What is never a pick stays so: only a
	// candidate that would win is looked at more closely.
	overlap := make([]float64, len(cands))
	repeats := make([]bool, len(cands))
	fit := func(c *candidate) bool {
		return (standalone(c) || c.traits().leans && lean != nil && lean(c)) && !skip(c) &&
			!slices.ContainsFunc(picks, func(p *candidate) bool {
				return p != c && sharedQuote(p.d.sentenceOf(p.i).Text, c.d.sentenceOf(c.i).Text)
			})
	}
	// a sentence that leans on the one before it ("It was the first
	// such visit") only right after that sentence
	picked := func(d *doc, i int) bool {
		for _, p := range picks {
			if p.d == d && p.i == i {
				return true
			}
		}
		return false
	}
	for len(picks) < n {
		p := picks[len(picks)-1]
		for k, c := range cands {
			cs := c.v.cos(p.v)
			if p == c {
				cs = 1
			}
			overlap[k] = max(overlap[k], cs)
			limit := summaryRedundant
			if p.d != c.d {
				limit = summaryRestated
			}
			repeats[k] = repeats[k] || cs > limit
		}
		var next *candidate
		best := 0.0
		for k, c := range cands {
			if repeats[k] {
				continue
			}
			v := c.score
			if !oneReport {
				v *= 1 - overlap[k]/2
			}
			if !cited[c.d] {
				v *= 1.3
			}
			if v <= best {
				continue
			}
			if !fit(c) {
				repeats[k] = true
				continue
			}
			if c.traits().leans && !picked(c.d, c.i-1) {
				continue
			}
			next, best = c, v
		}
		if next == nil {
			break
		}
		picks = append(picks, next)
		cited[next.d] = true
	}
	return picks
}

// additive reports whether t adds to something said before it: "also"
// among its first words ("The station also interviewed ...", "Also, the
// court ..."). Such a sentence is never the bottom line.
func additive(t string) bool {
	for k, w := range strings.Fields(t) {
		if k == 6 {
			break
		}
		if strings.EqualFold(strings.Trim(w, ",;:"), "also") {
			return true
		}
	}
	return false
}

// pickOf returns the pick whose sentence the option o writes, nil when none.
func pickOf(o option, picks []*candidate) *candidate {
	for _, c := range picks {
		s := c.d.sents[c.i]
		if o.src.Prov.ArticleID == c.d.art.ID && overlaps(o.src.Prov, briefing.Provenance{ArticleID: c.d.art.ID, Start: s.Start, End: s.End}) {
			return c
		}
	}
	return nil
}

// readingOrder returns the texts of the chosen options with the bottom line
// (the first) first and the others in reading order: by article date, then
// by place in the article.
func readingOrder(chosen []option, picks []*candidate) []string {
	at := func(o option) (int, int) {
		if c := pickOf(o, picks); c != nil {
			return c.d.order, c.i
		}
		return 1 << 30, 0
	}
	if len(chosen) > 1 {
		rest := chosen[1:]
		sort.SliceStable(rest, func(i, j int) bool {
			oi, ii := at(rest[i])
			oj, ij := at(rest[j])
			return readsBefore(oi, ii, oj, ij)
		})
		// the sentence right after the bottom line in its report stays
		// right after it (it may lean on it: "It was the first ...")
		o0, i0 := at(chosen[0])
		for k, o := range rest {
			if ok, ik := at(o); ok == o0 && ik == i0+1 {
				copy(rest[1:k+1], rest[:k])
				rest[0] = o
				break
			}
		}
	}
	out := make([]string, len(chosen))
	for k, o := range chosen {
		out[k] = o.text
	}
	return out
}

// sharedQuoteWords is the length, in words, of a quotation two sentences
// share that makes one a restatement of the other.
const sharedQuoteWords = 5

// sharedQuote reports whether a and b quote the same words: a quotation of
// at least sharedQuoteWords words in one is in the other (two reports of
// one remark: "“The port stays shut until spring,” Vale said" and "Vale
// repeated that 'the port stays shut until spring'").
func sharedQuote(a, b string) bool {
	return quotedIn(a, b) || quotedIn(b, a)
}

// quotedIn reports whether a quotation of a of at least sharedQuoteWords
// words is in b.
func quotedIn(a, b string) bool {
	if !strings.ContainsAny(a, "\"“") {
		return false
	}
	bw := " " + strings.Join(briefing.Words(strings.ToLower(b)), " ") + " "
	for _, q := range quotations(a) {
		qw := briefing.Words(strings.ToLower(q))
		if len(qw) >= sharedQuoteWords && strings.Contains(bw, " "+strings.Join(qw, " ")+" ") {
			return true
		}
	}
	return false
}

// quotations returns the quoted passages of t (straight or curly double
// quotation marks).
func quotations(t string) []string {
	var out []string
	for {
		i := strings.IndexAny(t, "\"“")
		if i < 0 {
			return out
		}
		_, n := utf8.DecodeRuneInString(t[i:])
		rest := t[i+n:]
		j := strings.IndexAny(rest, "\"”")
		if j < 0 {
			return out
		}
		out = append(out, rest[:j])
		_, m := utf8.DecodeRuneInString(rest[j:])
		t = rest[j+m:]
	}
}

// inReadingOrder returns picks with the bottom line (the first) first and
// the others by article date, then by place in the article.
func inReadingOrder(picks []*candidate) []*candidate {
	out := slices.Clone(picks)
	if len(out) < 2 {
		return out
	}
	rest := out[1:]
	sort.SliceStable(rest, func(i, j int) bool {
		return readsBefore(rest[i].d.order, rest[i].i, rest[j].d.order, rest[j].i)
	})
	return out
}

// readsBefore reports whether sentence i1 of the article in date order o1
// comes before sentence i2 of the article in date order o2.
func readsBefore(o1, i1, o2, i2 int) bool {
	if o1 != o2 {
		return o1 < o2
	}
	return i1 < i2
}
