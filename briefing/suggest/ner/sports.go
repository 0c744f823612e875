package ner

import "strings"

// Sports reports name teams by the places or sponsors they come from
// ("Marvenna beat Ostrovo 2-1", "NORTHVALE 12 7 6"): in a document that
// reads as a sports report, a name in a team's position is an organisation.
// Countries stay places (national teams are named after their country).

// sportWords mark a sports report: the sport in the headline, or several
// words of match reporting in the text.
var sportWords = lazySet("sport-words")

var matchWords = lazySet("match-words")

// sportsDoc reports whether the document reads as a sports report.
func sportsDoc(text string, toks [][]Token) bool {
	if len(toks) > 0 {
		for _, t := range toks[0] {
			if sportWords()[strings.ToLower(t.Text)] {
				return true
			}
		}
	}
	seen := map[string]bool{}
	for _, ts := range toks {
		for _, t := range ts {
			lw := strings.ToLower(t.Text)
			if matchWords()[lw] || sportWords()[lw] {
				seen[lw] = true
			}
		}
	}
	return len(seen) >= 5
}

// Context words around a team's name.
var (
	teamPrev = lazySet("team-prev")
	teamNext = lazySet("team-next")
	teamOwn  = lazySet("team-own")
	// "win over X", "draw with X", "playing for X", "lost to X", "beaten by X"
	teamPhrases = lazySet("team-phrases")
)

// teamContext reports whether the name toks[i:j] stands where a team does.
func teamContext(toks []Token, i, j int) bool {
	lower := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return strings.ToLower(toks[k].Text)
	}
	prev, prev2 := lower(i-1), lower(i-2)
	if teamPrev()[prev] || teamPhrases()[prev2+" "+prev] {
		return true
	}
	// skip a league position in brackets: "Dalbrook (4) v Harwick (9)"
	k := j
	if lower(k) == "(" && isNumber(lower(k+1)) && lower(k+2) == ")" {
		k += 3
	}
	next := lower(k)
	if teamNext()[next] && (k >= len(toks) || !isCap(toks[k].Text) || next == "v") {
		return true
	}
	if (next == "'s" || next == "’s" || next == "'" || next == "’") && teamOwn()[lower(k+1)] {
		return true
	}
	return false
}

// markTeams retypes the mentions of one sentence that stand in a team's
// position as organisations.
func (r *Recognizer) markTeams(toks []Token, ms []Mention) {
	for mi := range ms {
		m := &ms[mi]
		if m.team || m.Role != "" {
			continue
		}
		lw := strings.ToLower(m.Text)
		if r.g.country[lw] || r.g.notActor[lw] {
			continue
		}
		fs := strings.Fields(lw)
		if m.Type == PER && len(fs) > 1 && (r.g.first[fs[0]] || initialName(strings.Fields(m.Text)[0])) {
			continue // a player
		}
		i, j := -1, -1
		for k, t := range toks {
			if t.Start == m.Start {
				i = k
			}
			if t.End == m.End {
				j = k + 1
				break
			}
		}
		if i < 0 || j <= i || !teamContext(toks, i, j) || (m.Type == PER && r.countryParen(toks, j)) {
			continue
		}
		m.Type, m.sure, m.team = ORG, true, true
	}
}

// cricketName reports whether the name toks[i:j] is a player in a cricket
// scorecard: after the marks of a dismissal ("c Mokoena b Prithwani", "st Dlamini",
// "lbw b Prithwani"), before one ("Arvind Kalsekar run out", "Ravi Tandon c Mokoena",
// "Sunil Oberai not out"), or before bowling figures ("Prithwani 8-1-60-2").
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
