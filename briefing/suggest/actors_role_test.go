package suggest

import (
	"strings"
	"testing"
)

// speaksFor fails t unless the draft has the actor name and it speaks for
// place ("" for none); what says what is wrong otherwise.
func speaksFor(t *testing.T, d Draft, name, place, what string) {
	t.Helper()
	if a, ok := actorNamed(d, name); !ok || a.speaksOf != place {
		t.Errorf("%s: %+v", what, a)
	}
}

// A role that names a place speaks for it only when it is an office there.
func TestARoleSpeaksForAPlaceOnlyAsAnOffice(t *testing.T) {
	d, _ := draftArticles(t,
		"Mombasa Mayor Ines Valdor said the city would close the harbour road. Mombasa rejected the toll plan on Monday.")
	speaksFor(t, d, "Ines Valdor", "Mombasa", "the mayor does not speak for the city")
	// a capital's mayor speaks for no state: not for the one the capital
	// stands for, whose minister does
	d, _ = draftArticles(t,
		"Moscow Mayor Ines Valdor said the city would close the ring road. Russian Foreign Minister Oder Pell said the summit was off. Moscow rejected the plan.")
	if a, ok := actorNamed(d, "Ines Valdor"); !ok || a.speaksOf == "Russia" {
		t.Errorf("the capital's mayor speaks for the state: %+v", a)
	}
	for role, want := range map[string]bool{"Mombasa Mayor": true, "Ostrian Foreign Minister": true,
		"Kessan police spokesman": true, "Tarvo’s father": false, "Nevada rancher": false, "local businessman": false} {
		if got := office(role); got != want {
			t.Errorf("office(%q) = %v, want %v", role, got, want)
		}
	}
}

// A possessive before a title speaks for the person the title names, not
// for a person named after a verb further on.
func TestAPossessiveTitleBeforeAVerbIsSomeoneElses(t *testing.T) {
	d, _ := draftArticles(t,
		"Mombasa's chief negotiator, Ines Valdor, said the port would stay closed. Mombasa rejected the toll plan. "+
			"Mombasa's junior senator, said Oder Pell was a patriot. Oder Pell told reporters he would not pay the fines.")
	speaksFor(t, d, "Ines Valdor", "Mombasa", "the chief negotiator does not speak for the city")
	if a, ok := actorNamed(d, "Oder Pell"); ok && a.speaksOf != "" {
		t.Errorf("Oder Pell speaks for %q: the senator's title is not his", a.speaksOf)
	}
}

// A place that says where a person comes from is not a side of the
// person's dispute: the person is.
func TestAPlaceBeforeAPersonIsNotTheSide(t *testing.T) {
	d, _ := draftArticles(t,
		"Mombasa rancher Oder Pell refused to pay the grazing fines demanded by the Coast Land Agency. "+
			"Oder Pell accused the Coast Land Agency of seizing his cattle. Mombasa rejected the agency's toll plan on Monday.")
	for _, p := range d.StickingPoints {
		for _, s := range p.Parties {
			if strings.Contains(s, "Mombasa") {
				t.Errorf("the rancher's town is a side: %q %v", p.Text, p.Parties)
			}
		}
	}
}

// A state named only where the talks are held becomes an actor through the
// official its name or demonym qualifies, and is a side of the sticking
// point through them; an attorney or a mayor of a place speaks for no
// state.
func TestAStateActsThroughItsOfficial(t *testing.T) {
	d, _ := draftArticles(t,
		"Two days of talks between Kessland and the Morvan Union ended on Tuesday without agreement, after the Morvan Union demanded control of the Tarsk pass. "+
			"Kesslandic Foreign Minister Ada Brenn told reporters her government would not give up the pass.")
	speaksFor(t, d, "Ada Brenn", "Kessland", "the foreign minister does not speak for her state")
	if a, ok := actorNamed(d, "Kessland"); !ok || !a.Acts {
		t.Errorf("the state her office names is no actor: %+v", a)
	}
	d, _ = draftArticles(t,
		"The hearing in Velmora ended on Tuesday. Velmora attorney Ada Brenn said the ruling would be appealed.")
	speaksFor(t, d, "Ada Brenn", "", "an attorney speaks for the place she works in")
	for role, want := range map[string]bool{"Kesslandic Foreign Minister": true, "Kesslandic ambassador": true,
		"Kesslandic Deputy Foreign Minister": true, "Kesslandic acting President": false, "Kesslandic attorney": false, "Kesslandic NGO President": false} {
		if got := stateRole(role, 0, func(w string) int {
			if strings.EqualFold(w, "Kesslandic") {
				return 0
			}
			return -1
		}); got != want {
			t.Errorf("stateRole(%q) = %v, want %v", role, got, want)
		}
	}
}
