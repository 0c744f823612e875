package suggest

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// distinctAlts is distinct for items that can be written from more than one
// sentence: an item whose first slot repeats an earlier item's span takes
// its next slot that does not ("Kovalchuk called the condition
// unacceptable" is Norvask's position; Kovalchuk's own is his threat to
// walk away). A slot whose sentence another section prints gives way to
// the next one that no section prints; when every sentence of the actor
// is printed, the first is kept as its position when the item is a short
// clause of it (a digest: "refused to withdraw its guards"), and otherwise
// the actor is still listed, by name and role, pointing to the section
// that quotes it ("Name (role) — see the Summary [1]"): no sentence is
// printed twice.
//
// from gives, for each slot returned, the index of the item it came from.
func distinctAlts(items [][]slot, printed *usedText, b *briefing.Brief) (out []slot, from []int) {
	var used []briefing.Provenance
	said := map[string]bool{} // the texts listed: a wire copy in two reports is one sentence
	for n, alts := range items {
		pick := -1
		var in briefing.Section
		for k, s := range alts {
			if o := s.opts[s.pref].src; !overlapsAny(o.Prov, used) && !said[squashText(o.Text)] {
				sec, ok := printed.shares(o.Text)
				if !ok {
					pick, in = k, ""
					break
				}
				if pick < 0 {
					pick, in = k, sec
				}
			}
		}
		if pick < 0 {
			continue
		}
		// the slots passed over stay the actor's: no later actor quotes
		// them as its own stance
		for _, s := range alts[:pick+1] {
			used = append(used, s.opts[s.pref].src.Prov)
		}
		s := alts[pick]
		said[squashText(s.opts[s.pref].src.Text)] = true
		if in != "" {
			o := s.opts[s.pref]
			sec, ok := printed.repeats(o.src.Text)
			if w, found := printed.where(o.src.Text); !ok && found && quotesOnly(o.text) {
				// the speaker's words alone, which that section quotes
				// with their sentence: short beside it, but the same quote
				sec, ok = w, true
			}
			if ok {
				s = seeSection(s.opts[s.pref], sec, b)
			} else {
				s = digests(s, printed)
			}
		} else if alt, ok := shorterAlt(s, alts[pick+1:], used, said, printed); ok {
			used = append(used, alt.opts[0].src.Prov)
			said[squashText(alt.opts[0].src.Text)] = true
			s = withShorter(s, alt)
		}
		out, from = append(out, s), append(from, n)
	}
	return out, from
}

// shorterAlt is the first of the actor's other slots whose shortest form is
// shorter than s's and that no section prints: the item the page can still
// hold when s's own forms are too long for the room the list leaves.
func shorterAlt(s slot, rest []slot, used []briefing.Provenance, said map[string]bool, printed *usedText) (slot, bool) {
	for _, r := range rest {
		o := r.opts[0]
		if o.words >= s.opts[0].words || overlapsAny(o.src.Prov, used) || said[squashText(o.src.Text)] {
			continue
		}
		if _, ok := printed.shares(o.src.Text); ok {
			continue
		}
		var short slot
		for _, ro := range r.opts {
			if ro.words < s.opts[0].words {
				short.opts = append(short.opts, ro)
			}
		}
		return short, true
	}
	return slot{}, false
}

// withShorter puts alt's forms before s's own: the packer shortens an item
// through s's forms first, then takes alt's.
func withShorter(s, alt slot) slot {
	return slot{opts: append(append([]option(nil), alt.opts...), s.opts...), pref: s.pref + len(alt.opts)}
}

// digests keeps the options of s that do not repeat what another section
// prints: a longer form of a digest would ("says there is no evidence"
// lengthened to the whole clause the summary quotes). The preferred
// option is one of them.
func digests(s slot, printed *usedText) slot {
	var out slot
	for k, o := range s.opts {
		if _, ok := printed.repeats(o.src.Text); ok && k != s.pref {
			continue
		}
		if k == s.pref {
			out.pref = len(out.opts)
		}
		out.opts = append(out.opts, o)
	}
	return out
}

// seePrefix opens an actor item that points to another section.
const seePrefix = "see "

// seeText is the pointer to section sec: "see the Summary", "see the
// Outlook", "see Sticking points".
func seeText(sec briefing.Section) string {
	if sec.Bulleted() {
		return seePrefix + sec.Heading()
	}
	return seePrefix + "the " + sec.Heading()
}

// seeSection is an actor item whose sentence section sec prints: its lead
// and a pointer to that section, cited to the same source.
func seeSection(o option, sec briefing.Section, b *briefing.Brief) slot {
	lead, _, _ := strings.Cut(o.text, briefing.LeadSeparator)
	t := lead + briefing.LeadSeparator + seeText(sec) + cite(b, o.src.Prov)
	return slot{opts: []option{{text: t, src: o.src, words: briefing.WordCount(t)}}}
}

// quotesOnly reports whether an item's text after its lead is one
// quotation and its citation: “We will not sign” [1].
func quotesOnly(item string) bool {
	if i := strings.LastIndex(item, briefing.LeadSeparator); i >= 0 {
		item = item[i+len(briefing.LeadSeparator):]
	}
	return speakerless(citeMark.ReplaceAllString(item, ""))
}
