package ner

import (
	"embed"
	"strings"

	"github.com/briefdesk/briefdesk/briefing/suggest/internal/wordlist"
	"github.com/briefdesk/briefdesk/internal/lazy"
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

// listEntries returns the entries of data/name.txt as written.
func listEntries(name string) []string { return wordlist.Lines(wordlist.File(dataFS, "ner", name)) }

// lazySet returns a function that returns wordSet(name), read when the
// function is first called, not at package init.
func lazySet(name string) func() map[string]bool {
	return lazy.Of(func(n string) map[string]bool { return wordSet(n) }, name)
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
