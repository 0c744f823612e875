package suggest

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// itemOf returns the brief's actor item whose lead starts with name.
func itemOf(b *briefing.Brief, name string) string {
	for _, it := range b.Actors {
		if strings.HasPrefix(it, name) {
			return it
		}
	}
	return ""
}

func TestAQuotationIsTheSpeakersStanceNotTheNamedActors(t *testing.T) {
	// Brenner speaks about Ostria: the sentence is Brenner's, never Ostria's
	d, _ := draftArticles(t,
		"Ostria said on Monday it would not cede the Dorna corridor. "+
			"“Ostria will never negotiate in good faith,” Kessel envoy Tomas Brenner said. "+
			"Ostria lies about the shelling, Brenner told reporters.")
	noCandidate(t, d, "Ostria", "Brenner's words", "good faith", "lies about")
	br, ok := actorNamed(d, "Tomas Brenner")
	if !ok || len(br.Stance) == 0 || !strings.Contains(br.Stance[0].Text, "good faith") && !strings.Contains(br.Stance[0].Text, "lies about") {
		t.Errorf("Brenner's stance: %+v", br.Stance)
	}
}

// noCandidate fails t unless the draft has the actor name and none of its
// stance candidates holds one of parts (whose sentence is described by
// what).
func noCandidate(t *testing.T, d Draft, name, what string, parts ...string) {
	t.Helper()
	a, ok := actorNamed(d, name)
	if !ok {
		t.Fatalf("no actor %s", name)
	}
	for _, c := range a.cands {
		for _, p := range parts {
			if strings.Contains(c.s.Text, p) {
				t.Errorf("%s are a stance candidate of %s: %q", what, name, c.s.Text)
			}
		}
	}
}

func TestOthersWords(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"“Ostria will never sign,” Brenner said.", "Ostria", true},
		{"\"Ostria will never sign,\" Brenner said.", "Ostria", true},
		{"Ostria will never sign, Brenner said.", "Ostria", true},
		{"Ostria will never sign, Ostria's envoy said.", "Ostria", false},
		{"Ostria said it would never sign, according to the minutes of the meeting held in Lusan.", "Ostria", false},
		{"Ostria said it would never sign.", "Ostria", false},
		{"“We will never sign,” Brenner said.", "Brenner", false},
		{"“The corridor is ours,” he said, before Brenner turned to the ceasefire.", "Brenner", true},
		{"\"The corridor is ours,\" she told reporters as Brenner looked on.", "Brenner", true},
		{"Brenner said the corridor was theirs, and he said it again on Monday.", "Brenner", false},
		{"Brenner, asked about the corridor, said “it is ours,” he insisted.", "Brenner", false},
	} {
		i := strings.Index(tc.text, tc.name)
		if got := othersWords(tc.text, i, i+len(tc.name)); got != tc.want {
			t.Errorf("%q in %q: someone else's words %v, want %v", tc.name, tc.text, got, tc.want)
		}
	}
}

func TestAnItemEndsWhereAnotherSubjectTakesOver(t *testing.T) {
	b, _ := filledArticles(t,
		"The mediator Anna Lind proposed a phased withdrawal from the corridor, but Petar Kovac dismissed the plan. "+
			"Kovac said Ostria would not withdraw. Lind said talks would resume next week.")
	it := itemOf(b, "Anna Lind")
	if it == "" {
		t.Fatalf("no item for Lind: %q", b.Actors)
	}
	if strings.Contains(it, "Kovac dismissed") {
		t.Errorf("Lind's item runs into Kovac's clause: %q", it)
	}
}

