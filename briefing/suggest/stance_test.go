package suggest

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestStancePrefersTheActorAsSpeaker(t *testing.T) {
	a := article(t, 1, "kessel-talks.txt")
	d := newEngine(t).Draft([]briefing.Article{a})
	for name, want := range map[string]string{
		"Pavel Marek": "Marek told reporters",
		"Anna Lind":   "Lind said Ostria would never trade territory",
		"Valdoria":    "Valdoria insisted",
		"Norland":     "Erik Sand, proposed international monitors",
	} {
		ac, ok := actorNamed(d, name)
		if !ok || len(ac.Stance) == 0 {
			t.Errorf("%s: no actor or no stance: %+v", name, ac)
			continue
		}
		if !strings.Contains(ac.Stance[0].Text, want) {
			t.Errorf("%s: stance %q, want the sentence with %q", name, ac.Stance[0].Text, want)
		}
		if got := ac.Stance[0].Prov.Slice(a.Text); got != ac.Stance[0].Text {
			t.Errorf("%s: provenance slices %q", name, got)
		}
	}
	if ac, _ := actorNamed(d, "Norland"); ac.rep != "Deputy Prime Minister Erik Sand" {
		t.Errorf("Norland speaks through %q, want its chief negotiator", ac.rep)
	}
}

func TestActorItemsDoNotRepeatASentence(t *testing.T) {
	d := newEngine(t).Draft([]briefing.Article{article(t, 1, "kessel-talks.txt")})
	b := &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: 1}}}
	Fill(b, d)
	if len(b.Actors) < 3 {
		t.Fatalf("%d actor items: %q", len(b.Actors), b.Actors)
	}
	seen := map[string]bool{}
	for _, it := range b.Actors {
		_, body := briefing.SplitLead(it)
		if pointsTo(body) != "" {
			continue
		}
		if seen[body] {
			t.Errorf("sentence repeated for two actors: %q", body)
		}
		seen[body] = true
		if strings.Contains(body, "met for six hours") {
			t.Errorf("a meeting report as a stance: %q", it)
		}
	}
}

func TestAgentScore(t *testing.T) {
	e := newEngine(t)
	for _, tc := range []struct {
		text, name string
		want       float64
	}{
		{"Sokolov said the plan was dead.", "Sokolov", 3},
		{"\"No,\" Sokolov told reporters.", "Sokolov", 3},
		{"The plan is dead, said envoy Daniel Okafor.", "Daniel Okafor", 3},
		{"Sarkand's delegation insisted on the corridor.", "Sarkand", 3},
		{"The European Union and the United States accused Sarkand of stalling.", "European Union", 3},
		{"The European Union and the United States accused Sarkand of stalling.", "Sarkand", 0},
		{"Sokolov met Sarkand's chief negotiator, Aylin Kaya, in Geneva.", "Sarkand", 0},
		{"Sokolov met the envoy in Geneva.", "Sokolov", 1},
		{"Arvelia's cabinet has agreed to reopen the border crossing.", "Arvelia", 3},
		{"Sokolov has long rejected any talks with the rebels.", "Sokolov", 3},
		{"Sokolov has a new book out.", "Sokolov", 1},
		{"He said Arvelia would not cede any territory.", "Arvelia", 3},
		{"Sokolov said Arvelia must withdraw its troops.", "Arvelia", 3},
		{"Sokolov said Arvelia must be stopped before it is too late.", "Arvelia", 1}, // what others want done to it
	} {
		sents := e.split.Split(tc.text)
		found := false
		for _, m := range e.ner.Recognize(tc.text, sents) {
			if m.Text != tc.name {
				continue
			}
			found = true
			sp := sents[m.Sentence]
			if got := agentScore(tc.text, sentenceRange{sp.Start, sp.End}, m); got != tc.want {
				t.Errorf("%q in %q: agent score %v, want %v", tc.name, tc.text, got, tc.want)
			}
		}
		if !found {
			t.Errorf("%q not recognised in %q", tc.name, tc.text)
		}
	}
}

func TestARoleSubjectsActOnANamedBodyIsNotTheBodysStance(t *testing.T) {
	// the chairman is named only by his role: the sentence is his demand
	// of the bank, not the bank's position
	d, _ := draftArticles(t,
		"Orvel Bank said on Monday it had closed the accounts. "+
			"Meanwhile, the chairman of the audit committee demanded more records from Orvel Bank about the transfers.")
	noCandidate(t, d, "Orvel Bank", "the chairman's demands", "audit committee")
	for _, tc := range []struct {
		before string
		want   bool
	}{
		{"Meanwhile, the chairman of the audit committee asked", true},
		{"The two senior prosecutors accused", true},
		{"A spokesman for the board said", false},       // a verb of saying: maybe the body's own words
		{"The bank's new branch in Velm opened", false}, // no role
		{"The minister, who met", false},                // an apposition
		{"Talks with", false},
	} {
		if got := unnamedAgent(strings.Fields(tc.before + " Orvel Bank")); got != tc.want {
			t.Errorf("unnamedAgent(%q) = %v, want %v", tc.before, got, tc.want)
		}
	}
}
