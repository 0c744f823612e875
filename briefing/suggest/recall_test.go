package suggest

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// draftOf drafts one invented report.
func draftOf(t *testing.T, text string) (Draft, briefing.Article) {
	t.Helper()
	a := briefing.Article{ID: 1, Text: text}
	return newEngine(t).Draft([]briefing.Article{a}), a
}

// filledOne drafts text as one report and fills a brief from it.
func filledOne(t *testing.T, text string) *briefing.Brief {
	t.Helper()
	d, _ := draftOf(t, text)
	b := &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: 1}}}
	Fill(b, d)
	return b
}

// pointWith returns the sticking point whose sentences hold s.
func pointWith(d Draft, s string) (Point, bool) {
	for _, p := range d.StickingPoints {
		for _, x := range append([]Sentence{p.Sentence}, p.also...) {
			if strings.Contains(x.Text, s) {
				return p, true
			}
		}
	}
	return Point{}, false
}

func TestStickingCuesFindDemandsThreatsConditionsAndRefusals(t *testing.T) {
	for _, tc := range []struct{ sentence, kind string }{
		{"Tarvos demanded that the observers hand over their satellite images.", "Demand"},
		{"The Oldan delegation called for international guarantees on the border.", "Demand"},
		{"Tarvos wants access to the northern dam before the vote.", "Demand"},
		{"Tarvos threatened to walk away from the negotiations.", "Threat"},
		{"Oldan threatened to close the border crossing at Lusan.", "Threat"},
		{"Tarvos is locked in a dispute with the Oldan water agency over the dam.", "Dispute"},
		{"Tarvos sued the Oldan Grain Board to stop its audit of the harvest.", "Lawsuit"},
		{"Oldan said it would leave the talks if the shelling continued.", "Threat"},
		{"Tarvos said it would sign only if the sanctions were lifted first.", "Condition"},
		{"The Oldan minister accused Tarvos of hiding artillery near the dam.", "Accusation"},
		{"Oldan blamed Tarvos for the collapse of the grain corridor.", "Accusation"},
		{"Tarvos refused to discuss the status of the islands.", "Refusal"},
		{"Oldan ruled out a second round of elections in the province.", "Refusal"},
		{"Tarvos rejected the proposal for a joint border patrol.", "Rejection"},
		{"Oldan denied that its troops had crossed the river.", "Denial"},
	} {
		d, _ := draftOf(t, "Talks opened in Lusan on Monday. "+tc.sentence+" Delegates then left for lunch.")
		p, ok := pointWith(d, strings.TrimSuffix(tc.sentence, "."))
		if !ok {
			t.Errorf("%q: not a sticking point (%+v)", tc.sentence, d.StickingPoints)
			continue
		}
		if p.kind != tc.kind {
			t.Errorf("%q: kind %q, want %q", tc.sentence, p.kind, tc.kind)
		}
	}
	for _, s := range []string{"Delegates then left for lunch.", "The ministers met for two hours in Lusan.",
		"When the tea house the envoys liked threatened to close, depriving them of their favourite cakes, they bought it."} {
		d, _ := draftOf(t, "Talks opened in Lusan on Monday. "+s)
		if _, ok := pointWith(d, strings.TrimSuffix(s, ".")); ok {
			t.Errorf("%q: a sticking point without any disagreement", s)
		}
	}
}