func TestBalancedQuotes(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"said the plan was “dead” and left", true},
		{"said \"the plan\" was dead", true},
		{"told reporters. “But all of that was late", false},
		{"all of that was late,” she said", false},
		{"said \"the plan was dead", false},
		{"said the plan (a draft was dead", false},
		{"was late,” she said, “and then", false},
	} {
		if got := balancedQuotes(tc.text); got != tc.want {
			t.Errorf("%q: balanced %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestACountrySpeaksThroughItsNegotiatorInOneItem(t *testing.T) {
	b, _ := filledArticles(t,
		"Talks on the Dorna corridor ended without agreement on Monday. "+
			"Ostria's chief negotiator, Foreign Minister Ines Valdor, rejected the demand for monitors. "+
			"Kessel insisted that monitors were a precondition for any deal. Ostria and Kessel will meet again.")
	it := itemOf(b, "Ostria (")
	if !strings.Contains(it, "Ines Valdor") || !strings.Contains(it, "rejected the demand for monitors") {
		t.Errorf("Ostria's item %q, want it to speak through Valdor: %q", it, b.Actors)
	}
	if itemOf(b, "Ines Valdor") != "" {
		t.Errorf("the negotiator has a second item with the same words: %q", b.Actors)
	}
}

func TestNoActorItemOpensOrEndsInsideAQuotation(t *testing.T) {
	b, _ := filledArticles(t,
		"Ines Valdor demanded on Monday that \"Kessel withdraw its troops from the corridor at once. "+
			"Ines Valdor said the talks would resume in Lusan next week. Kessel rejected the demand.")
	it := itemOf(b, "Ines Valdor")
	if it == "" {
		t.Fatalf("no item for Valdor: %q", b.Actors)
	}
	if _, body := briefing.SplitLead(it); !balancedQuotes(body) {
		t.Errorf("an item with an open quotation: %q", it)
	}
}

func TestOtherSpeaker(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"In a blog post on Ostria Today, Brenner said he would stay.", "Ostria Today", true},
		{"To the ministry's credit, Ines Brenner said, the Ostria plan was never hidden.", "Ostria", true},
		{"Ostria said it would stay.", "Ostria", false},
		{"Ines Brenner said she would stay.", "Brenner", false},
		{"The talks in Ostria ended without a deal.", "Ostria", false},
	} {
		i := strings.Index(tc.text, tc.name)
		if got := otherSpeaker(tc.text, i, i+len(tc.name)); got != tc.want {
			t.Errorf("%q in %q: said by someone else %v, want %v", tc.name, tc.text, got, tc.want)
		}
	}
}

func TestActorLeadNamesWhoAPersonSpeaksFor(t *testing.T) {
	for _, tc := range []struct {
		a    Actor
		want string
	}{
		{Actor{Name: "Ines Valdor", Role: "Foreign Minister", speaksOf: "Ostria"}, "Ines Valdor (Foreign Minister)"},
		{Actor{Name: "Ines Valdor", speaksOf: "Ostria"}, "Ines Valdor (Ostria)"},
		{Actor{Name: "Ostria", rep: "Foreign Minister Ines Valdor"}, "Ostria (Foreign Minister Ines Valdor)"},
		{Actor{Name: "Ines Valdor"}, "Ines Valdor"},
	} {
		if got := actorLead(tc.a); got != tc.want {
			t.Errorf("lead %q, want %q", got, tc.want)
		}
	}
}

func TestABodyNamedInItsSpokesmansTitleIsListedWithHim(t *testing.T) {
	// the Ostrian Foreign Ministry appears only in the title of its
	// spokesman, who "issued" (no speech verb) a statement: the ministry's
	// item names the spokesman, without repeating the ministry's name
	b, _ := filledArticles(t,
		"Ostria and Kessel ended their talks in Lusan without a deal on the Dorna corridor. "+
			"Late on Monday, Ostrian Foreign Ministry spokesman Pavel Drenko issued a statement blaming Kessel for the failure. "+
			"Kessel envoy Tomas Brenner said his government would not withdraw its troops from the corridor. "+
			"Mediators from Lusan hope to hold a new round in March.")
	var got string
	for _, it := range b.Actors {
		if lead, _ := briefing.SplitLead(it); strings.Contains(lead, "Foreign Ministry") {
			got = lead
		}
	}
	if !strings.Contains(got, "spokesman Pavel Drenko") || strings.Count(got, "Foreign Ministry") != 1 {
		t.Errorf("the ministry's label %q, want it to name spokesman Pavel Drenko once; items %q", got, b.Actors)
	}
}

func TestRoleOwner(t *testing.T) {
	names := map[string]int{"white house": 0, "ostria": 1, "foreign ministry": 2}
	lookup := func(w string) int {
		w = strings.TrimSuffix(strings.ToLower(w), "'s")
		if i, ok := names[w]; ok {
			return i
		}
		return -1
	}
	for _, tc := range []struct {
		role string
		want int
	}{
		{"White House spokesman", 0},
		{"Ostria's chief negotiator", 1},
		{"Foreign Ministry spokeswoman", 2},
		{"deputy spokesman", -1},
		{"", -1},
	} {
		if got := roleOwner(tc.role, lookup); got != tc.want {
			t.Errorf("roleOwner(%q) = %d, want %d", tc.role, got, tc.want)
		}
	}
}

