package ner

import "strings"

// pluralOwners are plural nouns whose possessive stands inside names of
// bodies and places: "People's Party", "Children's Trust".
var pluralOwners = lazySet("plural-owners")

// ofHeads are words of places and offices that a name goes on after with
// "of": "Republic of Sarkand", "Gulf of Tarrow", "Secretary of State".
var ofHeads = lazySet("of-heads")

// portfolioWords name the portfolio a title holds after of or for:
// "Minister of Energy", "Secretary for Home Affairs".
var portfolioWords = lazySet("portfolio-words")

// inPortfolio reports whether the run ends inside a title's portfolio:
// "Minister of Fisheries", "Director for Public Works".
func (r *Recognizer) inPortfolio(run []Token) bool {
	k := len(run) - 1
	for k > 0 && (portfolioWords()[strings.ToLower(run[k].Text)] || k < len(run)-1 && (run[k].Text == "and" || run[k].Text == "&")) {
		k--
	}
	return k < len(run)-1 && k > 0 && (run[k].Text == "of" || run[k].Text == "for") && r.g.title[strings.ToLower(run[k-1].Text)]
}

// titleEndsAt reports whether a title of one to four words ends at
// toks[j-1]: "Secretary", "Minister of State".
func (r *Recognizer) titleEndsAt(toks []Token, i, j int) bool {
	for k := j - 1; k >= i && k >= j-4; k-- {
		if r.g.title[joinLower(toks[k:j])] {
			return true
		}
	}
	return false
}

// tickerAt reports whether toks[i:] opens a share's ticker as the wires
// write it: a word in capitals, a stop and an exchange's code of one or two
// capitals, with no space between ("VRNL.O", "TSH.N", "KRO.PK").
func tickerAt(toks []Token, i int) bool {
	if i+2 >= len(toks) {
		return false
	}
	w, dot, ex := toks[i], toks[i+1], toks[i+2]
	return len(w.Text) <= 6 && isAllCaps(w.Text) && dot.Text == "." && dot.Start == w.End && ex.Start == dot.End &&
		len(ex.Text) <= 2 && strings.ToUpper(ex.Text) == ex.Text && hasLetter(ex.Text)
}

// joiners may stand inside a name between capitalised words.
var joiners = lazySet("joiners")

// sentence finds the mentions of an ordinary (mixed-case) sentence.
func (r *Recognizer) sentence(text string, toks []Token) []Mention {
	var out []Mention
	i := 0
	for i < len(toks) {
		if !nameWord(toks[i].Text) {
			if r.lowerBrand(toks, i) {
				// "kesspress News": a brand written in lower case
				out = append(out, mention(text, toks[i:i+2], ORG, true))
				i += 2
				continue
			}
			i++
			continue
		}
		if r.qualifiedWord(toks[i].Text) || dateAt(toks, i) {
			i++
			continue
		}
		if tickerAt(toks, i) {
			i += 3 // "(VRNL.O)": a share's ticker, no name of its own
			continue
		}
		if k := r.saintBodyEnd(toks, i); k > 0 {
			out = append(out, mention(text, toks[i:k], ORG, true)) // "St. Ivo Catholic Church"
			i = k
			continue
		}
		if k := saintPlaceEnd(toks, i); k > 0 {
			// "St. Mark's Basilica": a place named after a saint, its
			// abbreviation's stop inside the name
			out = append(out, mention(text, toks[i:k], LOC, true))
			i = k
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
			if tickerAt(toks, j) {
				break // "Varnel Corp VRNL.O": the ticker after the company's name
			}
			if nameWord(toks[j].Text) && !r.qualifiedWord(toks[j].Text) {
				if spellsOut(toks[i:j], toks[j].Text) {
					break // "the Kessan Farmers Union KFU": the acronym after its name
				}
				if weekdays()[strings.ToLower(toks[j].Text)] {
					break // "Valdoria Thursday": a day after a name is not part of it
				}
				if dateAt(toks, j) {
					break // "Pell May 9", "Tasz Jan. 6": a date after a name
				}
				j++
				continue
			}
			if toks[j].Text == "." && j+1 < len(toks) && nameWord(toks[j+1].Text) && abbrevTitleAt(toks[j-1:j+1]) == 2 {
				j++ // "Police Sgt. Ada Kessie": an abbreviated title's stop
				continue
			}
			if joiners()[toks[j].Text] && j+1 < len(toks) && nameWord(toks[j+1].Text) && r.joinable(toks[i:j], toks[j].Text, toks[j+1:]) {
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
			// possessive inside a name; "St Peter's Square", "Saint
			// Anne's Hospital": a saint's, which names a place
			if (toks[j].Text == "'s" || toks[j].Text == "’s") && j+1 < len(toks) && nameWord(toks[j+1].Text) &&
				toks[j].Start == toks[j-1].End && (pluralOwners()[strings.ToLower(toks[j-1].Text)] || saint(toks[i:j])) {
				j += 2
				continue
			}
			// "Workers' Party", "Employers’ Federation": the same plural's
			// possessive written after its s
			if (toks[j].Text == "'" || toks[j].Text == "’") && j+1 < len(toks) && nameWord(toks[j+1].Text) &&
				toks[j].Start == toks[j-1].End && pluralOwners()[strings.ToLower(toks[j-1].Text)] && strings.HasSuffix(toks[j-1].Text, "s") {
				j += 2
				continue
			}
			// "Panel on Soil Health", "Office for the Welfare of Fishers": a
			// body's name goes on after for or on
			// "Secretary for Home Affairs Ada Kessie": a title's portfolio
			if toks[j].Text == "for" && j+1 < len(toks) && nameWord(toks[j+1].Text) && r.titleEndsAt(toks, i, j) && portfolioWords()[strings.ToLower(toks[j+1].Text)] {
				j += 2
				continue
			}
			if (toks[j].Text == "for" || toks[j].Text == "on") && r.bodyHead(toks[j-1].Text) {
				k := j + 1
				if k < len(toks) && toks[k].Text == "the" {
					k++
				}
				if lw := strings.ToLower(toks[min(k, len(toks)-1)].Text); k < len(toks) && nameWord(toks[k].Text) && !r.qualifiedWord(toks[k].Text) && !weekdays()[lw] && !months()[lw] {
					j = k + 1
					continue
				}
			}
			break
		}
		if titleCased(toks[i:j]) {
			// a headline in title case run into the copy: no name but the
			// one before its first headline sign ("Ines Valdor Is Back"),
			// and the copy may go on with a title and a name ("… To Talks
			// Minister Ada Vale said")
			if k := signAt(toks[i:j]); k >= 2 && !shortWordIn(toks[i+1:i+k]) {
				out = append(out, r.span(text, toks, i, i+k)...)
			}
			for k := i + 1; k < j; k++ {
				if r.titleAt(toks[k:j]) > 0 {
					out = append(out, r.span(text, toks, k, j)...)
					break
				}
			}
			i = j
			continue
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

// headlineWords are the short words a headline in title case capitalises
// and a name does not ("Minister Slams The Plan And Opens Door To Talks").
var headlineWords = lazySet("headline-words")

// headlineSigns are capitalised words a name never holds after its first
// ("Who", "During", "Is"): one in a longer run makes it a headline.
var headlineSigns = lazySet("headline-signs")

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
