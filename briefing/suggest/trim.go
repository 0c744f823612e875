package suggest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/internal/lazy"
)

// This file shortens a sentence to a clause that stands on its own, the
// way an analyst trims a quotation: drop an attribution tail (", X told
// reporters"), a subordinate or appositive tail after a comma when the main
// clause is complete, a leading clause before ", but", or keep only what a
// speaker said. Every result is a contiguous span of the sentence with its
// own provenance, so the brief still quotes the source exactly.

// span returns s.Text[i:j] as a Sentence with the provenance of that span,
// without the spaces around it and a trailing comma, semicolon or colon.
func span(s Sentence, i, j int) Sentence {
	for i < j && s.Text[i] == ' ' {
		i++
	}
	for j > i && strings.IndexByte(" ,;:", s.Text[j-1]) >= 0 {
		j--
	}
	p := s.Prov
	p.Start, p.End = s.Prov.Start+i, s.Prov.Start+j
	return Sentence{Text: s.Text[i:j], Prov: p, Quoted: s.Quoted}
}

// isQuote reports whether r opens or closes a quotation.
func isQuote(r rune) bool { return r == '"' || r == '“' || r == '”' }

// topCommas returns the byte offsets of the commas of t that are outside
// quotation marks and brackets.
func topCommas(t string) []int {
	var out []int
	inQ, depth := false, 0
	for i, r := range t {
		switch {
		case r == '"':
			inQ = !inQ
		case r == '“':
			inQ = true
		case r == '”':
			inQ = false
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case r == ',' && !inQ && depth == 0:
			out = append(out, i)
		}
	}
	return out
}

// nwords counts the words of s the way the page does.
func nwords(s string) int { return briefing.WordCount(s) }

// tailSubordinators start a tail that can be dropped after a comma when the
// clause before it is complete: a relative or adverbial clause, a
// participle, an appositive.
var tailSubordinators = lazy.Of(wordSet, "tail-subordinators")

// keepTail words start a tail that limits the clause before it; cutting it
// would change the meaning.
var keepTail = lazy.Of(wordSet, "keep-tail")

// freeStarters start a clause after a subordinator that stands alone when
// the subordinator is dropped ("after Sarkand's delegation insisted ...").
var freeStarters = lazy.Of(wordSet, "free-starters")

// attribution reports whether tail (after a comma) only says who spoke:
// "Erdoğan-Kaya told reporters after the final session", "diplomats said",
// "said EU foreign policy chief Margit Lindqvist".
func attribution(tail string) bool {
	fs := strings.Fields(tail)
	if len(fs) == 0 || strings.ContainsAny(tail, "\"“”") {
		return false
	}
	// a participle after the speaker's comma says more about the speaker,
	// not what was said: "Tasz said, recalling how the flood began"
	for i := 0; i < min(len(fs)-1, 6); i++ {
		if w := bare(fs[i]); (w == "said" || w == "says" || w == "added") && strings.HasSuffix(fs[i], ",") && strings.HasSuffix(bare(fs[i+1]), "ing") {
			return true
		}
	}
	if len(fs) > 12 {
		return false
	}
	if w := bare(fs[0]); tailSubordinators()[w] && w != "according" || keepTail()[w] {
		return false // "after Sarkand's delegation insisted": a clause, not a speaker
	}
	for i, f := range fs {
		if i > 5 {
			return false
		}
		switch bare(f) {
		case "said", "says", "told", "added", "according":
			// only who and where follow: "told reporters after the final
			// session", "said EU foreign policy chief Margit Lindqvist"
			after := fs[i+1:]
			if len(after) > 6 {
				return false
			}
			for _, a := range after {
				if b := bare(a); b == "that" || verbWord(a) && b != "reporters" {
					return false
				}
			}
			if i == 0 && len(after) > 0 && !isCapWord(after[len(after)-1]) {
				return false // "said the plan remained ...": what was said, not who
			}
			return true
		}
	}
	return false
}

// firstLower returns the first word of s, lower-cased and bare.
func firstLower(s string) string {
	return bare(firstField(s))
}

// startsUpper reports whether s starts with a capital, a digit or a quote.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || isQuote(r)
}

