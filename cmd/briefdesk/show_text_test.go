package main

import (
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// brief show prints only the fields a brief and its sources have: no
// empty author between separators, no comma before a missing outlet.
func TestBriefTextSkipsEmptyFields(t *testing.T) {
	b := &briefing.Brief{Title: "Corridor talks", AsOf: time.Date(2031, 3, 4, 0, 0, 0, 0, time.UTC),
		Sources: []briefing.Source{
			{N: 1, Title: "Talks end without a deal"},
			{N: 2, Outlet: "Kessel Wire", Title: "Allies object", Published: time.Date(2031, 3, 3, 0, 0, 0, 0, time.UTC), URL: "https://example.org/a"},
		}}
	var sb strings.Builder
	if err := writeBriefText(&sb, b); err != nil {
		t.Fatal(err)
	}
	out := sb.String()
	for _, want := range []string{
		"Corridor talks\n4 March 2031\n",
		"  [1] \"Talks end without a deal\"\n",
		"  [2] Kessel Wire, \"Allies object\", 2031-03-03, https://example.org/a\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("brief text lacks %q:\n%s", want, out)
		}
	}
}
