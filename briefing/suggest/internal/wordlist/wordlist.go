// Package wordlist reads the drafting assistant's embedded word lists
// (briefing/suggest/data, briefing/suggest/ner/data): one entry a line,
// blank lines and lines that start with "#" skipped.
package wordlist

import (
	"io/fs"
	"strings"
	"sync/atomic"
)

// reads counts the calls of File, for Reads.
var reads atomic.Int64

// Reads returns how many lists File has read so far. Right after package
// init it is 0: the lists are read when first used (a test checks).
func Reads() int64 { return reads.Load() }

// File returns the text of data/name.txt in fsys. A list the program was
// built without is a programming error: it panics, naming owner.
func File(fsys fs.FS, owner, name string) string {
	reads.Add(1)
	b, err := fs.ReadFile(fsys, "data/"+name+".txt")
	if err != nil {
		panic(owner + ": missing data file " + name)
	}
	return string(b)
}

// Lines returns the entries of a list's text in order: each line trimmed,
// blank lines and comments skipped.
func Lines(text string) []string {
	var out []string
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		out = append(out, line)
	}
	return out
}
