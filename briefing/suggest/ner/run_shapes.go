package ner

import "strings"

// signAt returns the index of the first headline sign after the first word
// of a run, -1 when none.
func signAt(run []Token) int {
	for k := 1; k < len(run); k++ {
		if isCap(run[k].Text) && !isAllCaps(run[k].Text) && headlineSigns()[strings.ToLower(run[k].Text)] {
			return k
		}
	}
	return -1
}

// shortWordIn reports whether a capitalised short word of a headline is in
// run ("Of", "And").
func shortWordIn(run []Token) bool {
	for _, t := range run {
		if isCap(t.Text) && headlineWords()[strings.ToLower(t.Text)] {
			return true
		}
	}
	return false
}

// titleCased reports whether a capitalised run is a headline in title case,
// not a name: five words or more with two or more capitalised short words
// after the first ("Bank of the North" writes them in lower case), or four
// words or more with one headline sign after the first ("Fisherman Who
// Vanished During Storm").
func titleCased(run []Token) bool {
	if len(run) < 4 {
		return false
	}
	n := 0
	for _, t := range run[1:] {
		if isCap(t.Text) && headlineWords()[strings.ToLower(t.Text)] {
			n++
		}
	}
	return len(run) >= 5 && n >= 2 || signAt(run) > 0
}

// saint reports whether a run is a saint's name: "St Peter", "St. Anne",
// "Saint Ivo".
func saint(run []Token) bool {
	if len(run) != 2 {
		return false
	}
	w := strings.ToLower(run[0].Text)
	return w == "st" || w == "st." || w == "saint" || w == "ste" || w == "ste."
}

// saintStop reports whether the two tokens are a saint's abbreviation
// and its stop, written together: "St.", "Ste.".
func saintStop(t []Token) bool {
	return len(t) == 2 && (t[0].Text == "St" || t[0].Text == "Ste") && t[1].Text == "." && t[1].Start == t[0].End
}

// saintPlaceEnd returns the end of "St. Name's Word…" at toks[i], the
// saint's abbreviation written with its stop, or 0.
func saintPlaceEnd(toks []Token, i int) int {
	if i+4 >= len(toks) {
		return 0
	}
	w := toks[i].Text
	if (w != "St" && w != "Ste") || toks[i+1].Text != "." || toks[i+1].Start != toks[i].End ||
		!nameWord(toks[i+2].Text) || (toks[i+3].Text != "'s" && toks[i+3].Text != "’s") || !nameWord(toks[i+4].Text) {
		return 0
	}
	k := i + 5
	for k < len(toks) && nameWord(toks[k].Text) {
		k++
	}
	return k
}

// saintBodyEnd returns the end of "St. Name Word… Head" at toks[i], a body
// named after a saint whose last word is a body's head word ("St. Ivo
// Catholic Church", "St. Anne Girls School"), or 0. Without it the stop
// after the abbreviation parts the saint from the body's name.
func (r *Recognizer) saintBodyEnd(toks []Token, i int) int {
	w := toks[i].Text
	if i+3 >= len(toks) || (w != "St" && w != "Ste") || toks[i+1].Text != "." || toks[i+1].Start != toks[i].End {
		return 0
	}
	k := i + 2
	for k < len(toks) && nameWord(toks[k].Text) {
		k++
	}
	if k-(i+2) < 2 || !r.g.orgHead[strings.ToLower(toks[k-1].Text)] {
		return 0
	}
	return k
}