func TestIssueNamesTheObjectOfANewCue(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Tarvos demanded that the observers hand over their satellite images first.", "Satellite images"},
		{"Tarvos said it would not accept any checkpoints on the coast road.", "Checkpoints on the coast road"},
		{"Oldan said it would not open the dam to inspectors while the blockade lasts.", "Opening the dam to inspectors"},
		{"Tarvos said Oldan kept linking aid to elections.", "Linking aid to elections"},
		{"Oldan rejected the Swiss proposal outright.", "Swiss proposal"},
	} {
		if got := issue(tc.in, "Demand"); got != tc.want {
			t.Errorf("issue(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A mediator is never a side: the envoy who proposes a compromise the
// other side dismisses is not "envoy vs side".
func TestMediatorIsNeverAParty(t *testing.T) {
	text := "LUSAN — Talks on the dam ended on Monday without agreement. " +
		"The head of the mission, Ilse Marwick, chaired the talks with delegations from Tarvos and Oldan. " +
		"UN envoy Pedro Salaz said the sides remained far apart. " +
		"Marwick proposed a compromise on water quotas, but Tarvos rejected the proposal and said it would not accept any quotas. " +
		"Salaz urged Oldan to drop its demand, but Oldan refused to withdraw its claim to the dam."
	d, _ := draftOf(t, text)
	for _, name := range []string{"Ilse Marwick", "Pedro Salaz"} {
		a, ok := actorNamed(d, name)
		if !ok || !a.mediator {
			t.Errorf("%s: not a mediator (%+v)", name, a)
		}
	}
	for _, p := range d.StickingPoints {
		for _, side := range partyNames(p.Parties) {
			if side == "Ilse Marwick" || side == "Pedro Salaz" || side == "Marwick" || side == "Salaz" {
				t.Errorf("%s: a mediator as a side: %q", p.Issue, p.Parties)
			}
		}
	}
	if p, ok := pointWith(d, "Tarvos rejected the proposal"); !ok || !strings.Contains(strings.Join(p.Parties, " "), "Tarvos") {
		t.Errorf("the rejection is not Tarvos's sticking point: %+v", p)
	}
	// a side's own envoy still speaks for it
	d, _ = draftOf(t, "Tarvos's special envoy, Mara Lenz, accused Oldan of stalling the talks. Oldan denied the claim.")
	if a, ok := actorNamed(d, "Mara Lenz"); !ok || a.mediator {
		t.Errorf("Tarvos's own envoy is taken for a mediator: %+v", a)
	}
}

// A negotiator whose best sentence is also his country's position still
// gets an item of his own, from another sentence where he speaks.
func TestEveryActingNegotiatorGetsAnItem(t *testing.T) {
	b, _ := filled(t, "norvask-sanctions.txt")
	found := false
	for _, it := range b.Actors {
		lead, _ := briefing.SplitLead(it)
		found = found || strings.HasPrefix(lead, "Yaroslav Kovalchuk")
	}
	if !found {
		t.Errorf("no item for Kovalchuk: %q", b.Actors)
	}
	for _, tc := range []struct{ file, sentence string }{
		{"brenna-monitors.txt", "demanded that the mission share its drone footage"},
		{"norvask-sanctions.txt", "would walk away if the council kept linking relief to access"},
	} {
		d := newEngine(t).Draft([]briefing.Article{article(t, 1, tc.file)})
		if _, ok := pointWith(d, tc.sentence); !ok {
			t.Errorf("%s: %q is not a sticking point", tc.file, tc.sentence)
		}
		for _, p := range d.StickingPoints {
			if strings.Contains(strings.Join(p.Parties, " "), "Wójcik") {
				t.Errorf("%s: the mission head as a side: %q %q", tc.file, p.Issue, p.Parties)
			}
		}
	}
}

func TestForecastCuesFindScheduledStepsAndConsequences(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		l        briefing.Likelihood
	}{
		{"The two delegations will meet again in Lusan next month.", briefing.Likely},
		{"Negotiators are due to resume talks on the dam in May.", briefing.Likely},
		{"A vote on the plan is scheduled for 4 June.", briefing.Likely},
		{"The truce expires on 12 April.", briefing.Likely},
		{"The next round is planned in Lusan.", briefing.Likely},
		{"The deal could collapse if the shelling resumes.", briefing.RoughlyEvenChance},
		{"The standoff risks a wider war.", briefing.RoughlyEvenChance},
		{"Officials said they hoped for a breakthrough.", briefing.RoughlyEvenChance},
		{"A new draft is expected to be tabled.", briefing.Likely},
	} {
		d, _ := draftOf(t, "Talks opened in Lusan on Monday. "+tc.sentence)
		found := false
		for _, f := range d.Outlook {
			if strings.Contains(f.Text, strings.TrimSuffix(tc.sentence, ".")) {
				found = true
				if f.Likelihood != tc.l {
					t.Errorf("%q: likelihood %q, want %q", tc.sentence, f.Likelihood, tc.l)
				}
			}
		}
		if !found {
			t.Errorf("%q: not a forecast", tc.sentence)
		}
	}
	got := watchItems([]string{
		"The mandate, which expires on 31 March, may not be renewed.",
		"The fighting could spread if the observers were not deployed.",
		"Envoys will focus on the sequencing of relief and a timetable for inspections.",
	}, 4)
	want := "expiry of the mandate on 31 March|deployment of the observers|sequencing of relief"
	if strings.Join(got, "|") != want {
		t.Errorf("watch items %q, want %q", got, want)
	}
}
