package suggest

import (
	"slices"
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
	ownOutlook := b.Empty(briefing.SectionOutlook) && outlookText != ""
	if ownOutlook {
		b.Outlook = outlookText
	}
	var points []string
	if b.Empty(briefing.SectionSummary) {
		b.Summary = fillSummary(d, b, outlookProvs)
		if ownOutlook {
			b.Outlook = outlookWithout(d, b)
		}
		points = arbitratePoints(d, b, outlookProvs)
	} else {
		var u usedText
		u.addText(briefing.SectionSummary, b.Summary)
		u.addText(briefing.SectionOutlook, b.Outlook)
		points, _ = fillPoints(d, b, &u)
	}
	if b.Empty(briefing.SectionActors) {
		// a sentence the summary, the outlook or a point prints is not
		// quoted again as a stance: the actor's next sentence is
		var u usedText
		u.addText(briefing.SectionSummary, b.Summary)
		u.addText(briefing.SectionOutlook, b.Outlook)
		printedPoints := b.StickingPoints
		if b.Empty(briefing.SectionStickingPoints) {
			printedPoints = points
		}
		for _, p := range printedPoints {
			u.addText(briefing.SectionStickingPoints, p)
		}
		var found []actorEntry
		var named [][]slot
		covered := map[string]bool{} // the actors with an item of their own or a pointer
		for _, a := range d.Actors {
			if !a.Acts || len(a.Stance) == 0 {
				continue
			}
			// in rank order, also when the best stance sentence has no
			// clause to quote and another one of its sentences gives it
			s := actorSlot(a, b)
			alts := actorAlternatives(a, b)
			if len(s.opts) > 0 {
				alts = append([]slot{s}, alts...)
			}
			if len(alts) == 0 {
				// no clause of its own to quote, but the summary tells of
				// it: one of the story's principals (a person or a body;
				// a place the story happens in is none), listed by name
				// and role with a pointer to the summary's sentence,
				// after the actors that have a clause to quote
				if p, ok := principalSlot(a, b, &u); ok && a.Type != "LOC" {
					named = append(named, []slot{p})
					covered[a.Name] = true
				}
				continue
			}
			found = append(found, actorEntry{a, alts})
			covered[a.Name] = true
		}
		rankOf := map[string]int{}
		for i, a := range d.Actors {
			rankOf[a.Name] = i
		}
		var listed [][]slot
		var who []Actor // the listed actors, in the order of listed
		for _, e := range onePerPerson(found) {
			listed = append(listed, e.alts)
			who = append(who, e.a)
		}
		slots, from := distinctAlts(slices.Concat(listed, named), &u, b)
		at := make([]int, len(slots)) // each slot's actor rank; a pointer's comes after the listed
		own := make([]bool, len(slots))
		for k, n := range from {
			at[k], own[k] = len(d.Actors), true
			if n < len(who) {
				at[k], own[k] = rankOf[who[n].Name], ownItem(who[n], slots[k])
			}
		}
		silent, silentAt := silentSlots(d.Actors, covered, b)
		b.Actors = items(byRank(slots, at, own, silent, silentAt, actorsMaxItems), actorsMaxItems, actorsMin, actorsMax)
	}
	if b.Empty(briefing.SectionStickingPoints) {
		b.StickingPoints = points
	}
}

// arbitratePoints chooses the sticking points after the summary: from the
// sentences the summary and the outlook leave; when they leave too few for
// a story of dispute, the points take their sentences first and the summary
// is drafted again without them and without restating the strongest issue;
// when that summary is too short or takes them back, they are quoted in
// both.
func arbitratePoints(d Draft, b *briefing.Brief, outlookProvs []briefing.Provenance) []string {
	var u usedText
	u.addText(briefing.SectionSummary, b.Summary)
	u.addText(briefing.SectionOutlook, b.Outlook)
	points, _ := fillPoints(d, b, &u)
	if len(points) >= minPoints || !b.Empty(briefing.SectionStickingPoints) {
		return points
	}
	// none, or a single restated issue: the summary may be quoting the
	// others; try giving them back to this section
	var uo usedText
	uo.addText(briefing.SectionOutlook, b.Outlook)
	first, provs := fillPoints(d, b, &uo)
	if len(first) <= len(points) {
		return points
	}
	// the issues now have their section: the summary does not restate the
	// strongest one as why it matters
	rest := d
	rest.StickingPoints = nil
	rest.picked = nil // picked with the points' sentences kept from leaning (leanable): pick again
	summary := fillSummary(rest, b, append(append([]briefing.Provenance(nil), outlookProvs...), provs...))
	var us usedText
	us.addText(briefing.SectionSummary, summary)
	us.addText(briefing.SectionOutlook, b.Outlook)
	again, _ := fillPoints(d, b, &us)
	if len(again) <= len(points) || briefing.WordCount(summary) < summaryMin {
		// the summary's bottom line is the dispute itself, or a short
		// report has too few sentences for both: the summary keeps its
		// sentences, the points those it does not print (the story was
		// found one of dispute: one point left is still its issue); when
		// it prints them all, they are quoted in both rather than leave a
		// story of dispute without its issues
		if left := unprinted(first, &u); len(left) > 0 {
			return left
		}
		return first
	}
	b.Summary = summary
	return again
}

