// Package ner finds the names of people (PER), organisations (ORG) and
// places (LOC) in English news text with rules: capitalised word runs,
// gazetteers written for Briefdesk, title and organisation-suffix cues, the
// Punkt model's orthographic statistics (is a word usually lower case?) and
// document-level agreement (a surname seen after a full name is the same
// person). It also keeps the title or role written next to a person's name.
package ner

import (
	"strings"

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
	team       bool // a team in a results line: its type wins over the gazetteer's
	weak       bool // not an actor unless a cue or another mention types it
	acts       bool // stands where an actor does: "X rejected", "accused X of", "X's"
}

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

// capsLine finds gazetteer names in an all-capitals line.
func (r *Recognizer) capsLine(text string, toks []Token) []Mention {
	var out []Mention
	for i := 0; i < len(toks); {
		if j := capsRun(text, toks, i); j > i && r.opt.SportsTables && resultsRow(text, toks, i, j) == rowTeam {
			// "NORTHVALE 12 7 6 77 76 30": a team in a table in capitals
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

// pluralOwners are plural nouns whose possessive stands inside names of
// bodies and places: "People's Party", "Children's Trust".
var pluralOwners = wordSet("plural-owners")

// joiners may stand inside a name between capitalised words.
var joiners = wordSet("joiners")

// sentence finds the mentions of an ordinary (mixed-case) sentence.
func (r *Recognizer) sentence(text string, toks []Token) []Mention {
	var out []Mention
	i := 0
	for i < len(toks) {
		if !nameWord(toks[i].Text) {
			i++
			continue
		}
		if r.qualifiedWord(toks[i].Text) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			if j < len(toks) && r.qualifiedWord(toks[j].Text) && !strings.ContainsRune(text[toks[j-1].End:toks[j].Start], '\n') {
				for s := i; s < j; s++ {
					if m, ok := r.knownHead(text, toks[s:j], toks[j]); ok {
						// "New Delhi-based": a known name ends inside the qualified word
						if s > i {
							out = append(out, r.span(text, toks, i, s)...)
						}
						out = append(out, m)
						i = j + 1
						goto next
					}
				}
			}
			if strings.ContainsRune(text[toks[j-1].End:toks[j].Start], '\n') {
				break // a name does not run on over a line break (tables, headings)
			}
			if nameWord(toks[j].Text) && !r.qualifiedWord(toks[j].Text) {
				if weekdays[strings.ToLower(toks[j].Text)] {
					break // "Valdoria Thursday": a day after a name is not part of it
				}
				j++
				continue
			}
			if joiners[toks[j].Text] && j+1 < len(toks) && nameWord(toks[j+1].Text) && r.joinable(toks[i:j], toks[j].Text, toks[j+1:]) {
				j += 2
				continue
			}
			// "Organisation of the Coastal States"
			if toks[j].Text == "of" && j+2 < len(toks) && toks[j+1].Text == "the" && nameWord(toks[j+2].Text) && r.joinable(toks[i:j], "of", toks[j+2:]) {
				j += 3
				continue
			}
			// `Grace "Jojo" Wekesa`: a nickname in quotes after a given name
			if (toks[j].Text == "“" || toks[j].Text == "\"") && j+3 < len(toks) && nameWord(toks[j+1].Text) &&
				(toks[j+2].Text == "”" || toks[j+2].Text == "\"") && nameWord(toks[j+3].Text) && r.g.first[strings.ToLower(toks[j-1].Text)] {
				j += 4
				continue
			}
			// "People's Party", "Children's Trust": an ordinary plural noun's
			// possessive inside a name
			if (toks[j].Text == "'s" || toks[j].Text == "’s") && j+1 < len(toks) && nameWord(toks[j+1].Text) &&
				toks[j].Start == toks[j-1].End && pluralOwners[strings.ToLower(toks[j-1].Text)] {
				j += 2
				continue
			}
			// "Panel on Soil Health", "Office for the Welfare of Fishers": a
			// body's name goes on after for or on
			if (toks[j].Text == "for" || toks[j].Text == "on") && r.bodyHead(toks[j-1].Text) {
				k := j + 1
				if k < len(toks) && toks[k].Text == "the" {
					k++
				}
				if lw := strings.ToLower(toks[min(k, len(toks)-1)].Text); k < len(toks) && nameWord(toks[k].Text) && !r.qualifiedWord(toks[k].Text) && !weekdays[lw] && !months[lw] {
					j = k + 1
					continue
				}
			}
			break
		}
		if j < len(toks) && toks[j].Start == toks[j-1].End && strings.HasPrefix(toks[j].Text, "$") {
			i = j // "US$ 17", "HK$3": a currency, not the place
			continue
		}
		out = append(out, r.span(text, toks, i, j)...)
		i = j
	next:
	}
	return out
}

// knownHead returns the mention of a known place or body that the run
// toks and the part of the qualified word q before its hyphen spell
// ("New Delhi-based"); ok is false when they spell none.
func (r *Recognizer) knownHead(text string, toks []Token, q Token) (Mention, bool) {
	k := strings.LastIndexByte(q.Text, '-')
	head := Token{Text: q.Text[:k], Start: q.Start, End: q.Start + k}
	run := append(toks[:len(toks):len(toks)], head)
	whole := joinLower(run)
	switch {
	case r.g.loc[whole]:
		return mention(text, run, LOC, true), true
	case r.g.org[whole]:
		return mention(text, run, ORG, true), true
	}
	return Mention{}, false
}

// nameWord reports whether a token can be part of a capitalised name.
func nameWord(w string) bool {
	return isCap(w) && hasLetter(w)
}

// joinable reports whether left+joiner+right reads as one name: "Bank of
// England", "Republic of Sarkand", "Bosnia and Herzegovina", "Leonardo da Vinci".
func (r *Recognizer) joinable(left []Token, joiner string, right []Token) bool {
	switch joiner {
	case "and", "&", "the":
		// "Ministry of Fisheries and Livestock": and inside the part of a
		// body's name after of
		if joiner != "the" && len(left) > 2 && r.bodyJoined(append(left[:len(left):len(left)], right[0])) && !r.g.loc[strings.ToLower(right[0].Text)] {
			return true
		}
		for n := 1; n <= len(right) && n <= 3; n++ {
			k := joinLower(left) + " " + joiner + " " + joinLower(right[:n])
			if r.g.loc[k] || r.g.org[k] {
				return true
			}
		}
		// "Harbour Row Bank and Trust Company", "Velmar Trust & Banking Co"
		n := 0
		for n < len(right) && n < 4 && nameWord(right[n].Text) {
			n++
		}
		if joiner != "the" && n > 0 && r.g.orgHead[strings.ToLower(right[n-1].Text)] &&
			!legalSuffix[strings.ToLower(left[len(left)-1].Text)] && !r.g.org[joinLower(left)] && (r.usuallyLower(right[0].Text) || r.g.ordinary(right[0].Text)) {
			return true
		}
		return joiner == "&" && len(left) == 1 && len(right) > 0
	case "of":
		head := strings.ToLower(left[len(left)-1].Text)
		if r.g.orgOfHead[head] || r.bodyHead(head) || len(left) > 2 && r.bodyJoined(append(left[:len(left):len(left)], right[0])) || head == "republic" || head == "kingdom" || head == "gulf" || head == "strait" ||
			head == "isle" || head == "city" || head == "state" || head == "secretary" || head == "bay" || head == "sea" {
			return true
		}
		k := joinLower(left) + " of " + strings.ToLower(right[0].Text)
		for t := range r.g.title {
			if strings.HasPrefix(t, k) {
				return true
			}
		}
		return false
	}
	// particles of names: da, van, von, bin, al, des...
	return true
}

// span splits the capitalised run toks[i:j] into a role and a name and types it.
func (r *Recognizer) span(text string, toks []Token, i, j int) []Mention {
	var out []Mention
	whole := joinLower(toks[i:j])
	if r.opt.SportsTables {
		if ms, ok := r.sportsSpan(text, toks, i, j); ok {
			return ms
		}
	}
	if r.g.loc[whole] {
		return []Mention{mention(text, toks[i:j], LOC, true)}
	}
	if r.g.org[whole] {
		return []Mention{mention(text, toks[i:j], ORG, true)}
	}
	// drop sentence-initial ordinary words: "But", "Asked", "Officials"
	for i < j {
		w := toks[i].Text
		lw := strings.ToLower(w)
		if r.g.first[lw] || r.g.loc[lw] || r.g.org[lw] || r.g.title[lw] || r.titleAt(toks[i:j]) > 0 {
			break
		}
		sentStart := i == 0 || strings.ContainsAny(toks[i-1].Text, "\"“‘'(:-—–")
		if r.g.stopCap[lw] || (sentStart && (r.common(w) || strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ly") || r.commonCompound(w))) {
			i++
			continue
		}
		break
	}
	if i >= j {
		return nil
	}
	// role prefix: titles, and the demonyms or bodies that qualify them
	k, role := r.rolePrefix(text, toks, i, j)
	if k > i {
		out = append(out, r.bodiesIn(text, toks, i, k)...)
		if k == j {
			return out // a title alone
		}
		if w := toks[k].Text; (w == "of" || w == "for") && k+1 < j {
			// "Secretary of the Dockers Union Ada Kessie": the body the
			// title is of, then the person
			b := k + 1
			if toks[b].Text == "the" {
				b++
			}
			p := r.bodyEnd(toks, b, j)
			if b < p {
				out = append(out, r.classify(text, toks, b, p)...)
			}
			if p >= j {
				return out
			}
			role = text[toks[i].Start:toks[p-1].End]
			k = p
		}
		name := toks[k:j]
		last := strings.ToLower(name[len(name)-1].Text)
		if !r.g.orgHead[last] && !r.g.loc[joinLower(name)] && !r.g.org[joinLower(name)] {
			m := mention(text, name, PER, true)
			m.Role = role
			return append(out, m)
		}
		i = k
	}
	// a body's name, then a person's: "Kelvar Tribal Forum Ada Kessie"
	for p := i + 2; p < j; p++ {
		if lp := strings.ToLower(toks[p-1].Text); r.g.orgHead[lp] && !legalSuffix[lp] && r.g.first[strings.ToLower(toks[p].Text)] && !r.g.org[joinLower(toks[p:j])] {
			out = append(out, r.classify(text, toks, i, p)...)
			return append(out, r.span(text, toks, p, j)...)
		}
	}
	// a title at the end of the run: "Gilbert Osei ILO Director-General",
	// "Kelvoran MP": the title and the body before it are no part of a name
	if q := r.trailingTitle(toks, i, j); q > i {
		role := text[toks[q].Start:toks[j-1].End]
		out = append(out, r.bodiesIn(text, toks, q, j)...)
		for _, m := range r.classify(text, toks, i, q) {
			if m.Type == PER && m.Role == "" {
				m.Role = role
			}
			out = append(out, m)
		}
		return out
	}
	for _, m := range r.classify(text, toks, i, j) {
		if m.Type == PER && m.Role == "" {
			m.Role = r.roleAround(text, toks, i, j)
		}
		out = append(out, m)
	}
	return out
}

// bodyHead reports whether w ends the name of a body that may go on with
// "of", "for" or "on": "Union", "Panel", "Commission", "Office".
func (r *Recognizer) bodyHead(w string) bool {
	lw := strings.ToLower(w)
	return r.g.orgHead[lw] && !legalSuffix[lw] && !r.g.loc[lw]
}

// bodyEnd returns where the name of the body in toks[b:j] that a title is
// "of" ends: after an organisation's word or a country, or before a given
// name; j when the body runs to the end.
func (r *Recognizer) bodyEnd(toks []Token, b, j int) int {
	for p := b + 1; p < j; p++ {
		lp, lw := strings.ToLower(toks[p-1].Text), strings.ToLower(toks[p].Text)
		if joiners[lw] || joiners[lp] {
			continue
		}
		if r.g.orgHead[lp] || r.g.country[lp] || r.g.first[lw] && !r.g.orgHead[lw] {
			return p
		}
	}
	return j
}
