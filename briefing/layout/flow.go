package layout

import (
	"strings"
	"unicode/utf8"
)

// seg is a piece of a word set in one style and colour, with an optional
// citation number or link.
type seg struct {
	text  string
	style Style
	color Color
	cite  int    // citation marker [n], 0 when none
	url   string // external link
}

// word is an unbreakable unit; glue means it may not start a line (a marker
// like [2] stays with the word before it). w is its width per 1 pt of size.
type word struct {
	segs []seg
	w    float64
	glue bool
}

// appendWords splits text into words set in style and colour, recognising
// citation markers [n]. Widths are per 1 pt of size, so one split serves every
// rung of the auto-fit ladder. It appends to dst so a lead and its rest form
// one list.
func appendWords(dst []word, text string, style Style, color Color, fc [4]*face) []word {
	for _, field := range strings.Fields(fc[style].clean(text)) {
		w := word{segs: splitMarkers(field, style, color)}
		w.glue = len(dst) > 0 && w.segs[0].cite > 0
		w.w = segsWidth(w.segs, fc)
		dst = append(dst, w)
	}
	return dst
}

// splitMarkers cuts field into plain text and citation markers [n], each
// piece a slice of field, so a word of any length splits in linear time:
// plain text runs up to the next marker, and a marker repeated ([2][2])
// stays one piece, as one look.
func splitMarkers(field string, style Style, color Color) []seg {
	var segs []seg
	start := 0     // start of the plain text not yet in segs
	lastMark := -1 // start in field of segs' last piece when it is a marker
	for pos := 0; ; {
		j := strings.IndexByte(field[pos:], '[')
		if j < 0 {
			break
		}
		j += pos
		n, l := parseMarker(field[j:])
		if l == 0 {
			pos = j + 1
			continue
		}
		if k := len(segs) - 1; j == start && lastMark >= 0 && segs[k].cite == n {
			segs[k].text = field[lastMark : j+l]
		} else {
			if j > start {
				segs = append(segs, seg{text: field[start:j], style: style, color: color})
			}
			lastMark = j
			segs = append(segs, seg{text: field[j : j+l], style: style, color: Accent, cite: n})
		}
		pos, start = j+l, j+l
	}
	if start < len(field) {
		segs = append(segs, seg{text: field[start:], style: style, color: color})
	}
	return segs
}

