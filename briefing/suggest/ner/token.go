package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
)

// Token is one word or mark of a sentence; Text == source[Start:End].
type Token struct {
	Start, End int
	Text       string
}

// Tokenize splits s into words and single punctuation marks, with byte
// offsets relative to s. Words keep internal hyphens, apostrophes, dots of
// initialisms ("U.S.") and ampersands ("AT&T"); a possessive "'s" is split off.
func Tokenize(s string) []Token {
	var out []Token
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			out = append(out, Token{i, i + n, s[i : i+n]})
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r2) {
				j += n2
				continue
			}
			// joiners inside a word: - ' ’ & . followed by a word rune
			if strings.ContainsRune("-'’&.", r2) && j+n2 < len(s) {
				r3, _ := utf8.DecodeRuneInString(s[j+n2:])
				if isWordRune(r3) && !(r2 == '.' && !initialism(s[i:j])) {
					j += n2
					continue
				}
			}
			// a name's particle broken from the rest of the name after its
			// hyphen by a line wrap: "Al- Sabah", "El- Amin" (the space is
			// kept in the span)
			if r2 == '-' && j+2 < len(s) && s[j+1] == ' ' && isCap(s[i:j]) && joiners()[strings.ToLower(s[i:j])] {
				if r3, _ := utf8.DecodeRuneInString(s[j+2:]); unicode.IsUpper(r3) {
					j += 2
					continue
				}
			}
			break
		}
		// keep the closing dot of an initialism (U.S., U.N.) and of a
		// personal initial before a name ("K. Osei")
		if j < len(s) && s[j] == '.' && initialism(s[i:j]) && (strings.Contains(s[i:j], ".") || initialBeforeName(s, i, j)) {
			j++
		}
		word := s[i:j]
		// split a possessive
		for _, pos := range []string{"'s", "’s", "'", "’"} {
			if strings.HasSuffix(word, pos) && len(word) > len(pos)+1 {
				k := j - len(pos)
				out = append(out, Token{i, k, s[i:k]}, Token{k, j, s[k:j]})
				word = ""
				break
			}
		}
		if word != "" {
			out = append(out, Token{i, j, word})
		}
		i = j
	}
	return out
}

// isWordRune is briefing's word rune plus combining marks: the recognizer
// keeps a decomposed "é" inside its name.
func isWordRune(r rune) bool { return briefing.IsWordRune(r) || unicode.IsMark(r) }

// initialism reports whether w looks like "U", "U.S", "U.N" or "e.g".
func initialism(w string) bool {
	parts := strings.Split(w, ".")
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
	}
	return true
}

// isCap reports whether the word starts with an upper-case letter.
func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isAllCaps reports whether every letter of w is upper case (and it has two or more).
func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// initialBeforeName reports whether s[i:j] is one capital letter followed by
// ". " and a capitalised word: "K. Osei", "Anders K. Velde".
func initialBeforeName(s string, i, j int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:j])
	if !unicode.IsUpper(r) || j+2 >= len(s) || s[j+1] != ' ' {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(s[j+2:])
	return unicode.IsUpper(r2)
}
