package suggest

import (
	"strings"
	"testing"
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
			"Kessel said on Monday it would not sign the treaty while the crossings are mined.")
	for _, s := range stance {
		if strings.Contains(s.Text, "tweeted") || strings.Contains(s.Text, "urged") || strings.Contains(s.Text, "announced") || strings.Contains(s.Text, "countered") || strings.Contains(s.Text, "argued") || strings.Contains(s.Text, "concluded") {
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
