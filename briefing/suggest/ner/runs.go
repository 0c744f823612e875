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

// weekdayAt reports whether toks[i] is a day of the week that is no part of
// a name: alone ("Friday") or before one ("Monday Kessan Stock Exchange"),
// but not the first word of a paper's name ("Sunday Herald").
func (r *Recognizer) weekdayAt(toks []Token, i int) bool {
	if !weekdays()[strings.ToLower(toks[i].Text)] {
		return false
	}
	return i+1 >= len(toks) || !r.g.orgHead[strings.ToLower(toks[i+1].Text)]
}

// numberSignAt reports whether toks[i] is "No" or "Nos" abbreviating
// number: its stop right after it and a figure next ("No. 1", "Nos. 4").
func numberSignAt(toks []Token, i int) bool {
	if i+2 >= len(toks) || toks[i].Text != "No" && toks[i].Text != "Nos" {
		return false
	}
	dot, n := toks[i+1], toks[i+2]
	return dot.Text == "." && dot.Start == toks[i].End && n.Text != "" && n.Text[0] >= '0' && n.Text[0] <= '9'
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
		if r.qualifiedWord(toks[i].Text) || dateAt(toks, i) || r.weekdayAt(toks, i) || numberSignAt(toks, i) {
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
				if numberSignAt(toks, j) {
					break // "the Velm Songs No. 1": a rank after a name is no part of it
				}
				j++
				continue
			}
			if toks[j].Text == "." && j+1 < len(toks) && nameWord(toks[j+1].Text) && abbrevTitleAt(toks[j-1:j+1]) == 2 {
				j++ // "Police Sgt. Ada Kessie": an abbreviated title's stop
				continue
			}
			if toks[j].Text == "." && j-1 > i && j+1 < len(toks) && nameWord(toks[j+1].Text) && saintStop(toks[j-1:j+1]) && !r.g.stopCap[strings.ToLower(toks[j+1].Text)] {
				j++ // "Mount St. Kessel", "Fort St. Ivo": a saint's abbreviation inside a place's name
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
			// `Grace "Jojo" Wekesa`, `Tomas ‘El Lobo’ Arrieta`: a nickname
			// in quotes after a given name
			if n := r.nicknameAt(toks, i, j); n > 0 {
				j += n
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
