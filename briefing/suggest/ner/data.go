package ner

import (
	"embed"
	"strings"
)

// The word lists and gazetteers, one entry a line; a line that starts
// with "#" is a comment. See data/README.md.
//
//go:embed data/*.txt
var dataFS embed.FS

// englishWords is the SCOWL list of ordinary English words (see
// data/NOTICE), lower case, sorted, looked up by binary search.
// Embedded as a string: reading it from dataFS would copy it at start-up.
//
//go:embed data/english-words.txt
var englishWords string

// dataFile returns the text of data/name.txt.
func dataFile(name string) string {
	b, err := dataFS.ReadFile("data/" + name + ".txt")
	if err != nil {
		panic("ner: missing data file " + name)
	}
	return string(b)
}

// listEntries returns the entries of data/name.txt as written.
func listEntries(name string) []string {
	var out []string
	for line := range strings.SplitSeq(dataFile(name), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		out = append(out, line)
	}
	return out
}

// wordSet returns the lower-case entries of the named lists as a set.
func wordSet(names ...string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names {
		for _, e := range listEntries(n) {
			m[strings.ToLower(e)] = true
		}
	}
	return m
}
