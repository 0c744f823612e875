package suggest

import (
	"slices"
	"testing"
)

// A silent principal takes the place of a minor item ranked below it,
// never of a principal ranked above it that the sources only name.
func TestSilentItemDisplacesOnlyAnItemRankedBelowIt(t *testing.T) {
	mk := textSlot
	slots := []slot{mk("suspect"), mk("premier"), mk("police"), mk("mayor"), mk("hospital"), mk("witness")}
	at := []int{0, 1, 2, 4, 5, 7}
	first := func(got []slot, n int) []string { return slotTexts(got[:min(n, len(got))]) }
	silent := []slot{mk("silent leader")}
	// the hospital's item only names it and is ranked below: it goes
	own := []bool{false, true, true, true, false, true}
	if got, want := first(byRank(slots, at, own, silent, []int{3}, 5), 5), []string{"suspect", "premier", "police", "mayor", "silent leader"}; !slices.Equal(got, want) {
		t.Errorf("first five %q, want %q", got, want)
	}
	// every item ranked below speaks or acts: the suspect, ranked above
	// the silent leader, stays all the same
	own = []bool{false, true, true, true, true, false}
	if got, want := first(byRank(slots, at, own, silent, []int{3}, 5), 5), []string{"suspect", "premier", "police", "mayor", "hospital"}; !slices.Equal(got, want) {
		t.Errorf("first five %q, want %q", got, want)
	}
}

// While the list has room for every item, a silent principal pushes no
// one off it: a body ranked below, quoted only where it is named, stays.
func TestSilentItemDisplacesNoneWhileTheListHasRoom(t *testing.T) {
	mk := textSlot
	slots := []slot{mk("envoy"), mk("ministry"), mk("council")}
	names := slotTexts(byRank(slots, []int{0, 2, 5}, []bool{true, true, false}, []slot{mk("silent host")}, []int{4}, 6))
	if want := []string{"envoy", "ministry", "silent host", "council"}; !slices.Equal(names, want) {
		t.Errorf("items %q, want %q", names, want)
	}
}

// textSlot is a slot of one option that is its text alone.
func textSlot(text string) slot { return slot{opts: []option{{text: text}}} }

// slotTexts lists the first option's text of each slot.
func slotTexts(ss []slot) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.opts[0].text)
	}
	return out
}
