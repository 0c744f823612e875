package suggest

import (
	"fmt"
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// The items of Sticking points: the spans of a point's sentences that
// state the gap, the sides they name, and the lead an item opens with.

// cueScore sums the weights of the sticking cues found in t.
func cueScore(t string) float64 {
	lower := strings.ToLower(t)
	n := 0.0
	for _, c := range stickingCues() {
		if hinted(lower, c.hints) && c.re.MatchString(t) {
			n += c.weight
		}
	}
	return n
}

// namesSide reports whether t names one of the parties, or someone who
// speaks for one.
func namesSide(t string, parties []string, acts []Actor) bool {
	sides := map[string]bool{}
	for _, p := range partyNames(parties) {
		sides[p] = true
	}
	for _, a := range acts {
		if !sides[a.Name] && !sides[a.speaksOf] {
			continue
		}
		for _, f := range actorForms(a) {
			if len(occurrences(t, f)) > 0 {
				return true
			}
		}
	}
	return false
}

// gapSpans returns the spans of a point's sentences that state the gap or
// a red line, best first: a strong cue, words that stand alone (no "the
// demand" without its referent), the shortest; a span naming both sides
// counts as shorter, and a quotation is kept only when its speaker is one of
// the parties.
func (d Draft) gapSpans(p Point) []Sentence {
	if d.memo == nil {
		return gapSpans(p, d.Actors)
	}
	var k strings.Builder
	for _, s := range append([]Sentence{p.Sentence}, p.also...) {
		fmt.Fprintf(&k, "%d:%d:%d;", s.Prov.ArticleID, s.Prov.Start, s.Prov.End)
	}
	k.WriteString(strings.Join(p.Parties, "\x00"))
	d.memo.mu.Lock()
	g, ok := d.memo.gaps[k.String()]
	d.memo.mu.Unlock()
	if !ok {
		g = gapSpans(p, d.Actors)
		d.memo.mu.Lock()
		d.memo.gaps[k.String()] = g
		d.memo.mu.Unlock()
	}
	return g
}

func gapSpans(p Point, acts []Actor) []Sentence {
	type scored struct {
		s     Sentence
		score float64
	}
	var cands []scored
	for _, full := range append([]Sentence{p.Sentence}, p.also...) {
		full = core(full)
		// where each cue matches in the sentence: a clause holds the cues
		// that match inside it (no pattern is anchored)
		type hit struct{ start, end, cue int }
		var hits []hit
		cs := stickingCues()
		lower, n := strings.ToLower(full.Text), 0.0
		for k, c := range cs {
			if !hinted(lower, c.hints) {
				continue
			}
			ms := c.re.FindAllStringIndex(full.Text, -1)
			for _, m := range ms {
				hits = append(hits, hit{full.Prov.Start + m[0], full.Prov.Start + m[1], k})
			}
			if len(ms) > 0 {
				n += c.weight
			}
		}
		if n < 2 {
			continue // none of its clauses holds more
		}
		held := make([]bool, len(cs))
		for _, c := range clauses(full) {
			n := 0.0
			clear(held)
			for _, h := range hits {
				if h.start >= c.Prov.Start && h.end <= c.Prov.End && !held[h.cue] {
					n, held[h.cue] = n+cs[h.cue].weight, true
				}
			}
			if n < 2 || nwords(c.Text) < 5 {
				continue
			}
			if in, after, ok := quoteInner(full); ok && in.Prov == c.Prov && !namesSide(full.Text[after:], p.Parties, acts) {
				continue // a quotation without its speaker
			}
			sc := float64(nwords(c.Text))
			if cutAnaphoric(c.Text) {
				sc += 10 // "called the condition unacceptable" says nothing without what it answers
			}
			if len(p.Parties) >= 2 && namesAll(c.Text, p.Parties, acts) {
				sc -= 6
			}
			cands = append(cands, scored{c, sc})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score < cands[j].score })
	var out []Sentence
	for _, c := range cands {
		out = append(out, c.s)
	}
	return out
}

// namesAll reports whether t names every side of a point.
func namesAll(t string, sides []string, acts []Actor) bool {
	for _, s := range sides {
		if !namesSide(t, []string{s}, acts) {
			return false
		}
	}
	return true
}

// pointLead is "Issue — A vs B", the lead of a sticking-point item.
func pointLead(p Point) string {
	lead := p.Issue
	if len(p.Parties) >= 2 {
		lead += briefing.LeadSeparator + strings.Join(p.Parties, " vs ")
	} else if len(p.Parties) == 1 {
		lead += briefing.LeadSeparator + p.Parties[0]
	}
	return lead
}

// pointSlot returns the ways to write a sticking point: its best gap span
// preferred, the longer statements of it as room to grow.
func pointSlot(p Point, d Draft, b *briefing.Brief) slot {
	gaps := d.gapSpans(p)
	lead := pointLead(p)
	if len(gaps) == 0 {
		return slotOf([]Sentence{core(p.Sentence)}, lead, b, 1000)
	}
	best := gaps[0]
	spans := []Sentence{best}
	// room to grow: the whole sentence the best span came from
	for _, full := range append([]Sentence{p.Sentence}, p.also...) {
		full = core(full)
		if full.Prov.ArticleID != best.Prov.ArticleID || full.Prov.Start > best.Prov.Start || best.Prov.End > full.Prov.End {
			continue
		}
		if nwords(full.Text) <= 34 {
			spans = append(spans, full)
		}
		// or a clause of it that holds the gap and stands alone
		for _, c := range clauses(full) {
			if c.Prov.Start <= best.Prov.Start && best.Prov.End <= c.Prov.End && startsUpper(c.Text) &&
				!cutAnaphoric(c.Text) && nwords(c.Text) <= 34 {
				spans = append(spans, c)
			}
		}
	}
	// no item opens or closes mid-quotation
	var whole []Sentence
	for _, sp := range spans {
		if !unbalancedQuotes(shown(sp)) {
			whole = append(whole, sp)
		}
	}
	if len(whole) > 0 {
		spans = whole
		if unbalancedQuotes(shown(best)) {
			best = whole[0]
		}
	}
	s := slotOf(spans, lead, b, 0)
	for k, o := range s.opts {
		if o.src.Prov == best.Prov {
			s.pref = k
		}
	}
	return s
}
