package ui

import (
	"fmt"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/storage"
)

// rowMeta is the second line of a row: outlet, date and length.
func rowMeta(a briefing.ArticleSummary) string {
	parts := []string{}
	if a.Outlet != "" {
		parts = append(parts, a.Outlet)
	}
	if !a.Published.IsZero() {
		parts = append(parts, a.Published.Format("2 Jan 2006"))
	}
	parts = append(parts, pluralWords(a.WordCount))
	return strings.Join(parts, " · ")
}

// shortMeta is outlet and date only, to lead a search snippet.
func shortMeta(a briefing.ArticleSummary) string {
	parts := []string{}
	if a.Outlet != "" {
		parts = append(parts, a.Outlet)
	}
	if !a.Published.IsZero() {
		parts = append(parts, a.Published.Format("2 Jan"))
	}
	if len(parts) == 0 {
		return "…"
	}
	return strings.Join(parts, " · ")
}

// plainSnippet shows the matched terms of a search snippet between ‹ and ›,
// starting a few words before the first match so that a one-line row shows it.
func plainSnippet(s string) string {
	s = oneLine(s)
	if i := strings.Index(s, storage.HighlightStart); i > snippetLead {
		cut := strings.LastIndex(s[:i-snippetLead], " ")
		if cut > 0 {
			s = "…" + s[cut+1:]
		}
	}
	return strings.NewReplacer(storage.HighlightStart, "‹", storage.HighlightEnd, "›").Replace(s)
}

// snippetLead is how many bytes of context a row keeps before the first match.
const snippetLead = 24

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
