package suggest

import (
	"regexp"
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// outcomeRe finds the sentence that states how talks ended: the bottom line.
var outcomeRe = regexp.MustCompile(`(?i)\b(?:ended|ends|end|concluded|closed|broke up) (?:[a-z]+ ){0,3}without\b|\bwithout (?:an? |any )?(?:agreement|deal|breakthrough)\b|\b(?:collapsed|stalled|broke down|faltered|deadlocked|failed to (?:reach|agree|produce|yield))\b|\b(?:reached|struck|signed|sealed|clinched) (?:an? |the )?(?:[a-z-]+ )?(?:agreement|deal|accord|ceasefire|truce)\b|\bagreed (?:on|to) (?:an? |the )?(?:[a-z-]+ )?(?:deal|ceasefire|truce|framework|accord|exchange)\b|\bdid not yield\b|\bno (?:agreement|deal|breakthrough)\b`)

// consequenceRe finds why an outcome matters: what it puts at risk.
var consequenceRe = regexp.MustCompile(`(?i)\bwarn(?:s|ed|ing)?\b|\bcould (?:close|collapse|unravel|derail|escalate|resume|end|break)|\brisk(?:s|ed)?\b|\bthreaten|\bjeopardi[sz]|\bexpires?\b|\bdeadline\b`)

// quoted reports whether a sentence opens with a quotation.
func quoted(t string) bool {
	return strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "“") || strings.HasPrefix(t, "'")
}

// summarySlot returns the ways to write a summary sentence: the sentence,
// or a clause of it that starts like a sentence and, when need is set,
// still matches need (the outcome of the bottom line).
func summarySlot(s Sentence, b *briefing.Brief, need *regexp.Regexp) slot {
	var spans []Sentence
	for _, c := range clauses(core(s)) {
		if startsUpper(c.Text) && !quoted(c.Text) && !anaphoric(c.Text) && (need == nil || need.MatchString(c.Text)) {
			spans = append(spans, c)
		}
	}
	if len(spans) == 0 {
		spans = []Sentence{core(s)}
	}
	var sl slot
	for _, sp := range byLength(spans) {
		t := prose(sp, b)
		sl.opts = append(sl.opts, option{text: t, src: sp, words: briefing.WordCount(t)})
	}
	sl.pref = len(sl.opts) - 1
	return sl
}

