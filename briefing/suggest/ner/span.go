package ner

import (
	"strings"
	"unicode"
)

// span splits the capitalised run toks[i:j] into a role and a name and types it.
func (r *Recognizer) span(text string, toks []Token, i, j int) []Mention {
	var out []Mention
	whole := joinLower(toks[i:j])
	if ms, ok := r.tableSpan(text, toks, i, j); ok {
		return ms
	}
	if r.g.loc[whole] {
		return []Mention{mention(text, toks[i:j], LOC, true)}
	}
	if j-i >= 4 && saint(toks[i:i+2]) && (toks[i+2].Text == "'s" || toks[i+2].Text == "’s") {
		// "St Peter's Square", "St Anne's Hospital": a place named after
		// a saint, no person
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
		if i+1 < j && syllableName(toks[i+1].Text) {
			break // "Sin Jae-ho": a surname before a romanised given name
		}
		if lw == "all" && j-i >= 3 && r.g.orgHead[strings.ToLower(toks[j-1].Text)] {
			break // "All Progressives Congress", "All Basotho Convention": a party's name
		}
		if !sentStart && lowerWord(toks[i-1].Text) && j-i >= 3 && r.hasBodyHead(toks[i+1:j]) {
			break // "the First Tarrow Bank", "informed Police Bureau of X": the body's own first word
		}
		if !sentStart && r.g.stopCap[lw] && lw != "the" && lw != "a" && lw != "an" && j-i >= 2 && r.g.orgHead[strings.ToLower(toks[j-1].Text)] {
			break // "the High Court", "the Home Office": written in capitals mid-sentence, the word opens the body's name
		}
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
		if e := r.officeEnd(toks, k, j); e > k {
			role, k = text[toks[i].Start:toks[e-1].End], e // "Chief Commercial Officer Ada Kessie"
		}
		if w := toks[k].Text; (w == "of" || w == "for") && k+1 < j {
			// "Secretary of the Dockers Union Ada Kessie": the body the
			// title is of, then the person
			b := k + 1
			if toks[b].Text == "the" {
				b++
			}
			if q := portfolioEnd(toks, b, j); q > b {
				// "Minister of Energy Ada Kessie": a portfolio, no body
				if q >= j {
					return out
				}
				role, k = text[toks[i].Start:toks[q-1].End], q
				if t, _ := r.rolePrefix(text, toks, q, j); t > q && t < j {
					k = t // "Minister of Education Dr Ada Kessie"
				}
			} else {
				p := r.bodyEnd(toks, b, j)
				if b < p {
					out = append(out, r.classify(text, toks, b, p)...)
				}
				if p >= j {
					return out
				}
				role, k = text[toks[i].Start:toks[p-1].End], p
			}
		}
		name := toks[k:j]
		last := strings.ToLower(name[len(name)-1].Text)
		if r.bodyAfterTitle(name) {
			// "General Administration of Customs", "U.N. General
			// Assembly": the title word opens a body's name
			return append(out[:0], r.classify(text, toks, i, j)...)
		}
		if !r.g.orgHead[last] && !r.g.loc[joinLower(name)] && !r.g.org[joinLower(name)] {
			m := mention(text, name, PER, true)
			m.Role = r.widenRole(text, toks, i, role)
			return append(out, m)
		}
		i = k
	}
	// a person's name, then a known body's: "the Ada Vale Justice
	// Department" (the person names whose the body is; the body acts)
	if r.g.first[strings.ToLower(toks[i].Text)] {
		for p := i + 2; p <= i+3 && p+2 <= j; p++ {
			if r.g.org[joinLower(toks[p:j])] {
				out = append(out, r.classify(text, toks, i, p)...)
				return append(out, mention(text, toks[p:j], ORG, true))
			}
		}
	}
	// a body's name, then a person's: "Kelvar Tribal Forum Ada Kessie"
	for p := i + 1; p < j; p++ {
		if lp := strings.ToLower(toks[p-1].Text); r.g.orgHead[lp] && !legalSuffix()[lp] && r.g.first[strings.ToLower(toks[p].Text)] && !r.g.org[joinLower(toks[p:j])] {
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

// portfolioEnd returns the end of the portfolio words that open toks[b:j]
// ("Fisheries and Livestock"), or b when none does.
func portfolioEnd(toks []Token, b, j int) int {
	q := b
	for k := b; k < j; k++ {
		w := toks[k].Text
		switch {
		case portfolioWords()[strings.ToLower(w)] && isCap(w):
			q = k + 1
		case (w == "and" || w == "&") && k > b:
		default:
			return q
		}
	}
	return q
}

// officeNouns end a role whose middle words qualify the office: "Chief
// Commercial Officer", "Deputy Managing Editor".
var officeNouns = lazySet("office-nouns")

// officeEnd returns the end of an office noun after the title that ends at
// toks[k], when one to three ordinary words qualify it and a name follows
// ("Chief | Commercial Officer | Ada Kessie"); k when there is none.
func (r *Recognizer) officeEnd(toks []Token, k, j int) int {
	for e := k; e < j-1 && e < k+3; e++ {
		w := toks[e].Text
		if !nameWord(w) || r.g.first[strings.ToLower(w)] || !r.g.ordinary(w) {
			return k
		}
		if officeNouns()[strings.ToLower(w)] && e > k {
			return e + 1
		}
	}
	return k
}

// bodyHead reports whether w ends the name of a body that may go on with
// "of", "for" or "on": "Union", "Panel", "Commission", "Office".
func (r *Recognizer) bodyHead(w string) bool {
	lw := strings.ToLower(w)
	return r.g.orgHead[lw] && !legalSuffix()[lw] && !r.g.loc[lw]
}

// bodyEnd returns where the name of the body in toks[b:j] that a title is
// "of" ends: after an organisation's word or a country, or before a given
// name; j when the body runs to the end.
func (r *Recognizer) bodyEnd(toks []Token, b, j int) int {
	if w := toks[b].Text; b+2 < j && len(w) > 1 && isAllCaps(w) && !isAllCaps(toks[b+1].Text) && isCap(toks[b+1].Text) {
		return b + 1 // "Head of KNU Ada Kessie": a body named by its initials
	}
	for _, at := range []func(lp, lw string) bool{
		func(lp, lw string) bool { return r.g.orgHead[lp] },
		func(lp, lw string) bool { return r.g.country[lp] || r.g.first[lw] && !r.g.orgHead[lw] },
		// "Director of Education Ada Kessie": ordinary words, then a name
		func(lp, lw string) bool { return r.g.ordinary(lp) && !r.g.ordinary(lw) && !r.g.loc[lw] && !r.g.org[lw] },
	} {
		for p := b + 1; p < j; p++ {
			lp, lw := strings.ToLower(toks[p-1].Text), strings.ToLower(toks[p].Text)
			if !joiners()[lw] && !joiners()[lp] && at(lp, lw) {
				return p
			}
		}
	}
	return j
}

// bodyAfterTitle reports whether the words after a title name a body, not
// a person: they end in an organisation's word ("Assembly") or open with
// one before "of" ("Administration of Customs").
func (r *Recognizer) bodyAfterTitle(name []Token) bool {
	last := strings.ToLower(name[len(name)-1].Text)
	if r.g.orgHead[last] && !legalSuffix()[last] {
		return true
	}
	return len(name) > 2 && r.g.orgOfHead[strings.ToLower(name[0].Text)] && name[1].Text == "of"
}

// lowerWord reports whether w is a word of lower-case letters ("the",
// "informed").
func lowerWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}
