package suggest

import (
	"strings"

	"github.com/briefdesk/briefdesk/internal/lazy"
)

// citeMark is a citation marker " [n]" in a section's text.
var citeMark = lazy.RE(`\s*\[\d+\]`)

// usedText holds the quoted spans a brief's sections already print, so
// that no source sentence is used in two sections: the summary's sentences
// and the outlook's developments.
type usedText struct{ chunks []string }

// addText records the sentences of running text.
func (u *usedText) addText(t string) {
	for _, line := range strings.Split(t, "\n") {
		if strings.HasPrefix(line, "Assessment:") || strings.HasPrefix(line, "Watch for:") {
			continue // the brief's own words, not a quotation
		}
		for _, c := range citeMark.Split(line, -1) {
			u.add(c)
		}
	}
}

func (u *usedText) add(c string) {
	if c = squashText(c); len(strings.Fields(c)) >= 5 {
		u.chunks = append(u.chunks, c)
	}
}

// has reports whether t, or a span of at least five words within it, is
// already printed.
func (u *usedText) has(t string) bool {
	t = squashText(t)
	if len(strings.Fields(t)) < 5 {
		return false
	}
	for _, c := range u.chunks {
		if strings.Contains(t, c) || strings.Contains(c, t) {
			return true
		}
	}
	return false
}

// squashText lower-cases t, drops quotation marks and the punctuation at its
// ends and collapses spaces.
func squashText(t string) string {
	t = strings.NewReplacer(`"`, "", "“", "", "”", "", "‘", "", "’", "'").Replace(strings.ToLower(t))
	return strings.Trim(strings.Join(strings.Fields(t), " "), " .,;:!?-—")
}
