package suggest

import (
	"strings"

	"github.com/briefdesk/briefdesk/internal/lazy"
)

// hintIndex finds at once which of a table's hints a lower-cased text
// holds, for a table whose rows each run only on a text holding one of
// their hints (the cue tables, furniture's patterns): one pass over the
// text, not a strings.Contains for each hint of each row. hinted(lower, h)
// is bits.any(x.mask(h)) for bits = x.present(lower).
type hintIndex struct {
	id    map[string]int
	pairs [1 << 16 / 64]uint64 // the first two bytes of a hint of two or more
	first [256][]hintOf        // those hints by their first byte
	short []hintOf             // the hints of one byte, and ""
}

type hintOf struct {
	s  string
	id int
}

// hintBits is a set of a hintIndex's hints.
type hintBits [4]uint64

const maxHints = len(hintBits{}) * 64

func (b hintBits) any(m hintBits) bool {
	for i := range b {
		if b[i]&m[i] != 0 {
			return true
		}
	}
	return false
}

func (b *hintBits) set(id int) { b[id/64] |= 1 << (id % 64) }

// newHintIndex indexes the hints of every row; it panics on more than
// maxHints distinct hints.
func newHintIndex(rows [][]string) *hintIndex {
	x := &hintIndex{id: map[string]int{}}
	for _, hs := range rows {
		for _, h := range hs {
			if _, ok := x.id[h]; ok {
				continue
			}
			id := len(x.id)
			if id == maxHints {
				panic("hintIndex: too many hints")
			}
			x.id[h] = id
			if len(h) < 2 {
				x.short = append(x.short, hintOf{h, id})
				continue
			}
			p := int(h[0])<<8 | int(h[1])
			x.pairs[p/64] |= 1 << (p % 64)
			x.first[h[0]] = append(x.first[h[0]], hintOf{h, id})
		}
	}
	return x
}

// mask is the set of hints hs (each indexed).
func (x *hintIndex) mask(hs []string) hintBits {
	var m hintBits
	for _, h := range hs {
		m.set(x.id[h])
	}
	return m
}

// present is the set of the index's hints that lower holds.
func (x *hintIndex) present(lower string) hintBits {
	var b hintBits
	for _, h := range x.short {
		if strings.Contains(lower, h.s) {
			b.set(h.id)
		}
	}
	for i := 0; i+1 < len(lower); i++ {
		p := int(lower[i])<<8 | int(lower[i+1])
		if x.pairs[p/64]&(1<<(p%64)) == 0 {
			continue
		}
		for _, h := range x.first[lower[i]] {
			if strings.HasPrefix(lower[i:], h.s) {
				b.set(h.id)
			}
		}
	}
	return b
}

// rowHints is a table's hint index with each row's mask, in order.
type rowHints struct {
	index *hintIndex
	masks []hintBits
}

func indexRows(rows [][]string) rowHints {
	x := newHintIndex(rows)
	r := rowHints{index: x}
	for _, hs := range rows {
		r.masks = append(r.masks, x.mask(hs))
	}
	return r
}

// stickingHints index the hints of stickingCues.
var stickingHints = lazy.Value(func() rowHints {
	var rows [][]string
	for _, c := range stickingCues() {
		rows = append(rows, c.hints)
	}
	return indexRows(rows)
})

// forecastHints index the hints of forecastCues, then scheduledCues.
var forecastHints = lazy.Value(func() rowHints {
	var rows [][]string
	for _, c := range forecastCues() {
		rows = append(rows, c.hints)
	}
	return indexRows(append(rows, scheduledCues()))
})

// furnitureHintIndex indexes furnitureHints.
var furnitureHintIndex = lazy.Value(func() rowHints { return indexRows(furnitureHints) })
