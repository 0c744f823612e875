package suggest

import (
	"io/fs"
	"path"
	"strings"
	"testing"
)

// mapLists are the lists of "key = value" lines; the others hold one entry
// a line.
var mapLists = map[string]bool{"aliases": true, "seats": true, "irregular-demonyms": true, "act-nouns": true, "nicknames": true,
	"done-nouns": true, "event-nouns": true, "present-copula": true}

// disjointLists are pairs of lists that give a word conflicting readings,
// so no entry (of a map list: no key) may be in both (see data/README.md).
var disjointLists = [][2][]string{
	{{"speech-verbs"}, {"weak-verbs"}},                   // a verb carries a position or does not
	{{"tail-subordinators"}, {"keep-tail"}},              // a tail that may be cut vs one that may not
	{{"free-starters"}, {"keep-tail"}},                   // a clause that stands alone vs a limiting tail
	{{"courtesy-titles"}, {"role-nouns"}},                // a title without a role vs a role
	{{"aliases"}, {"seats"}},                             // merged always vs only when used as an actor
	{{"outlets", "news-agencies"}, {"neutral-bodies"}},   // a story's source vs a go-between
	{{"outlets", "news-agencies"}, {"aliases", "seats"}}, // a story's source vs a state
	{{"dangling-end"}, {"watch-dangling"}},               // watch-dangling holds the words besides dangling-end
}

// dataLists returns the names of the lists in data/.
func dataLists(t *testing.T) []string {
	t.Helper()
	files, err := fs.Glob(dataFS, "data/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no data lists: %v", err)
	}
	var out []string
	for _, f := range files {
		out = append(out, strings.TrimSuffix(path.Base(f), ".txt"))
	}
	return out
}

// listKeys returns the entries of list n, or its keys if it is a map list.
func listKeys(n string) []string {
	if !mapLists[n] {
		return listEntries(n)
	}
	var out []string
	for _, e := range mapEntries(n) {
		out = append(out, e[0])
	}
	return out
}

// duplicates returns the entries of list that occur more than once,
// ignoring case.
func duplicates(list []string) []string {
	seen := map[string]int{}
	var out []string
	for _, e := range list {
		k := strings.ToLower(e)
		if seen[k]++; seen[k] == 2 {
			out = append(out, e)
		}
	}
	return out
}

func TestDataListsHaveNoDuplicates(t *testing.T) {
	for _, n := range dataLists(t) {
		keys := listKeys(n)
		if len(keys) == 0 {
			t.Errorf("data/%s.txt: no entries", n)
		}
		if d := duplicates(keys); len(d) > 0 {
			t.Errorf("data/%s.txt: %q more than once", n, d)
		}
		for _, k := range keys {
			if k == "" || !mapLists[n] && strings.Contains(k, " = ") {
				t.Errorf("data/%s.txt: entry %q looks malformed", n, k)
			}
		}
	}
	if d := duplicates([]string{"said", "Said", "told"}); len(d) != 1 {
		t.Errorf("duplicates found %q in a list with one", d)
	}
}

func TestMapListsHaveKeyAndValue(t *testing.T) {
	for n := range mapLists {
		for _, e := range mapEntries(n) {
			if e[0] == "" || e[1] == "" {
				t.Errorf("data/%s.txt: %q = %q lacks a side", n, e[0], e[1])
			}
		}
	}
}

func TestConflictingDataListsAreDisjoint(t *testing.T) {
	lists := map[string]bool{}
	for _, n := range dataLists(t) {
		lists[n] = true
	}
	set := func(names []string) map[string]bool {
		m := map[string]bool{}
		for _, n := range names {
			if !lists[n] {
				t.Fatalf("disjointLists names %q, which is no list", n)
			}
			for _, k := range listKeys(n) {
				m[strings.ToLower(k)] = true
			}
		}
		return m
	}
	for _, pair := range disjointLists {
		a, b := set(pair[0]), set(pair[1])
		for k := range a {
			if b[k] {
				t.Errorf("%q is in %v and in %v", k, pair[0], pair[1])
			}
		}
	}
}

func TestQuotedEntriesKeepTheirSpaces(t *testing.T) {
	for _, e := range listEntries("logistics-phrases") {
		if !strings.HasPrefix(e, " ") || !strings.HasSuffix(e, " ") {
			t.Errorf("logistics-phrases: %q lost its spaces", e)
		}
	}
	if got := entryText("test", `" met "`); got != " met " {
		t.Errorf(`entryText(" met ") = %q`, got)
	}
}
