package briefing

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// IsWordRune reports whether r is a letter or a digit, the core of a word
// for every tokenizer of the app (word counts, quoted sentences,
// near-duplicates, the drafting assistant).
func IsWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Span is a byte range [Start, End) of a text.
type Span struct{ Start, End int }

// WordRule says what a word is beyond its letters and digits.
type WordRule struct {
	// Join lists runes that continue a word once it has begun
	// (apostrophes and hyphens: "don't", "so-called").
	Join string
	// JoinStarts makes a Join rune also begin a word, so a lone hyphen
	// counts as one (the way WordCount has always counted).
	JoinStarts bool
}

// InnerJoiners are the runes WordCount and the quoted-sentence matcher
// keep inside a word: straight and curly apostrophes and the hyphen.
const InnerJoiners = "'’-"

// Spans yields the byte ranges of s's words under the rule, in order.
func (w WordRule) Spans(s string) iter.Seq[Span] {
	return func(yield func(Span) bool) {
		start := -1
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			in := IsWordRune(r)
			if !in && w.Join != "" && (start >= 0 || w.JoinStarts) {
				in = strings.ContainsRune(w.Join, r)
			}
			switch {
			case in && start < 0:
				start = i
			case !in && start >= 0:
				if !yield(Span{start, i}) {
					return
				}
				start = -1
			}
			i += n
		}
		if start >= 0 {
			yield(Span{start, len(s)})
		}
	}
}

// WordSpans yields the byte ranges of s's words: runs of letters and digits.
func WordSpans(s string) iter.Seq[Span] { return WordRule{}.Spans(s) }

// Words returns s's words: its runs of letters and digits, in order.
func Words(s string) []string {
	var out []string
	for sp := range WordSpans(s) {
		out = append(out, s[sp.Start:sp.End])
	}
	return out
}

// Fold is s in lower case without its diacritics ("Grünberg" -> "grunberg",
// "Erdoğan" -> "erdogan"): the form two spellings of one word share, for
// search and for telling one name written two ways.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
