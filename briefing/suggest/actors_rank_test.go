package suggest

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// filledArticles drafts and fills a brief from invented reports.
func filledArticles(t *testing.T, texts ...string) (*briefing.Brief, Draft) {
	t.Helper()
	d, arts := draftArticles(t, texts...)
	b := &briefing.Brief{}
	for i, a := range arts {
		b.Sources = append(b.Sources, briefing.Source{N: i + 1, ArticleID: a.ID})
	}
	Fill(b, d)
	return b, d
}

func labels(b *briefing.Brief) []string {
	var out []string
	for _, it := range b.Actors {
		lead, _ := briefing.SplitLead(it)
		out = append(out, lead)
	}
	return out
}

func TestOutletsReportersAndFragmentsAreNotActors(t *testing.T) {
	for _, tc := range []struct{ name, text, notActor string }{
		{"an outlet in the list", "Ines Valdor told Reuters that Ostria would not sign. Reuters said the talks ended.", "Reuters"},
		{"an outlet by its head word", "The Kessel Herald reported that Ostria would not sign. Ines Valdor said the talks ended.", "Kessel Herald"},
		{"a call sign", "KVLT reported that the dam had burst. Ines Valdor said the town was flooded.", "KVLT"},
		{"a network's local station", "NBC7 reported that the dam had burst. Ines Valdor said the town was flooded.", "NBC7"},
		{"a headline in capitals", "Big news, readers: ADA VALE GOT A JOB. Ines Valdor said the town was flooded. ADA VALE GOT A JOB, and Vale said so.", "ADA VALE GOT A JOB"},
		{"a network's local station", "CBSNY reported that the dam had burst. Ines Valdor said the town was flooded.", "CBSNY"},
		{"someone only told things", "Ines Valdor told the Ostrian Broadcasting Corporation that the talks had ended. Valdor said Ostria would not sign.", "Ostrian Broadcasting Corporation"},
		{"a byline", "By Tomas Brenner\nInes Valdor said on Monday that Ostria would not sign the accord.", "Tomas Brenner"},
		{"a photo credit", "Ines Valdor waves to supporters. Photo: Tomas Brenner\nValdor said Ostria would not sign.", "Tomas Brenner"},
		{"a name ending in a platform's", "Ines Valdor said Ostria would not sign. Pictures from Tomas Brenner Facebook showed the crowd. Tomas Brenner Facebook was shut.", "Tomas Brenner Facebook"},
		{"a contraction", "“They’re not serious,” Ines Valdor said. They’re leaving, she added.", "They’re"},
		{"an illness", "Ebola killed 40 people in Brenna last month. Ines Valdor said Ostria would send doctors. Ebola spread to two more towns.", "Ebola"},
		{"an illness named after a person", "Alzheimer's affects one in ten people over 65. Ines Valdor said Ostria would fund a study. Alzheimer's has no cure.", "Alzheimer"},
		{"a pathogen", "The Kessan Virus infected 12 farm workers. Ines Valdor said Ostria would test the herds. The Kessan Virus is carried by ticks.", "Kessan Virus"},
		{"a place only named as the setting", "Talks in Brenna collapsed. Ines Valdor said Ostria would not sign. Delegates stayed in Brenna on Tuesday.", "Brenna"},
		{"a place only named as the setting", "Talks in the Brenna valley collapsed. Ines Valdor said Ostria would not sign. Monitors stayed at the Brenna crossing.", "Brenna"},
	} {
		d, _ := draftArticles(t, tc.text)
		if a, ok := actorNamed(d, tc.notActor); ok && a.Acts {
			t.Errorf("%s: %q is an actor in %q", tc.name, tc.notActor, tc.text)
		}
		if a, ok := actorNamed(d, "Ines Valdor"); !ok || !a.Acts {
			t.Errorf("%s: Ines Valdor lost: %+v", tc.name, a)
		}
	}
}

