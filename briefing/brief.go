package briefing

import (
	"strings"
	"time"
)

// Section names one of the four drafted blocks of a brief.
type Section string

// The four sections of a brief, in page order. The string values are the
// names used on the CLI and in JSON.
const (
	SectionSummary        Section = "summary"
	SectionActors         Section = "actors"
	SectionStickingPoints Section = "sticking_points"
	SectionOutlook        Section = "outlook"
)

// Sections lists the four sections in page order.
var Sections = []Section{SectionSummary, SectionActors, SectionStickingPoints, SectionOutlook}

// Heading is the section's heading as printed on the page.
func (s Section) Heading() string {
	switch s {
	case SectionSummary:
		return "Summary"
	case SectionActors:
		return "Actors"
	case SectionStickingPoints:
		return "Sticking points"
	case SectionOutlook:
		return "Outlook"
	}
	return string(s)
}

// Bulleted reports whether the section is a list of items (actors, sticking
// points) rather than running prose.
func (s Section) Bulleted() bool {
	return s == SectionActors || s == SectionStickingPoints
}

// ParseSection accepts a section name as written on the CLI.
func ParseSection(name string) (Section, bool) {
	n := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(name)), "-", "_")
	n = strings.ReplaceAll(n, " ", "_")
	for _, s := range Sections {
		if string(s) == n {
			return s, true
		}
	}
	return "", false
}

// Brief is a one-page policy brief: a claim as title, a header line, four
// sections and the numbered sources its citation markers [n] point to.
type Brief struct {
	ID       int64
	Title    string
	Author   string
	Handling string // handling marking, e.g. "TLP:AMBER"
	Version  string
	AsOf     time.Time // the date the brief speaks for

	Summary        string
	Actors         []string // one item each; the lead before " — " prints bold
	StickingPoints []string
	Outlook        string

	Sources   []Source // in citation order: Sources[i].N == i+1
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Source is one numbered source of a brief: an archived article.
type Source struct {
	N         int // citation number, from 1
	ArticleID int64
	Outlet    string
	Title     string
	Published time.Time
	URL       string
}

// SourceFromArticle makes source number n from an archived article.
func SourceFromArticle(n int, a ArticleSummary) Source {
	return Source{N: n, ArticleID: a.ID, Outlet: a.Outlet, Title: a.Title, Published: a.Published, URL: a.URL}
}

// SourceNumber returns the citation number of the article in b, or 0 when
// the article is not one of the brief's sources.
func (b *Brief) SourceNumber(articleID int64) int {
	for _, s := range b.Sources {
		if s.ArticleID == articleID {
			return s.N
		}
	}
	return 0
}

// Text returns a section as one string: prose as is, items one per line.
func (b *Brief) Text(s Section) string {
	switch s {
	case SectionSummary:
		return b.Summary
	case SectionActors:
		return strings.Join(b.Actors, "\n")
	case SectionStickingPoints:
		return strings.Join(b.StickingPoints, "\n")
	case SectionOutlook:
		return b.Outlook
	}
	return ""
}

// SetText replaces a section from one string: prose is trimmed, items are
// split one per non-blank line (a leading "-", "*" or "•" bullet is dropped).
func (b *Brief) SetText(s Section, text string) {
	switch s {
	case SectionSummary:
		b.Summary = strings.TrimSpace(text)
	case SectionActors:
		b.Actors = SplitItems(text)
	case SectionStickingPoints:
		b.StickingPoints = SplitItems(text)
	case SectionOutlook:
		b.Outlook = strings.TrimSpace(text)
	}
}

// Empty reports whether section s has no text.
func (b *Brief) Empty(s Section) bool {
	return strings.TrimSpace(b.Text(s)) == ""
}

// SplitItems splits text into list items, one per non-blank line.
func SplitItems(text string) []string {
	var items []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		for _, bullet := range []string{"- ", "* ", "• "} {
			line = strings.TrimPrefix(line, bullet)
		}
		line = strings.TrimSpace(line)
		if line != "" {
			items = append(items, line)
		}
	}
	return items
}

// LeadSeparator divides an item's bold lead words from the rest.
const LeadSeparator = " — "

// SplitLead splits an item into its lead (printed bold) and the rest. The lead
// is the text before the first " — "; an item without one has no lead.
func SplitLead(item string) (lead, rest string) {
	if i := strings.Index(item, LeadSeparator); i > 0 {
		return item[:i], item[i:]
	}
	return "", item
}
