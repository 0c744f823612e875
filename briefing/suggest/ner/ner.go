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
	team       bool // a team in a results line: its type wins over the gazetteer's
	weak       bool // not an actor unless a cue or another mention types it
}

// Recognizer holds the gazetteers and the orthographic lexicon. It is safe
// for concurrent use.
type Recognizer struct {
	g     *gazetteer
	ortho sentences.SetString
}

// New makes a Recognizer; model is the Punkt training data whose
// orthographic context says which words are usually lower case (nil: none).
func New(model *sentences.Storage) *Recognizer {
	r := &Recognizer{g: newGazetteer()}
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
	sports := sportsDoc(text, stoks)
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
		if j := capsRun(text, toks, i); j > i && resultsRow(text, toks, i, j) == rowTeam {
			// "TAMPA BAY 8 15 2 69 81 18": a team in a table in capitals
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

// joiners may stand inside a name between capitalised words.
var joiners = map[string]bool{"of": true, "de": true, "du": true, "des": true, "la": true, "le": true,
	"van": true, "von": true, "der": true, "den": true, "da": true, "di": true, "del": true, "dos": true,
	"al": true, "el": true, "bin": true, "ibn": true, "&": true, "and": true, "the": true, "y": true}

// sentence finds the mentions of an ordinary (mixed-case) sentence.
func (r *Recognizer) sentence(text string, toks []Token) []Mention {
	var out []Mention
	i := 0
	for i < len(toks) {
		if !nameWord(toks[i].Text) || r.qualifiedWord(toks[i].Text) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			if strings.ContainsRune(text[toks[j-1].End:toks[j].Start], '\n') {
				break // a name does not run on over a line break (tables, headings)
			}
			if nameWord(toks[j].Text) && !r.qualifiedWord(toks[j].Text) {
				if weekdays[strings.ToLower(toks[j].Text)] {
					break // "Greece Thursday": a day after a name is not part of it
				}
				j++
				continue
			}
			if joiners[toks[j].Text] && j+1 < len(toks) && nameWord(toks[j+1].Text) && r.joinable(toks[i:j], toks[j].Text, toks[j+1:]) {
				j += 2
				continue
			}
			// "Organisation of the Islamic Conference"
			if toks[j].Text == "of" && j+2 < len(toks) && toks[j+1].Text == "the" && nameWord(toks[j+2].Text) && r.joinable(toks[i:j], "of", toks[j+2:]) {
				j += 3
				continue
			}
			break
		}
		out = append(out, r.span(text, toks, i, j)...)
		i = j
	}
	return out
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
		for n := 1; n <= len(right) && n <= 3; n++ {
			k := joinLower(left) + " " + joiner + " " + joinLower(right[:n])
			if r.g.loc[k] || r.g.org[k] {
				return true
			}
		}
		// "State Street Bank and Trust Company", "Toyo Trust & Banking Co"
		n := 0
		for n < len(right) && n < 4 && nameWord(right[n].Text) {
			n++
		}
		if joiner != "the" && n > 0 && r.g.orgHead[strings.ToLower(right[n-1].Text)] &&
			!legalSuffix[strings.ToLower(left[len(left)-1].Text)] && !r.g.org[joinLower(left)] && r.usuallyLower(right[0].Text) {
			return true
		}
		return joiner == "&" && len(left) == 1 && len(right) > 0
	case "of":
		head := strings.ToLower(left[len(left)-1].Text)
		if r.g.orgOfHead[head] || head == "republic" || head == "kingdom" || head == "gulf" || head == "strait" ||
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
	if r.countryParen(toks, j) {
		// "Chen Gang (China) beat ...": an athlete and the country he plays for;
		// a club in a league table is a place name or a single word in a table
		last := strings.ToLower(toks[j-1].Text)
		club := r.g.org[whole] || r.g.orgFirst[strings.ToLower(toks[i].Text)] || r.g.orgHead[last]
		if j-i == 1 {
			club = club || r.g.loc[whole] || resultsRow(text, toks, i, j) == rowTeam && !r.g.first[whole] && !r.g.last[whole]
		} else {
			club = club || r.g.loc[last] || j-i > 2 && r.g.loc[joinLower(toks[j-2:j])]
		}
		if club {
			m := mention(text, toks[i:j], ORG, true)
			m.team = true
			return []Mention{m}
		}
		if !r.g.country[whole] {
			return []Mention{mention(text, toks[i:j], PER, true)}
		}
	}
	if cricketName(text, toks, i, j) && !r.g.country[whole] {
		return []Mention{mention(text, toks[i:j], PER, true)}
	}
	switch resultsRow(text, toks, i, j) {
	case rowTeam:
		if !r.g.country[whole] && !r.g.first[strings.ToLower(toks[i].Text)] && !initialName(toks[i].Text) &&
			!r.g.stopCap[whole] && !months[whole] && !r.g.notActor[whole] && !weekdays[whole] {
			m := mention(text, toks[i:j], ORG, true)
			m.team = true
			return []Mention{m}
		}
	case rowScorer:
		if !r.g.country[whole] && !r.g.loc[whole] && !r.g.org[whole] {
			return []Mention{mention(text, toks[i:j], PER, true)}
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
		if r.g.first[lw] || r.g.loc[lw] || r.g.org[lw] || r.g.title[lw] {
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
		for m := i; m < k; m++ { // bodies named inside the role: "U.S. President ..."
			if n, typ := r.lookup(toks[m:k]); n > 0 {
				out = append(out, mention(text, toks[m:m+n], typ, true))
				m += n - 1
			}
		}
		if k == j {
			return out // a title alone
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
	for _, m := range r.classify(text, toks, i, j) {
		if m.Type == PER && m.Role == "" {
			m.Role = r.roleAround(text, toks, i, j)
		}
		out = append(out, m)
	}
	return out
}

// titleWords may appear in lower case inside a role: "EU foreign policy chief".
var titleWords = map[string]bool{"foreign": true, "policy": true, "chief": true, "special": true, "deputy": true,
	"prime": true, "defence": true, "defense": true, "interior": true, "finance": true, "economy": true,
	"trade": true, "justice": true, "health": true, "energy": true, "national": true, "security": true,
	"senior": true, "top": true, "former": true, "acting": true, "vice": true, "assistant": true, "lead": true,
	"head": true, "executive": true, "general": true, "state": true, "peace": true, "presidential": true,
	"government": true, "opposition": true, "party": true, "military": true, "army": true, "rebel": true,
	"union": true, "team": true, "club": true, "national-team": true, "u.n.": true, "un": true, "eu": true}

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
		case titleWords[lw] && hasTitle:
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
		return text[toks[k+1].Start:toks[end].End]
	}
	// after the name: ", the UN envoy,"
	k = j
	if k < len(toks) && toks[k].Text == "," {
		k++
		start := k
		if k < len(toks) && (toks[k].Text == "the" || toks[k].Text == "a" || toks[k].Text == "an") {
			k++
			start = k
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
					return text[toks[start].Start:toks[k-1].End]
				}
			}
		}
	}
	return ""
}

// rolePrefix returns the end of the title words at the start of toks[i:j]
// and the role they spell ("Foreign Minister", "Arvelian Foreign Minister").
func (r *Recognizer) rolePrefix(text string, toks []Token, i, j int) (int, string) {
	k := i
	for k < j {
		if n := r.titleAt(toks[k:j]); n > 0 {
			k += n
			continue
		}
		// a qualifier followed by a title: "U.S. President", "Arvelian Foreign Minister"
		if k+1 < j && r.titleAt(toks[k+1:j]) > 0 && r.qualifier(toks[k].Text) {
			k++
			continue
		}
		// a known body followed by a title: "Federal Reserve Chairman"
		if n, _ := r.lookup(toks[k:j]); n > 0 && k+n < j && r.titleAt(toks[k+n:j]) > 0 {
			k += n
			continue
		}
		break
	}
	// a lone title word that may also be a surname or company ("General") needs a name after it
	if k == i {
		return i, ""
	}
	return k, text[toks[i].Start:toks[k-1].End]
}

// titleAt returns the length of the longest title at the start of toks.
func (r *Recognizer) titleAt(toks []Token) int {
	for n := min(4, len(toks)); n > 0; n-- {
		if r.g.title[joinLower(toks[:n])] {
			return n
		}
	}
	return 0
}

// qualifier reports whether w can qualify a title: a demonym, a country or body.
func (r *Recognizer) qualifier(w string) bool {
	lw := strings.ToLower(w)
	return r.g.notActor[lw] || r.g.loc[lw] || r.g.org[lw] || demonymLike(lw)
}

func demonymLike(lw string) bool {
	for _, suf := range []string{"ian", "ean", "ese", "ish", "ani", "iot", "i", "an"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+3 {
			return true
		}
	}
	return false
}

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
