package suggest

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestIssueNamesTheObject(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Moscow insisted that Kyiv withdraw its forces from the rest of the Donetsk region before any ceasefire.", "Withdrawal from the Donetsk region"},
		{"Sokolov said Arvelia would not cede any territory as a precondition for a ceasefire.", "Territorial precondition"},
		{"Lind said Ostria would never trade territory for a pause.", "Territorial concessions"},
		{"Sarkand insisted that any settlement must hand it full control of the Dorna corridor.", "Control of the Dorna corridor"},
		{"\"Without the corridor there can be no agreement,\" she said.", "Corridor"},
		{"The EU accused Sarkand of negotiating in bad faith.", "Negotiating in bad faith"},
	} {
		if got := issue(tc.in, "Demand"); got != tc.want {
			t.Errorf("issue(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestStickingPointsOnePerIssue(t *testing.T) {
	for _, tc := range []struct {
		files   []string
		issue   string
		parties []string
	}{
		{[]string{"kessel-talks.txt"}, "Withdrawal from the Kessel valley", []string{"Valdoria", "Ostria"}},
		{[]string{"valmora.md"}, "Control of the Dorna corridor", []string{"Arvelia", "Sarkand"}},
		{[]string{"valmora.md"}, "Territorial precondition", []string{"Arvelia", "Sarkand"}},
	} {
		var arts []briefing.Article
		for i, f := range tc.files {
			arts = append(arts, article(t, int64(i+1), f))
		}
		d := newEngine(t).Draft(arts)
		n := 0
		for _, p := range d.StickingPoints {
			if strings.Contains(strings.ToLower(p.Issue), "withdrawal") && strings.Contains(tc.issue, "Withdrawal") ||
				strings.Contains(strings.ToLower(p.Issue), "corridor") && strings.Contains(tc.issue, "corridor") {
				n++
			}
			if p.Issue != tc.issue {
				continue
			}
			all := strings.Join(p.Parties, " vs ")
			for _, party := range tc.parties {
				if !strings.Contains(all, party) {
					t.Errorf("%s: parties %q, want %s", p.Issue, p.Parties, party)
				}
			}
			if len(p.Parties) != 2 {
				t.Errorf("%s: %d sides %q, want 2", p.Issue, len(p.Parties), p.Parties)
			}
		}
		if n > 1 {
			t.Errorf("%s: %d points about the same issue, want them merged: %+v", tc.issue, n, d.StickingPoints)
		}
		found := false
		for _, p := range d.StickingPoints {
			found = found || p.Issue == tc.issue
		}
		if !found {
			t.Errorf("no point %q in %+v", tc.issue, d.StickingPoints)
		}
	}
}
