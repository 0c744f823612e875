package briefing

import (
	"strconv"
	"strings"
	"time"
)

// The brief's text conventions, shared by the page layout and every export
// format: the header's meta line, how sources are cited, run-in labels and
// the colour of a handling mark.

// Color is a print-safe RGB colour.
type Color struct{ R, G, B uint8 }

// MetaGrey is the muted grey of metadata (layout.Muted), and of a handling mark without a
// TLP colour.
var MetaGrey = Color{0x5b, 0x61, 0x69}

// MetaLine is the header's second line: as-of date, author, version and the
// articles the brief rests on.
func MetaLine(b *Brief) string {
	var parts []string
	if !b.AsOf.IsZero() {
		parts = append(parts, "As of "+b.AsOf.Format("2 January 2006"))
	}
	// Fields typed over several lines are one line here.
	if a := strings.Join(strings.Fields(b.Author), " "); a != "" {
		parts = append(parts, a)
	}
	if v := strings.Join(strings.Fields(b.Version), " "); v != "" {
		if v[0] >= '0' && v[0] <= '9' {
			v = "Version " + v
		}
		parts = append(parts, v)
	}
	parts = append(parts, BasedOn(b))
	return strings.Join(parts, " · ")
}

// BasedOn says how many articles the brief rests on and their dates, e.g.
// "Based on 3 articles, 10–12 Nov 2026".
func BasedOn(b *Brief) string {
	n := len(b.Sources)
	s := "Based on " + strconv.Itoa(n) + " " + pluralS(n, "article")
	var lo, hi time.Time
	for _, src := range b.Sources {
		if src.Published.IsZero() {
			continue
		}
		if lo.IsZero() || src.Published.Before(lo) {
			lo = src.Published
		}
		if hi.IsZero() || src.Published.After(hi) {
			hi = src.Published
		}
	}
	switch {
	case lo.IsZero():
		return s
	case lo.Format("2006-01-02") == hi.Format("2006-01-02"):
		return s + ", " + lo.Format("2 Jan 2006")
	case lo.Year() == hi.Year() && lo.Month() == hi.Month():
		return s + ", " + lo.Format("2") + "–" + hi.Format("2 Jan 2006")
	case lo.Year() == hi.Year():
		return s + ", " + lo.Format("2 Jan") + " – " + hi.Format("2 Jan 2006")
	}
	return s + ", " + lo.Format("2 Jan 2006") + " – " + hi.Format("2 Jan 2006")
}

// HandlingColor is the print-safe colour of a handling marking: the TLP
// colours darkened so they read on white paper.
func HandlingColor(h string) Color {
	u := strings.ToUpper(h)
	switch {
	case strings.Contains(u, "RED"):
		return Color{0xb0, 0x1c, 0x1c}
	case strings.Contains(u, "AMBER"):
		return Color{0xb8, 0x6e, 0x00}
	case strings.Contains(u, "GREEN"):
		return Color{0x2e, 0x7d, 0x32}
	}
	return MetaGrey
}

// RunIn finds a run-in label such as "Watch for:" or "Bottom line:" (at most
// three words before a colon) that prints bold at the start of a paragraph.
func RunIn(para string) (lead, rest string, ok bool) {
	i := strings.Index(para, ": ")
	if i <= 0 || i > 24 || strings.Count(para[:i], " ") > 2 {
		return "", para, false
	}
	return para[:i+1], para[i+1:], true
}

// SourceText is a source as printed: outlet, “headline”, date, URL.
func SourceText(src Source) (outlet, headline, date, url string) {
	outlet = strings.Join(strings.Fields(src.Outlet), " ")
	headline = strings.Join(strings.Fields(src.Title), " ")
	if !src.Published.IsZero() {
		date = src.Published.Format("2 Jan 2006")
	}
	return outlet, headline, date, strings.TrimSpace(src.URL)
}

func pluralS(n int, s string) string {
	if n == 1 {
		return s
	}
	return s + "s"
}
