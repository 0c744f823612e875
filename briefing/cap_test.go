package briefing

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Issue 12 item 8: metadata is capped when an article is finished, so a
// 300,000-character e-mail Subject cannot slow every later list and fit.
func TestFinishCapsMetadata(t *testing.T) {
	a := Article{
		Title:    strings.Repeat("Harbour strike enters its third week ", 8000),
		Outlet:   strings.Repeat("Coast ", 5000),
		Author:   strings.Repeat("Quill ", 5000),
		Language: strings.Repeat("en", 500),
		URL:      "https://e.org/" + strings.Repeat("a", 20000),
		Text:     "Dock workers stayed out.",
	}
	a.Finish()
	if n := utf8.RuneCountInString(a.Title); n > MaxTitleRunes || !strings.HasSuffix(a.Title, "…") || !strings.HasPrefix(a.Title, "Harbour strike") {
		t.Errorf("title: %d runes, ends %q; want at most %d ending in …", n, a.Title[max(0, len(a.Title)-20):], MaxTitleRunes)
	}
	for name, v := range map[string]string{"outlet": a.Outlet, "author": a.Author, "language": a.Language} {
		if n := utf8.RuneCountInString(v); n > MaxFieldRunes {
			t.Errorf("%s: %d runes, want at most %d", name, n, MaxFieldRunes)
		}
	}
	if a.URL != "" {
		t.Errorf("a 20 KB URL was kept (%d bytes); want it dropped", len(a.URL))
	}
	b := Article{Title: "Short title", Author: "Lena Hartmann", URL: "https://e.org/x", Text: "x"}
	b.Finish()
	if b.Title != "Short title" || b.Author != "Lena Hartmann" || b.URL != "https://e.org/x" {
		t.Errorf("short metadata changed: %+v", b)
	}
}
