package suggest

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
)

// What another named speaker says, urges or claims about an actor is the
// speaker's stance, never the actor's own.
func TestWordsReportedByAnotherSpeakerAreNotTheActorsStance(t *testing.T) {
	stance := stanceOf(t, "Kessel",
		"Senator Ada Vale tweeted that Kessel should sign the grain treaty before the winter. "+
			"Mayor Ivo Tal urged Kessel to reopen the crossings. "+
			"Envoy Pia Lorent announced that Kessel and Ostria would meet at the border on Friday. "+
			"Senator Oder Pell countered that Kessel had broken the truce twice. "+
			"Historian Rima Tasz had long argued that Kessel could not have won the vote alone. "+
			"Ines Dorn, the author who concluded in a short book that Kessel had rigged the count, spoke. "+
			"Governor Ada Nemo had barely sat down when Ivo Tal strode to the podium to insist that Kessel bow to demands for new terms. "+
			"Kessel said on Monday it would not sign the treaty while the crossings are mined.")
	for _, s := range stance {
		if strings.Contains(s.Text, "tweeted") || strings.Contains(s.Text, "urged") || strings.Contains(s.Text, "announced") || strings.Contains(s.Text, "countered") || strings.Contains(s.Text, "argued") || strings.Contains(s.Text, "concluded") || strings.Contains(s.Text, "insist") {
			t.Errorf("Kessel's stance is someone else's words: %q", s.Text)
		}
	}
	if len(stance) == 0 || !strings.Contains(stance[0].Text, "would not sign") {
		t.Errorf("Kessel's stance %+v, want its own refusal", stance)
	}
}

// A role that opens a title's quotation mark and loses its closing one
// (the name stands before it) prints no stray mark.
func TestActorLeadDropsARolesStrayQuotationMark(t *testing.T) {
	a := Actor{Name: "Ada Vale", Role: "director of \"The Long Field"}
	if got := actorLead(a); got != "Ada Vale (director of The Long Field)" {
		t.Errorf("lead %q", got)
	}
}

// A quotation that runs over two sentences of a paragraph is the
// speaker's words in both: a name in the second is not its speaker.
func TestAQuotationCarriedIntoTheNextSentenceIsTheSpeakersWords(t *testing.T) {
	stance := stanceOf(t, "Kessel Dockers Union",
		"Governor Ada Vale backed the harbour deal on Tuesday.\n\n"+
			"\"The deal keeps the port open,\" Vale wrote. \"It ends the strike for good. Kessel Dockers Union must back it now!\"\n\n"+
			"The Kessel Dockers Union said on Wednesday it would put the deal to a vote of its members next week.")
	for _, s := range stance {
		if strings.Contains(s.Text, "must back it") {
			t.Errorf("the union's stance is Vale's words: %q", s.Text)
		}
	}
	if len(stance) == 0 || !strings.Contains(stance[0].Text, "put the deal to a vote") {
		t.Errorf("the union's stance %+v, want its own vote", stance)
	}
}

// A body's statement names the body in the third person: when "it" or
// "the company" says the carried quotation, the name in it is the speaker.
func TestABodysOwnStatementNamesItselfInTheThirdPerson(t *testing.T) {
	stance := stanceOf(t, "Kessel Foods",
		"Advertisers left the Ivo Tal radio show over the weekend.\n\n"+
			"\"The remarks went beyond debate. As such, Kessel Foods has paused all advertising on the show,\" it announced on Sunday.")
	if len(stance) == 0 || !strings.Contains(stance[0].Text, "has paused all advertising") {
		t.Errorf("Kessel Foods' stance %+v, want its own statement", stance)
	}
}

// stanceOf drafts text and returns the stance sentences of the actor
// named name, failing the test when there is no such actor.
func stanceOf(t *testing.T, name, text string) []Sentence {
	t.Helper()
	d, _ := draftArticles(t, text)
	a, ok := actorNamed(d, name)
	if !ok {
		t.Fatalf("no actor %s: %+v", name, d.Actors)
	}
	return a.Stance
}

