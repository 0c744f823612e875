package ner

import "strings"

// Context cues type a name that no gazetteer, title or suffix explains by
// the words written around it, as a reader of news does: "shares in X",
// "the newspaper X", "X's chief executive" and "X, which makes ..." name a
// company or paper; "X, a town ...", "north of X" and "X, <country>" a
// place; "X, who" a person. They only retype names typed by a fallback
// (not sure), and the type they give is sure, so agreement carries it to
// the name's other mentions in the document.

// orgNounBefore are the nouns that introduce a company, paper or body by
// what it is: "the newspaper X", "Italian daily X", "carmaker X".
var orgNounBefore = wordSet("org-noun-before")

// orgAfterOf: "shares in X", "a stake in X", "the takeover of X".
var orgAfterOf = wordSet("org-after-of")

// orgNounAfter follow a company's name: "X shares", "a X spokesman".
var orgNounAfter = wordSet("org-noun-after")

// orgOwned follow a company's possessive: "X's chief executive", "X's board".
var orgOwned = wordSet("org-owned")

// orgWhichVerbs follow "X, which" for a company: "X, which makes ...".
var orgWhichVerbs = wordSet("org-which-verbs")

// placeAppos follow "X, a" or "X, the" for a place: "X, a town ...".
var placeAppos = wordSet("place-appos")

// directions before "of": "north of X", "20 km northeast of X".
var directions = wordSet("directions")

// placeAfterOf: "the mayor of X", "residents of X", "the streets of X".
var placeAfterOf = wordSet("place-after-of")

// placeNounAfter follow a place's name: "X province", "X residents".
var placeNounAfter = wordSet("place-noun-after")

// contextTypes retypes the fallback-typed mentions ms of the sentence toks
// by the words around them.
func (r *Recognizer) contextTypes(toks []Token, ms []Mention) {
	lower := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return strings.ToLower(toks[k].Text)
	}
	ti := 0
	for mi := range ms {
		m := &ms[mi]
		for ti < len(toks) && toks[ti].Start < m.Start {
			ti++
		}
		if ti >= len(toks) || toks[ti].Start != m.Start {
			continue
		}
		i, j := ti, ti
		for j < len(toks) && toks[j].End <= m.End {
			j++
		}
		if m.sure || m.team {
			continue
		}
		if typ, cue := r.contextType(toks, i, j, m.Type, lower); typ != "" {
			traceRule(cue, typ, m)
			m.Type, m.sure = typ, true
		}
	}
}

// contextType is the type the words around toks[i:j] give, "" when none,
// and the name of the cue that gave it.
func (r *Recognizer) contextType(toks []Token, i, j int, typ string, lower func(int) string) (string, string) {
	prev, prev2 := lower(i-1), lower(i-2)
	next, next2, next3 := lower(j), lower(j+1), lower(j+2)
	nextLower := j >= len(toks) || !isCap(toks[j].Text)
	switch {
	// a person: "X, who", "X, 45,"
	case next == "," && (next2 == "who" || isNumber(next2) && next3 == ","):
		return PER, "who"
	// a place: "X, a town", "north of X", "the mayor of X", "X province", "X, Valdoria"
	case next == "," && (next2 == "a" || next2 == "the") && placeAppos[next3]:
		return LOC, "place-appos"
	case prev == "of" && (directions[prev2] || placeAfterOf[prev2]):
		return LOC, "of-place"
	case placeNounAfter[next] && nextLower:
		return LOC, "place-noun"
	case next == "," && r.placeAfterComma(toks, j+1):
		return LOC, "comma-region"
	// a company or paper
	case orgNounBefore[prev]:
		return ORG, "org-noun-before"
	case (prev == "in" || prev == "of" || prev == "for" || prev == "with") && orgAfterOf[prev2]:
		return ORG, "shares-in"
	case orgNounAfter[next] && nextLower:
		return ORG, "org-noun-after"
	case (next == "'s" || next == "’s") && orgOwned[next2]:
		return ORG, "org-possessive"
	case next == "," && (next2 == "which" || next2 == "that") && orgWhichVerbs[next3]:
		return ORG, "which-verb"
	case next == "," && next2 == "which" && typ != LOC:
		return ORG, "which" // a person is "who"
	case inStatement(toks, j):
		return ORG, "statement"
	}
	return "", ""
}

// placeAfterComma reports whether toks[k:] starts with a country or region
// that ends the phrase: "Tarvano, Valdoria, said" but not "X, Germany's".
func (r *Recognizer) placeAfterComma(toks []Token, k int) bool {
	for n := min(3, len(toks)-k); n > 0; n-- {
		w := joinLower(toks[k : k+n])
		if !r.g.country[w] && !r.g.region[w] {
			continue
		}
		e := k + n
		if e < len(toks) && e > 0 && (isCap(toks[e].Text) || toks[e].Text == "'s" || toks[e].Text == "’s") {
			return false
		}
		return true
	}
	return false
}

// inStatement reports whether toks[j:] reads "said in a statement", which
// a company or body does more often than a person whose name is unknown.
func inStatement(toks []Token, j int) bool {
	return j+3 < len(toks) && toks[j].Text == "said" && toks[j+1].Text == "in" && toks[j+2].Text == "a" && toks[j+3].Text == "statement"
}
