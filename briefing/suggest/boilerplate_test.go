package suggest

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The openings that mark a sentence as page furniture (boilerplate).

// TestBoilerplateShortcuts: the opening boilerplate lower-cases and the
// word count it makes are those of the whole sentence.
func TestBoilerplateShortcuts(t *testing.T) {
	for _, p := range boilerplatePrefixes() {
		if utf8.RuneCountInString(p) > boilerplateRunes {
			t.Errorf("%q is longer than boilerplateRunes", p)
		}
	}
	texts := []string{"", " ", "a", " a  b\tc\u00a0d\u2003e ", "\xff\xfe x", "LAST UPDATED: today", "İstanbul by the sea", "\u212Alick here", "Disclosure: the author holds no shares.", "EDITOR’S NOTE: this story was corrected."}
	for _, f := range []string{"valmora.md", "kyiv-talks.txt", "lantern-festival.txt"} {
		texts = append(texts, strings.Split(article(t, 1, f).Text, "\n")...)
	}
	for _, s := range texts {
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, want)
		}
		lt, full := strings.ToLower(runePrefix(s, boilerplateRunes)), strings.ToLower(s)
		for _, p := range boilerplatePrefixes() {
			if strings.HasPrefix(lt, p) != strings.HasPrefix(full, p) {
				t.Errorf("%q: prefix %q seen differently", s, p)
			}
		}
	}
}

// A byline, a caption, an author's disclosure or an editor's note is no
// content; a sentence that only starts like one is.
func TestBoilerplateOpenings(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Disclosure: The author holds no shares in any company named here.", true},
		{"Editor’s note: An earlier version of this story misstated the date of the vote.", true},
		{"Photo: Crowds gather outside the Velm parliament on Monday.", true},
		{"Bytown officials said the ferry would sail again on Friday morning.", false},
		{"The disclosure of the talks angered the Velm opposition on Monday.", false},
	} {
		if got := boilerplate(tc.s); got != tc.want {
			t.Errorf("boilerplate(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