// parseMarker reads "[n]" at the start of s and returns n and its length.
func parseMarker(s string) (n, length int) {
	if len(s) < 3 || s[0] != '[' {
		return 0, 0
	}
	i := 1
	for i < len(s) && s[i] >= '0' && s[i] <= '9' && i < 5 {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 1 || i >= len(s) || s[i] != ']' {
		return 0, 0
	}
	return n, i + 1
}

// segsWidth is the width of segs per 1 pt of size.
func segsWidth(segs []seg, fc [4]*face) float64 {
	w := 0.0
	for _, s := range segs {
		w += fc[s.style].width(s.text, 1)
	}
	return w
}

// spaceAfter is the width of the space set after word w, per 1 pt.
func spaceAfter(w word, fc [4]*face) float64 {
	return fc[w.segs[len(w.segs)-1].style].advance(' ')
}

// breakLines fills lines of the given width greedily, first fit: the rule a
// reader expects from a word processor, and cheap enough to run per keystroke.
// A word wider than a line is cut between characters, in time linear in its
// length however many lines it takes.
func breakLines(words []word, width, size float64, fc [4]*face) [][]word {
	width /= size // compare per 1 pt: word widths are stored that way
	var lines [][]word
	var cur []word
	curW := 0.0
	copied := false
	owned := -1 // index of the word whose segs are this call's own copy
	for i := 0; i < len(words); i++ {
		w := words[i]
		if w.w > width {
			if !copied { // cutting rewrites words[i]; callers cache words
				words, copied = append([]word(nil), words...), true
			}
			if owned != i { // cutWord reuses the segs of the tail it returns
				w.segs, owned = append([]seg(nil), w.segs...), i
			}
			head, tail := cutWord(w, width-curW-spaceIf(cur, fc), fc)
			if head == nil && len(cur) > 0 {
				lines = append(lines, cur)
				cur, curW = nil, 0
				words[i] = w
				i--
				continue
			}
			if head == nil { // not even one character fits: take one anyway
				head, tail = cutWord(w, firstAdvance(w, fc), fc)
			}
			cur = append(cur, *head)
			lines = append(lines, cur)
			cur, curW = nil, 0
			if tail != nil {
				tail.glue = false
				words[i] = *tail
				i--
			}
			continue
		}
		if len(cur) == 0 {
			cur, curW = []word{w}, w.w
			continue
		}
		add := spaceAfter(cur[len(cur)-1], fc) + w.w
		if curW+add <= width+1e-9 {
			cur = append(cur, w)
			curW += add
			continue
		}
		if w.glue && len(cur) > 1 {
			// carry the previous word along so the marker does not start a line
			prev := cur[len(cur)-1]
			cur = cur[:len(cur)-1]
			lines = append(lines, cur)
			cur = []word{prev, w}
			curW = prev.w + spaceAfter(prev, fc) + w.w
			continue
		}
		lines = append(lines, cur)
		cur, curW = []word{w}, w.w
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}

func spaceIf(cur []word, fc [4]*face) float64 {
	if len(cur) == 0 {
		return 0
	}
	return spaceAfter(cur[len(cur)-1], fc)
}

// firstAdvance is the width of w's first character, per 1 pt.
func firstAdvance(w word, fc [4]*face) float64 {
	for _, s := range w.segs {
		for _, r := range s.text {
			return fc[s.style].advance(r)
		}
	}
	return 0
}

// cutWord splits w so that its head fits avail (per 1 pt); head is nil when
// not even one character fits. URLs prefer to break after a slash. It reads
// only as much of w as the head takes: the tail shares w.segs (its first
// piece rewritten in place, so w.segs must be the caller's own) and its
// width is w's less the head's, so cutting a word into n lines costs its
// length, not n times it.
func cutWord(w word, avail float64, fc [4]*face) (head, tail *word) {
	used := 0.0
	flat := 0       // bytes of w before the current piece
	lastSlash := -1 // byte offset in w just after a slash that fits
	cutSeg, cutAt := -1, 0
	for k, s := range w.segs {
		for i, r := range s.text {
			rw := fc[s.style].advance(r)
			if used+rw > avail+1e-9 {
				cutSeg, cutAt = k, i
				break
			}
			used += rw
			if r == '/' {
				lastSlash = flat + i + utf8.RuneLen(r)
			}
		}
		if cutSeg >= 0 {
			break
		}
		flat += len(s.text)
	}
	if cutSeg < 0 {
		return &w, nil
	}
	at := flat + cutAt // bytes of w in the head
	if at == 0 {
		return nil, &w
	}
	if lastSlash > at/2 { // break after the slash when it is not too early
		at = lastSlash
	}
	h, t := splitSegsAt(w.segs, at)
	hw := word{segs: h, w: segsWidth(h, fc)}
	tw := word{segs: t, w: max(w.w-hw.w, 0)}
	return &hw, &tw
}

// splitSegsAt splits segs at byte offset at: h is a new slice, t shares
// segs from the piece that holds the cut, that piece rewritten in place.
// It reads only the pieces before the cut.
func splitSegsAt(segs []seg, at int) (h, t []seg) {
	for k, s := range segs {
		if at >= len(s.text) {
			h = append(h, s)
			at -= len(s.text)
			continue
		}
		if at > 0 {
			h = append(h, seg{s.text[:at], s.style, s.color, s.cite, s.url})
			segs[k].text = s.text[at:]
		}
		return h, segs[k:]
	}
	return h, nil
}