func TestAnActorWithoutASentenceOfItsOwnIsListed(t *testing.T) {
	b, _ := filledArticles(t,
		"Talks on the Dorna corridor opened in Lusan on Monday, hosted by Deputy Mayor Pia Lorent. "+
			"Ostria said it would not cede the corridor. Kessel demanded international monitors.",
		"Ostria rejected the monitors on Tuesday. Kessel warned that the ceasefire could collapse.")
	var host string
	for _, it := range b.Actors {
		if strings.HasPrefix(it, "Pia Lorent") {
			host = it
		}
	}
	if host == "" {
		t.Fatalf("the host is not listed: %q", b.Actors)
	}
	if lead, _ := briefing.SplitLead(host); lead != "Pia Lorent (Deputy Mayor)" {
		t.Errorf("the host is listed as %q, want her role", lead)
	}
}

func TestActorsAreRankedByTheirRoleInTheStory(t *testing.T) {
	// Ostria speaks in every article and is named most; Kessel acts in
	// two; the Lusan Chamber of Commerce is named once
	b, _ := filledArticles(t,
		"Ostria said on Monday it would not cede the Dorna corridor. Kessel demanded international monitors. "+
			"Ostria accused Kessel of shelling the corridor.",
		"Ostria rejected the monitors. Kessel warned that the ceasefire could collapse. "+
			"The Lusan Chamber of Commerce said trade had halved.",
		"Ostria insisted that the corridor was its own.")
	got := labels(b)
	if len(got) < 3 {
		t.Fatalf("%d actor items: %q", len(got), b.Actors)
	}
	if got[0] != "Ostria" || got[1] != "Kessel" {
		t.Errorf("actors in the order %q, want Ostria then Kessel first", got)
	}
}

func TestAnActorNamedInEveryArticleRanksAboveOneNamedOftenInOne(t *testing.T) {
	_, d := filledArticles(t,
		"Ostria said on Monday it would not cede the corridor. Ostria accused its neighbour of shelling. "+
			"Ostria rejected monitors. Ostria insisted the corridor was its own. Kessel demanded monitors.",
		"Kessel warned that the ceasefire could collapse.",
		"Kessel said it would return to the talks.")
	rank := map[string]int{}
	for i, a := range d.Actors {
		rank[a.Name] = i
	}
	if rank["Kessel"] > rank["Ostria"] {
		t.Errorf("Kessel (in every article) ranks %d, Ostria (one article) %d", rank["Kessel"], rank["Ostria"])
	}
}

func TestOutletListIsLowerCase(t *testing.T) {
	for _, l := range listEntries("outlets") {
		if strings.ToLower(l) != l {
			t.Errorf("data/outlets.txt: %q is not lower case", l)
		}
	}
}

// glued finds two words run together as the checker of a brief does.
func TestGlued(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{{"TrumpTrump", true}, {"saidThe", true}, {"accurate.If", true}, {"late.\"The", true}, {"McDowell", false}, {"DeSantis", false}, {"U.S. Army", false}, {"iPhone", false}, {"YouTube", false}, {"he said. The", false}, {"CouponCabin", true}, {"JonBenét", false}, {"MacDonald", false}, {"the Fitbit", false}} {
		if glued(tc.s) != tc.want {
			t.Errorf("%q: glued %v, want %v", tc.s, !tc.want, tc.want)
		}
	}
}

// An actor the summary's lead sentences name ranks above one named as
// often elsewhere.
func TestActorsTheLeadNamesRankHigher(t *testing.T) {
	e := newEngine(t)
	text := "Tarrow Dock Union members met at dawn. Tarrow Dock Union leaders spoke later.\n\n" +
		"The Velm Harbour Board closed the north pier on Monday. The Velm Harbour Board gave no date for reopening it."
	docs := e.prepare([]briefing.Article{{ID: 1, Text: text}})
	pos := func(as []Actor, name string) int {
		for i, a := range as {
			if a.Name == name {
				return i
			}
		}
		t.Fatalf("no actor %s in %v", name, as)
		return -1
	}
	if b, u := pos(actors(docs, e.ner, nil), "Velm Harbour Board"), pos(actors(docs, e.ner, nil), "Tarrow Dock Union"); b < u {
		t.Fatalf("without a lead the board (%d) already ranks above the union (%d): the test shows nothing", b, u)
	}
	lead := []Sentence{docs[0].sentenceOf(2)}
	as := actors(docs, e.ner, lead)
	if b, u := pos(as, "Velm Harbour Board"), pos(as, "Tarrow Dock Union"); b > u {
		t.Errorf("the board the lead names ranks %d, below the union (%d)", b, u)
	}
}

