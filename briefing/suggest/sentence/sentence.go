// Package sentence splits article text into sentences with exact byte
// offsets. Paragraphs (blank-line separated) are split first, so that a
// heading without a full stop never merges with the sentence after it; each
// paragraph then goes through the Punkt model of github.com/neurosnap/sentences.
package sentence

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing/suggest/internal/wordlist"
	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/data"
	"github.com/neurosnap/sentences/english"
)

// Span is one sentence: Text == source[Start:End], trimmed of surrounding
// white space. Para counts paragraphs from 0; Index counts sentences from 0.
type Span struct {
	Start, End int
	Text       string
	Para       int
	Index      int
	// Inline marks a line the page set inside the text without a stop,
	// run on into the next sentence: a photo's caption or a heading
	// ("a soldier walks past the market The talks began ...").
	Inline bool
}

// Splitter holds the loaded English Punkt model. It is safe for concurrent
// use once made: splitting only reads the model.
type Splitter struct {
	tok *sentences.DefaultSentenceTokenizer
}

// titleAbbrevFile lists the short titles the model is taught (see
// data/title-abbrevs.txt).
//
//go:embed data/title-abbrevs.txt
var titleAbbrevFile string

// NewSplitter loads the English model (about 8 ms) and teaches it the
// short titles of data/title-abbrevs.txt, whose stop is no sentence end
// before a name ("the Rev. Ada Vale", "Capt. Ivo Tal").
func NewSplitter() (*Splitter, error) {
	b, err := data.Asset("data/english.json")
	if err != nil {
		return nil, err
	}
	training, err := sentences.LoadTraining(b)
	if err != nil {
		return nil, err
	}
	for _, a := range wordlist.Lines(titleAbbrevFile) {
		training.AbbrevTypes.Add(a)
	}
	tok, err := english.NewSentenceTokenizer(training)
	if err != nil {
		return nil, err
	}
	return &Splitter{tok: tok}, nil
}

// Model returns the Punkt training data, whose orthographic statistics tell
// which words are usually written in lower case.
func (s *Splitter) Model() *sentences.Storage { return s.tok.Storage }

// Split returns the sentences of text in order.
func (s *Splitter) Split(text string) []Span {
	var out []Span
	para := 0
	width := wrapWidth(text)
	counts := &wordCounts{text: text}
	for _, p := range Paragraphs(text) {
		for _, line := range lines(text, p[0], p[1], width) {
			// sentences run together without a space are parted first,
			// so that Punkt reads each on its own
			for _, g := range splitGlued(text, line[0], line[1], counts) {
				chunk := text[g[0]:g[1]]
				for _, sent := range joinInitials(chunk, joinNumbered(chunk, s.tok.Tokenize(chunk))) {
					pieces, cuts := splitRunOn(chunk, splitNumberEnds(chunk, sent[0], sent[1]))
					for _, piece := range splitQuoteEnds(chunk, pieces) {
						start, end := trim(chunk, piece[0], piece[1])
						if start >= end {
							continue
						}
						out = append(out, Span{Start: g[0] + start, End: g[0] + end,
							Text: chunk[start:end], Para: para, Index: len(out),
							Inline: slices.Contains(cuts, piece[1])})
					}
				}
			}
		}
		para++
	}
	return out
}

// Paragraphs returns the [start, end) byte ranges of the blank-line separated
// paragraphs of text, trimmed.
func Paragraphs(text string) [][2]int {
	var out [][2]int
	start := 0
	i := 0
	for i < len(text) {
		if text[i] != '\n' {
			i++
			continue
		}
		// a blank line: newline, optional spaces, newline
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j < len(text) && text[j] == '\n' {
			if a, b := trim(text, start, i); a < b {
				out = append(out, [2]int{a, b})
			}
			for j < len(text) && unicode.IsSpace(rune(text[j])) {
				j++
			}
			start = j
			i = j
			continue
		}
		i++
	}
	if a, b := trim(text, start, len(text)); a < b {
		out = append(out, [2]int{a, b})
	}
	return out
}

// lines splits a paragraph at single newlines that end a line which cannot
// run on into the next: a heading or list line without closing punctuation
// followed by a capitalised line, a line ending a sentence, or a paragraph
// that ends without punctuation (see breaksLine). Hard-wrapped prose (a line
// ending mid-sentence in lower case) stays joined.
func lines(text string, start, end, width int) [][2]int {
	var out [][2]int
	from, lineStart := start, start
	for i := start; i < end; i++ {
		if text[i] != '\n' {
			continue
		}
		prev := strings.TrimSpace(text[lineStart:i])
		lineStart = i + 1
		next := strings.TrimLeft(text[i+1:end], " \t\r")
		if breaksLine(prev, next, width) {
			out = append(out, [2]int{from, i})
			from = i + 1
		}
	}
	return append(out, [2]int{from, end})
}

// wrapWidth returns the length in runes of the longest line of text: the
// width a hard-wrapped text is wrapped at.
func wrapWidth(text string) int {
	w := 0
	for _, l := range strings.Split(text, "\n") {
		if n := utf8.RuneCountInString(strings.TrimRight(l, " \t\r")); n > w {
			w = n
		}
	}
	return w
}

// maxWrap is the widest line a hard-wrapped text has; a text with longer
// lines writes one paragraph a line.
const maxWrap = 100

