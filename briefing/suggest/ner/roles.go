package ner

import (
	"strings"
)

// titleWords may appear in lower case inside a role: "EU foreign policy chief".
var titleWords = lazySet("title-words")

// apposPreps open a phrase after a name that is no role: ", through his
// attorney,".
var apposPreps = lazySet("appos-preps")

// roleAround finds the role written next to a person's name toks[i:j]:
// "EU foreign policy chief Margit Lindqvist", "Washington's special envoy,
// Daniel Okafor", "Jean-Pierre Moreau, the UN envoy,".
func (r *Recognizer) roleAround(text string, toks []Token, i, j int) string {
	// before the name
	k := i - 1
	if k >= 0 && toks[k].Text == "," {
		k--
	}
	end := k
	hasTitle := false
	for k >= 0 && end-k < 6 {
		w := toks[k].Text
		lw := strings.ToLower(w)
		switch {
		case r.g.title[lw] && (!isCap(w) || k == end || hasTitle):
			hasTitle = true
		case titleWords()[lw] && hasTitle:
		case (lw == "'s" || lw == "’s") && hasTitle:
		case hasTitle && isCap(w) && (r.qualifier(w) || r.g.org[lw]):
		case hasTitle && isCap(w):
			// a capitalised body before the title: "United Nations envoy"
			n := 0
			for s := k; s >= 0 && k-s < 4 && isCap(toks[s].Text); s-- {
				if n2, _ := r.lookup(toks[s : k+1]); n2 == k+1-s {
					n = k + 1 - s
				}
			}
			if n == 0 && (r.bodyHead(w) || k < end && isCap(toks[k+1].Text) && r.bodyHead(toks[k+1].Text)) {
				// an unknown body's name that ends in a body word:
				// "Velm Harbour Board chairman"
				for s := k; s >= 0 && k-s < 4 && isCap(toks[s].Text) && !r.g.stopCap[strings.ToLower(toks[s].Text)]; s-- {
					n = k + 1 - s
				}
			}
			if n == 0 {
				goto done
			}
			k -= n - 1
		default:
			goto done
		}
		k--
	}
done:
	if hasTitle && end >= 0 {
		// "Marek's adviser": the owner whose possessive the scan stopped
		// at belongs to the role, never a bare "'s adviser"
		if s := toks[k+1].Text; s == "'s" || s == "’s" {
			o := k
			for o >= 0 && k-o < 3 && isCap(toks[o].Text) {
				o--
			}
			if o == k {
				k++ // no owner: the role starts after the possessive
			} else {
				k = o
			}
			for k+1 < end && r.g.stopCap[strings.ToLower(toks[k+1].Text)] {
				k++ // "But Vale's attorney": the sentence's first word is no part of the owner
			}
		}
		if k+1 > end {
			return ""
		}
		return text[toks[k+1].Start:toks[end].End]
	}
	// after the name: "of the Velm Harbour Board", ", the UN envoy,"
	if body := r.affiliation(text, toks, i, j); body != "" {
		return body
	}
	k = j
	if k < len(toks) && toks[k].Text == "," {
		k++
		start := k
		if k < len(toks) && (toks[k].Text == "the" || toks[k].Text == "a" || toks[k].Text == "an") {
			k++
			start = k
		}
		if k < len(toks) && apposPreps()[toks[k].Text] {
			return "" // ", through his attorney,": how, not who
		}
		for k < len(toks) && k-start < 6 {
			lw := strings.ToLower(toks[k].Text)
			if lw == "," || lw == "." {
				break
			}
			k++
		}
		if k < len(toks) && k > start && toks[k].Text == "," {
			for m := start; m < k; m++ {
				if r.g.title[strings.ToLower(toks[m].Text)] {
					if r.nameAfterTitle(toks[m+1 : k]) {
						return "" // "Tomas Vale, Vice President Ada Kessie, and ...": another person
					}
					return text[toks[start].Start:toks[k-1].End]
				}
			}
		}
	}
	return ""
}

