package suggest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/internal/lazy"
)

// outcomeRe finds the sentence that states how talks ended: the bottom line.
var outcomeRe = lazy.RE(`(?i)\b(?:ended|ends|end|concluded|closed|broke up) (?:[a-z]+ ){0,3}without\b|\bwithout (?:an? |any )?(?:agreement|deal|breakthrough)\b|\b(?:collapsed|stalled|broke down|faltered|deadlocked|failed to (?:reach|agree|produce|yield))\b|\b(?:reached|struck|signed|sealed|clinched) (?:an? |the )?(?:[a-z-]+ )?(?:agreement|deal|accord|ceasefire|truce)\b|\bagreed (?:on|to) (?:an? |the )?(?:[a-z-]+ )?(?:deal|ceasefire|truce|framework|accord|exchange)\b|\bdid not yield\b|\bno (?:agreement|deal|breakthrough)\b`)

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

// meetingPhrases, besides logisticsPhrases, mark a sentence that only
// reports a meeting.
var meetingPhrases = lazy.Of(listEntries, "meeting-phrases")

// summaryLogistics reports whether a sentence only reports a meeting: who
// met, hosted, chaired or discussed, where and for how long.
func summaryLogistics(t string) bool {
	l := " " + strings.ToLower(t)
	if logistics(l) {
		return true
	}
	for _, w := range meetingPhrases() {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// fillSummary writes the summary within its budget: the bottom line first
// (what happened, who, the outcome: the sentence that best states the story
// of the whole cluster, an outcome preferred), then what the other reports
// add, each sentence new against those already chosen (never repeating),
// in reading order. Meeting logistics, quotations and sentences the outlook
// already uses are left out.
func fillSummary(d Draft, b *briefing.Brief, avoid []briefing.Provenance) string {
	if len(d.Summary) == 0 {
		return ""
	}
	// the bottom line may be a sentence the outlook quotes (the outlook is
	// recomposed without it); the sentences after it leave the outlook's.
	// The draft's picks stand when they quote none of those: leaving out
	// sentences the greedy picker never chose changes none of its choices.
	skip := func(c *candidate) bool { return overlapsAny(c.d.sentenceOf(c.i).Prov, avoid) }
	picks := d.picked
	if picks == nil || slices.ContainsFunc(picks[1:], skip) {
		picks = d.summaryPicks(summaryFillPicks, skip, leanable(d))
	}
	if len(picks) == 0 {
		return ""
	}
	slots := make([]slot, len(picks))
	for k, c := range picks {
		var need *regexp.Regexp
		if k == 0 && outcomeRe.MatchString(c.d.sentenceOf(c.i).Text) {
			need = outcomeRe.Get()
		}
		slots[k] = summarySlot(c.d.sentenceOf(c.i), b, need)
	}
	// the bottom line always stays, shortened if need be
	slots[0].pref = len(slots[0].opts) - 1
	for slots[0].pref > 0 && slots[0].opts[slots[0].pref].words > summaryMax {
		slots[0].pref--
	}
	chosen := pack(slots, summaryMaxSentences, summaryMin, summaryMax)
	return strings.Join(readingOrder(withAntecedents(chosen, picks), picks), " ")
}

// summaryPicks picks up to n of the draft's summary sentences, best first,
// as Fill writes them and Draft lists them: never a quotation or a sentence
// that opens or closes one mid-way; after the bottom line, none that skip
// reports.
func (d Draft) summaryPicks(n int, skip, lean func(*candidate) bool) []*candidate {
	var cands []*candidate
	for _, c := range d.pool {
		if c.score <= 0 {
			continue
		}
		if t := c.d.sentenceOf(c.i).Text; quoted(t) || unbalancedQuotes(t) {
			continue
		}
		cands = append(cands, c)
	}
	return summaryPicks(cands, n, skip, lean)
}

// summaryFillPicks is how many summary sentences Fill weighs for its budget.
const summaryFillPicks = summaryMaxSentences + 2

// summarySentences are the draft's first summaryListed picks, the bottom
// line first and the others in reading order, with the picks they come
// from for Fill (when no outlook sentence is to be left out).
func (d Draft) summarySentences() ([]Sentence, []*candidate) {
	picks := d.summaryPicks(summaryFillPicks, func(*candidate) bool { return false }, leanable(d))
	var out []Sentence
	for _, c := range inReadingOrder(picks[:min(len(picks), summaryListed)]) {
		out = append(out, c.d.sentenceOf(c.i))
	}
	return out, picks
}

// leanable says which sentences that lean on the one before them the
// summary may print right after it: in a single report, where the
// sentences after the lead carry its story, and not a sticking point's
// sentence ("... rejected the demand"), which that section quotes. In a
// cluster, another report's sentence that stands on its own adds more.
func leanable(d Draft) func(*candidate) bool {
	if slices.ContainsFunc(d.pool, func(c *candidate) bool { return c.d != d.pool[0].d }) {
		return nil
	}
	return func(c *candidate) bool {
		p := c.d.sentenceOf(c.i).Prov
		return !slices.ContainsFunc(d.StickingPoints, func(pt Point) bool { return overlaps(pt.Prov, p) })
	}
}

// withAntecedents drops a chosen sentence that leans on the sentence before
// it ("It was the first such visit") when that sentence was not chosen.
func withAntecedents(chosen []option, picks []*candidate) []option {
	in := map[*candidate]bool{}
	for _, o := range chosen {
		in[pickOf(o, picks)] = true
	}
	out := chosen[:0:0]
	for _, o := range chosen {
		if c := pickOf(o, picks); c != nil && c.traits().leans && !slices.ContainsFunc(picks, func(p *candidate) bool { return in[p] && p.d == c.d && p.i == c.i-1 }) {
			continue
		}
		out = append(out, o)
	}
	return out
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
