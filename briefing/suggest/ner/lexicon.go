package ner

import (
	_ "embed"
	"maps"
	"strings"
)

// compromiseLexicon holds word lists from the compromise NLP library (MIT,
// see data/NOTICE): sections "@loc", "@org", "@team", "@first", "@last", "@demonym",
// one lower-case name a line.
//
//go:embed data/compromise-lexicon.txt
var compromiseLexicon string

// addLexicon merges the embedded lists into g. Ordinary words that the
// lists also hold ("split", "reading") are left to the other cues.
func (g *gazetteer) addLexicon(common func(string) bool) {
	var dst map[string]bool
	team := false
	for line := range strings.SplitSeq(compromiseLexicon, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '#':
			continue
		case line[0] == '@':
			team = line == "@team"
			switch line[1:] {
			case "loc":
				dst = g.loc
			case "org":
				dst = g.org
			case "team":
				dst = g.team
			case "first":
				dst = g.first
			case "last":
				dst = g.last
			case "demonym":
				dst = g.notActor
			default:
				dst = nil
			}
			continue
		}
		if dst == nil || (!strings.Contains(line, " ") && common(line)) {
			continue
		}
		dst[line] = true
		if team {
			g.org[line] = true
		}
	}
	for _, m := range []map[string]bool{g.loc, g.org} {
		for k := range m {
			if n := len(strings.Fields(k)); n > g.maxLen {
				g.maxLen = n
			}
		}
	}
}

// addGivenNames adds the given names of data/given-names.txt (from the
// locales of @faker-js/faker, MIT, see NOTICE: Ghanaian, Nigerian, South
// African, Indian, Nepali, Vietnamese, Indonesian, Turkish, Slavic, Latin
// American ... names) to the given names, except names of two letters,
// ordinary words ("Hope", "Green") and names the gazetteers hold as places
// (GeoNames' towns too: "Orland"), bodies, titles or no actors ("Jordan").
func (g *gazetteer) addGivenNames(common func(string) bool) {
	g.firstCore = maps.Clone(g.first)
	g.givenPlaces = map[string]bool{}
	for _, n := range listEntries("given-names") {
		if len(n) < 3 || common(n) || g.ordinary(n) || g.loc[n] || g.org[n] || g.title[n] || g.notActor[n] || g.stopCap[n] ||
			g.orgHead[n] || g.locHead[n] || g.cities.has(n) || g.admin1.has(n) {
			if g.loc[n] || g.cities.has(n) || g.admin1.has(n) {
				g.givenPlaces[n] = true
			}
			continue
		}
		g.first[n] = true
	}
}
