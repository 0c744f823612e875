package suggest

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
)

// draftArticles drafts invented reports, one article each.
func draftArticles(t *testing.T, texts ...string) (Draft, []briefing.Article) {
	t.Helper()
	var arts []briefing.Article
	for i, x := range texts {
		arts = append(arts, briefing.Article{ID: int64(i + 1), Text: x})
	}
	return newEngine(t).Draft(arts), arts
}

// actorsWith returns the names of the actors that go by a form containing
// word.
func actorsWith(d Draft, word string) []string {
	var out []string
	for _, a := range d.Actors {
		for _, f := range append([]string{a.Name}, a.Aliases...) {
			if strings.Contains(f, word) {
				out = append(out, a.Name)
				break
			}
		}
	}
	return out
}

func TestAliasesMergeAcrossSentencesAndArticles(t *testing.T) {
	for _, tc := range []struct {
		name  string
		texts []string
		word  string // every actor going by a form with this word ...
		want  string // ... is this one
	}{
		{"a surname in another article", []string{
			"Foreign Minister Ines Valdor said on Monday that Ostria would not sign the accord.",
			"Valdor told reporters the accord was dead. Valdor later left for Kessel.",
		}, "Valdor", "Ines Valdor"},
		{"a first name in another article", []string{
			"Ines Valdor said on Monday that Ostria would not sign the accord.",
			"Ines said the accord was dead, and Ines left for Kessel on Tuesday.",
		}, "Ines", "Ines Valdor"},
		{"spellings of one name from another script", []string{
			"Crown Prince Mohammed bin Talvar said on Monday that Ostria would not sign the accord.",
			"Mohamed bin Talvar told reporters the accord was dead. Mohamed bin Talvar left for Kessel.",
			"Mohammad Bin Talvar said the talks would resume.",
		}, "Talvar", "Mohamed bin Talvar"},
		{"one name with and without its diacritics", []string{
			"Minister Ines Valdör-Küster said on Monday that Ostria would not sign the accord. Ines Valdör-Küster left for Kessel.",
			"Ines Valdor-Kuster told reporters the accord was dead.",
		}, "Valdor-Kuster", "Ines Valdör-Küster"},
		{"a nickname alone after the full name with it", []string{
			"Rebel chief Tomas “El Lobo” Arrieta said on Monday that his men would not disarm.",
			"El Lobo has been held in Kessan since May, and lawyers for El Lobo said the prison refused visits.",
		}, "Lobo", "Tomas “El Lobo” Arrieta"},
		{"a nickname with the surname after the full name with it", []string{
			"Striker Luis ‘Pato’ Orta said on Monday that he would leave the club.",
			"Pato Orta told reporters the club had not paid him. Pato Orta left for Kessan.",
		}, "Pato", "Luis ‘Pato’ Orta"},
		{"the first of two surnames alone", []string{
			"Ana Reyes Varga, the mayor's widow, said on Monday that the inquiry had failed.",
			"Reyes told reporters she would appeal. Reyes later left for Kessan.",
		}, "Reyes", "Ana Reyes Varga"},
		{"a name with an accent in one report and without it in another", []string{
			"Senator Olen Bérard said on Monday that Ostria would not sign the accord. Olen Bérard left for Kessel.",
			"Olen Berard told reporters the accord was dead. Olen Berard later met the envoy.",
		}, "rard", "Olen Bérard"},
		{"a body's name with and without its accents", []string{
			"The Banque Générale de Kessan said on Monday it would stop lending to Ostria.",
			"The Banque Generale de Kessan told reporters the loans were frozen.",
		}, "Banque", "Banque Générale de Kessan"},
		{"one body's name with a hyphen and with a space", []string{
			"The Museum of Kessel-Ostrian History said on Monday that it would reopen.",
			"The Museum of Kessel Ostrian History told reporters the roof was mended.",
		}, "Museum", "Museum of Kessel Ostrian History"},
		{"a given name shortened to its opening", []string{
			"Leonardo Vantor said on Monday that Ostria would not sign the accord.",
			"Leo told reporters the accord was dead, and Leo left for Kessel.",
		}, "Leo", "Leonardo Vantor"},
		{"an acronym that keeps the initial of a short word, after a place", []string{
			"The Tarrow Bureau of Labor and Industries fined the bakery on Monday.",
			"Later, BOLI said the fine would stand.",
		}, "BOLI", "Tarrow Bureau of Labor and Industries"},
		{"a familiar given name", []string{
			"James Orlan said on Monday that Ostria would not sign the accord. James Orlan left for Kessel.",
			"Jim Orlan told reporters the accord was dead.",
		}, "Orlan", "James Orlan"},
		{"a familiar given name, less common", []string{
			"Randall Okoro said on Monday that Ostria would not sign the accord. Randall Okoro left for Kessel.",
			"Randy Okoro told reporters the accord was dead.",
		}, "Okoro", "Randall Okoro"},
		{"a familiar given name from another language", []string{
			"Dmitry Orlov-Vask said on Monday that Ostria would not sign the accord. Dmitry Orlov-Vask left for Kessel.",
			"Dima Orlov-Vask told reporters the accord was dead.",
		}, "Orlov-Vask", "Dmitry Orlov-Vask"},
		{"a woman's familiar given name", []string{
			"Kimberly Osei said on Monday that Ostria would not sign the accord. Kimberly Osei left for Kessel.",
			"Kim Osei told reporters the accord was dead.",
		}, "Osei", "Kimberly Osei"},
		{"a surname that is also a town's name", []string{
			"Ines Dover said on Monday that Ostria would not sign the accord.",
			"Dover opposes the new draft. Dover rejected it again on Tuesday.",
		}, "Dover", "Ines Dover"},
		{"a middle initial", []string{
			"Ines M. Valdor said on Monday that Ostria would not sign the accord.",
			"Ines Valdor said the accord was dead.",
		}, "Valdor", "Ines Valdor"},
		{"a middle name", []string{
			"Ines Maria Valdor said on Monday that Ostria would not sign the accord.",
			"Ines Valdor said the accord was dead. Ines Valdor left for Kessel.",
		}, "Valdor", "Ines Valdor"},
		{"a typographic apostrophe in one article, a plain one in the other", []string{
			"Ines O’Valdor said on Monday that Ostria would not sign the accord.",
			"Ines O'Valdor said the accord was dead. Ines O'Valdor left for Kessel.",
		}, "Valdor", "Ines O'Valdor"},
		{"a heading word glued before the name", []string{
			"Caption Valdor waves. Ines Valdor said on Monday that Ostria would not sign the accord.",
			"Ines Valdor said the accord was dead.",
		}, "Valdor", "Ines Valdor"},
		{"an acronym after its expansion", []string{
			"The Kessel Water Authority said on Monday that the dam would stay closed.",
			"The KWA warned that the reservoir was low. The KWA said repairs would take a month.",
		}, "KWA", "Kessel Water Authority"},
		{"an acronym after a name typed as a person's", []string{
			"The Varo Kelu Kran said on Monday that its fighters had left the town. The Varo Kelu Kran held the hills.",
			"The VKK warned that the ceasefire would not hold. The VKK said it would fight on.",
		}, "VKK", "Varo Kelu Kran"},
		{"an acronym that keeps the initial of a short word", []string{
			"The Bureau of Fisheries said on Monday that the quota would be halved.",
			"Boat owners said the BOF had not consulted them. The BOF said the stocks were low.",
		}, "BOF", "Bureau of Fisheries"},
		{"an acronym of a hyphenated name", []string{
			"The Anti-Corruption Bureau said on Monday that it had charged the mayor.",
			"The ACB warned that more officials were under watch. The ACB said it had made six arrests.",
		}, "ACB", "Anti-Corruption Bureau"},
		{"a ministry's name in its two word orders", []string{
			"The Ministry of Fisheries said on Monday that the quota would be halved.",
			"The Fisheries Ministry said the stocks were low. The Fisheries Ministry will review the ban in May.",
		}, "Fisheries", "Fisheries Ministry"},
		{"an acronym of the word order used less", []string{
			"The Department of Fisheries said on Monday that the quota would be halved.",
			"The Fisheries Department said the stocks were low. The Fisheries Department will review the ban in May.",
			"Boat owners said the DOF had not consulted them.",
		}, "DOF", "Fisheries Department"},
		{"the initials of a body's head words after its place", []string{
			"The Essex Port Authority said on Monday that the harbour would stay shut.",
			"A spokeswoman for the P.A. said the dredging would start in May. The P.A. declined to name the contractor.",
		}, "P.A.", "Essex Port Authority"},
		{"the short form of an organisation", []string{
			"The Ostrian Weather Service said on Monday that the storm would reach Kessel.",
			"The Weather Service warned that the rivers would rise.",
		}, "Weather Service", "Ostrian Weather Service"},
		{"a company's short name before its full name", []string{
			"Arvel Shipping Group said on Monday that its tankers would avoid the strait.",
			"Arvel said the detour would add four days. Arvel later cut its forecast.",
		}, "Arvel", "Arvel Shipping Group"},
		{"a university's short name, typed as a place", []string{
			"On Monday, Tessaly State University said that classes would resume.",
			"Officials at Tessaly State said the campus was safe. On Tuesday, Tessaly State reopened its library.",
		}, "Tessaly", "Tessaly State University"},
		{"a club's name after its city", []string{
			"The Varna Zolters said on Monday that the coach had resigned.",
			"The Zolters named a new coach on Tuesday. The Zolters said the search was over.",
		}, "Zolters", "Varna Zolters"},
		{"a body qualified by its country in two spellings", []string{
			"The U.S. Lighthouse Board said on Monday that the beacon would be rebuilt.",
			"The United States Lighthouse Board said the work would start in May. The Lighthouse Board named a contractor.",
		}, "Lighthouse", "U.S. Lighthouse Board"},
		{"GOP and Republicans", []string{
			"Republicans said on Monday that they would block the bill.",
			"The GOP warned that the vote would fail.",
		}, "GOP", "Republicans"},
		{"the North after North Korea", []string{
			"North Korea said on Monday that it would test another missile.",
			"The North warned that it would respond to any drills.",
		}, "North", "North Korea"},
		{"a surname before a generational suffix", []string{
			"Mayor Henry Osei III said on Monday that the bridge would stay shut.",
			"Osei told reporters the repairs would take a month. Osei later left for Kessel.",
		}, "Osei", "Henry Osei III"},
		{"a middle initial, a suffix and a familiar given name", []string{
			"James T. Orlan Jr. said on Monday that Ostria would not sign the accord.",
			"Jim Orlan told reporters the accord was dead. Jim Orlan later left for Kessel.",
		}, "Orlan", "Jim Orlan"},
		{"a surname of two letters", []string{
			"Wu Tianlin said on Monday that Ostria would not sign the accord.",
			"Wu told reporters the accord was dead, and Wu left for Kessel on Tuesday.",
		}, "Wu", "Wu Tianlin"},
		{"an armed group's acronym and its name", []string{
			"ISIS said on Monday that its fighters had left the town.",
			"The Islamic State claimed the attack on the convoy.",
		}, "ISIS", "Islamic State"},
		{"the Kremlin and Moscow as Russia", []string{
			"Russia said on Monday that it would not attend the summit.",
			"The Kremlin said the talks were pointless. Moscow accused Kessel of stalling.",
		}, "", "Russia"},
	} {
		d, _ := draftArticles(t, tc.texts...)
		word := tc.word
		if word == "" {
			word = "Kremlin"
		}
		got := actorsWith(d, word)
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s: actors going by %q are %q, want only %q", tc.name, word, got, tc.want)
		}
		if tc.word == "" {
			if a, ok := actorNamed(d, "Moscow"); !ok || a.Name != "Russia" {
				t.Errorf("%s: Moscow is %q, want Russia", tc.name, a.Name)
			}
		}
	}
}

