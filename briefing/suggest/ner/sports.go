package ner

import "strings"

// Sports reports name teams by the places or sponsors they come from
// ("Bologna beat Piacenza 2-1", "TAMPA BAY 8 15 2"): in a document that
// reads as a sports report, a name in a team's position is an organisation.
// Countries stay places (national teams are named after their country).

// sportWords mark a sports report: the sport in the headline, or several
// words of match reporting in the text.
var sportWords = set(`soccer football cricket rugby tennis golf hockey basketball baseball skiing
badminton squash athletics cycling boxing volleyball handball swimming motor-racing motorcycling
formula snooker darts nfl nba nhl ncaa mlb`, isSpace)

var matchWords = set(`match matches league goal goals striker midfielder defender goalkeeper
coach halftime half-time innings wicket wickets penalty scored standings scorers fixtures
season playoff play-off quarter-final semi-final semifinal final tournament championship
cup draw drew beat beaten defeated win victory points`, isSpace)

// sportsDoc reports whether the document reads as a sports report.
func sportsDoc(text string, toks [][]Token) bool {
	if len(toks) > 0 {
		for _, t := range toks[0] {
			if sportWords[strings.ToLower(t.Text)] {
				return true
			}
		}
	}
	seen := map[string]bool{}
	for _, ts := range toks {
		for _, t := range ts {
			lw := strings.ToLower(t.Text)
			if matchWords[lw] || sportWords[lw] {
				seen[lw] = true
			}
		}
	}
	return len(seen) >= 5
}

// Context words around a team's name.
var (
	teamPrev = set(`against beat beating beats defeated defeating v vs vs. v. edged thrashed hammered
routed crushed visit visiting hosts leaders champions holders side club rivals opponents`, isSpace)
	teamNext = set(`beat beats defeated drew draw lost won v vs vs. v. edged thrashed hammered routed
crushed trail trailed host hosted visit are have were`, isSpace)
	teamOwn = set(`coach manager striker midfielder defender goalkeeper keeper captain forward winger
players squad fans stadium ground chairman side team lead win victory defeat defence attack club
supporters bench`, isSpace)
	// "win over X", "draw with X", "playing for X", "lost to X", "beaten by X"
	teamPrev2 = map[string]map[string]bool{
		"over": set("win victory triumph lead", isSpace),
		"with": set("draw drew draws drawn tie tied", isSpace),
		"for":  set("playing played plays play signed sign joined scored scoring", isSpace),
		"to":   set("lost losing loss defeat", isSpace),
		"by":   set("beaten defeated eliminated elimination held", isSpace),
	}
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
	if teamPrev[prev] || teamPrev2[prev][prev2] {
		return true
	}
	// skip a league position in brackets: "Bologna (4) v Piacenza (13)"
	k := j
	if lower(k) == "(" && isNumber(lower(k+1)) && lower(k+2) == ")" {
		k += 3
	}
	next := lower(k)
	if teamNext[next] && (k >= len(toks) || !isCap(toks[k].Text) || next == "v") {
		return true
	}
	if (next == "'s" || next == "’s" || next == "'" || next == "’") && teamOwn[lower(k+1)] {
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
