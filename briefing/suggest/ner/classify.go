package ner

import (
	"strings"
	"unicode"
)

// compass words start the name of a part of a place: "North Sarkand".
var compass = lazySet("compass")

// articles start the names of foreign papers, parties and companies.
var articles = lazySet("articles")

// legalSuffix ends a company's name: nothing is joined after it.
var legalSuffix = lazySet("legal-suffix")

var weekdays = lazySet("weekdays")

var personVerb = lazySet("person-verb")

var locPrep = lazySet("loc-prep")

// bodyNouns are the common nouns that, capitalised after "the", name a
// legislature or government: "the Cabinet", "the Assembly".
var bodyNouns = lazySet("body-nouns")

// placeLinks are the other words a place stands after: "to X", "into X".
var placeLinks = lazySet("place-links")

// stateHeads start the formal name of a state: "Republic of Sarkand".
var stateHeads = lazySet("state-heads")

// placeFirst start the names of places and buildings: "Palais des Nations".
var placeFirst = lazySet("place-first")

// placeNouns follow a place name used as a modifier: "the Dorna corridor".
var placeNouns = lazySet("place-nouns")

// placeSuffix reports whether an unknown single word looks like a country
// or region name: Arvelia, Sarkand? no; -ia, -land, -stan.
func placeSuffix(lw string) bool {
	for _, suf := range []string{"ia", "land", "stan", "istan"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return true
		}
	}
	return false
}

// demonymSuffix reports whether a word looks like an adjective of a place.
func demonymSuffix(lw string) bool {
	for _, suf := range []string{"ian", "ean", "ese", "ish"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return true
		}
	}
	return false
}

// initialName reports whether w is a personal initial such as "B.".
func initialName(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

// teamPlural reports whether w is a capitalised plural like "Herons".
func teamPlural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && isCap(w)
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) && r != '.' && r != '-' {
			return false
		}
	}
	return unicode.IsDigit([]rune(w)[0])
}

// commonCompound reports whether a hyphenated word is made of ordinary
// words: "Well-known", "Hard-working", "Long-serving".
func (r *Recognizer) commonCompound(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !r.usuallyLower(p) && !isNumber(p) {
			return false
		}
	}
	return true
}

// capsRun returns the end of the run of words in capitals that starts at
// toks[i], on one line.
func capsRun(text string, toks []Token, i int) int {
	j := i
	for j < len(toks) && isCap(toks[j].Text) && hasLetter(toks[j].Text) {
		if j > i && strings.ContainsRune(text[toks[j-1].End:toks[j].Start], '\n') {
			break
		}
		j++
	}
	return j
}

// personAfterPrefix returns the index of the given name that starts a
// person's name after qualifying words in name ("Velorian-born Bishop Anton
// Mares"), or 0 when there is none: every word before it must be a demonym,
// title, known place or body, or a hyphenated qualifier ("Long-serving").
func (r *Recognizer) personAfterPrefix(name []Token) int {
	for p := 1; p < len(name)-1; p++ {
		lw := strings.ToLower(name[p].Text)
		if !r.g.first[lw] || r.g.loc[lw] || r.g.org[lw] {
			continue
		}
		ok := true
		for m := 0; m < p && ok; m++ {
			if n, _ := r.lookup(name[m:p]); n > 0 {
				m += n - 1
				continue
			}
			w := strings.ToLower(name[m].Text)
			ok = r.qualifier(name[m].Text) && r.titleQualifier(name[m].Text) || r.g.title[w] || strings.Contains(w, "-") || w == "sir" || w == "dame" ||
				r.usuallyLower(name[m].Text) && !r.g.first[w] && !r.g.last[w]
		}
		if ok {
			return p
		}
	}
	return 0
}

// qualifiedWord reports whether w is a capitalised word with an ordinary
// word after a hyphen: "Empire-imposed", "Tarvano-based", "Palace-backed".
// It qualifies what follows and is no name.
func (r *Recognizer) qualifiedWord(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || k+3 > len(w) {
		return false
	}
	tail := w[k+1:]
	return !isCap(tail) && hasLetter(tail) && r.usuallyLower(tail) && !syllableName(w)
}