// quoteInner returns the words inside a quotation that opens s and the
// offset after its closing mark: `"Without the corridor there can be no
// agreement," Erdoğan-Kaya told` -> `Without the corridor there can be no
// agreement`. ok is false when s does not open with a quotation.
func quoteInner(s Sentence) (inner Sentence, after int, ok bool) {
	t := s.Text
	r, n := utf8.DecodeRuneInString(t)
	if r != '"' && r != '“' {
		return Sentence{}, 0, false
	}
	close := strings.IndexAny(t[n:], "\"”")
	if close < 0 {
		return Sentence{}, 0, false
	}
	end := n + close
	_, cn := utf8.DecodeRuneInString(t[end:])
	in := span(s, n, end)
	if strings.HasSuffix(in.Text, ".") {
		in = span(s, n, end-1)
	}
	in.Quoted = true
	return in, end + cn, nwords(in.Text) >= 3
}

// bodyEnd returns the end of s.Text without its final period.
func bodyEnd(t string) int {
	return len(strings.TrimRight(strings.TrimSuffix(strings.TrimRight(t, " "), "."), " "))
}

// saidJoins join two statements of one speaker: "... and said ...".
var saidJoins = lazy.Of(listEntries, "said-joins")

// opensSubordinate reports whether t opens with a word that makes it a
// subordinate clause ("Whether taking in the view", "If the talks fail"):
// up to its first comma it is no sentence of its own.
func opensSubordinate(t string) bool {
	w := strings.ToLower(firstWord(t))
	switch w {
	case "if", "whether", "unless", "once", "until", "before", "despite":
		return true
	}
	return freeStarters()[w]
}

// clauses returns s and the shorter spans of s that stand on their own,
// longest first; s itself comes first. Spans keep their own provenance.
func clauses(s Sentence) []Sentence {
	out := []Sentence{s}
	seen := map[[2]int]bool{{s.Prov.Start, s.Prov.End}: true}
	add := func(c Sentence) {
		k := [2]int{c.Prov.Start, c.Prov.End}
		if seen[k] || nwords(c.Text) < 4 {
			return
		}
		seen[k] = true
		out = append(out, c)
	}
	var walk func(c Sentence, depth int)
	walk = func(c Sentence, depth int) {
		if depth > 2 {
			return
		}
		before := len(out)
		t := c.Text
		end := bodyEnd(t)
		// a quotation and its speaker: keep what was said
		if in, after, ok := quoteInner(c); ok && attribution(strings.TrimLeft(t[after:], " ,")) {
			add(in)
		}
		commas := topCommas(t)
		for ci, k := range commas {
			if k >= end {
				continue
			}
			head, tail := t[:k], strings.TrimLeft(t[k+1:end], " ")
			w := firstLower(tail)
			if embeddedRelative(t, w, commas[ci+1:], end) || embeddedAppositive(head, t, w, commas[ci+1:], end) {
				continue // "The plan, which Ostria drafted, is dead", "Vale, a geologist, mapped it": the head is the subject alone
			}
			if f := firstField(tail); strings.HasSuffix(f, ",") && tailSubordinators()[w] {
				continue // "Some delegates, though, argued ...": an adverb set off by commas, not a tail
			}
			switch {
			case attribution(tail) && !strings.Contains(tail, ","):
				if nwords(head) >= 5 {
					add(span(c, 0, k))
				}
			case keepTail()[w]:
				if w == "but" && startsUpper(strings.TrimPrefix(tail, "but ")) {
					i := k + 1 + (len(t[k+1:end]) - len(tail)) + len("but ")
					add(span(c, i, end)) // "..., but Petrović dismissed the idea"
				}
			case tailSubordinators()[w] || strings.HasSuffix(w, "ing") && len(w) > 4:
				if nwords(head) >= 5 && !strings.HasSuffix(strings.TrimRight(head, " "), "said") && !(opensSubordinate(head) && !strings.Contains(head, ",")) {
					add(span(c, 0, k))
				}
				if freeStarters()[w] || strings.HasSuffix(w, "ing") && (w == "saying" || w == "warning" || w == "adding" || w == "telling") {
					i := k + 1 + (len(t[k+1:end]) - len(tail)) + len(strings.Fields(tail)[0]) + 1
					if i >= end { // the starter is the clause's last word: "..., though."
						continue
					}
					rest := strings.TrimLeft(t[i:end], " ")
					if firstLower(rest) == "that" || firstLower(rest) == "reporters" {
						continue
					}
					add(span(c, i, end))
				}
			}
		}
		// "X called the demand unacceptable and said Y": each side alone
		for _, v := range saidJoins() {
			if k := strings.Index(t[:end], v); k > 0 && !strings.Contains(t[:k], "\"") {
				if nwords(t[:k]) >= 4 {
					add(span(c, 0, k))
				}
				j := k + len(v)
				if strings.HasPrefix(t[j:], "that ") {
					j += len("that ")
				}
				add(span(c, j, end))
			}
		}
		// "Sybiha said Ukraine would never trade territory": what was said
		if k := strings.Index(t[:end], " said "); k > 0 && nwords(t[:k]) <= 8 && !strings.ContainsAny(t[:k], "\"“,") {
			j := k + len(" said ")
			if strings.HasPrefix(t[j:], "that ") {
				j += len("that ")
			}
			add(span(c, j, end))
		}
		for _, x := range out[before:] {
			walk(x, depth+1)
		}
	}
	walk(s, 0)
	return out
}

