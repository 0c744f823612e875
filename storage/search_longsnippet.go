package storage

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
)

// phrase is a phrase of a MATCH expression as folded words; with prefix,
// its last word matches any word it begins.
type phrase struct {
	words  []string
	prefix bool
}

// token is a word of a text: its bytes text[start:end] and its folded
// form, or with ascii its bytes alone (folded as they are compared: most
// words of most bodies are ASCII, and the scan makes no string for them).
type token struct {
	start, end int
	fold       string
	ascii      bool
}

// is reports whether t is the folded word w, or with prefix begins with it.
func (t token) is(w string, prefix bool) bool {
	if !t.ascii {
		if prefix {
			return strings.HasPrefix(t.fold, w)
		}
		return t.fold == w
	}
	if len(t.fold) < len(w) || !prefix && len(t.fold) != len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := t.fold[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// folded is t's folded form.
func (t token) folded() string {
	if t.ascii {
		return strings.ToLower(t.fold)
	}
	return t.fold
}

// snippetLead is how many tokens a long body's snippet shows before its
// first match.
const snippetLead = 4

// snippetEdge is the most text without words a snippet keeps before the
// body's first word or after its last.
const snippetEdge = 64

// longSnippet makes the snippet of a body too long for FTS5's snippet():
// snippetTokens tokens from shortly before the body's first match of a
// phrase, every match among them between HighlightStart and HighlightEnd,
// "…" where text is cut, as snippet() marks them. It reads the body only
// up to the end of that window, one token at a time, so its cost is the
// position of the first match, never the square of the body's length. A
// body with no match (the query matched the title) gives its first tokens,
// as snippet() does.
func longSnippet(body string, phrases []phrase) string {
	longest := 1
	for _, p := range phrases {
		longest = max(longest, len(p.words))
	}
	keep := snippetLead + longest      // tokens a match and its lead take
	var head []token                   // the first tokens
	recent := make([]token, 0, 8*keep) // the last tokens read, keep or more
	seen := 0                          // tokens read
	pos := 0
	var win []token
	firstIdx := 0 // index in the body of win[0]
	for win == nil {
		t, next, ok := nextToken(body, pos)
		if !ok {
			break
		}
		pos = next
		seen++
		if len(head) < snippetTokens {
			head = append(head, t)
		}
		if len(recent) == cap(recent) { // keep the last ones, in place
			recent = recent[:copy(recent, recent[len(recent)-keep+1:])]
		}
		recent = append(recent, t)
		for _, p := range phrases {
			if l := len(p.words); l <= len(recent) && p.matches(recent[len(recent)-l:]) {
				from := max(0, len(recent)-l-snippetLead)
				win = append([]token(nil), recent[from:]...)
				firstIdx = seen - (len(recent) - from)
				break
			}
		}
	}
	if win == nil { // no match in the body
		win, firstIdx, pos = head, 0, 0
		if len(head) > 0 {
			pos = head[len(head)-1].end
		}
	}
	if len(win) == 0 {
		return ""
	}
	for len(win) < snippetTokens {
		t, next, ok := nextToken(body, pos)
		if !ok {
			break
		}
		pos = next
		win = append(win, t)
	}
	_, _, more := nextToken(body, pos)
	return markSnippet(body, win, phrases, firstIdx > 0, more)
}

// markSnippet writes the text of the tokens win of body, each phrase match
// among them marked, with "…" before when cutBefore and after when more.
func markSnippet(body string, win []token, phrases []phrase, cutBefore, more bool) string {
	marked := make([]bool, len(win))
	for i := range win {
		for _, p := range phrases {
			if l := len(p.words); i+l <= len(win) && p.matches(win[i:i+l]) {
				for k := i; k < i+l; k++ {
					marked[k] = true
				}
			}
		}
	}
	var b strings.Builder
	from := 0
	if cutBefore || win[0].start > snippetEdge {
		b.WriteString("…")
		from = win[0].start
	}
	for i := 0; i < len(win); i++ {
		if !marked[i] {
			continue
		}
		j := i
		for j+1 < len(win) && marked[j+1] {
			j++
		}
		b.WriteString(body[from:win[i].start])
		b.WriteString(HighlightStart + body[win[i].start:win[j].end] + HighlightEnd)
		from = win[j].end
		i = j
	}
	end := win[len(win)-1].end
	b.WriteString(body[from:end])
	if rest := body[end:]; !more && len(rest) <= snippetEdge {
		b.WriteString(strings.TrimRightFunc(rest, unicode.IsSpace)) // closing punctuation
	} else if more || strings.TrimSpace(rest) != "" {
		b.WriteString("…")
	}
	return b.String()
}

// matches reports whether the tokens ts are p's words.
func (p phrase) matches(ts []token) bool {
	last := len(p.words) - 1
	for i, w := range p.words {
		if !ts[i].is(w, i == last && p.prefix) {
			return false
		}
	}
	return true
}

// tokens returns every token of s.
func tokens(s string) []token {
	var ts []token
	for pos := 0; ; {
		t, next, ok := nextToken(s, pos)
		if !ok {
			return ts
		}
		ts = append(ts, t)
		pos = next
	}
}

// asciiWord marks the ASCII bytes that are word characters.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// nextToken returns the first token of s at or after pos and where to look
// for the next one, splitting and folding as the archive's unicode61
// tokenizer with remove_diacritics 2 does: words are runs of letters,
// digits and private-use characters (marks kept inside them), compared
// without case or diacritics.
func nextToken(s string, pos int) (token, int, bool) {
	start := -1
	ascii := true
	i := pos
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			word := asciiWord[c]
			if word && start < 0 {
				start = i
			} else if !word && start >= 0 {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		word := isWordRune(r)
		if word && start < 0 {
			start = i
		} else if !word && start >= 0 {
			break
		}
		if word {
			ascii = false
		}
		i += n
	}
	if start < 0 {
		return token{}, len(s), false
	}
	if ascii {
		return token{start: start, end: i, fold: s[start:i], ascii: true}, i, true
	}
	return token{start: start, end: i, fold: briefing.Fold(s[start:i])}, i, true
}
