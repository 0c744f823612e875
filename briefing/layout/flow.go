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
		w := word{}
		rest := field
		for rest != "" {
			i := strings.IndexByte(rest, '[')
			if i < 0 {
				w.segs = append(w.segs, seg{text: rest, style: style, color: color})
				break
			}
			n, l := parseMarker(rest[i:])
			if l == 0 {
				w.segs = append(w.segs, seg{text: rest[:i+1], style: style, color: color})
				rest = rest[i+1:]
				continue
			}
			if i > 0 {
				w.segs = append(w.segs, seg{text: rest[:i], style: style, color: color})
			}
			w.segs = append(w.segs, seg{text: rest[i : i+l], style: style, color: Accent, cite: n})
			rest = rest[i+l:]
		}
		w.segs = mergeSegs(w.segs)
		w.glue = len(dst) > 0 && w.segs[0].cite > 0
		w.w = segsWidth(w.segs, fc)
		dst = append(dst, w)
	}
	return dst
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

func mergeSegs(segs []seg) []seg {
	out := segs[:0]
	for _, s := range segs {
		if k := len(out) - 1; k >= 0 && sameLook(out[k], s) {
			out[k].text += s.text
			continue
		}
		out = append(out, s)
	}
	return out
}

func sameLook(a, b seg) bool {
	return a.style == b.style && a.color == b.color && a.cite == b.cite && a.url == b.url
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
// A word wider than a line is cut between characters.
func breakLines(words []word, width, size float64, fc [4]*face) [][]word {
	width /= size // compare per 1 pt: word widths are stored that way
	var lines [][]word
	var cur []word
	curW := 0.0
	copied := false
	for i := 0; i < len(words); i++ {
		w := words[i]
		if w.w > width {
			if !copied { // cutting rewrites words[i]; callers cache words
				words, copied = append([]word(nil), words...), true
			}
			head, tail := cutWord(w, width-curW-spaceIf(cur, fc), fc)
			if head == nil && len(cur) > 0 {
				lines = append(lines, cur)
				cur, curW = nil, 0
				i--
				continue
			}
			if head == nil { // not even one character fits: take one anyway
				head, tail = cutWord(w, w.w, fc)
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

// cutWord splits w so that its head fits avail (per 1 pt); head is nil when
// not even one character fits. URLs prefer to break after a slash.
func cutWord(w word, avail float64, fc [4]*face) (head, tail *word) {
	var h, t []seg
	used := 0.0
	lastSlash := -1 // index into the flattened head where a slash ended
	full := false
	for _, s := range w.segs {
		if full {
			t = append(t, s)
			continue
		}
		for i, r := range s.text {
			rw := fc[s.style].advance(r)
			if used+rw > avail+1e-9 {
				if i > 0 {
					h = append(h, seg{s.text[:i], s.style, s.color, s.cite, s.url})
				}
				t = append(t, seg{s.text[i:], s.style, s.color, s.cite, s.url})
				full = true
				break
			}
			used += rw
			if r == '/' {
				lastSlash = flatLen(h) + i + utf8.RuneLen(r)
			}
		}
		if !full {
			h = append(h, s)
		}
	}
	if len(t) == 0 {
		return &w, nil
	}
	if flatLen(h) == 0 {
		return nil, &w
	}
	if lastSlash > flatLen(h)/2 { // break after the slash when it is not too early
		h, t = splitSegsAt(w.segs, lastSlash)
	}
	hw := word{segs: h, w: segsWidth(h, fc)}
	tw := word{segs: t, w: segsWidth(t, fc)}
	return &hw, &tw
}

func flatLen(segs []seg) int {
	n := 0
	for _, s := range segs {
		n += len(s.text)
	}
	return n
}

func splitSegsAt(segs []seg, at int) (h, t []seg) {
	for _, s := range segs {
		switch {
		case at <= 0:
			t = append(t, s)
		case at >= len(s.text):
			h = append(h, s)
		default:
			h = append(h, seg{s.text[:at], s.style, s.color, s.cite, s.url})
			t = append(t, seg{s.text[at:], s.style, s.color, s.cite, s.url})
		}
		at -= len(s.text)
	}
	return h, t
}
