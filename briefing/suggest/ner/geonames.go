package ner

import (
	"sort"
	"strings"
)

// Place names from the GeoNames gazetteer (CC BY 4.0, see data/NOTICE):
// first-level administrative divisions (states, provinces, regions) and
// populated places of 1,000 people or more, one lower-case name a line,
// sorted. Many of them are also surnames or words, so they are weak
// evidence: they type only a name that no other cue explains.
var (
	geoAdmin1 = dataFile("geonames-admin1")
	geoCities = dataFile("geonames-cities")
)

// geoList is a sorted list of names looked up by binary search, so that
// start-up does not build a map of the whole list.
type geoList []string

func newGeoList(data string) geoList {
	l := geoList(strings.Split(strings.TrimSuffix(data, "\n"), "\n"))
	return l
}

func (l geoList) has(name string) bool {
	i := sort.SearchStrings(l, name)
	return i < len(l) && l[i] == name
}
