package suggest

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
	return packRoom(slots, maxItems, lo, hi, false)
}

// packRoom is pack; with room set, an item is written no longer than
// leaves room for the items after it at their shortest, so that a long
// first item does not crowd out the rest of the list.
func packRoom(slots []slot, maxItems, lo, hi int, room bool) []option {
	var chosen, at []int
	total := 0
	for i, s := range slots {
		if len(chosen) == maxItems {
			break
		}
		reserve := 0
		if room {
			for _, n := range slots[i+1 : min(len(slots), i+1+maxItems-len(chosen)-1)] {
				reserve += n.opts[0].words
			}
		}
		k := s.pref
		for k > 0 && total+s.opts[k].words+reserve > hi {
			k--
		}
		for ; k >= 0; k-- {
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