// A platform named as the medium of a post is no actor; one that speaks or
// acts in a sentence of its own is.
func TestAPlatformIsAnActorOnlyWhenItActs(t *testing.T) {
	acts := func(d Draft, name string) (bool, bool) {
		for _, a := range d.Actors {
			if a.Name == name {
				return true, a.Acts
			}
		}
		return false, false
	}
	d, _ := draftArticles(t, "Ada Vell took to Twitter on Monday to deny the report. A video of the rally posted on YouTube drew a crowd to the square.")
	for _, p := range []string{"Twitter", "YouTube"} {
		if found, ok := acts(d, p); !found || ok {
			t.Errorf("%s found %v acts %v, want found and not acting: the medium of a post", p, found, ok)
		}
	}
	d, _ = draftArticles(t, "YouTube said on Tuesday it had taken the video down within an hour. Ada Vell thanked the company.")
	if found, ok := acts(d, "YouTube"); !found || !ok {
		t.Errorf("YouTube found %v acts %v, want an actor: it speaks", found, ok)
	}
}

// An acronym a report spells out as a common noun (in lower case, or a
// name and a common head noun) is no actor; a body's acronym after its
// name, lower case or not, or after a noun that does not spell it, is.
func TestAnAcronymOfACommonNounIsNoActor(t *testing.T) {
	d, _ := draftArticles(t, "The volunteers were monitored with electroencephalography (EEG) while they slept. "+
		"A polymerase chain reaction (PCR) test found the virus, and the lab said the PCR result was clear. "+
		"The main opposition party (KNP) said the count was fair, and the KNP called for calm. "+
		"Children with Lorne syndrome (LS) learn to speak late, and LS affects one child in ten thousand. "+
		"The Velm port authority (VPA) said the quay would reopen, and the VPA hired divers.")
	acts := map[string]bool{}
	for _, a := range d.Actors {
		acts[a.Name] = a.Acts
	}
	for _, n := range []string{"EEG", "PCR", "LS"} {
		if acts[n] {
			t.Errorf("%s acts, want no actor: a common noun spelled out before it", n)
		}
	}
	if !acts["KNP"] {
		t.Errorf("KNP does not act (actors %v), want the party: 'party' does not spell it out", acts)
	}
	if !acts["VPA"] && !acts["Velm port authority"] {
		t.Errorf("the Velm port authority does not act (actors %v): a body's head ends its name", acts)
	}
}

// A head of state or a foreign minister named once ranks above others named
// once before them; a former or vice president does not.
func TestAHighOfficeRanksItsHolderAmongThePrincipals(t *testing.T) {
	e := newEngine(t)
	text := "Talks on the Tarsk crossings ended without agreement on Monday.\n\n" +
		"Harbour pilot Ivo Tal said the river was calm. Trader Pia Lund said prices had doubled. " +
		"Velmorian President Ada Kessie said her country would not give up the crossings."
	as := actors(e.prepare([]briefing.Article{{ID: 1, Text: text}}), e.ner, nil)
	pos := map[string]int{}
	for i, a := range as {
		pos[a.Name] = i + 1
	}
	if pos["Ada Kessie"] == 0 || pos["Ivo Tal"] == 0 || pos["Pia Lund"] == 0 {
		t.Fatalf("actors %v: want Ada Kessie, Ivo Tal and Pia Lund", pos)
	}
	if pos["Ada Kessie"] > pos["Ivo Tal"] || pos["Ada Kessie"] > pos["Pia Lund"] {
		t.Errorf("the president ranks %d, below the pilot (%d) or the trader (%d)", pos["Ada Kessie"], pos["Ivo Tal"], pos["Pia Lund"])
	}
	for _, tc := range []struct {
		role string
		want bool
	}{
		{"Velmorian President", true},
		{"Foreign Minister", true},
		{"Prime Minister", true},
		{"former President", false},
		{"Vice President", false},
		{"Deputy Foreign Minister", false},
		{"harbour pilot", false},
	} {
		if got := highOffice(tc.role); got != tc.want {
			t.Errorf("highOffice(%q) = %v, want %v", tc.role, got, tc.want)
		}
	}
}
