package layout

import (
	"strings"
	"testing"
)

// lineText is the text of a line's words without the spaces between them,
// and its width per 1 pt with those spaces.
func lineText(ws []word, fc [4]*face) (string, float64) {
	var sb strings.Builder
	w := 0.0
	for i, x := range ws {
		if i > 0 {
			w += spaceAfter(ws[i-1], fc)
		}
		for _, s := range x.segs {
			sb.WriteString(s.text)
		}
		w += segsWidth(x.segs, fc)
	}
	return sb.String(), w
}

// TestLongWordBreaks: words of 300,000 characters (plain, a URL of many
// slashes, one full of citation markers) are cut into lines that each fit
// the width, in order, losing nothing, and the cached words are left as
// they were so the next rung of the fit ladder cuts them the same way.
func TestLongWordBreaks(t *testing.T) {
	fc, _ := faces()
	long := map[string]string{
		"plain":   strings.Repeat("Quorvantelisk", 300_000/13+1)[:300_000],
		"url":     "https://example.org/" + strings.Repeat("zelmor/", 300_000/7),
		"markers": strings.Repeat("ab[2][2]c[15]", 300_000/13),
	}
	for name, text := range long {
		t.Run(name, func(t *testing.T) {
			ws := appendWords(nil, "Before the word "+text+" and after it.", Regular, Ink, fc)
			before := make([]string, len(ws))
			for i, w := range ws {
				before[i], _ = lineText([]word{w}, fc)
			}
			const width, size = 250.0, 9.0
			var first [][]word
			for round := 0; round < 2; round++ {
				lines := breakLines(ws, width, size, fc)
				if round == 0 {
					first = lines
				}
				if len(lines) != len(first) {
					t.Fatalf("round %d: %d lines, the first round made %d", round, len(lines), len(first))
				}
				var all strings.Builder
				for i, l := range lines {
					s, w := lineText(l, fc)
					if w*size > width+1e-6 {
						t.Fatalf("round %d: line %d is %.3f pt wide, the width is %.0f pt: %.40q", round, i, w*size, width, s)
					}
					all.WriteString(s)
				}
				want := strings.Join(strings.Fields(fc[Regular].clean("Before the word "+text+" and after it.")), "")
				if all.String() != want {
					t.Fatalf("round %d: lines hold %d bytes, the text %d: something was lost or moved", round, all.Len(), len(want))
				}
				if float64(len(lines))*width < 0.5*300_000*fc[Regular].advance('z')*size {
					t.Fatalf("round %d: only %d lines for 300,000 characters", round, len(lines))
				}
			}
			for i, w := range ws {
				if got, _ := lineText([]word{w}, fc); got != before[i] {
					t.Fatalf("breaking changed cached word %d", i)
				}
			}
		})
	}
}

// TestNarrowerThanOneCharacter: a line too narrow for any character takes
// one character a line, not the whole word.
func TestNarrowerThanOneCharacter(t *testing.T) {
	fc, _ := faces()
	ws := appendWords(nil, "Mmmm", Regular, Ink, fc)
	lines := breakLines(ws, 0.5, 9, fc)
	if len(lines) != 4 {
		t.Fatalf("%d lines, want one a character: %v", len(lines), lines)
	}
}
