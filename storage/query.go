package storage

import (
	"strings"
	"unicode"
)

// maxQueryTerms caps how many terms a query keeps. FTS5 limits expression
// depth, and nobody types more; the rest of a pasted page is dropped (and
// ParseQuery says how many).
const maxQueryTerms = 32

// MaxQueryTerms is maxQueryTerms, for messages.
const MaxQueryTerms = maxQueryTerms

// QueryInfo says what ParseQuery made of a query beyond its expression.
type QueryInfo struct {
	// Dropped is how many terms past maxQueryTerms were left out.
	Dropped int
	// OnlyExclusions is set when the query excludes terms (NOT x, -x) and
	// has no term to search for: there is nothing to exclude them from.
	OnlyExclusions bool
}

// MatchQuery is ParseQuery's expression alone.
func MatchQuery(input string) string {
	m, _ := ParseQuery(input)
	return m
}

// ParseQuery turns what a user typed into a safe FTS5 MATCH expression. It
// understands plain terms, "quoted phrases", prefix terms (nego*, "peace
// talk"*), the operators AND and OR written in capitals between two terms,
// and exclusions: NOT before a term, or '-' at the start of a word
// (ceasefire -talks). Excluded terms are excluded from the whole query:
// "a OR b NOT c" finds a or b, neither with c. Everything else the FTS5
// grammar would reject — stray quotes, parentheses, '*', ':', control
// characters, emoji, pages of text — is read as plain words. Every term is
// emitted as a quoted FTS5 string, so the result never fails to parse. It
// returns "" when nothing searchable is left; info says when terms were
// dropped past maxQueryTerms and when only exclusions were given.
func ParseQuery(input string) (string, QueryInfo) {
	var out []string      // positive terms and operators, in order
	var excluded []string // excluded terms
	var opWords []string
	var info QueryInfo
	terms := 0
	pendingOp := ""
	negate := false
	addTerm := func(words []string, prefix bool) {
		neg := negate
		negate = false
		if len(words) == 0 {
			return
		}
		if terms >= maxQueryTerms {
			info.Dropped++
			return
		}
		t := `"` + strings.Join(words, " ") + `"`
		if prefix {
			t += "*"
		}
		terms++
		if neg {
			excluded = append(excluded, t)
			return
		}
		if pendingOp != "" && len(out) > 0 {
			out = append(out, pendingOp)
		}
		pendingOp = ""
		out = append(out, t)
	}

	rs := []rune(strings.ToValidUTF8(input, " "))
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r == '-' && (i == 0 || unicode.IsSpace(rs[i-1])) && i+1 < len(rs) && (rs[i+1] == '"' || isWordRune(rs[i+1])):
			negate = true // -word, -"a phrase"
			i++
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
			case "AND", "OR":
				if len(out) > 0 {
					pendingOp = w
				}
				opWords = append(opWords, w)
				continue
			case "NOT":
				negate = true
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
	if len(out) == 0 && len(excluded) > 0 {
		info.OnlyExclusions = true
		return "", info
	}
	if len(out) == 0 {
		// Only operator words, e.g. a search for "NOT": search them as words.
		negate = false
		for _, w := range opWords {
			addTerm([]string{w}, false)
		}
	}
	if len(excluded) == 0 {
		return strings.Join(out, " "), info
	}
	pos := strings.Join(out, " ")
	for _, t := range out {
		if t == "OR" {
			// NOT binds tighter than OR in FTS5: the exclusion must apply
			// to the whole alternative.
			pos = "( " + pos + " )"
			break
		}
	}
	return pos + " NOT " + strings.Join(excluded, " NOT "), info
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
