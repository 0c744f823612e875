package suggest

import (
	"embed"
	"strconv"
	"strings"

	"github.com/briefdesk/briefdesk/briefing/suggest/internal/wordlist"
)

// The word lists of the drafting assistant, one entry a line; a line that
// starts with "#" is a comment. See data/README.md.
//
//go:embed data/*.txt
var dataFS embed.FS

// dataFile returns the text of data/name.txt.
func dataFile(name string) string { return wordlist.File(dataFS, "suggest", name) }

// listEntries returns the entries of data/name.txt in order (blank lines
// and comments skipped). An entry in double quotes is a Go string literal,
// for the entries whose spaces count (" met ").
func listEntries(name string) []string {
	var out []string
	for _, e := range wordlist.Lines(dataFile(name)) {
		out = append(out, entryText(name, e))
	}
	return out
}

// entryText returns the entry e of list name, unquoted if it is quoted.
func entryText(name, e string) string {
	if !strings.HasPrefix(e, `"`) {
		return e
	}
	s, err := strconv.Unquote(e)
	if err != nil {
		panic("suggest: data/" + name + ".txt: bad quoted entry " + e)
	}
	return s
}

// wordSet returns the entries of data/name.txt as a set, as written.
func wordSet(name string) map[string]bool {
	m := map[string]bool{}
	for _, e := range listEntries(name) {
		m[e] = true
	}
	return m
}

// wordMap returns the "key = value" entries of data/name.txt as a map.
func wordMap(name string) map[string]string {
	m := map[string]string{}
	for _, e := range mapEntries(name) {
		m[e[0]] = e[1]
	}
	return m
}

// mapEntries returns the "key = value" entries of data/name.txt in order;
// a key or a value in double quotes is a Go string literal.
func mapEntries(name string) [][2]string {
	var out [][2]string
	for _, line := range wordlist.Lines(dataFile(name)) {
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			panic("suggest: data/" + name + ".txt: no \"=\" in " + line)
		}
		out = append(out, [2]string{entryText(name, strings.TrimSpace(k)), entryText(name, strings.TrimSpace(v))})
	}
	return out
}
