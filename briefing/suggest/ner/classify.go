package ner

import (
	"strings"
	"unicode"
)

// classify types a name without a title prefix.
func (r *Recognizer) classify(text string, toks []Token, i, j int) []Mention {
	name := toks[i:j]
	whole := joinLower(name)
	first := strings.ToLower(name[0].Text)
	last := strings.ToLower(name[len(name)-1].Text)
	switch {
	case r.g.loc[whole]:
		return []Mention{mention(text, name, LOC, true)}
	case r.g.org[whole]:
		return []Mention{mention(text, name, ORG, true)}
	case r.g.notActor[whole] || r.g.miscHead[last] && !r.g.orgHead[last] && !(r.g.orgOfHead[first] && strings.Contains(whole, " of ")):
		return nil
	case len([]rune(last)) == 1:
		return nil // "Group A", a lone letter
	case len(name) > 1 && r.g.orgFirst[first] && !r.g.first[strings.ToLower(name[1].Text)]:
		return []Mention{mention(text, name, ORG, true)}
	case len(name) > 1 && r.g.loc[joinLower(name[:len(name)-1])] && teamPlural(name[len(name)-1].Text):
		return []Mention{mention(text, name, ORG, true)} // Green Bay Packers
	case len(name) > 1 && initialName(name[0].Text):
		return []Mention{mention(text, name, PER, true)} // B. Lara
	case len(name) > 2 && r.personAfterPrefix(name) > 0:
		// "Montenegrin Dejan Savicevic", "Conservative MP Sir John Gorst", "AC Milan George Weah":
		// origin, party, title or team words before a given name
		p := r.personAfterPrefix(name)
		var out []Mention
		for m := 0; m < p; m++ {
			if n, typ := r.lookup(name[m:p]); n > 0 {
				out = append(out, mention(text, name[m:m+n], typ, true))
				m += n - 1
			}
		}
		pm := mention(text, name[p:], PER, true)
		pm.Role = r.roleAround(text, toks, i+p, j)
		return append(out, pm)
	case len(name) > 2 && (r.g.loc[first] || r.g.org[first] || demonymSuffix(first) || strings.HasSuffix(first, "an")) &&
		(r.g.first[strings.ToLower(name[1].Text)] || initialName(name[1].Text)):
		// "Pakistan Saeed Anwar", "Uruguayan Marcelo Otero": a team or origin before a player
		out := r.classify(text, toks, i, i+1)
		return append(out, mention(text, name[1:], PER, true))
	case len(name) > 1 && r.g.notActor[first] && !r.g.orgHead[last]:
		// "Russian Foreign Ministry" is an ORG; "Russian Orthodox" is not an actor
		return r.classify(text, toks, i+1, j)
	case len(name) == 2 && articles[first] && !r.g.first[last]:
		// "Il Corriere", "Die Zeitung", "El Diario": a Romance or Germanic article
		// starts the names of papers, parties and firms; a surname with a
		// particle ("Le Pen") is typed by its full name in agreement
		return []Mention{mention(text, name, ORG, false)}
	case len(name) > 1 && r.g.orgHead[last]:
		return []Mention{mention(text, name, ORG, true)}
	case len(name) > 2 && r.g.orgOfHead[first] && strings.Contains(whole, " of "):
		return []Mention{mention(text, name, ORG, true)}
	case len(name) > 1 && r.g.locHead[last]:
		return []Mention{mention(text, name, LOC, true)}
	case len(name) > 2 && stateHeads[first] && strings.Contains(whole, " of "):
		return []Mention{mention(text, name, LOC, true)}
	case len(name) > 1 && placeFirst[first]:
		return []Mention{mention(text, name, LOC, true)}
	}
	// context before the name
	prev, prev2 := "", ""
	if i > 0 {
		prev = strings.ToLower(toks[i-1].Text)
	}
	if i > 1 {
		prev2 = strings.ToLower(toks[i-2].Text)
	}
	next := ""
	if j < len(toks) {
		next = strings.ToLower(toks[j].Text)
	}
	switch {
	case r.g.title[prev] && !r.g.orgHead[last]:
		return []Mention{mention(text, name, PER, true)}
	case r.g.first[first] && len(name) > 1:
		return []Mention{mention(text, name, PER, true)}
	case prev == "of" && (prev2 == "town" || prev2 == "city" || prev2 == "village" || prev2 == "province" || prev2 == "region" || prev2 == "capital"):
		return []Mention{mention(text, name, LOC, true)}
	case len(name) == 1 && isAllCaps(name[0].Text) && (notActorAcronyms[first] || r.usuallyLower(name[0].Text)):
		return nil // "GMT", "CEO", "NOTE": units, times, offices and words in capitals
	case isAllCaps(name[0].Text) && len(name) == 1 && len(name[0].Text) <= 6:
		return []Mention{mention(text, name, ORG, false)} // "USDA said": an acronym is a body
	case personVerb[next] && len(name) <= 3 && !placeSuffix(last) && !inStatement(toks, j):
		return []Mention{mention(text, name, PER, len(name) > 1)}
	case r.g.orgHead[last] && len(name) == 1 && !r.common(name[0].Text):
		return nil
	case len(name) == 1 && r.common(name[0].Text):
		return nil // "Government", "State": an ordinary word in capitals
	case locPrep[prev] && len(name) <= 2:
		return []Mention{mention(text, name, LOC, false)}
	case len(name) == 1 && (r.g.first[first] || r.g.last[first]) && !r.g.loc[first] && !r.g.org[first]:
		return []Mention{mention(text, name, PER, false)}
	case len(name) == 1 && demonymSuffix(first) && next != "" && !isCap(toks[j].Text):
		return nil // "Arvelian forces": an adjective of a place, not an actor
	case prev == "the" && len(name) == 1:
		if placeNouns[next] {
			return []Mention{mention(text, name, LOC, false)}
		}
		return []Mention{mention(text, name, ORG, false)}
	case len(name) == 1 && placeSuffix(first):
		return []Mention{mention(text, name, LOC, false)}
	}
	if len(name) == 1 && r.usuallyLower(name[0].Text) {
		return nil // "Security", "Fixtures": an ordinary word in capitals
	}
	if r.geoPlace(whole) {
		return []Mention{mention(text, name, LOC, false)}
	}
	if len(name) >= 2 && len(name) <= 4 {
		if !r.g.first[first] && !r.g.last[last] {
			for _, t := range name {
				if lw := strings.ToLower(t.Text); r.g.loc[lw] && !r.g.first[lw] {
					// "Manitoba Pork", "Chicago Newsdesk": a place in a name that is no person's
					return []Mention{mention(text, name, ORG, false)}
				}
			}
			if r.usuallyLower(name[0].Text) && !r.g.last[first] {
				// "Credit Suisse", "Cold War", "Open Championship": a name that starts
				// with an ordinary word and has no person's name in it is an actor
				// only when its context or another mention says what it is
				m := mention(text, name, "", false)
				m.weak = true
				return []Mention{m}
			}
		}
		return []Mention{mention(text, name, PER, false)}
	}
	return []Mention{mention(text, name, "", false)}
}