// syllableName reports whether w is a given name of two syllables joined by
// a hyphen, as Korean and Chinese names are romanised ("Jae-in",
// "Ying-jeou", "Yoon-man"): a short head and a short lower-case tail, the
// head no prefix ("Anti-war", "Pro-tax").
func syllableName(w string) bool {
	head, tail, ok := strings.Cut(w, "-")
	if !ok || strings.Contains(tail, "-") {
		return false
	}
	hr, tr := []rune(head), []rune(tail)
	if len(hr) < 2 || len(hr) > 4 || len(tr) < 2 || len(tr) > 4 || !unicode.IsUpper(hr[0]) {
		return false
	}
	for _, c := range append(hr[1:], tr...) {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	if strings.HasSuffix(tail, "ed") || strings.HasSuffix(tail, "ing") {
		return false // "Tax-led", "Fee-paying"
	}
	return !hyphenPrefixes()[strings.ToLower(head)]
}

// eponymNouns make the name before them an illness's, a law's or an
// effect's ("X's disease", "X syndrome").
var eponymNouns = lazySet("eponym-nouns")

// hyphenPrefixes open a hyphenated ordinary word ("Anti-war", "Non-EU").
var hyphenPrefixes = lazySet("hyphen-prefixes")

// notActorAcronyms are words in capitals that name no actor: time zones,
// currencies, units, economic measures and offices.
var notActorAcronyms = lazySet("not-actor-acronyms")

// geoPlace reports whether name is a GeoNames region or town that is not
// also a known given name or surname.
func (r *Recognizer) geoPlace(name string) bool {
	if r.g.first[name] || r.g.last[name] {
		return false
	}
	return r.g.admin1.has(name) || r.g.cities.has(name) && len(strings.Fields(name)) == 1
}

// acts reports whether the name toks[i:j] stands where an actor does: the
// subject of a verb in the past or present ("Tarvos rejected", "Tarvos
// wants"), the object of a verb of blame or appeal ("accused Tarvos of"),
// or the owner of a delegation or statement ("Tarvos's delegation").
func (r *Recognizer) acts(toks []Token, i, j int) bool {
	if i > 0 && actVerbBefore()[strings.ToLower(toks[i-1].Text)] {
		return true
	}
	if j >= len(toks) {
		return false
	}
	next := toks[j].Text
	if next == "'s" || next == "’s" {
		return true
	}
	if isCap(next) || !hasLetter(next) {
		return false
	}
	lw := strings.ToLower(next)
	return personVerb()[lw] || actVerbAfter()[lw] || strings.HasSuffix(lw, "ed") && len(lw) > 4 && r.usuallyLower(lw)
}

// actVerbBefore are verbs whose object is an actor: "urged Tarvos to".
var actVerbBefore = lazySet("act-verbs-before")

// actVerbAfter are verbs in the present whose subject is an actor.
var actVerbAfter = lazySet("act-verbs-after")

// bodyJoined reports whether name has a body's head before "of", "for" or
// "on": "Panel on Soil Health", "Union of Dock Workers".
func (r *Recognizer) bodyJoined(name []Token) bool {
	for k := 1; k+1 < len(name); k++ {
		if w := name[k].Text; (w == "of" || w == "for" || w == "on") && r.bodyHead(name[k-1].Text) {
			return true
		}
	}
	return false
}

// ordinaryTail reports whether the name ends in an ordinary English word
// that is no known surname ("Harvest Festival Grounds", "Kelvoran Women")
// and has no initials ("R K Velan"), so that it reads as a thing, not a
// person.
func (r *Recognizer) ordinaryTail(name []Token) bool {
	last := strings.ToLower(name[len(name)-1].Text)
	if len(last) <= 3 || !r.g.ordinary(last) || r.g.last[last] || r.g.first[last] {
		return false
	}
	for _, t := range name {
		if len([]rune(strings.TrimSuffix(t.Text, "."))) == 1 {
			return false
		}
	}
	return true
}
