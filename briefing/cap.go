package briefing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Caps on an article's metadata, applied by Finish (so at every import):
// a title is a headline, not a page, and no list, search result or brief
// layout should pay for a 300,000-character e-mail Subject.
const (
	// MaxTitleRunes caps a title; a longer one is cut at a word and ends "…".
	MaxTitleRunes = 500
	// MaxFieldRunes caps the outlet, author and language.
	MaxFieldRunes = 200
	// MaxURLBytes caps a URL; a longer one is dropped, as a cut URL
	// would point elsewhere.
	MaxURLBytes = 4096
)

// CapMetadata applies the caps above to a's title, outlet, author,
// language and URL.
func CapMetadata(a *Article) {
	a.Title = capRunes(a.Title, MaxTitleRunes)
	a.Outlet = capRunes(a.Outlet, MaxFieldRunes)
	a.Author = capRunes(a.Author, MaxFieldRunes)
	a.Language = capRunes(a.Language, MaxFieldRunes)
	if len(a.URL) > MaxURLBytes {
		a.URL = ""
	}
}

// capRunes cuts s to at most n runes, at the last space of the kept part
// when there is one in its second half, and marks the cut with "…".
func capRunes(s string, n int) string {
	if len(s) <= n || utf8.RuneCountInString(s) <= n {
		return s
	}
	cut, i := 0, 0
	for pos := range s {
		if i == n-1 {
			cut = pos
			break
		}
		i++
	}
	kept := s[:cut]
	if sp := strings.LastIndexFunc(kept, unicode.IsSpace); sp > len(kept)/2 {
		kept = kept[:sp]
	}
	return strings.TrimRightFunc(kept, unicode.IsSpace) + "…"
}