// affiliation returns the body a person's name toks[i:j] is written with
// when no title is: after it with "of" ("Ada Kessie of the Velm Harbour
// Board", "Mara Osei of the Institute for Coastal Studies in Lusan"),
// before it with a possessive ("Tessaly University's Ivo Tal"), or in an
// apposition of a few lower-case words ("Ivo Tal, a geologist at Tessaly
// University,"), which is kept whole. The body is a known organisation or
// a name with a body word in it; "Ada Kessie of Lusan" names where she is
// from, no role.
func (r *Recognizer) affiliation(text string, toks []Token, i, j int) string {
	if j < len(toks) && toks[j].Text == "of" {
		if s, e := r.bodyAt(toks, j+1); e > s {
			return text[toks[s].Start:toks[e-1].End]
		}
	}
	if i >= 2 && (toks[i-1].Text == "'s" || toks[i-1].Text == "’s") {
		s := i - 2
		for s > 0 && i-2-s < 5 && (isCap(toks[s-1].Text) || joiners()[toks[s-1].Text] && s > 1 && isCap(toks[s-2].Text)) && !r.g.stopCap[strings.ToLower(toks[s-1].Text)] {
			s--
		}
		for s < i-2 && r.g.stopCap[strings.ToLower(toks[s].Text)] {
			s++
		}
		if b, e := r.bodyAt(toks[:i-1], s); b == s && e == i-1 {
			return text[toks[s].Start:toks[i-2].End]
		}
	}
	if j+2 < len(toks) && toks[j].Text == "," {
		k := j + 1
		if w := toks[k].Text; w == "a" || w == "an" || w == "the" {
			k++
		}
		start := k
		if w := toks[k].Text; apposPreps()[w] || kinNouns()[w] || relativeWords()[w] {
			return "" // ", on a visit to", ", who teaches at", ", son of"
		}
		for k < len(toks) && k-start < 3 && !isCap(toks[k].Text) && hasLetter(toks[k].Text) && !rolePreps()[toks[k].Text] {
			k++
		}
		if k > start && k < len(toks) && rolePreps()[toks[k].Text] {
			if b, e := r.bodyAt(toks, k+1); e > b {
				return text[toks[start].Start:toks[e-1].End]
			}
		}
	}
	return ""
}

// kinNouns name a person's relatives: "son of" is no occupation.
var kinNouns = lazySet("kin-nouns")

// relativeWords open a relative clause after a name: no role.
var relativeWords = lazySet("relative-words")

// rolePreps join a person's occupation to the body it is held at: "a
// geologist at Tessaly University".
var rolePreps = lazySet("role-preps")

// RolePrep reports whether w joins an occupation to the body it is held
// at ("at", "of"): "geologist at the Tessaly Survey Institute".
func RolePrep(w string) bool { return rolePreps()[w] }

// bodyAt returns the capitalised name of a body at toks[k:] (after an
// optional "the"), as [start, end); end == start when there is none.
func (r *Recognizer) bodyAt(toks []Token, k int) (int, int) {
	if k < len(toks) && toks[k].Text == "the" {
		k++
	}
	start, last := k, -1
	for k < len(toks) && k-start < 10 {
		w := toks[k].Text
		switch {
		case isCap(w):
			last = k
		case last >= 0 && (joiners()[w] || w == "for" || w == "'s" || w == "’s") && k+1 < len(toks) && isCap(toks[k+1].Text):
		default:
			k = len(toks)
			continue
		}
		k++
	}
	if last < 0 {
		return start, start
	}
	run := toks[start : last+1]
	if n, typ := r.lookup(run); n == len(run) && typ == ORG {
		return start, last + 1
	}
	for _, t := range run {
		if r.bodyHead(t.Text) {
			return start, last + 1
		}
	}
	return start, start
}

// widenRole adds to a role that opens a name's run, toks[i:], the
// lower-case words before it that qualify it: "former Harbour Board
// Chairman", "first Lady". Up to three words; a capitalised word,
// punctuation or a title of its own ("the airline's chief H E Name") ends
// them.
func (r *Recognizer) widenRole(text string, toks []Token, i int, role string) string {
	s := i
	for s > 0 && i-s < 3 {
		w := toks[s-1].Text
		lw := strings.ToLower(w)
		if isCap(w) && !r.g.stopCap[lw] || !titleWords()[lw] || r.g.title[lw] {
			break // "Former" opening a sentence qualifies the role too
		}
		s--
	}
	if s == i || role == "" {
		return role
	}
	return text[toks[s].Start:toks[i].Start] + role
}

// bodiesIn returns the known bodies and places named inside the role
// toks[i:k] ("U.S. President"), and its words in capitals ("ASUU
// President") as organisations.
func (r *Recognizer) bodiesIn(text string, toks []Token, i, k int) []Mention {
	var out []Mention
	for m := i; m < k; m++ {
		if n, typ := r.lookup(toks[m:k]); n > 0 {
			out = append(out, mention(text, toks[m:m+n], typ, true))
			m += n - 1
			continue
		}
		if w := toks[m].Text; isAllCaps(w) && len(w) > 1 && r.titleAt(toks[m:k]) == 0 && !notActorAcronyms()[strings.ToLower(w)] {
			out = append(out, mention(text, toks[m:m+1], ORG, false))
		}
	}
	return out
}

// hasBodyHead reports whether one of toks is a word that ends a body's
// name: up to six words of a body may stand before a title when one is
// ("Tarrow Department of Prisons Director Ada Kessie").
func (r *Recognizer) hasBodyHead(toks []Token) bool {
	for _, t := range toks {
		if r.bodyHead(t.Text) {
			return true
		}
	}
	return false
}