// summaryLogistics reports whether a sentence only reports a meeting: who
// met, hosted, chaired or discussed, where and for how long.
func summaryLogistics(t string) bool {
	l := " " + strings.ToLower(t)
	if logistics(l) {
		return true
	}
	for _, w := range []string{" discussed ", " chaired ", " held talks", " sat down", " acting as ", " met for "} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// fillSummary writes the summary within its budget: the bottom line first
// (the sentence that states the outcome), the outcome of each other article,
// then why it matters (the blocking issue, a consequence), then the most
// central other sentences; meeting logistics and sentences the outlook
// already uses are left out.
func fillSummary(d Draft, b *briefing.Brief, avoid []briefing.Provenance) string {
	if len(d.Summary) == 0 {
		return ""
	}
	type pick struct {
		c    *candidate
		s    Sentence
		need *regexp.Regexp
	}
	var cands []*candidate
	for _, c := range d.pool {
		if c.score > 0 {
			cands = append(cands, c)
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	var picks []pick
	taken := func(c *candidate) bool {
		for _, p := range picks {
			if p.c == c || p.c != nil && c.v.cos(p.c.v) > 0.4 {
				return true
			}
		}
		return false
	}
	var used []briefing.Provenance
	add := func(c *candidate, s Sentence, need *regexp.Regexp) {
		picks = append(picks, pick{c, s, need})
		used = append(used, s.Prov)
	}
	// the bottom line and the outcome of each other article; the bottom
	// line is the latest news: the outcome of the most recent article
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].d.order > cands[j].d.order })
	outcomeOf := map[*doc]bool{}
	for _, c := range cands {
		s := c.d.sentenceOf(c.i)
		if outcomeOf[c.d] || quoted(s.Text) || !outcomeRe.MatchString(s.Text) || taken(c) {
			continue
		}
		outcomeOf[c.d] = true
		add(c, s, outcomeRe)
	}
	if len(picks) == 0 {
		for _, c := range cands {
			if s := c.d.sentenceOf(c.i); s.Prov == d.Summary[0].Prov {
				add(c, s, nil)
			}
		}
	}
	if len(picks) == 0 {
		return ""
	}
	others := append([]pick(nil), picks[1:]...)
	sort.SliceStable(others, func(i, j int) bool { return others[i].c.d.order < others[j].c.d.order })
	picks = append(picks[:1], others...)
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	// why it matters: the first blocking issue not yet stated, a consequence
	// (the strongest sticking point, unless the bottom line already names it)
	if len(d.StickingPoints) > 0 {
		p := d.StickingPoints[0]
		stated := false
		for _, s := range append([]Sentence{p.Sentence}, p.also...) {
			stated = stated || overlapsAny(s.Prov, used)
		}
		if g := gapSpans(p, d.Actors); !stated && len(g) > 0 && startsUpper(g[0].Text) && !quoted(g[0].Text) && !anaphoric(g[0].Text) {
			picks = append(picks, pick{nil, g[0], nil})
			used = append(used, p.Prov)
		}
	}
	for _, c := range cands {
		s := c.d.sentenceOf(c.i)
		if consequenceRe.MatchString(s.Text) && !quoted(s.Text) && !taken(c) &&
			!overlapsAny(s.Prov, avoid) && !overlapsAny(s.Prov, used) {
			add(c, s, nil)
			break
		}
	}
	// then the most central other sentences, no logistics, in reading order
	n := len(picks)
	for _, c := range cands {
		s := c.d.sentenceOf(c.i)
		if quoted(s.Text) || summaryLogistics(s.Text) || taken(c) ||
			overlapsAny(s.Prov, avoid) || overlapsAny(s.Prov, used) {
			continue
		}
		add(c, s, nil)
	}
	fill := picks[n:]
	sort.SliceStable(fill, func(i, j int) bool {
		a, b := fill[i].c, fill[j].c
		if a.d.order != b.d.order {
			return a.d.order < b.d.order
		}
		return a.i < b.i
	})
	// a filler only counts when its sentence can stand alone
	kept := picks[:n]
	for _, p := range fill {
		if sl := summarySlot(p.s, b, nil); !anaphoric(sl.opts[len(sl.opts)-1].src.Text) {
			kept = append(kept, p)
		}
	}
	picks = kept
	var slots []slot
	for _, p := range picks {
		if p.c == nil {
			slots = append(slots, summarySlot(p.s, b, nil))
			continue
		}
		slots = append(slots, summarySlot(p.s, b, p.need))
	}
	// the bottom line always stays, shortened if need be
	if len(slots) > 0 {
		slots[0].pref = len(slots[0].opts) - 1
		for slots[0].pref > 0 && slots[0].opts[slots[0].pref].words > summaryMax {
			slots[0].pref--
		}
	}
	var parts []string
	for _, o := range pack(slots, summaryMaxSentences, summaryMin, summaryMax) {
		parts = append(parts, o.text)
	}
	return strings.Join(parts, " ")
}

// fillOutlook writes the composed outlook, adding further developments while
// it is under its budget.
func fillOutlook(d Draft, b *briefing.Brief) (string, []briefing.Provenance) {
	text, provs, _ := composeOutlook(d.Outlook, b, 0)
	for extra := 1; extra <= 2 && briefing.WordCount(text) < outlookMin; extra++ {
		t, p, _ := composeOutlook(d.Outlook, b, extra)
		if briefing.WordCount(t) > outlookMax || t == text {
			break
		}
		text, provs = t, p
	}
	return text, provs
}
