package suggest

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
)

// How the names of organisations join: a short name and its longer forms,
// acronyms.

// extensions joins the short and the full name of one organisation, and
// nothing else: a known place, a person's full name, a body word alone,
// a name that two places or a person share stay apart.
func TestExtensionsJoinOnlyFormsOfOneName(t *testing.T) {
	e := newEngine(t)
	for _, tc := range []struct {
		name                   string
		orgs, locs, full, lone []string
		a, b                   string
		same                   bool
	}{
		{"a company's short name typed as a person", []string{"arvel shipping group"}, nil, nil, []string{"arvel"}, "arvel", "arvel shipping group", true},
		{"a university's short name typed as a place", []string{"tessaly state university"}, []string{"tessaly state"}, nil, nil, "tessaly state", "tessaly state university", true},
		{"a known place before a company", []string{"lagos power company"}, []string{"lagos"}, nil, nil, "lagos", "lagos power company", false},
		{"a person before a company named for her", []string{"ines valdor group"}, nil, []string{"ines valdor"}, nil, "ines valdor", "ines valdor group", false},
		{"a club after its city", []string{"varna zolters", "zolters"}, nil, nil, nil, "zolters", "varna zolters", true},
		{"a club name two cities share", []string{"varna zolters", "lagos zolters", "zolters"}, nil, nil, nil, "zolters", "varna zolters", false},
		{"a club name that is also a surname", []string{"zolters"}, nil, []string{"georgia zolters"}, nil, "zolters", "georgia zolters", false},
		{"a word before the name that is no place", []string{"silver zolters", "zolters"}, nil, nil, nil, "zolters", "silver zolters", false},
		{"a body word alone", []string{"texas senate", "senate"}, nil, nil, nil, "senate", "texas senate", false},
		{"one country in two spellings", []string{"u.s. lighthouse board", "united states lighthouse board", "lighthouse board"}, nil, nil, nil, "united states lighthouse board", "u.s. lighthouse board", true},
	} {
		ix := &nameIndex{full: map[string]int{}, into: map[string]string{}, orgs: map[string]int{}, locs: map[string]bool{}, lone: map[string]bool{}}
		for _, k := range tc.orgs {
			ix.orgs[k]++
		}
		for _, k := range tc.locs {
			ix.locs[k] = true
		}
		for _, k := range tc.full {
			ix.full[k]++
		}
		for _, k := range tc.lone {
			ix.lone[k] = true
		}
		ix.extensions(e.ner)
		got := ix.resolve(tc.a) == ix.resolve(tc.b)
		if !tc.same && (ix.resolve(tc.a) != tc.a || ix.resolve(tc.b) != tc.b) {
			got = true // merged into something else
		}
		if got != tc.same {
			t.Errorf("%s: %q and %q one name = %v, want %v (merges %v)", tc.name, tc.a, tc.b, got, tc.same, ix.into)
		}
	}
}

func TestAShortNameJoinsItsBodyButNotItsBranchInACountry(t *testing.T) {
	e := newEngine(t)
	for _, tc := range []struct {
		orgs []string
		same bool
	}{
		{[]string{"orvel", "orvel holdings"}, true},
		{[]string{"orvel", "orvel japan"}, false},
		{[]string{"orvel", "orvel kenya"}, false},
	} {
		ix := &nameIndex{full: map[string]int{}, into: map[string]string{}, orgs: map[string]int{}, locs: map[string]bool{}, lone: map[string]bool{}}
		for _, k := range tc.orgs {
			ix.orgs[k]++
		}
		ix.organisations(e.ner)
		if got := ix.resolve(tc.orgs[0]) == ix.resolve(tc.orgs[1]); got != tc.same {
			t.Errorf("%q and %q one body = %v, want %v", tc.orgs[0], tc.orgs[1], got, tc.same)
		}
	}
}

// A movement the recogniser typed as a person's name is labelled with the
// acronym the reports also use, as an organisation is.
func TestAcronymOfANameTypedAsAPerson(t *testing.T) {
	d, _ := draftArticles(t,
		"The Varo Kelu Kran said on Monday that its fighters had left the town. The Varo Kelu Kran held the hills.",
		"The VKK warned that the ceasefire would not hold. The VKK said it would fight on.")
	a, ok := actorNamed(d, "VKK")
	if !ok {
		t.Fatalf("no actor goes by VKK: %q", actorsWith(d, "V"))
	}
	if got := actorLead(a); got != "Varo Kelu Kran (VKK)" {
		t.Errorf("label %q, want %q", got, "Varo Kelu Kran (VKK)")
	}
	if got := actorLead(Actor{Name: "Ines Valdor", Type: "PER", Aliases: []string{"IV"}}); got != "Ines Valdor" {
		t.Errorf("a person's two initials are no acronym: %q", got)
	}
}

// The label of a body gives its acronym also when the acronym keeps a
// short word's initial or leaves out the place the name opens with.
func TestALabelGivesTheAcronymOfTheNamesHeadWords(t *testing.T) {
	a := Actor{Name: "Tarrow Bureau of Labor and Industries", Type: ner.ORG, Aliases: []string{"BOLI"}}
	if got := acronymOf(a); got != "BOLI" {
		t.Errorf("acronymOf(%q) = %q, want BOLI", a.Name, got)
	}
	a.Aliases = []string{"TBC"}
	if got := acronymOf(a); got != "" {
		t.Errorf("acronymOf(%q) with alias TBC = %q, want none", a.Name, got)
	}
	// an acronym some papers write as a word
	a = Actor{Name: "Oldan Space Agency", Type: ner.ORG, Aliases: []string{"Osa"}}
	if got := acronymOf(a); got != "Osa" {
		t.Errorf("acronymOf(%q) with alias Osa = %q, want Osa", a.Name, got)
	}
	a.Aliases = []string{"Osa", "OSA"}
	if got := acronymOf(a); got != "OSA" {
		t.Errorf("acronymOf(%q) with aliases Osa, OSA = %q, want OSA", a.Name, got)
	}
	a.Aliases = []string{"Oldan"}
	if got := acronymOf(a); got != "" {
		t.Errorf("acronymOf(%q) with alias Oldan = %q, want none", a.Name, got)
	}
}
