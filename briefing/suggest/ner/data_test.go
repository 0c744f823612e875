package ner

import (
	"io/fs"
	"strings"
	"testing"
)

// generated lists come from outside sources and are checked by their
// generators, not here.
var generatedLists = map[string]bool{"compromise-lexicon": true, "english-words": true,
	"geonames-admin1": true, "geonames-cities": true, "given-names": true}

// disjointLists are pairs of lists that give a name conflicting readings,
// so no entry may be in both (see data/README.md).
var disjointLists = [][2][]string{
	{{"titles"}, {"org-heads"}},                                 // a role before a person vs the end of a body's name
	{{"titles"}, {"loc-heads"}},                                 // a role vs the end of a place's name
	{{"org-heads"}, {"loc-heads"}},                              // the last word of a name gives one type
	{{"misc-heads"}, {"org-heads", "loc-heads"}},                // an event or prize is no actor
	{{"organisations"}, {"countries", "regions", "cities"}},     // one known name, one type
	{{"org-firsts"}, {"place-first"}},                           // the first word of a name gives one type
	{{"not-actor-acronyms"}, {"organisations", "countries"}},    // a unit or office is no body
	{{"compass"}, {"countries", "regions", "cities", "titles"}}, // "North" qualifies a place
}

func dataLists(t *testing.T) []string {
	t.Helper()
	names, err := fs.Glob(dataFS, "data/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no word lists: %v", err)
	}
	var out []string
	for _, n := range names {
		n = strings.TrimSuffix(strings.TrimPrefix(n, "data/"), ".txt")
		if !generatedLists[n] {
			out = append(out, n)
		}
	}
	return out
}

func TestWordListsHaveNoDuplicates(t *testing.T) {
	for _, n := range dataLists(t) {
		if d := duplicates(listEntries(n)); len(d) > 0 {
			t.Errorf("%s.txt: %q more than once", n, d)
		}
	}
	if dups := duplicates([]string{"Kelvar", "Osun", "kelvar"}); len(dups) != 1 {
		t.Errorf("duplicates found %v in a list with one", dups)
	}
}

func TestConflictingWordListsAreDisjoint(t *testing.T) {
	lists := map[string]bool{}
	for _, n := range dataLists(t) {
		lists[n] = true
	}
	for _, pair := range disjointLists {
		for _, side := range pair {
			for _, n := range side {
				if !lists[n] {
					t.Fatalf("disjointLists names %q, which is no list", n)
				}
			}
		}
		a, b := wordSet(pair[0]...), wordSet(pair[1]...)
		for k := range a {
			if b[k] {
				t.Errorf("%q is in %v and in %v", k, pair[0], pair[1])
			}
		}
	}
}

// duplicates returns the entries of list that occur more than once,
// ignoring case.
func duplicates(list []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, e := range list {
		k := strings.ToLower(e)
		if seen[k] {
			out = append(out, e)
		}
		seen[k] = true
	}
	return out
}