func TestTwoPeopleWithOneSurnameStayTwo(t *testing.T) {
	d, _ := draftArticles(t,
		"Ines Valdor said on Monday that Ostria would not sign the accord. Her brother Tomas Valdor said he agreed.",
		"Tomas Valdor said the accord was dead. Ines Valdor left for Kessel.")
	for _, n := range []string{"Ines Valdor", "Tomas Valdor"} {
		if a, ok := actorNamed(d, n); !ok || a.Name != n {
			t.Errorf("%s merged into %q", n, a.Name)
		}
	}
	// a father and a son named alike
	d, _ = draftArticles(t,
		"Ivo K. Tal Sr. said on Monday that the firm would be sold. His son, Ivo K. Tal Jr., said he opposed the sale.",
		"Ivo Tal told reporters the firm was worth more. Ivo Tal left for Kessel.")
	sr, _ := actorNamed(d, "Ivo K. Tal Sr")
	jr, _ := actorNamed(d, "Ivo K. Tal Jr")
	if sr.Name == "" || sr.Name == jr.Name {
		t.Errorf("father and son are one actor %q / %q: %q", sr.Name, jr.Name, actorsWith(d, "Tal"))
	}
	// each named by the surname with the suffix more often than in full:
	// each is still labelled with the full name
	d, _ = draftArticles(t, "Tomas Vantor Sr., 52, shot his son, Tomas Vantor Jr., twice on Sunday, police said. "+
		"Vantor Jr. was taken to hospital. Vantor Sr. was arrested at the scene. "+
		"Vantor Sr. told officers he had acted in self-defence. Vantor Jr. said his father had been drinking.")
	for _, n := range []string{"Tomas Vantor Sr", "Tomas Vantor Jr"} {
		if a, ok := actorNamed(d, n); !ok || a.Name != n {
			t.Errorf("%s is labelled %q: %q", n, a.Name, actorsWith(d, "Vantor"))
		}
	}
}

