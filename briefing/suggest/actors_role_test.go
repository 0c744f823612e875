package suggest

import (
	"strings"
	"testing"
)

// A role that names a place speaks for it only when it is an office there.
func TestARoleSpeaksForAPlaceOnlyAsAnOffice(t *testing.T) {
	d, _ := draftArticles(t,
		"Mombasa Mayor Ines Valdor said the city would close the harbour road. Mombasa rejected the toll plan on Monday.")
	if a, ok := actorNamed(d, "Ines Valdor"); !ok || a.speaksOf != "Mombasa" {
		t.Errorf("the mayor does not speak for the city: %+v", a)
	}
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
	if a, ok := actorNamed(d, "Ines Valdor"); !ok || a.speaksOf != "Mombasa" {
		t.Errorf("the chief negotiator does not speak for the city: %+v", a)
	}
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
