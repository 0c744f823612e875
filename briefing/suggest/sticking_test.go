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

// "Sokolov called the demand unacceptable and said Arvelia would not cede
// any territory as a precondition" answers Sarkand's corridor demand: one
// issue, one bullet.
func TestStickingPointsMergeTheAnsweredDemand(t *testing.T) {
	d := newEngine(t).Draft([]briefing.Article{article(t, 1, "valmora.md")})
	for _, p := range d.StickingPoints {
		if p.Issue == "Territorial precondition" {
			t.Errorf("the territorial precondition is a point of its own: %+v", p)
		}
		if p.Issue != "Control of the Dorna corridor" {
			continue
		}
		all := p.Text
		for _, s := range p.also {
			all += " " + s.Text
		}
		if !strings.Contains(all, "would not cede any territory") || !strings.Contains(all, "full control of the Dorna corridor") {
			t.Errorf("corridor point does not hold both the demand and the answer: %q", all)
		}
	}
	b := &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: 1}}}
	Fill(b, d)
	n := 0
	for _, it := range b.StickingPoints {
		if strings.Contains(it, "corridor") || strings.Contains(it, "cede any territory") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d bullets about the corridor demand, want 1: %q", n, b.StickingPoints)
	}
}

func TestGapIsTheShortestSpanThatStatesIt(t *testing.T) {
	d := newEngine(t).Draft([]briefing.Article{article(t, 1, "brenna-monitors.txt")})
	b := &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: 1}}}
	sug := d.Suggestions(b)
	found := false
	for _, s := range sug[briefing.SectionStickingPoints] {
		if strings.HasSuffix(s.Text, " — Merovia would not accept any patrols after dark [1]") {
			found = true
		}
	}
	if !found {
		t.Errorf("no point stated by Merovia's red line alone: %+v", sug[briefing.SectionStickingPoints])
	}
}