// A courtesy title ("Mr", "Ms") before a name gives no role.
func TestCourtesyTitleIsNoRole(t *testing.T) {
	for _, text := range []string{
		"Mr Tomas Velo said on Monday that the port would reopen. Mr Velo added that ferries were ready.",
		"Why Should Mr Tomas Velo Resign? Tomas Velo said on Monday that the port would reopen.",
	} {
		d, _ := draftArticles(t, text)
		for _, a := range d.Actors {
			if a.Name == "Tomas Velo" && a.Role != "" {
				t.Errorf("%q: Tomas Velo has the role %q, want none", text, a.Role)
			}
		}
	}
}

// Two people whose names differ only in a short word's vowel stay two.
func TestShortNamesWithOtherVowelsStayApart(t *testing.T) {
	d, _ := draftArticles(t,
		"Dan Kerrow said on Monday that Ostria would not sign the accord. Dan Kerrow left for Kessel.",
		"Don Kerrow told reporters the accord was dead.")
	if got := actorsWith(d, "Kerrow"); len(got) != 2 {
		t.Errorf("actors named Kerrow: %q, want Dan Kerrow and Don Kerrow apart", got)
	}
	d, _ = draftArticles(t,
		"Saddam Hussain, a shopkeeper in Kessel, said he was tired of sharing his name with Saddam Hussein. Saddam Hussain changed it.",
		"Saddam Hussain told reporters the new name suited him.")
	if got := actorsWith(d, "Saddam"); len(got) != 2 {
		t.Errorf("actors named Saddam: %q, want two people (one article writes both spellings)", got)
	}
	if !respelt("dmitri orlan", "dmitry orlan") || respelt("dan kerrow", "don kerrow") || respelt("ines", "inas") {
		t.Error("respelt: wrong on the invented pairs")
	}
}

// A country that is also a person's surname stays the country.
func TestACountryIsNoSurname(t *testing.T) {
	d, _ := draftArticles(t,
		"Ines Jordan said on Monday that the shipping lane would stay open.",
		"Jordan rejected the new draft on Tuesday. Jordan closed its border crossing.")
	if a, ok := actorNamed(d, "Jordan"); !ok || !a.Acts || a.Type != ner.LOC {
		t.Errorf("the country does not act on its own: %+v (actors %q)", a, actorsWith(d, "Jordan"))
	}
}