// articles start the names of foreign papers, parties and companies.
var articles = set("il lo la le les los las el die der das het", isSpace)

// legalSuffix ends a company's name: nothing is joined after it.
var legalSuffix = set("co co. corp corp. inc inc. ltd ltd. plc llc ag sa nv gmbh company corporation incorporated limited", isSpace)

var weekdays = set("Monday Tuesday Wednesday Thursday Friday Saturday Sunday", isSpace)

var personVerb = map[string]bool{"said": true, "says": true, "told": true, "added": true, "wrote": true,
	"argued": true, "insisted": true, "warned": true, "stressed": true, "noted": true, "explained": true,
	"recalled": true, "admitted": true, "believes": true, "thinks": true, "who": true, "himself": true, "herself": true}

var locPrep = map[string]bool{"in": true, "near": true, "at": true, "from": true, "outside": true, "to": true, "across": true}

// stateHeads start the formal name of a state: "Republic of Sarkand".
var stateHeads = map[string]bool{"republic": true, "kingdom": true, "state": true, "sultanate": true,
	"emirate": true, "principality": true, "commonwealth": true, "federation": true, "islands": true, "isle": true}

// placeFirst start the names of places and buildings: "Palais des Nations".
var placeFirst = map[string]bool{"palais": true, "palace": true, "mount": true, "lake": true, "fort": true,
	"port": true, "cape": true, "gulf": true, "isle": true, "camp": true, "lake's": true, "château": true, "chateau": true}

// placeNouns follow a place name used as a modifier: "the Dorna corridor".
var placeNouns = map[string]bool{"corridor": true, "region": true, "border": true, "river": true, "valley": true,
	"province": true, "district": true, "area": true, "peninsula": true, "pass": true, "basin": true, "coast": true,
	"plain": true, "plateau": true, "enclave": true, "strait": true, "canal": true, "field": true, "front": true}

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

// teamPlural reports whether w is a capitalised plural like "Packers".
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

// Kinds of name in a results line or league table.
const (
	rowNone   = iota
	rowTeam   // "Valdoria City 3 Harbour Rovers 1", "Limoges (France) 9 3 6 12"
	rowScorer // "(Marek 43, Novak 88 penalty)": a player in brackets, followed by the minute
)

