package suggest

import (
	"regexp"
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// The word budgets of the four sections (see BRIEF.md), counted the way the
// page counts them (briefing.WordCount, citation numbers included).
const (
	summaryMin, summaryMax = 60, 90
	actorsMin, actorsMax   = 90, 130
	pointsMin, pointsMax   = 80, 120
	outlookMin, outlookMax = 70, 110
	summaryMaxSentences    = 4
	actorsMaxItems         = 6
	pointsMaxItems         = 4
)

// option is one way to write an item or a sentence: a span of a source
// sentence rendered with its lead and citation.
type option struct {
	text  string
	src   Sentence
	words int
}

// slot is one item with its options, shortest first; pref is the option
// used when the budget allows.
type slot struct {
	opts []option
	pref int
}

// pack chooses up to maxItems slots, in order, each at its preferred option
// or a shorter one so the total stays within hi; then, while the total is
// under lo, it lengthens the chosen items, best first, within hi.
func pack(slots []slot, maxItems, lo, hi int) []option {
	var chosen, at []int
	total := 0
	for i, s := range slots {
		if len(chosen) == maxItems {
			break
		}
		for k := s.pref; k >= 0; k-- {
			if total+s.opts[k].words <= hi {
				chosen, at = append(chosen, i), append(at, k)
				total += s.opts[k].words
				break
			}
		}
	}
	for changed := true; changed && total < lo; {
		changed = false
		for c := range chosen {
			s := slots[chosen[c]]
			if at[c]+1 >= len(s.opts) {
				continue
			}
			d := s.opts[at[c]+1].words - s.opts[at[c]].words
			if total+d <= hi {
				at[c]++
				total += d
				changed = true
				if total >= lo {
					break
				}
			}
		}
	}
	out := make([]option, len(chosen))
	for c, i := range chosen {
		out[c] = slots[i].opts[at[c]]
	}
	return out
}

// core drops the final period of a sentence: items carry their citation
// marker at the end, and prose puts the period after the marker.
func core(s Sentence) Sentence { return span(s, 0, bodyEnd(s.Text)) }

// prose renders a span as a sentence of running text: "Talks ended [1]."
func prose(s Sentence, b *briefing.Brief) string {
	t := shown(s) + cite(b, s.Prov)
	if !strings.HasSuffix(s.Text, "?") && !strings.HasSuffix(s.Text, "!") {
		t += "."
	}
	return t
}

// item renders a bulleted item: lead, " — ", span and citation marker.
func item(lead string, s Sentence, b *briefing.Brief) string {
	return lead + briefing.LeadSeparator + shown(s) + cite(b, s.Prov)
}

// shown is a span as the brief prints it: a speaker's words in quotation marks.
func shown(s Sentence) string {
	if s.Quoted {
		return "“" + s.Text + "”"
	}
	return s.Text
}

// overlaps reports whether two spans share text in one article.
func overlaps(a, b briefing.Provenance) bool {
	return a.ArticleID == b.ArticleID && a.Start < b.End && b.Start < a.End
}

func overlapsAny(p briefing.Provenance, used []briefing.Provenance) bool {
	for _, u := range used {
		if overlaps(p, u) {
			return true
		}
	}
	return false
}

// byLength sorts spans shortest first and drops repeats.
func byLength(ss []Sentence) []Sentence {
	sort.SliceStable(ss, func(i, j int) bool { return len(ss[i].Text) < len(ss[j].Text) })
	var out []Sentence
	for _, s := range ss {
		if len(out) == 0 || out[len(out)-1].Prov != s.Prov {
			out = append(out, s)
		}
	}
	return out
}

// actorLead is "Name (role)", the bold lead of an actor item.
func actorLead(a Actor) string {
	lead := a.Name
	role := a.Role
	if strings.HasPrefix(role, "'s") || strings.HasPrefix(role, "’s") {
		role = "" // "the council's envoy": the role lost its owner
	}
	switch {
	case role != "":
		lead += " (" + role + ")"
	case a.rep != "":
		lead += " (" + a.rep + ")" // a country speaking through its representative
	}
	return lead
}

// positionWords is the length an actor's position should keep when it can.
const positionWords = 22

// actorSlot returns the ways to write an actor's item: its position, the
// actor's own clause of a stance sentence, and the shorter clauses of it
// that keep its start; found is false when no stance sentence has the actor
// as subject or speaker and the options are clauses of the whole sentence.
func actorSlot(a Actor, b *briefing.Brief) (s slot, found bool) {
	forms := actorForms(a)
	var spans []Sentence
	for _, st := range a.Stance {
		if pos, ok := positionOf(core(st), forms); ok {
			for _, c := range clauses(pos) {
				if c.Prov.Start == pos.Prov.Start || c.Text == pos.Text {
					spans = append(spans, c)
				}
			}
			found = true
			break
		}
	}
	if !found && len(a.Stance) > 0 {
		for _, c := range clauses(core(a.Stance[0])) {
			if startsUpper(c.Text) && nwords(c.Text) <= 25 {
				spans = append(spans, c)
			}
		}
	}
	// the actor is the speaker: "…, diplomats said" adds nothing to its position
	var own []Sentence
	for _, sp := range spans {
		if k := topCommas(sp.Text); len(k) == 0 || !attribution(sp.Text[k[len(k)-1]+1:]) {
			own = append(own, sp)
		}
	}
	if len(own) > 0 {
		spans = own
	}
	if len(spans) == 0 {
		return slot{}, false
	}
	return slotOf(spans, actorLead(a), b, positionWords), found
}

// slotOf renders spans as items, shortest first, preferring the longest
// one of at most pref words (else the shortest).
func slotOf(spans []Sentence, lead string, b *briefing.Brief, pref int) slot {
	var s slot
	for _, sp := range byLength(spans) {
		t := item(lead, sp, b)
		s.opts = append(s.opts, option{text: t, src: sp, words: briefing.WordCount(t)})
		if nwords(sp.Text) <= pref {
			s.pref = len(s.opts) - 1
		}
	}
	return s
}

// cueScore sums the weights of the sticking cues found in t.
func cueScore(t string) float64 {
	lower := strings.ToLower(t)
	n := 0.0
	for _, c := range stickingCues {
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
func gapSpans(p Point, acts []Actor) []Sentence {
	type scored struct {
		s     Sentence
		score float64
	}
	var cands []scored
	for _, full := range append([]Sentence{p.Sentence}, p.also...) {
		full = core(full)
		for _, c := range clauses(full) {
			if cueScore(c.Text) < 2 || nwords(c.Text) < 5 {
				continue
			}
			if in, after, ok := quoteInner(full); ok && in.Prov == c.Prov && !namesSide(full.Text[after:], p.Parties, acts) {
				continue // a quotation without its speaker
			}
			sc := float64(nwords(c.Text))
			if anaphoric(c.Text) {
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
func pointSlot(p Point, acts []Actor, b *briefing.Brief) slot {
	gaps := gapSpans(p, acts)
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
				!anaphoric(c.Text) && nwords(c.Text) <= 34 {
				spans = append(spans, c)
			}
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

// Fill writes the best candidates into the sections of b that are empty,
// leaving the analyst's own text alone, so that each section fits its
// budget (see BRIEF.md): a summary of 2–4 sentences and 60–90 words, bottom
// line first; 3–6 actors in 90–130 words, each with its position in few
// words; 2–4 sticking points in 80–120 words, one per issue, each with the
// span that states the gap; and an outlook of 70–110 words: the most likely
// development, one alternative when the text gives one, one assessment with
// a single ICD 203 term restated from a hedged sentence ("Assessment: a
// comprehensive deal before the end of the year is unlikely (20–45%) [1].")
// and "Watch for:" indicators. Fewer, stronger items are preferred to many
// long ones. Every item quotes its source: a sentence or a clause of it that
// stands on its own, with the provenance of the span.
func Fill(b *briefing.Brief, d Draft) {
	outlookText, outlookProvs := fillOutlook(d, b)
	if b.Empty(briefing.SectionOutlook) && outlookText != "" {
		b.Outlook = outlookText
	}
	if b.Empty(briefing.SectionSummary) {
		b.Summary = fillSummary(d, b, outlookProvs)
	}
	if b.Empty(briefing.SectionActors) {
		var found, rest [][]slot
		for _, a := range d.Actors {
			if !a.Acts || len(a.Stance) == 0 {
				continue
			}
			s, ok := actorSlot(a, b)
			if len(s.opts) == 0 {
				continue
			}
			alts := append([]slot{s}, actorAlternatives(a, b)...)
			if ok {
				found = append(found, alts)
			} else {
				rest = append(rest, alts)
			}
		}
		b.Actors = items(distinctAlts(append(found, rest...)), actorsMaxItems, actorsMin, actorsMax)
	}
	if b.Empty(briefing.SectionStickingPoints) {
		// issues first; a bare deadlock ("the talks ended without
		// agreement") is the summary's news, not an issue
		var slots, deadlocks []slot
		for _, p := range d.StickingPoints {
			if p.kind == "Deadlock" && p.Issue == p.kind || outcomeRe.MatchString(p.Text) && p.kind == "Deadlock" {
				deadlocks = append(deadlocks, pointSlot(p, d.Actors, b))
				continue
			}
			slots = append(slots, pointSlot(p, d.Actors, b))
		}
		if len(slots) < 2 {
			slots = append(slots, deadlocks...)
		}
		b.StickingPoints = items(distinct(slots), pointsMaxItems, pointsMin, pointsMax)
	}
}

// distinct drops the slots whose preferred span overlaps the preferred span
// of an earlier slot: one sentence, one item.
func distinct(slots []slot) []slot {
	var out []slot
	var used []briefing.Provenance
	for _, s := range slots {
		p := s.opts[s.pref].src.Prov
		if overlapsAny(p, used) {
			continue
		}
		used = append(used, p)
		out = append(out, s)
	}
	return out
}

// distinctAlts is distinct for items that can be written from more than one
// sentence: an item whose first slot repeats an earlier item's span takes
// its next slot that does not ("Kovalchuk called the condition
// unacceptable" is Norvask's position; Kovalchuk's own is his threat to
// walk away).
func distinctAlts(items [][]slot) []slot {
	var out []slot
	var used []briefing.Provenance
	for _, alts := range items {
		for _, s := range alts {
			p := s.opts[s.pref].src.Prov
			if overlapsAny(p, used) {
				continue
			}
			used = append(used, p)
			out = append(out, s)
			break
		}
	}
	return out
}

// actorAlternatives returns the items an actor could have from its other
// stance sentences where it is the subject or speaker, best first.
func actorAlternatives(a Actor, b *briefing.Brief) []slot {
	var out []slot
	for _, c := range a.cands {
		if !c.agent || len(a.Stance) > 0 && c.s.Prov == a.Stance[0].Prov || c.rep != "" {
			continue
		}
		alt := a
		alt.Stance = []Sentence{c.s}
		if s, ok := actorSlot(alt, b); ok && len(s.opts) > 0 {
			out = append(out, s)
		}
	}
	return out
}

func items(slots []slot, n, lo, hi int) []string {
	var out []string
	for _, o := range pack(slots, n, lo, hi) {
		out = append(out, o.text)
	}
	return out
}
