package suggest

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
)

// Who speaks for a state or a body: its people, its office holders, and
// not a former holder or a name near a possessive of another clause.

func TestPeopleWhoActForAStateMakeItAnActor(t *testing.T) {
	for _, tc := range []struct{ text, state, phrase string }{
		{"Talks on the Dorna corridor resumed in Lusan. Kessel demanded monitors. " +
			"Ostrian officials said they would not accept monitors on their side of the corridor. " +
			"The corridor runs through Ostria.", "Ostria", "Ostrian officials"},
		{"The summit opened in Lusan. European allies warned that sanctions would follow any attack. " +
			"The European Union is Kessel's largest trading partner. Kessel said it would not attack.", "European Union", "European allies"},
	} {
		b, d := filledArticles(t, tc.text)
		a, ok := actorNamed(d, tc.state)
		if !ok || !a.Acts {
			t.Errorf("%s does not act: %+v", tc.state, a)
			continue
		}
		it := itemOf(b, tc.state)
		if _, body := briefing.SplitLead(it); pointsTo(body) == "Summary" {
			it = b.Summary // listed; its sentence is the summary's
		}
		if !strings.Contains(it, tc.phrase) {
			t.Errorf("%s's item %q, want the sentence with %q (%q)", tc.state, it, tc.phrase, b.Actors)
		}
	}
}

// A former office holder no longer speaks for the body the role names: the
// body's item is not the former chairman's words, and the body is not his
// delegation.
func TestFormerOfficeHolderDoesNotSpeakForTheBody(t *testing.T) {
	text := "Divers found cracks in the piles of the north pier, which is run by the Velm Harbour Board. " +
		"Former Velm Harbour Board chairman Ivo Tal said the closure would ruin the fishing fleet. " +
		"Fishing crews moored their boats in the south basin."
	d, _ := draftArticles(t, text)
	a, ok := actorNamed(d, "Velm Harbour Board")
	if !ok {
		t.Fatalf("no actor Velm Harbour Board in %v", actorsWith(d, "Velm"))
	}
	for _, st := range a.Stance {
		if strings.Contains(st.Text, "ruin the fishing fleet") {
			t.Errorf("Velm Harbour Board's stance is its former chairman's words (rep %q): %q", a.rep, st.Text)
		}
	}
}

// A possessive in another clause before a person's name does not make the
// person speak for its owner.
func TestAPossessiveInAnotherClauseIsNoOffice(t *testing.T) {
	text := "The Velm Harbour Board met on Monday. Ministers cut the VHB's budget every year, and Ivo Tal said the cuts were too small. " +
		"Ivo Tal, a fisherman, wants the board dissolved. The Velm Harbour Board said it would publish its accounts."
	d, _ := draftArticles(t, text)
	a, ok := actorNamed(d, "Ivo Tal")
	if !ok {
		t.Fatalf("no actor Ivo Tal in %v", actorsWith(d, "Tal"))
	}
	if a.speaksOf != "" {
		t.Errorf("Ivo Tal speaks for %q, want for nobody", a.speaksOf)
	}
}

// A role names the actor that goes by the role's words as its own name
// before one that has them only as an alias: the White House's press
// secretary speaks for the White House when it is an actor of its own,
// though "the White House" also stands for the country where it acts.
func TestARoleNamesTheActorOfThatNameBeforeAnAlias(t *testing.T) {
	acts := []Actor{
		{Name: "Velm Palace", Type: ner.ORG, Acts: true},
		{Name: "Ostria", Type: ner.LOC, Acts: true, Aliases: []string{"Velm Palace"}},
		{Name: "Ada Vale", Type: ner.PER, Acts: true, Role: "Velm Palace press secretary"},
	}
	representatives(acts, []*group{{}, {}, {}})
	if got := acts[2].speaksOf; got != "Velm Palace" {
		t.Errorf("the press secretary speaks for %q, want Velm Palace", got)
	}
}

// One actor under two names is one party, never both sides.
func TestOneActorUnderTwoNamesIsOneSide(t *testing.T) {
	acts := []Actor{{Name: "Ostria", Type: ner.LOC, Acts: true, Aliases: []string{"Velm Palace"}}, {Name: "Ines Orta", Type: ner.PER, Acts: true}}
	if got := oneName([]string{"Ostria", "Velm Palace", "Ines Orta"}, nil, acts); !slices.Equal(got, []string{"Ostria", "Ines Orta"}) {
		t.Errorf("oneName = %q, want Ostria and Ines Orta", got)
	}
	if got := oneName([]string{"United States"}, []string{"White House"}, nil); len(got) != 0 {
		t.Errorf("oneName = %q: a seat and its country are one side", got)
	}
}