// resultsRow says whether the name toks[i:j] is a team or a scorer in a
// results line or league table: a line of names and numbers, with no
// lower-case words outside brackets, where the name is followed by a number
// (or by a country in brackets and then a number).
func resultsRow(text string, toks []Token, i, j int) int {
	lo, hi := i, j
	for lo > 0 && !strings.ContainsRune(text[toks[lo-1].End:toks[lo].Start], '\n') {
		lo--
	}
	for hi < len(toks) && !strings.ContainsRune(text[toks[hi-1].End:toks[hi].Start], '\n') {
		hi++
	}
	k := j
	if k+2 < hi && toks[k].Text == "(" && isCap(toks[k+1].Text) {
		for k < hi && toks[k].Text != ")" {
			k++
		}
		k++
	}
	if k >= hi || !isNumber(toks[k].Text) {
		return rowNone
	}
	nums, depth, depthAt := 0, 0, 0
	for n := lo; n < hi; n++ {
		t := toks[n].Text
		if n == i {
			depthAt = depth
		}
		switch {
		case t == "(":
			depth++
		case t == ")":
			depth--
		case isNumber(t):
			nums++
		case depth <= 0 && hasLetter(t) && !isCap(t) && t != "v" && t != "vs":
			return rowNone
		}
	}
	if nums < 2 {
		return rowNone
	}
	if depthAt > 0 {
		if p := toks[i-1].Text; p == "(" || p == "," || p == ";" {
			return rowScorer
		}
		return rowNone
	}
	return rowTeam
}

// commonCompound reports whether a hyphenated word is made of ordinary
// words: "Third-stringer", "In-form", "Top-seeded".
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

// countryParen reports whether toks[j:] starts with a country in brackets:
// "(China)".
func (r *Recognizer) countryParen(toks []Token, j int) bool {
	if j+2 >= len(toks) || toks[j].Text != "(" {
		return false
	}
	for k := j + 2; k < len(toks) && k < j+5; k++ {
		if toks[k].Text == ")" {
			return r.g.country[joinLower(toks[j+1:k])]
		}
	}
	return false
}

// cricketName reports whether the name toks[i:j] is a player in a cricket
// scorecard: after the marks of a dismissal ("c Astle b Harris", "st Germon",
// "lbw b Wasim"), before one ("Saeed Anwar run out", "Moin Khan c Astle",
// "Mushtaq Ahmad not out"), or before bowling figures ("Doull 8-1-60-0").
func cricketName(text string, toks []Token, i, j int) bool {
	if i > 0 {
		switch toks[i-1].Text {
		case "b", "c", "st":
			return true
		}
	}
	if j >= len(toks) || strings.ContainsRune(text[toks[j-1].End:toks[j].Start], '\n') {
		return false
	}
	next := toks[j].Text
	switch next {
	case "c", "b", "st", "lbw":
		return true
	case "run", "not":
		return j+1 < len(toks) && toks[j+1].Text == "out"
	}
	return strings.Count(next, "-") == 3 && isNumber(strings.ReplaceAll(next, "-", ""))
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
// person's name after qualifying words in name ("Polish-born Pope John
// Paul"), or 0 when there is none: every word before it must be a demonym,
// title, known place or body, or a hyphenated qualifier ("Top-seeded").
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
			ok = r.qualifier(name[m].Text) || r.g.title[w] || strings.Contains(w, "-") || w == "sir" || w == "dame" ||
				r.usuallyLower(name[m].Text) && !r.g.first[w] && !r.g.last[w]
		}
		if ok {
			return p
		}
	}
	return 0
}

// qualifiedWord reports whether w is a capitalised word with an ordinary
// word after a hyphen: "Soviet-imposed", "Tarvano-based", "Kremlin-backed".
// It qualifies what follows and is no name.
func (r *Recognizer) qualifiedWord(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || k+3 > len(w) {
		return false
	}
	tail := w[k+1:]
	return !isCap(tail) && hasLetter(tail) && r.usuallyLower(tail)
}

// notActorAcronyms are words in capitals that name no actor: time zones,
// currencies, units, economic measures and offices.
var notActorAcronyms = set(`gmt utc est edt cst cdt mst mdt pst pdt cet cest bst ist jst
usd eur gbp jpy chf dm dem frf itl ffr cad aud nzd hkd rmb cny rub
gdp gnp cpi ppi ipo vat ceo cfo coo cto md pm am tv pc pr faq
km kg mph kph mw gw kwh bpd bps ytd yoy qoq eps nav pe ytm tba tbd
pts pct avg ht ft tot gf ga gd pld fta`, isSpace)

// geoPlace reports whether name is a GeoNames region or town that is not
// also a known given name or surname.
func (r *Recognizer) geoPlace(name string) bool {
	if r.g.first[name] || r.g.last[name] {
		return false
	}
	return r.g.admin1.has(name) || r.g.cities.has(name) && len(strings.Fields(name)) == 1
}
