package suggest

import (
	"slices"
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
)

// The items of actors that have no clause of their own to quote: a
// principal the summary tells of, and a leading person the sources name
// without a position.

// silentSlots are the items of the story's leading people who neither
// speak nor act in a clause of their own and whom the summary does not
// name, with their ranks: a person among the first ranked, named more
// than once, is listed by name and role with where the sources first name
// them, and the item says so ("Ines Orta (deputy mayor) — no stated
// position [1]"), rather than be left out or be given someone else's
// words about them. Bodies and places are not: a name the recogniser
// gives no sentence of its own is too often a table's heading or a
// setting.
func silentSlots(acts []Actor, covered map[string]bool, b *briefing.Brief) (out []slot, ranks []int) {
	for i, a := range acts {
		if i >= silentRank {
			break
		}
		if a.Type != ner.PER || covered[a.Name] || a.mentions < 2 || a.mediator || !strings.Contains(a.Name, " ") || mixedScript(a.Name) {
			continue // a single word typed as a person is too often a place or a surname misread
		}
		src := a.named1
		if src.Text == "" {
			continue
		}
		t := actorLead(a) + briefing.LeadSeparator + silentNote + cite(b, src.Prov)
		out = append(out, slot{opts: []option{{text: t, src: src, words: briefing.WordCount(t)}}})
		ranks = append(ranks, i)
	}
	return out, ranks
}

// byRank returns the slots with the silent ones among them by rank: each
// before the first slot of an actor ranked below it (ranks at, silentAt;
// both in ascending order but where a body takes its representative's
// place) whose item is not that actor's own words or deed (own), so that
// a leading person without a clause of their own is listed ahead of minor
// actors given only a sentence that names them. Each silent item put in
// takes the place, among the first n, of the last of those minor items
// ranked below it, so that no one who speaks or acts, and no principal
// ranked above it, is pushed off the list by a silent item.
func byRank(slots []slot, at []int, own []bool, silent []slot, silentAt []int, n int) []slot {
	var out []slot
	var named []bool // the slot is a listed actor's item that only names it
	var rank []int   // the rank of each slot's actor
	j := 0
	for k, s := range slots {
		for j < len(silent) && silentAt[j] < at[k] && !own[k] {
			out, named, rank = append(out, silent[j]), append(named, false), append(rank, silentAt[j])
			j++
		}
		out, named, rank = append(out, s), append(named, !own[k]), append(rank, at[k])
	}
	// each silent item put in pushes one item past the first n: the last
	// item among those that only names its actor, ranked below it, goes
	// instead (a principal ranked above it stays); while the first n hold
	// them all, none goes
	for m := 0; m < j && len(out) > n; m++ {
		k := n
		for k >= 0 && !(named[k] && rank[k] > silentAt[m]) {
			k--
		}
		if k < 0 {
			continue
		}
		out, named, rank = slices.Delete(out, k, k+1), slices.Delete(named, k, k+1), slices.Delete(rank, k, k+1)
	}
	return append(out, silent[j:]...)
}

// ownItem reports whether the actor's item s quotes a sentence the actor
// speaks or acts in, not one that only names it.
func ownItem(a Actor, s slot) bool {
	src := s.opts[s.pref].src.Prov
	for _, c := range a.cands {
		if c.agent && overlaps(c.s.Prov, src) {
			return true
		}
	}
	return false
}

// principalSlot is the item of an actor that has no clause of its own: its
// sentence the summary prints, which distinctAlts turns into "Name (role)
// — see the Summary [n]"; false when the summary prints none of its
// sentences.
func principalSlot(a Actor, b *briefing.Brief, printed *usedText) (slot, bool) {
	sents := append([]Sentence(nil), a.Stance...)
	for _, c := range a.cands {
		sents = append(sents, c.s)
	}
	for _, st := range sents {
		if sec, ok := printed.where(st.Text); ok && sec == briefing.SectionSummary && namesActor(st.Text, actorForms(a)) {
			t := item(actorLead(a), st, b)
			return slot{opts: []option{{text: t, src: st, words: briefing.WordCount(t)}}}, true
		}
	}
	return slot{}, false
}

// silentRank is how far down the ranking a person without a position of
// their own is still listed; silentNote says that they have none.
const (
	silentRank = 6
	silentNote = "no stated position"
)

// mixedScript reports whether a word of s mixes letters of two scripts
// ("Pынкa", Latin look-alikes among Cyrillic): text a converter garbled,
// not a name.
func mixedScript(s string) bool {
	for _, w := range strings.Fields(s) {
		lat, other := false, false
		for _, r := range w {
			if unicode.IsLetter(r) {
				if unicode.Is(unicode.Latin, r) {
					lat = true
				} else {
					other = true
				}
			}
		}
		if lat && other {
			return true
		}
	}
	return false
}
