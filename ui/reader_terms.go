package ui

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The reader marks a search's terms in the open article as the archive
// matched them: without case or diacritics (FTS5's remove_diacritics,
// PostgreSQL's unaccent), so that "cafe" marks "Café" and "erdogan" marks
// "Erdoğan", in any script ("путин" marks "Путин"). Letters are not
// transliterated.

// maxTermMatches is how many matches of one term the reader marks.
const maxTermMatches = 200

// termSpans returns the spans of text that the search query's terms match.
func termSpans(query, text string) []span {
	pats := termPatterns(query)
	if len(pats) == 0 {
		return nil
	}
	f := foldText(text)
	var out []span
	for _, p := range pats {
		n := 0
		for _, m := range p.re.FindAllStringIndex(f.s, -1) {
			if !wordEdge(f.s, m[0], m[1], p.prefix) {
				continue
			}
			start, end := f.orig(m[0], m[1])
			out = append(out, span{start, end, spanTerm})
			if n++; n == maxTermMatches {
				break
			}
		}
	}
	return out
}

// termPattern matches one word of a query in folded text.
type termPattern struct {
	re     *regexp.Regexp
	prefix bool // term* : the word may go on
}

// termPatterns turns a search query into case-insensitive patterns for its
// words, folded, ignoring operators and quotes; a trailing * matches a
// prefix.
func termPatterns(query string) []termPattern {
	var out []termPattern
	for _, f := range strings.FieldsFunc(query, func(r rune) bool {
		return r == ' ' || r == '"' || r == '(' || r == ')' || r == ':' || r == '\t'
	}) {
		switch f {
		case "AND", "OR", "NOT", "NEAR":
			continue
		}
		prefix := strings.HasSuffix(f, "*")
		f = foldText(strings.Trim(f, "*-+^")).s
		if utf8.RuneCountInString(f) < 2 {
			continue
		}
		expr := `(?i)` + regexp.QuoteMeta(f)
		if prefix {
			expr += `[\pL\pN\pM_]*`
		}
		if re, err := regexp.Compile(expr); err == nil {
			out = append(out, termPattern{re, prefix})
		}
	}
	return out
}

// wordEdge reports whether s[start:end] is a whole word (a prefix of one
// when prefix is set): Go's \b knows only ASCII letters, so it would never
// find a Cyrillic or Greek word. An edge of the match that is not a letter
// or digit itself needs no boundary.
func wordEdge(s string, start, end int, prefix bool) bool {
	if first, _ := utf8.DecodeRuneInString(s[start:]); isWordRune(first) && start > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:start]); isWordRune(r) {
			return false
		}
	}
	if prefix {
		return true
	}
	if last, _ := utf8.DecodeLastRuneInString(s[:end]); isWordRune(last) && end < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[end:]); isWordRune(r) {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// foldedText is a text without diacritics (each rune decomposed, its
// non-spacing marks dropped), with where each of its bytes came from.
type foldedText struct {
	s      string
	src    []int32 // per byte of s: the start of the rune of the original it came from; nil when s is the original
	srcEnd []int32 // per byte of s: the end of that rune
	n      int     // the original's length
}

// foldText folds text. An ASCII text is its own fold.
func foldText(text string) foldedText {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return foldedText{s: text, n: len(text)}
	}
	var b strings.Builder
	b.Grow(len(text))
	src := make([]int32, 0, len(text))
	srcEnd := make([]int32, 0, len(text))
	var dec []byte
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			b.WriteByte(c)
			src, srcEnd = append(src, int32(i)), append(srcEnd, int32(i+1))
			i++
			continue
		}
		_, n := utf8.DecodeRuneInString(text[i:])
		dec = norm.NFD.AppendString(dec[:0], text[i:i+n])
		for _, r := range string(dec) {
			if unicode.Is(unicode.Mn, r) {
				continue
			}
			w, _ := b.WriteRune(r)
			for range w {
				src, srcEnd = append(src, int32(i)), append(srcEnd, int32(i+n))
			}
		}
		i += n
	}
	return foldedText{s: b.String(), src: src, srcEnd: srcEnd, n: len(text)}
}

// orig maps the range [start, end) of the fold back to the original, with
// the marks that follow its last letter.
func (f foldedText) orig(start, end int) (int, int) {
	if f.src == nil {
		return start, end
	}
	if start >= len(f.s) {
		return f.n, f.n
	}
	s := int(f.src[start])
	if end <= start {
		return s, s
	}
	e := int(f.srcEnd[end-1])
	if end < len(f.s) {
		e = max(e, int(f.src[end]))
	} else {
		e = f.n
	}
	return s, e
}
