package ner

import (
	"strings"

	"github.com/briefdesk/briefdesk/internal/lazy"
)

// Tables: a line made of names and numbers (results, seats won, votes,
// prices, casualties by province), or a list that gives each person's
// country in brackets. Such lines have no verbs to type a name by; the
// table itself does. tableRules run before nameRules, in order: the first
// row that matches wins. The scorecard row reads cricket scorecards only
// when Options.SportsTables is on.
var tableRules func() []rule

func init() { tableRules = lazy.Value(tableRuleTable) }

func tableRuleTable() []rule {
	return []rule{
		{name: "bracket-country-body", typ: ORG, sure: true, what: "a body, club or place-named side before a country in brackets",
			match: func(c *nameCtx) bool { return c.r.countryParen(c.toks, c.j) && c.r.bracketBody(c) },
			split: tableEntry,
			pos:   []string{"[Dalvik Rovers] (Norway) 2 Tarn United (Sweden) 1", "[Orvale] (Italy) 9 6 3 15"},
			neg:   []string{"[Mara Osei] (Ghana) won the final.", "[Dalvik Rovers] 2 Tarn United 1"}},
		{name: "bracket-country-person", typ: PER, sure: true, what: "a person before a country in brackets",
			match: func(c *nameCtx) bool { return c.r.countryParen(c.toks, c.j) && !c.r.g.country[c.whole] },
			pos:   []string{"[Mara Osei] (Ghana) won the final.", "Observers: [Luis Ferro] (Chile), Ana Ruiz (Peru)."},
			neg:   []string{"[Mara Osei] of Ghana won the final."}},
		{name: "scorecard-player", typ: PER, sure: true, what: "a player in a cricket scorecard (Options.SportsTables only)",
			match: func(c *nameCtx) bool {
				return c.r.opt.SportsTables && cricketName(c.text, c.toks, c.i, c.j) && !c.r.g.country[c.whole]
			},
			pos: []string{"Rahul Menon c [Tembo] b Okafor 12", "[Rahul Menon] run out 4"},
			neg: []string{"[Rahul Menon] ran out of time."}},
		{name: "table-entry", typ: ORG, sure: true, what: "a name followed by a number in a line of names and numbers, no country or person",
			match: func(c *nameCtx) bool {
				g := c.r.g
				return tableRow(c.text, c.toks, c.i, c.j) == rowEntry && !g.country[c.whole] && !g.first[c.first] &&
					!initialName(c.name[0].Text) && !g.stopCap[c.whole] && !months()[c.whole] && !g.notActor[c.whole] && !weekdays()[c.whole]
			},
			split: tableEntry,
			pos:   []string{"[Harbour Rovers] 3 Dalvik City 1", "Seats: [Unity Front] 112, Civic Party 87"},
			neg: []string{"[Harbour Rovers] beat Dalvik City.", "[Kenya] 3 Uganda 1", "[Mara Osei] 41 Luis Ferro 38",
				"2. [EACH FERRY CARRIES] 900 CARS A DAY, 12 MONTHS A YEAR."}},
		{name: "table-bracketed-person", typ: PER, sure: true, what: "a name in brackets before a number in a line of names and numbers",
			match: func(c *nameCtx) bool {
				g := c.r.g
				return tableRow(c.text, c.toks, c.i, c.j) == rowBracketed && !g.country[c.whole] && !g.loc[c.whole] && !g.org[c.whole]
			},
			pos: []string{"Harbour Rovers 3 (Tembo 12, [Okafor] 80) Dalvik City 1"},
			neg: []string{"Harbour Rovers 3 ([Norway] 12) Dalvik City 1", "[Harbour Rovers] 3 Dalvik City 1"}},
	}
}

// shoutedSentence reports whether a line of capitals is a sentence, not a
// row of a table: it ends with a full stop and holds one of the short words
// a sentence needs ("A", "THE", "OF"): "EACH FERRY CARRIES 900 CARS A DAY,
// 12 MONTHS A YEAR." A table's line is names and numbers.
func shoutedSentence(line []Token) bool {
	if len(line) == 0 || line[len(line)-1].Text != "." {
		return false
	}
	for _, t := range line {
		w := strings.ToLower(t.Text)
		if isCap(t.Text) && strings.ToUpper(t.Text) == t.Text && (headlineWords()[w] || headlineSigns()[w]) {
			return true
		}
	}
	return false
}

// tableEntry makes an organisation whose type, given by the table, wins
// over the gazetteer's (a side named after its town).
func tableEntry(c *nameCtx) []Mention {
	m := mention(c.text, c.name, ORG, true)
	m.team = true
	return []Mention{m}
}

// bracketBody reports whether the name before a country in brackets is a
// body rather than a person: a known body, a body's first or last word, a
// place (a side named after its town), or one word that is a table entry
// and no known given name or surname.
func (r *Recognizer) bracketBody(c *nameCtx) bool {
	if r.g.org[c.whole] || r.g.orgFirst[c.first] || r.g.orgHead[c.last] {
		return true
	}
	if c.n() == 1 {
		return r.g.loc[c.whole] || tableRow(c.text, c.toks, c.i, c.j) == rowEntry && !r.g.first[c.whole] && !r.g.last[c.whole]
	}
	return r.g.loc[c.last] || c.n() > 2 && r.g.loc[joinLower(c.toks[c.j-2:c.j])]
}

// tableSpan types the name toks[i:j] by the first row of tableRules that
// matches; ok is false when none does.
func (r *Recognizer) tableSpan(text string, toks []Token, i, j int) ([]Mention, bool) {
	c := r.newNameCtx(text, toks, i, j, "")
	k := firstRule(tableRules(), c)
	if k < 0 {
		return nil, false
	}
	ms := tableRules()[k].apply(c)
	if traceCues {
		for n := range ms {
			traceRule(tableRules()[k].name, ms[n].Type, &ms[n])
		}
	}
	return ms, true
}

// Kinds of name in a line of names and numbers.
const (
	rowNone      = iota
	rowEntry     // "Harbour Rovers 3 Dalvik City 1", "Orvale (Italy) 9 6 3 15"
	rowBracketed // "(Tembo 12, Okafor 80)": a name in brackets, followed by a number
)

// tableRow says whether the name toks[i:j] is an entry of a line of names
// and numbers, or a name in brackets in one: a line with no lower-case
// words outside brackets and at least two numbers, where the name is
// followed by a number (or by a country in brackets and then a number).
func tableRow(text string, toks []Token, i, j int) int {
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
	if nums < 2 || shoutedSentence(toks[lo:hi]) {
		return rowNone
	}
	if depthAt > 0 {
		if p := toks[i-1].Text; p == "(" || p == "," || p == ";" {
			return rowBracketed
		}
		return rowNone
	}
	return rowEntry
}

// countryParen reports whether toks[j:] starts with a country in brackets:
// "(Ghana)".
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