// unprinted keeps the items whose span u does not print.
func unprinted(items []string, u *usedText) []string {
	var out []string
	for _, it := range items {
		span := it[strings.LastIndex(it, briefing.LeadSeparator)+1:]
		if !u.has(citeMark.ReplaceAllString(span, "")) {
			out = append(out, it)
		}
	}
	return out
}

// outlookWithout recomposes the outlook without the forecasts the summary
// already quotes (its bottom line can be one).
func outlookWithout(d Draft, b *briefing.Brief) string {
	var u usedText
	u.addText(briefing.SectionSummary, b.Summary)
	var keep []Forecast
	for _, f := range d.Outlook {
		if !u.has(f.Text) {
			keep = append(keep, f)
		}
	}
	if len(keep) == len(d.Outlook) {
		return b.Outlook
	}
	rest := d
	rest.Outlook = keep
	t, _ := fillOutlook(rest, b)
	return t
}

// minPoints is the number of sticking points that makes a story one of
// dispute: a single disagreement cue in a report is not an issue.
const minPoints = 2

// fillPoints writes the sticking points: each an issue named as a noun
// phrase, with the side or sides the text gives and the span that states
// the gap, from a sentence no section printed before (u); none when fewer
// than minPoints issues qualify (a story without a dispute). It returns the
// items and the provenance of the sentences they quote.
func fillPoints(d Draft, b *briefing.Brief, u *usedText) ([]string, []briefing.Provenance) {
	var slots []slot
	restated := false
	whole := map[briefing.Provenance]briefing.Provenance{} // span -> its sentence
	for _, p := range d.StickingPoints {
		if !pointQualifies(p) {
			continue
		}
		p, ok := unusedPoint(p, u)
		if !ok {
			continue
		}
		s := pointSlot(p, d, b)
		if len(s.opts) == 0 {
			continue
		}
		// one issue stated in two sentences by two sides is a story of
		// dispute even when it is the only one
		restated = restated || len(p.also) > 0 && len(p.Parties) >= 2
		for _, o := range s.opts {
			for _, full := range append([]Sentence{p.Sentence}, p.also...) {
				if overlaps(o.src.Prov, full.Prov) {
					whole[o.src.Prov] = full.Prov
				}
			}
		}
		slots = append(slots, s)
	}
	slots = distinct(slots)
	if len(slots) < minPoints && !(len(slots) == 1 && restated) {
		return nil, nil
	}
	var out []string
	var provs []briefing.Provenance
	for _, o := range pack(slots, pointsMaxItems, pointsMin, pointsMax) {
		out = append(out, o.text)
		provs = append(provs, whole[o.src.Prov])
	}
	return out, provs
}

// unusedPoint keeps the sentences of p that no section prints yet; ok is
// false when none is left.
func unusedPoint(p Point, u *usedText) (Point, bool) {
	var keep []Sentence
	for _, s := range append([]Sentence{p.Sentence}, p.also...) {
		if !u.has(s.Text) {
			keep = append(keep, s)
		}
	}
	if len(keep) == 0 {
		return p, false
	}
	if keep[0].Prov != p.Sentence.Prov {
		p.Sentence = keep[0]
	}
	p.also = keep[1:]
	return p, true
}

// pointQualifies reports whether a point names its issue (not only the kind
// of its cue), a side, states a disagreement once the words that state none
// are set aside (maskNoDispute), and is not the bare outcome of the talks ("the talks
// ended without agreement" is the summary's news, not an issue).
func pointQualifies(p Point) bool {
	if p.Issue == "" || p.Issue == p.kind || len(p.Parties) == 0 || cueScore(maskNoDispute(p.Text)) < 3 {
		return false // no issue, no side, or only a "declined to comment"
	}
	// a deadlock the summary reports as its outcome is no point of its own,
	// unless another sentence states the same issue or the sentence also
	// states what blocked it ("… ended without agreement after Sarkand
	// demanded the corridor as a precondition")
	return !(p.kind == "Deadlock" && outcomeRe.MatchString(p.Text)) || len(p.also) > 0 || blockCue(p.Text)
}

// blockCue reports whether t holds a strong cue of what blocks agreement
// other than the deadlock itself: a demand, a condition, a red line, a
// refusal, an accusation.
func blockCue(t string) bool {
	lower := strings.ToLower(t)
	for _, c := range stickingCues() {
		if c.label != "Deadlock" && c.weight >= 3 && hinted(lower, c.hints) && c.re.MatchString(t) {
			return true
		}
	}
	return false
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

func items(slots []slot, n, lo, hi int) []string {
	var out []string
	for _, o := range packRoom(slots, n, lo, hi, true) {
		out = append(out, o.text)
	}
	return out
}
