// Package ner finds the names of people (PER), organisations (ORG) and
// places (LOC) in English news text with rules: capitalised word runs,
// gazetteers written for Briefdesk, title and organisation-suffix cues, the
// Punkt model's orthographic statistics (is a word usually lower case?) and
// document-level agreement (a surname seen after a full name is the same
// person). It also keeps the title or role written next to a person's name.
package ner

import (
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing/suggest/sentence"
	"github.com/neurosnap/sentences"
)

// Entity types.
const (
	PER = "PER"
	ORG = "ORG"
	LOC = "LOC"
)

// Mention is one occurrence of a name: Text == source[Start:End]. Role is
// the title or role written next to a person ("Foreign Minister"), "" when
// none. Sentence is the index of the sentence it occurs in.
type Mention struct {
	Text       string
	Type       string
	Start, End int
	Role       string
	Sentence   int
	sure       bool // typed by a strong cue, not by a fallback
	team       bool // an entry of a table (a side, a party): its type wins over the gazetteer's
	weak       bool // not an actor unless a cue or another mention types it
	acts       bool // stands where an actor does: "X rejected", "accused X of", "X's"
}

// Region reports whether name is a country or a world region in the
// gazetteers ("Jordan", "Africa"): a place even where a person has that
// surname.
func (r *Recognizer) Region(name string) bool {
	lw := strings.ToLower(name)
	return r.g.country[lw] || r.g.region[lw]
}

// Place reports whether name is a place in the gazetteers: a country, a
// world region, a city, or a GeoNames region or town ("Kessan", "Lower
// Tarrow").
func (r *Recognizer) Place(name string) bool {
	lw := strings.ToLower(name)
	return r.g.loc[lw] || r.g.admin1.has(lw) || r.g.cities.has(lw)
}

// Given reports whether word is a given name of the curated lists
// (first-names and compromise's), not only of the generated given-names
// list: one word alone that is also a body's first word ("Arvel" of
// "Arvel Shipping Group") is read as the body's short name unless it is a
// common given name.
func (r *Recognizer) Given(word string) bool { return r.g.firstCore[strings.ToLower(word)] }

// OrgHead reports whether word ends the names of organisations
// ("Ministry", "Senate", "Army"): used alone it is a body of its own, not
// the short form of one longer name.
func (r *Recognizer) OrgHead(word string) bool { return r.g.orgHead[strings.ToLower(word)] }

// Recognizer holds the gazetteers and the orthographic lexicon. It is safe
// for concurrent use.
type Recognizer struct {
	g     *gazetteer
	ortho sentences.SetString
	opt   Options
}

// Options switch on rules that ordinary news text does not need.
type Options struct {
	// SportsTables reads sports results: teams in league tables and
	// results lines ("Valdoria City 3 Harbour Rovers 1"), players in
	// cricket scorecards, and a place in a team's position in a match
	// report as the club. The drafting path does not use it.
	SportsTables bool
}

// New makes a Recognizer; model is the Punkt training data whose
// orthographic context says which words are usually lower case (nil: none).
func New(model *sentences.Storage) *Recognizer {
	return NewWithOptions(model, Options{})
}

// NewWithOptions makes a Recognizer with the rules opt switches on.
func NewWithOptions(model *sentences.Storage, opt Options) *Recognizer {
	r := &Recognizer{g: newGazetteer(), opt: opt}
	if model != nil {
		r.ortho = model.OrthoContext
	}
	r.g.addLexicon(r.common)
	r.g.addGivenNames(r.common)
	return r
}

// Punkt orthographic flags (see github.com/neurosnap/sentences/ortho.go).
const (
	orthoMidUc = 1 << 2
	orthoBegLc = 1 << 4
	orthoMidLc = 1 << 5
	orthoUnkLc = 1 << 6
)

// common reports whether w is an ordinary word, seen mostly in lower case.
func (r *Recognizer) common(w string) bool {
	f := r.ortho[strings.ToLower(w)]
	return f&(orthoMidLc|orthoBegLc|orthoUnkLc) != 0 && f&orthoMidUc == 0
}