// breaksLine reports whether the newline between prev and next ends a
// sentence. A line in lower case followed by a capitalised one is a
// paragraph end without punctuation when the text writes one paragraph a
// line (its widest line is over maxWrap), or when the next line's first word
// would have fitted on it (a hard-wrapped text breaks a line only when the
// next word does not fit).
func breaksLine(prev, next string, width int) bool {
	if prev == "" || next == "" {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	first, _ := utf8.DecodeRuneInString(next)
	if strings.ContainsRune(".!?:;\"”’)", last) {
		return true
	}
	if strings.HasPrefix(next, "- ") || strings.HasPrefix(next, "* ") || strings.HasPrefix(next, "• ") || first == '#' {
		return true
	}
	// A line ending in a lower-case word or a comma is wrapped prose,
	// unless the next line starts a new paragraph.
	if unicode.IsLower(last) || last == ',' {
		if last == ',' || !unicode.IsUpper(first) {
			return false
		}
		word := next
		if i := strings.IndexAny(next, " \t"); i >= 0 {
			word = next[:i]
		}
		return width > maxWrap || utf8.RuneCountInString(prev)+1+utf8.RuneCountInString(word) <= width
	}
	// Ends in a digit, capital or other mark: a heading, dateline or table row.
	return unicode.IsUpper(first) || unicode.IsDigit(first) || first == '"' || first == '“'
}

// numberAbbrevs are the abbreviations that stand before a number ("No. 4",
// "Art. 12", "Vol. 3", "p. 7", data/number-abbrevs.txt): their stop before
// a digit ends no sentence.
var numberAbbrevs = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, a := range wordlist.Lines(numberAbbrevFile) {
		m[strings.ToLower(a)] = true
	}
	return m
})

//go:embed data/number-abbrevs.txt
var numberAbbrevFile string

// joinNumbered joins the sentences Punkt parts after a number's
// abbreviation ("ranked (No. | 3), ahead of ...").
func joinNumbered(chunk string, sents []*sentences.Sentence) [][2]int {
	var out [][2]int
	for _, st := range sents {
		if n := len(out); n > 0 && numberedEnd(chunk[out[n-1][0]:out[n-1][1]]) {
			if rest := strings.TrimLeft(chunk[out[n-1][1]:st.End], " "); rest != "" && isDigit(rest[0]) {
				out[n-1][1] = st.End
				continue
			}
		}
		out = append(out, [2]int{st.Start, st.End})
	}
	return out
}

// numberedEnd reports whether s ends with a number's abbreviation and its stop.
func numberedEnd(s string) bool {
	s = strings.TrimRight(s, " ")
	if !strings.HasSuffix(s, ".") {
		return false
	}
	w := s[:len(s)-1]
	if i := strings.LastIndexAny(w, " (\n"); i >= 0 {
		w = w[i+1:]
	}
	lw := strings.ToLower(w)
	if (lw == "no" || lw == "nos") && w[0] != 'N' {
		return false // "she said no. 2027 will ...": the word, not the abbreviation
	}
	return numberAbbrevs()[lw]
}

// splitNumberEnds splits [start,end) of chunk where a sentence ends on a
// number, which Punkt never reads as a sentence end: a full stop after
// digits followed by a space and a capital ("died at the age of 66. He
// had ...", "runs to Jan. 2027. Analysts ..."). A number that opens the
// piece is a list's mark ("2. The second point"); digits after a letter
// are a code Punkt reads itself ("row A4.").
func splitNumberEnds(chunk string, start, end int) [][2]int {
	var out [][2]int
	from := start
	for i := start + 1; i+2 < end; i++ {
		if chunk[i] != '.' || chunk[i+1] != ' ' || !isDigit(chunk[i-1]) {
			continue
		}
		j := i - 1
		for j > from && isDigit(chunk[j-1]) {
			j--
		}
		if j == from || unicode.IsLetter(lastRuneBefore(chunk, j)) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(chunk[i+2:])
		if unicode.IsUpper(r) {
			out = append(out, [2]int{from, i + 1})
			from = i + 1
		}
	}
	return append(out, [2]int{from, end})
}

// lastRuneBefore is the rune of s that ends before byte i.
func lastRuneBefore(s string, i int) rune {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// splitQuoteEnds parts the pieces where a quotation closes a sentence and
// another quotation opens the next ('... on "The Week." "No deal yet," she
// said'): Punkt reads the closing mark after the stop as inside the
// sentence and runs the two together.
func splitQuoteEnds(chunk string, pieces [][2]int) [][2]int {
	var out [][2]int
	for _, p := range pieces {
		from := p[0]
		for i := p[0]; i < p[1]; i++ {
			if c := chunk[i]; c != '.' && c != '?' && c != '!' {
				continue
			}
			j := i + 1
			_, n := utf8.DecodeRuneInString(chunk[j:])
			if j >= p[1] || !isQuoteAt(chunk, j) {
				continue
			}
			k := j + n
			if k+1 >= p[1] || chunk[k] != ' ' || !isQuoteAt(chunk, k+1) {
				continue
			}
			_, m := utf8.DecodeRuneInString(chunk[k+1:])
			if r, _ := utf8.DecodeRuneInString(chunk[k+1+m:]); !unicode.IsUpper(r) {
				continue
			}
			out = append(out, [2]int{from, k})
			from = k + 1
		}
		out = append(out, [2]int{from, p[1]})
	}
	return out
}

// isQuoteAt reports whether a straight or curly double quotation mark
// starts at chunk[i].
func isQuoteAt(chunk string, i int) bool {
	r, _ := utf8.DecodeRuneInString(chunk[i:])
	return r == '"' || r == '“' || r == '”'
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// trim narrows [start,end) of s to exclude surrounding white space.
func trim(s string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}
