package importer

import (
	"strings"
	"testing"
)

// Issue 12 (Also): a page title that repeats og:site_name keeps only the
// headline.
func TestPageTitleDropsTheSiteName(t *testing.T) {
	body := strings.Repeat("<p>Delegates left the summit hall without a joint statement, and both sides blamed the other for the deadlock over the border crossings.</p>", 6)
	for _, title := range []string{
		"Summit ends in stalemate | The Daily Ledger",
		"Summit ends in stalemate - The Daily Ledger",
		"Summit ends in stalemate — the daily ledger",
		"The Daily Ledger: Summit ends in stalemate",
	} {
		page := `<html><head><title>` + title + `</title><meta property="og:site_name" content="The Daily Ledger"></head><body><article><h1>` +
			title + `</h1>` + body + `</article></body></html>`
		a, err := fromHTMLBytes([]byte(page), "text/html", "https://ledger.example/summit")
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != "Summit ends in stalemate" {
			t.Errorf("title %q: got %q, want the headline alone", title, a.Title)
		}
		if a.Outlet != "The Daily Ledger" {
			t.Errorf("outlet = %q", a.Outlet)
		}
	}
	a, err := fromHTMLBytes([]byte(`<html><head><title>The Daily Ledger</title><meta property="og:site_name" content="The Daily Ledger"></head><body><article>`+body+`</article></body></html>`), "text/html", "")
	if err != nil || a.Title != "The Daily Ledger" {
		t.Errorf("a title that is only the site name: %q, %v; want it kept", a.Title, err)
	}
}
