package layout

import (
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// A source line is one sentence: the last of outlet, headline and date
// given ends it, and no comma is left hanging.
func TestSourceLineEndsOnItsLastPart(t *testing.T) {
	fc, err := faces()
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2029, 3, 4, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		src  briefing.Source
		want string
	}{
		{briefing.Source{Title: "Talks end without a deal"}, "“Talks end without a deal”."},
		{briefing.Source{Outlet: "Lusan Courier"}, "Lusan Courier."},
		{briefing.Source{Outlet: "Lusan Courier", Title: "Talks end", URL: "https://example.org/a"}, "Lusan Courier, “Talks end”. https://example.org/a"},
		{briefing.Source{Outlet: "Lusan Courier", Title: "Talks end", Published: day}, "Lusan Courier, “Talks end”, 4 Mar 2029."},
	} {
		var parts []string
		for _, w := range sourceLineWords(tc.src, fc) {
			var sb strings.Builder
			for _, s := range w.segs {
				sb.WriteString(s.text)
			}
			parts = append(parts, sb.String())
		}
		if got := strings.Join(parts, " "); got != tc.want {
			t.Errorf("source line %q, want %q", got, tc.want)
		}
	}
}
