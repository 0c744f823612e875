package layout

import (
	"errors"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// Issue 12 item 21: when only the sources footer overflows (one source
// with a very long title), the report names Sources, not Summary.
func TestOverflowNamesTheSourcesWhenOnlyTheyOverflow(t *testing.T) {
	b := &briefing.Brief{
		Title:   "Harbour dispute",
		Summary: "Port workers and the operator resumed talks on Tuesday after a week of stoppages.",
		Outlook: "A vote on the offer is due next week.",
		Sources: []briefing.Source{{N: 1, ArticleID: 1, Outlet: "Coast Daily",
			Title: strings.Repeat("dockside negotiations stretch into another long night ", 200)}},
	}
	r := Fit(b, Options{})
	if r.Fits() {
		t.Fatal("brief with a 1,400-word source title fits one page")
	}
	if got := r.Overflow[0].Section; got != SectionSources {
		t.Errorf("overflow blamed on %q, want %q", got, SectionSources)
	}
}

// Issue 12 item 21: an unknown paper size is an error callers can check.
func TestCheckPaperRefusesUnknownSizes(t *testing.T) {
	for _, ok := range []string{"", "A4", "a4", "Letter", "letter"} {
		if err := CheckPaper(ok); err != nil {
			t.Errorf("CheckPaper(%q) = %v", ok, err)
		}
	}
	if err := CheckPaper("A0"); !errors.Is(err, ErrPaper) || !strings.Contains(err.Error(), "A0") {
		t.Errorf("CheckPaper(A0) = %v, want ErrPaper naming A0", err)
	}
}
