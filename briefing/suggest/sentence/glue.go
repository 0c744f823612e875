package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitGlued splits [start,end) of chunk where two sentences were run
// together without a space, as text pasted from a web page often is when its
// paragraphs were joined:
//
//   - a full stop, question or exclamation mark after a lower-case letter,
//     a digit or a closing bracket, with an optional closing quotation mark
//     or bracket, then a capitalised word: "the talks ended.Both sides",
//     "he asked?\"No one", "set for May 2.The court";
//   - a colon after a lower-case letter, then a capitalised word: "the
//     report found:The ministry" (the items of a list were paragraphs);
//   - a lower-case word running straight into a capitalised one: "is
//     possibleThe talks" (a paragraph that ended without a full stop);
//   - a capitalised word running into a word that starts sentences, "in
//     GenevaThe talks", or into another capitalised word when the text uses
//     both words on their own and writes them together only this once
//     ("said MarekSunday", where "Marek" and "Sunday" recur alone).
//
// A title abbreviation before the stop ("Mr.Dale") is not a sentence end,
// and names written in camel case ("McKay", "BlueRiver") are left alone.
func splitGlued(chunk string, start, end int, words *wordCounts) [][2]int {
	var out [][2]int
	from := start
	for i := start + 1; i < end-2; i++ {
		c := chunk[i]
		var cut int
		switch {
		case c == ':' && isLowerASCII(chunk[i-1]) && isUpperASCII(chunk[i+1]) && isLowerASCII(chunk[i+2]):
			cut = i + 1 // "the report found:The ministry" (a list's items were paragraphs)
		case c == '.' || c == '?' || c == '!':
			// after a word, but not a title abbreviation ("Mr.Dale"); or
			// after a number or a bracket ("May 12.The", "(AP).The")
			if p := chunk[i-1]; !(isLowerASCII(p) && !abbrevBefore(chunk, start, i) || isDigit(p) || p == ')') {
				continue
			}
			j := i + 1
			for _, q := range []string{"\"", "'", ")", "]", "”", "’"} {
				if strings.HasPrefix(chunk[j:end], q) {
					j += len(q)
					break
				}
			}
			if j+1 < end && isUpperASCII(chunk[j]) && isLowerASCII(chunk[j+1]) {
				cut = j
			}
		case isUpperASCII(c) && i+2 < end && isLowerASCII(chunk[i+1]) && isLowerASCII(chunk[i+2]):
			w := wordStart(chunk, start, i)
			if w == i {
				continue
			}
			head := chunk[w:i]
			tail := wordAt(chunk[i:end])
			switch {
			case isLowerASCII(head[0]) && len(head) >= 2 && allLowerASCII(head):
				cut = i
			case isUpperASCII(head[0]) && len(head) >= 3 && allLowerASCII(head[1:]) && tail != "":
				if starters[tail] || words.get(head) > 0 && words.get(tail) > 0 && words.get(head+tail) == 1 {
					cut = i
				}
			}
		}
		if cut > from {
			out = append(out, [2]int{from, cut})
			from = cut
		}
	}
	return append(out, [2]int{from, end})
}

// starters are words that open sentences, and days and months, which never
// end a name glued to them.
var starters = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`The He She It They We I This That These Those There His Her Their Its
But And In On At As After When While If Some Many Most Officials Police
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July
August September October November December`) {
		starters[w] = true
	}
}

// titleAbbrevs are the abbreviations whose full stop does not end a sentence.
var titleAbbrevs = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "st": true,
	"jr": true, "sr": true, "mt": true, "ft": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "col": true, "lt": true, "vs": true, "prof": true, "rev": true}

// abbrevBefore reports whether the word ending at i (a full stop) is a title
// abbreviation or a single letter ("U.S.", "e.g.").
func abbrevBefore(chunk string, start, i int) bool {
	w := wordStart(chunk, start, i)
	word := strings.ToLower(chunk[w:i])
	return len(word) <= 1 || titleAbbrevs[word] || (w > start && chunk[w-1] == '.')
}

// wordStart returns where the run of ASCII letters ending at i begins.
func wordStart(chunk string, start, i int) int {
	w := i
	for w > start && isLetterASCII(chunk[w-1]) {
		w--
	}
	// a word glued to a non-ASCII letter ("Benét") is one word: not glued
	if w > start {
		if r, _ := utf8.DecodeLastRuneInString(chunk[start:w]); unicode.IsLetter(r) {
			return i
		}
	}
	return w
}

// wordAt returns the run of letters at the start of s, or "" when it is
// followed by a letter of another script or a digit.
func wordAt(s string) string {
	j := 0
	for j < len(s) && isLetterASCII(s[j]) {
		j++
	}
	if j < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[j:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return ""
		}
	}
	return s[:j]
}

func allLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isLowerASCII(s[i]) {
			return false
		}
	}
	return true
}

func isLowerASCII(b byte) bool  { return b >= 'a' && b <= 'z' }
func isUpperASCII(b byte) bool  { return b >= 'A' && b <= 'Z' }
func isLetterASCII(b byte) bool { return isLowerASCII(b) || isUpperASCII(b) }

// wordCounts counts the runs of ASCII letters of a text, built on first use.
type wordCounts struct {
	text string
	m    map[string]int
}

func (w *wordCounts) get(word string) int {
	if w.m == nil {
		w.m = map[string]int{}
		i := 0
		for i < len(w.text) {
			if !isLetterASCII(w.text[i]) {
				i++
				continue
			}
			j := i
			for j < len(w.text) && isLetterASCII(w.text[j]) {
				j++
			}
			w.m[w.text[i:j]]++
			i = j
		}
	}
	return w.m[word]
}