func TestPastTense(t *testing.T) {
	for _, tc := range []struct {
		after string
		want  bool
	}{
		{"issued a statement on Monday", true},
		{"dispatched two envoys", true},
		{"backed by Kessel", false}, // a participle
		{"red-lined the draft", false},
		{"Signed the accord", false},
		{"led the talks", false}, // too short to tell from a noun; in the verb lists
	} {
		if got := pastTense(strings.Fields(tc.after)); got != tc.want {
			t.Errorf("pastTense(%q) = %v, want %v", tc.after, got, tc.want)
		}
	}
}

func TestAPositionDoesNotEndOnAStrandedWordWhenAnotherSpanIs(t *testing.T) {
	s := func(text string) Sentence { return Sentence{Text: text} }
	got := itemSpans([]Sentence{s("“Not that I am aware of”"), s("said the ministry had no record of the shipment")})
	if len(got) != 1 || !strings.HasPrefix(got[0].Text, "said the ministry") {
		t.Errorf("itemSpans = %+v, want only the span that ends on a full word", got)
	}
	if got := itemSpans([]Sentence{s("“Not that I am aware of”")}); len(got) != 0 {
		t.Errorf("a short reply without its question is no position: %+v", got)
	}
	if got := itemSpans([]Sentence{s("“It is the one thing the whole valley is afraid of”")}); len(got) != 1 {
		t.Errorf("with nothing else a longer stranded quotation stays: %+v", got)
	}
}

func TestAnOrganisationsLabelCarriesTheAcronymTheReportsUse(t *testing.T) {
	for _, tc := range []struct {
		a    Actor
		want string
	}{
		{Actor{Name: "Lusan Border Agency", Type: "ORG", Aliases: []string{"LBA"}}, "Lusan Border Agency (LBA)"},
		{Actor{Name: "Lusan Border Agency", Type: "ORG", Aliases: []string{"L.B.A."}}, "Lusan Border Agency (L.B.A.)"},
		{Actor{Name: "Lusan Border Agency", Type: "ORG", Aliases: []string{"Agency"}}, "Lusan Border Agency"},
		{Actor{Name: "Lusan Border Agency", Type: "ORG", Aliases: []string{"KBA"}}, "Lusan Border Agency"}, // not its initials
		{Actor{Name: "United Ostria", Type: "LOC", Aliases: []string{"UO"}}, "United Ostria"},              // a country needs none
		{Actor{Name: "Party of Labour", Type: "ORG", Aliases: []string{"PL"}}, "Party of Labour (PL)"},
	} {
		if got := actorLead(tc.a); got != tc.want {
			t.Errorf("actorLead(%+v) = %q, want %q", tc.a, got, tc.want)
		}
	}
}

// A name the source broke after its hyphen by a line wrap is written whole
// in the label.
func TestActorLeadJoinsANameBrokenAfterItsHyphen(t *testing.T) {
	if got := actorLead(Actor{Name: "Karim Al- Mansouri", Type: "PER"}); got != "Karim Al-Mansouri" {
		t.Errorf("actorLead = %q, want %q", got, "Karim Al-Mansouri")
	}
}

// "According to X, ..." tells what X reports: the clause after the comma
// is X's item, but not when X is only whom the source was sent to, nor
// when the comma opens an aside about the source.
func TestAccordingToGivesTheSourcesFinding(t *testing.T) {
	s := Sentence{Text: "According to the new audit by the Harbour Safety Board, the ferry crew was on deck at six when the fire began."}
	got, ok := positionOf(s, []string{"Harbour Safety Board"})
	if want := "the ferry crew was on deck at six when the fire began"; !ok || got.Text != want {
		t.Errorf("positionOf(%q) = %q, %v; want %q", s.Text, got.Text, ok, want)
	}
	for _, text := range []string{
		"According to a letter sent to the Harbour Safety Board, the ferry crew was paid late for a year.",
		"According to the Harbour Safety Board's site, which has since been taken down, the ferry crew was paid late.",
	} {
		if got, ok := positionOf(Sentence{Text: text}, []string{"Harbour Safety Board"}); ok {
			t.Errorf("positionOf(%q) = %q: not the board's finding", text, got.Text)
		}
	}
	if !attributedBy("the new audit by the ") || attributedBy("a letter the union sent to the ") {
		t.Error("attributedBy: a report by the board is the board's; a letter sent to it is not")
	}
}
