package ner

import (
	"strings"
)

// The gazetteers were written for Briefdesk from general knowledge and live
// in data/*.txt, one entry a line (see data.go); case does not matter.
// data/README.md says what each list holds and which lists must not share
// entries.

// gazetteer holds the lists as lower-case lookup sets.
type gazetteer struct {
	loc, city, org, title, titleFirst, orgHead, orgOfHead, locHead, first, notActor, stopCap, miscHead, orgFirst, country, region, team, last map[string]bool
	// occupation holds the lower-case nouns for what a person does:
	// "rapper", "novelist"
	occupation map[string]bool
	// firstCore is first without the generated given-names list
	firstCore map[string]bool
	// givenPlaces are the given names first leaves out as places
	// ("Dallas", "Mackenzie"): a person's name still, beside a surname
	givenPlaces    map[string]bool
	admin1, cities geoList // weak place evidence from GeoNames
	words          geoList // ordinary English words (SCOWL)
	maxLen         int     // longest entry in words
}

func newGazetteer() *gazetteer {
	g := &gazetteer{
		loc:        wordSet("countries", "regions", "cities"),
		country:    wordSet("countries"),
		city:       wordSet("cities"),
		region:     wordSet("regions"),
		org:        wordSet("organisations"),
		title:      wordSet("titles"),
		occupation: wordSet("occupations"),
		orgHead:    wordSet("org-heads"),
		orgOfHead:  wordSet("org-of-heads"),
		locHead:    wordSet("loc-heads"),
		first:      wordSet("first-names"),
		notActor:   wordSet("not-actors"),
		stopCap:    wordSet("stop-caps"),
		miscHead:   wordSet("misc-heads"),
		orgFirst:   wordSet("org-firsts"),
		team:       map[string]bool{},
		admin1:     newGeoList(geoAdmin1),
		cities:     newGeoList(geoCities),
		words:      newGeoList(englishWords),
		last:       map[string]bool{},
	}
	g.titleFirst = map[string]bool{}
	for t := range g.title {
		g.titleFirst[strings.Fields(t)[0]] = true
	}
	for _, m := range []map[string]bool{g.loc, g.org, g.title} {
		for k := range m {
			if n := len(strings.Fields(k)); n > g.maxLen {
				g.maxLen = n
			}
		}
	}
	return g
}

// ordinary reports whether the single word w is an ordinary English word
// in lower case in the SCOWL list ("Malnutrition", "Nowadays").
func (g *gazetteer) ordinary(w string) bool {
	return g.words.has(strings.ToLower(w))
}

// inSet reports whether the lower-case form of the word w is in m, without
// allocating for short words.
func inSet(m map[string]bool, w string) bool {
	var buf [48]byte
	if len(w) > len(buf) {
		return m[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return m[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(w)])]
}
