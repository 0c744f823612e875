package wordlist

import (
	"slices"
	"testing"
	"testing/fstest"
)

func TestLines(t *testing.T) {
	got := Lines("# a comment\n\n  envoy \nminister\r\n#another\n\"this \"\n")
	if want := []string{"envoy", "minister", `"this "`}; !slices.Equal(got, want) {
		t.Errorf("Lines = %q, want %q", got, want)
	}
}

func TestFile(t *testing.T) {
	fsys := fstest.MapFS{"data/titles.txt": {Data: []byte("envoy\n")}}
	if got := File(fsys, "test", "titles"); got != "envoy\n" {
		t.Errorf("File = %q", got)
	}
	defer func() {
		if r := recover(); r != "test: missing data file nouns" {
			t.Errorf("a missing list: recovered %v, want a panic naming it", r)
		}
	}()
	File(fsys, "test", "nouns")
}
