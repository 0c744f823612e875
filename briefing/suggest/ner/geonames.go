package ner

import (
	_ "embed"
	"sort"
	"strings"
)

// Place names from the GeoNames gazetteer (CC BY 4.0, see data/NOTICE):
// first-level administrative divisions (states, provinces, regions) and
// populated places of 1,000 people or more, one lower-case name a line,
// sorted. Many of them are also surnames or words, so they are weak
// evidence: they type only a name that no other cue explains.
// They are embedded as strings, not read from dataFS: reading copies them
// (twice, to bytes and to a string) at every start of the program.
var (
	//go:embed data/geonames-admin1.txt
	geoAdmin1 string
	//go:embed data/geonames-cities.txt
	geoCities string
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