// embeddedRelative reports whether the relative clause opened by w after a
// comma closes at a later comma before the main verb: "The plan, which
// Ostria drafted in May, is dead", "The envoy, who arrived late, said ...".
func embeddedRelative(t, w string, later []int, end int) bool {
	if w != "which" && w != "who" && w != "whose" && w != "whom" {
		return false
	}
	return closesBeforeVerb(t, later, end)
}

// embeddedAppositive reports whether the phrase opened by w after a name
// and a comma describes the name and closes at a later comma before the
// verb: "Ada Vale, a geologist at Kessan University, mapped the fault".
func embeddedAppositive(head, t, w string, later []int, end int) bool {
	return (w == "a" || w == "an") && startsUpper(lastWord(head)) && closesBeforeVerb(t, later, end)
}

// closesBeforeVerb reports whether a phrase set off by a comma closes at
// one of the later commas with a verb after it.
func closesBeforeVerb(t string, later []int, end int) bool {
	for _, k := range later {
		if k >= end {
			break
		}
		if v := firstLower(t[k+1 : end]); auxiliary()[v] || verbWord(v) || pastTense(strings.Fields(t[k+1:end])) {
			return true
		}
	}
	// the clause may close on a quotation's comma (`, which called it "a
	// sham," is likely to ...`): a comma and a closing mark, then the verb
	for _, q := range []string{",\" ", ",” "} {
		if i := strings.Index(t[:end], q); i >= 0 {
			if v := firstLower(t[i+len(q) : end]); auxiliary()[v] || verbWord(v) {
				return true
			}
		}
	}
	return false
}

// anaphoric reports whether a span leans on an earlier sentence for its
// meaning: "called the demand unacceptable", "It said".
var anaphoricWords = lazy.Of(listEntries, "anaphoric-words")

// thisTime are the words after "this" that name a time, not something said
// before: "this week" needs no earlier sentence.
var thisTime = lazy.Of(wordSet, "this-time")

// cutAnaphoric reports whether a clause cut from its sentence needs what
// the cut left out: anaphoric, or opening with a possessive pronoun whose
// owner the words before it named ("her government would not cede ..."
// from "The minister said her government would not cede ...").
func cutAnaphoric(t string) bool {
	switch firstLower(t) {
	case "his", "her", "its", "their":
		return true
	}
	return anaphoric(t)
}

func anaphoric(t string) bool {
	l := strings.ToLower(t)
	if f := firstLower(t); f == "it" || f == "they" || f == "he" || f == "she" || f == "this" {
		return true
	}
	for _, a := range anaphoricWords() {
		if strings.Contains(l, a) {
			return true
		}
	}
	for rest := l; ; {
		k := strings.Index(rest, "this ")
		if k < 0 {
			return false
		}
		rest = rest[k+len("this "):]
		if k > 0 && isLetterByte(l[len(l)-len(rest)-len("this ")-1]) {
			continue // "within this" is a word ending in "this"
		}
		next, _, _ := strings.Cut(rest, " ")
		if !thisTime()[strings.Trim(next, ".,;:!?")] {
			return true // "this plan", "this move": something said before
		}
	}
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' }
