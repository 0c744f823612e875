package sentence

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing/suggest/internal/wordlist"
)

//go:embed data/sentence-openers.txt
var sentenceOpenerFile string

// sentenceOpeners open a sentence after a capital letter's stop ("Plan B.
// The plan ..."): data/sentence-openers.txt.
var sentenceOpeners = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range wordlist.Lines(sentenceOpenerFile) {
		m[w] = true
	}
	return m
})

// joinInitials joins the pieces Punkt parts after a middle initial: a
// capitalised word, one capital letter and its stop, then a name that goes
// on in capitals or ends there ("the Clarence J. | Brown Dam", "Stephen B. |
// Bright"). A letter before a sentence opener ("Plan B. The ...") or before
// a capitalised word and a lower-case one ("Plan B. Critics said") still
// ends the sentence.
func joinInitials(chunk string, pieces [][2]int) [][2]int {
	var out [][2]int
	for _, p := range pieces {
		if n := len(out); n > 0 && initialEnd(chunk[out[n-1][0]:out[n-1][1]]) && nameGoesOn(chunk[out[n-1][1]:p[1]]) {
			out[n-1][1] = p[1]
			continue
		}
		out = append(out, p)
	}
	return out
}

// initialEnd reports whether s ends with a capitalised word, a space and a
// single capital letter with its stop: "Clarence J.".
func initialEnd(s string) bool {
	fs := strings.Fields(s)
	if len(fs) < 2 {
		return false
	}
	last, prev := fs[len(fs)-1], fs[len(fs)-2]
	r, size := utf8.DecodeRuneInString(last)
	if len(last) != size+1 || last[size] != '.' || !unicode.IsUpper(r) {
		return false
	}
	p, _ := utf8.DecodeRuneInString(prev)
	return unicode.IsUpper(p) && !strings.HasSuffix(prev, ".") && strings.ToUpper(prev) != prev
}

// nameGoesOn reports whether s opens with a capitalised word that is no
// sentence opener, followed by another capitalised word or a comma, or
// that is all of s and ends no sentence.
func nameGoesOn(s string) bool {
	fs := strings.Fields(s)
	if len(fs) == 0 {
		return false
	}
	w := strings.TrimRight(fs[0], ",")
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || sentenceOpeners()[strings.ToLower(w)] {
		return false
	}
	if len(fs) == 1 {
		return !strings.ContainsAny(fs[0], ".!?")
	}
	if strings.HasSuffix(fs[0], ",") {
		return true
	}
	n, _ := utf8.DecodeRuneInString(fs[1])
	return unicode.IsUpper(n)
}