// usuallyLower reports whether w was seen in lower case mid-sentence at all.
func (r *Recognizer) usuallyLower(w string) bool {
	return r.ortho[strings.ToLower(w)]&orthoMidLc != 0
}

// Recognize finds the mentions in text, whose sentences are sents.
func (r *Recognizer) Recognize(text string, sents []sentence.Span) []Mention {
	var all []Mention
	stoks := make([][]Token, len(sents))
	for si, s := range sents {
		toks := Tokenize(s.Text)
		for i := range toks {
			toks[i].Start += s.Start
			toks[i].End += s.Start
		}
		stoks[si] = toks
	}
	sports := r.opt.SportsTables && sportsDoc(text, stoks)
	for si, toks := range stoks {
		var ms []Mention
		if headline(toks) {
			ms = r.capsLine(text, toks)
		} else {
			ms = r.sentence(text, toks)
			r.contextTypes(toks, ms)
		}
		if sports {
			r.markTeams(toks, ms)
		}
		ms = r.applyDateline(text, toks, ms)
		for i := range ms {
			ms[i].Sentence = si
		}
		all = append(all, ms...)
	}
	return r.agree(text, all, sents, sports)
}

// headline reports whether most words of a line are in capitals.
func headline(toks []Token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if !hasLetter(t.Text) {
			continue
		}
		words++
		if isAllCaps(t.Text) || (len([]rune(t.Text)) == 1 && isCap(t.Text)) {
			caps++
		}
	}
	return words >= 2 && caps*10 >= words*7
}

// capsLine finds gazetteer names in an all-capitals line, or a byline.
func (r *Recognizer) capsLine(text string, toks []Token) []Mention {
	if r.byline(toks) {
		return []Mention{mention(text, toks, PER, true)} // "ADA KESSIE" on a line of its own
	}
	var out []Mention
	for i := 0; i < len(toks); {
		if j := capsRun(text, toks, i); j > i && tableRow(text, toks, i, j) == rowEntry {
			// "NORTHVALE 12 7 6 77 76 30": an entry of a table in capitals
			if whole := joinLower(toks[i:j]); !r.g.country[whole] && !r.g.notActor[whole] && !r.g.stopCap[whole] {
				m := mention(text, toks[i:j], ORG, true)
				m.team = true
				out = append(out, m)
			}
			i = j
			continue
		}
		n, typ := r.lookup(toks[i:])
		if n > 0 {
			out = append(out, mention(text, toks[i:i+n], typ, true))
			i += n
			continue
		}
		i++
	}
	return out
}

// lookup returns the length and type of the longest gazetteer name at the
// start of toks.
func (r *Recognizer) lookup(toks []Token) (int, string) {
	for n := min(r.g.maxLen, len(toks)); n > 0; n-- {
		key := joinLower(toks[:n])
		if r.g.loc[key] {
			return n, LOC
		}
		if r.g.org[key] {
			return n, ORG
		}
	}
	return 0, ""
}

func joinLower(toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToLower(t.Text))
	}
	return b.String()
}

func mention(text string, toks []Token, typ string, sure bool) Mention {
	s, e := toks[0].Start, toks[len(toks)-1].End
	return Mention{Text: text[s:e], Type: typ, Start: s, End: e, sure: sure}
}

// byline reports whether a line in capitals is two or three words of a
// name alone: no ordinary English word, no known place or body, no digit.
func (r *Recognizer) byline(toks []Token) bool {
	if len(toks) < 2 || len(toks) > 3 {
		return false
	}
	for _, t := range toks {
		lw := strings.ToLower(t.Text)
		if !isAllCaps(t.Text) || strings.ContainsAny(lw, "0123456789") || r.g.ordinary(lw) || r.g.loc[lw] || r.g.org[lw] || r.g.notActor[lw] || r.g.stopCap[lw] {
			return false
		}
		for _, c := range lw {
			if !unicode.IsLetter(c) && c != '-' && c != '.' {
				return false
			}
		}
	}
	return !r.g.loc[joinLower(toks)] && !r.g.org[joinLower(toks)]
}