func TestAPositionOnAnActorIsTheHoldersNotTheActors(t *testing.T) {
	// Brenner demands of Ostria: his position on Ostria, which Ostria's item
	// must not give as Ostria's own; Ostria's own envoy speaks for it
	d, _ := draftArticles(t,
		"Kessel envoy Tomas Brenner demanded on Monday that Ostria withdraw its guards from the Dorna corridor. "+
			"Ostria's negotiator Ada Vale rejected the demand on Tuesday. "+
			"The Ostrian army kept its positions near Lusan.")
	o, ok := actorNamed(d, "Ostria")
	if !ok {
		t.Fatal("no actor Ostria")
	}
	var own bool
	for _, c := range o.cands {
		if strings.Contains(c.s.Text, "that Ostria withdraw") {
			t.Errorf("Brenner's demand is a stance candidate of Ostria: %q", c.s.Text)
		}
		own = own || strings.Contains(c.s.Text, "rejected the demand")
	}
	if !own {
		t.Errorf("the words of Ostria's own negotiator are no candidate of Ostria: %+v", o.cands)
	}
}

func TestNextTo(t *testing.T) {
	for _, tc := range []struct {
		text, a, b string
		want       bool
	}{
		{"The Kessel mediator Ada Vale proposed joint patrols.", "Kessel", "Ada Vale", true},
		{"Ostria's chief negotiator Ada Vale left.", "Ostria", "Ada Vale", true},
		{"Ada Vale demanded on Monday that Ostria withdraw.", "Ada Vale", "Ostria", false},
		{"Ostria and Ada Vale agreed.", "Ostria", "Ada Vale", false},
		{"Ada Vale, the envoy of Ostria, left.", "Ada Vale", "Ostria", false},
	} {
		i, j := strings.Index(tc.text, tc.a), strings.Index(tc.text, tc.b)
		a := ner.Mention{Text: tc.a, Start: i, End: i + len(tc.a)}
		b := ner.Mention{Text: tc.b, Start: j, End: j + len(tc.b)}
		if got := nextTo(tc.text, a, b); got != tc.want {
			t.Errorf("%q / %q in %q: one phrase %v, want %v", tc.a, tc.b, tc.text, got, tc.want)
		}
	}
}

// A writer's own account in the first person names others; it is never
// their words.
func TestNarratorsWords(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"For that reason, I don't blame the senators for blocking Vale.", "Vale", true},
		{"Every morning Vale would call me before the market opened.", "Vale", true},
		{"I'm of the view that Vale and Orta did good work.", "Vale", true},
		{"“I will not resign,” Vale said on Monday.", "Vale", false},         // Vale speaks
		{"Vale said I was wrong about the harbour.", "Vale", false},          // Vale speaks
		{"Vale rejected the plan on Monday.", "Vale", false},                 // no first person
		{"The board met in Hall I on Monday, and Vale left.", "Vale", false}, // a numeral, no "I"
		{"Vale runs the mine at Orta.", "Vale", false},                       // "mine" is a pit
	} {
		i := strings.Index(tc.text, tc.name)
		if got := narratorsWords(tc.text, i, i+len(tc.name)); got != tc.want {
			t.Errorf("narratorsWords(%q, %q) = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}

// An actor's own words come before a writer's first-person account that
// names it.
func TestAWritersAccountIsAnActorsLastSentence(t *testing.T) {
	d, _ := draftArticles(t,
		"Senator Ines Vale said on Monday that she would back the harbour bill. For that reason, I think Ines Vale rejected the port plan too soon.")
	a, ok := actorNamed(d, "Ines Vale")
	if !ok || len(a.cands) == 0 {
		t.Fatalf("no actor Ines Vale with candidates: %+v", a)
	}
	if strings.Contains(a.cands[0].s.Text, "I think") {
		t.Errorf("first candidate %q: the writer's account, not Vale's act", a.cands[0].s.Text)
	}
	for _, c := range a.cands {
		if strings.Contains(c.s.Text, "I think") && (c.agent || c.subject) {
			t.Errorf("the writer's account %q is Vale's as agent or subject", c.s.Text)
		}
	}
}