// dateAt reports whether toks[j] is a month with its day after it ("May
// 9", "Jan. 6", "Sept 12th"): a date, whatever else the month's word may
// name.
func dateAt(toks []Token, j int) bool {
	if !months()[strings.ToLower(strings.TrimSuffix(toks[j].Text, "."))] {
		return false
	}
	k := j + 1
	if k < len(toks) && toks[k].Text == "." {
		k++
	}
	if k >= len(toks) {
		return false
	}
	d := strings.TrimRight(toks[k].Text, "stndrh")
	return d != "" && len(d) <= 2 && isNumber(d)
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
		if joiner != "the" && r.inPortfolio(left) && portfolioWords()[strings.ToLower(right[0].Text)] {
			return true // "Minister of Fisheries and Livestock Ada Kessie"
		}
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
			!legalSuffix()[strings.ToLower(left[len(left)-1].Text)] && !r.g.org[joinLower(left)] && (r.usuallyLower(right[0].Text) || r.g.ordinary(right[0].Text)) {
			return true
		}
		return joiner == "&" && len(left) == 1 && len(right) > 0
	case "of":
		head := strings.ToLower(left[len(left)-1].Text)
		if r.g.orgOfHead[head] || r.bodyHead(head) || len(left) > 2 && r.bodyJoined(append(left[:len(left):len(left)], right[0])) || ofHeads()[head] {
			return true
		}
		if w := right[0].Text; r.g.title[head] && (portfolioWords()[strings.ToLower(w)] || len(w) > 1 && isAllCaps(w)) {
			return true // "Minister of Energy Ada Kessie", "Head of KNU Ada Kessie"
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

// lowerBrand reports whether toks[i] is a brand written in lower case
// before a body's head word ("kesspress News", "velo Foundation"): a word
// of letters that is no English word and that the language model never
// saw.
func (r *Recognizer) lowerBrand(toks []Token, i int) bool {
	if i+1 >= len(toks) || !isCap(toks[i+1].Text) || isAllCaps(toks[i+1].Text) || !r.g.orgHead[strings.ToLower(toks[i+1].Text)] {
		return false // a head in capitals is a symbol or a code ("... outpaces CO")
	}
	w := toks[i].Text
	if len(w) < 4 || !allLowerLetters(w) || r.g.ordinary(w) || r.ortho[w] != 0 {
		return false
	}
	if i+2 < len(toks) && (isCap(toks[i+2].Text) || joiners()[toks[i+2].Text] || toks[i+2].Text == "for") {
		return false // "breakaway Party for Democracy": the body's name goes on, the word before is no brand
	}
	return toks[i+1].Start == toks[i].End+1
}

// allLowerLetters reports whether w is only the letters a to z.
func allLowerLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// spellsOut reports whether acr, a word in capitals of two letters or
// more, is the initials of the capitalised words of run or of its last
// two or more: an acronym written straight after the name it stands for,
// without brackets ("Kessan Farmers Union KFU", "the National Congress of
// Vardia NCV").
func spellsOut(run []Token, acr string) bool {
	if len(acr) < 2 || strings.ToUpper(acr) != acr || strings.ToLower(acr) == acr {
		return false
	}
	var initials []byte
	for _, t := range run {
		if c := t.Text[0]; c >= 'A' && c <= 'Z' {
			initials = append(initials, c)
		}
	}
	return len(initials) >= len(acr) && string(initials[len(initials)-len(acr):]) == acr
}

// nicknameAt returns the length of a nickname in quotes and the surname
// after it at toks[j:], after the given name toks[j-1] of the run
// toks[i:j], or 0: `Grace "Jojo" Wekesa`, `Tomas ‘El Lobo’ Arrieta`,
// `Ranee “Bel” Osei`. The nickname is one to three capitalised words; the
// given name is a known one, or the run's only word and no ordinary word;
// the surname is no ordinary word ("Read ‘Twilight’ Stars" is a headline).
func (r *Recognizer) nicknameAt(toks []Token, i, j int) int {
	var closing string
	switch toks[j].Text {
	case "“":
		closing = "”"
	case "\"":
		closing = "\""
	case "‘":
		closing = "’"
	default:
		return 0
	}
	given := toks[j-1].Text
	if !r.g.first[strings.ToLower(given)] && (j-1 != i || r.common(given)) {
		return 0
	}
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		if !nameWord(toks[k].Text) {
			if toks[k].Text == closing && k > j+1 && k+1 < len(toks) && nameWord(toks[k+1].Text) && !r.common(toks[k+1].Text) {
				return k + 2 - j
			}
			return 0
		}
	}
	return 0
}
