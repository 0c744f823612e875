package storage

import (
	"strings"
	"unicode"
)

// maxQueryTerms caps how many terms a query keeps. FTS5 limits expression
// depth, and nobody types more; the rest of a pasted page is dropped.
const maxQueryTerms = 32

// MatchQuery turns what a user typed into a safe FTS5 MATCH expression. It
// understands plain terms, "quoted phrases", prefix terms (nego*, "peace
// talk"*), and the operators AND, OR and NOT written in capitals between two
// terms. Everything else the FTS5 grammar would reject — stray quotes,
// parentheses, '*', '-', ':', control characters, emoji, pages of text — is
// read as plain words. Every term is emitted as a quoted FTS5 string, so the
// result never fails to parse. It returns "" when nothing searchable is left.
func MatchQuery(input string) string {
	var out []string // terms and operators, in order
	var opWords []string
	terms := 0
	pendingOp := ""
	addTerm := func(words []string, prefix bool) {
		if len(words) == 0 || terms >= maxQueryTerms {
			return
		}
		if pendingOp != "" && len(out) > 0 {
			out = append(out, pendingOp)
		}
		pendingOp = ""
		t := `"` + strings.Join(words, " ") + `"`
		if prefix {
			t += "*"
		}
		out = append(out, t)
		terms++
	}

	rs := []rune(strings.ToValidUTF8(input, " "))
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r == '"':
			end := indexRune(rs[i+1:], '"')
			if end < 0 { // an unmatched quote is just punctuation
				i++
				continue
			}
			words := splitWords(rs[i+1 : i+1+end])
			i += end + 2
			prefix := i < len(rs) && rs[i] == '*'
			if prefix {
				i++
			}
			addTerm(words, prefix)
		case isWordRune(r):
			j := i
			for j < len(rs) && !unicode.IsSpace(rs[j]) && rs[j] != '"' {
				j++
			}
			word := rs[i:j]
			i = j
			switch w := string(word); w {
			case "AND", "OR", "NOT":
				if len(out) > 0 {
					pendingOp = w
				}
				opWords = append(opWords, w)
				continue
			}
			end := len(word)
			for end > 0 && !isWordRune(word[end-1]) && word[end-1] != '*' {
				end--
			}
			prefix := end > 0 && word[end-1] == '*'
			addTerm(splitWords(word), prefix)
		default:
			i++
		}
	}
	if len(out) == 0 {
		// Only operator words, e.g. a search for "NOT": search them as words.
		for _, w := range opWords {
			addTerm([]string{w}, false)
		}
	}
	return strings.Join(out, " ")
}

// isWordRune reports whether r can be part of a searchable word: what the
// unicode61 tokenizer keeps (letters, digits, private use) plus marks, which
// it folds away or keeps inside the word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r) || unicode.Is(unicode.Co, r)
}

// splitWords splits runes into runs of word runes; everything else separates.
// A run made only of marks is dropped: it would tokenise to nothing.
func splitWords(rs []rune) []string {
	var words []string
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := rs[start:end]
		start = -1
		for _, r := range w {
			if !unicode.IsMark(r) {
				words = append(words, string(w))
				return
			}
		}
	}
	for i, r := range rs {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
		} else {
			flush(i)
		}
	}
	flush(len(rs))
	return words
}

func indexRune(rs []rune, r rune) int {
	for i, x := range rs {
		if x == r {
			return i
		}
	}
	return -1
}
