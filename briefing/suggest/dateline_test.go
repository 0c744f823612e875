package suggest

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestDatelineLen(t *testing.T) {
	for _, tc := range []struct{ in, rest string }{
		{"GENEVA — Two days of talks ended.", "Two days of talks ended."},
		{"KESSAN—An envoy for the council said talks would resume.", "An envoy for the council said talks would resume."},
		{"UN—The acronym stays when it is too short to be a place.", "UN—The acronym stays when it is too short to be a place."},
		{"ISTANBUL — Delegations met.", "Delegations met."},
		{"WASHINGTON (Reuters) - The Senate voted.", "The Senate voted."},
		{"LONDON, England (CNN) -- A man was arrested.", "A man was arrested."},
		{"(CNN) -- A storm hit the coast.", "A storm hit the coast."},
		{"NEW YORK, Nov. 12 (AP) – Stocks fell.", "Stocks fell."},
		{"ST. LOUIS, Missouri -- Police said.", "Police said."},
		{"KYIV, Ukraine — Sirens sounded.", "Sirens sounded."},
		{"(CNN)They may be close.", "They may be close."},
		{"Port Aldine (AP) The ferry sank.", "The ferry sank."},
		{"Port Aldine, Norvask (CNN)As the river rose, the ferry sank.", "As the river rose, the ferry sank."},
		{"NORTH BAY/PORT ALDINE (Reuters) - A ferry sank.", "A ferry sank."},
		{"Kessan, Norvask (Reuters) — Troops withdrew.", "Troops withdrew."},
		{"PORT ALDINE (Coastwatch)—Ferries stopped.", "Ferries stopped."},
		{"(Coastwatch)—Ferries stopped.", "Ferries stopped."},
		{"PORT ALDINE A ferry sank on Monday.", "A ferry sank on Monday."},
		{"KESSAN The talks ended.", "The talks ended."},
		{"KESSAN An Orvish envoy said talks would resume.", "An Orvish envoy said talks would resume."},
		{"Senator Vell (VA) said no.", "Senator Vell (VA) said no."},
		// not datelines
		{"(Updated) the rules changed.", "(Updated) the rules changed."},
		{"Geneva — a city of talks.", "Geneva — a city of talks."},
		{"US officials said — briefly — no.", "US officials said — briefly — no."},
		{"GENEVA-based groups met.", "GENEVA-based groups met."},
		{"The talks (in Geneva) - ended.", "The talks (in Geneva) - ended."},
		{"GENEVA — ", "GENEVA — "},
		{"I — alone — went.", "I — alone — went."},
		{"PORT ALDINE (Coastwatch)—based groups met.", "PORT ALDINE (Coastwatch)—based groups met."},
		{"NATO A-10 jets flew.", "NATO A-10 jets flew."},
		{"UN A team left.", "UN A team left."},
		{"NATO The Alliance Council met.", "NATO The Alliance Council met."},
	} {
		got, n := stripDateline(tc.in)
		if got != tc.rest || tc.in[n:] != got {
			t.Errorf("stripDateline(%q) = %q, want %q", tc.in, got, tc.rest)
		}
	}
}

func TestDraftStripsDatelinesKeepingProvenance(t *testing.T) {
	text := "# Heading\n\nGENEVA — Two days of high-level talks between Arvelia and Sarkand ended on Wednesday without agreement.\n\n" +
		"WASHINGTON (Reuters) - The United States said it would keep its envoy in the region next week.\n\n" +
		"Sarkand demanded full control of the corridor as a precondition for any ceasefire, officials said."
	a := briefing.Article{ID: 7, Text: text}
	d := newEngine(t).Draft([]briefing.Article{a})
	var all []Sentence
	all = append(all, d.Summary...)
	for _, ac := range d.Actors {
		all = append(all, ac.Stance...)
	}
	for _, p := range d.StickingPoints {
		all = append(all, p.Sentence)
	}
	for _, f := range d.Outlook {
		all = append(all, f.Sentence)
	}
	if len(d.Summary) == 0 {
		t.Fatal("no summary")
	}
	for _, s := range all {
		if strings.HasPrefix(s.Text, "GENEVA") || strings.HasPrefix(s.Text, "WASHINGTON") {
			t.Errorf("dateline kept: %q", s.Text)
		}
		if got := s.Prov.Slice(text); got != s.Text {
			t.Errorf("provenance %+v slices %q, want %q", s.Prov, got, s.Text)
		}
	}
}

// A dateline's place and wire credit are entities the report names, though
// no section quotes the dateline and they play no part in the story.
func TestDatelineNamesArePlacesThatDoNotAct(t *testing.T) {
	text := "https://news.example/coast\r\n\r\nKESTRAVIK, Jun 10 2030 (KNA) - Ferry crews in the harbour said the service would resume on Monday.\r\n\r\n" +
		"Kestravik officials said the ferry would run again once the storm passed.\r\n\r\n" +
		"Ines Valdor, who runs the ferry company, said the crews were ready."
	d := newEngine(t).Draft([]briefing.Article{{ID: 1, Text: text}})
	place, ok := actorNamed(d, "Kestravik")
	if !ok {
		t.Fatalf("no actor for the dateline's place: %+v", d.Actors)
	}
	if place.Name != "Kestravik" {
		t.Errorf("named %q, want the form written in mixed case", place.Name)
	}
	credit, ok := actorNamed(d, "KNA")
	if !ok {
		t.Fatalf("no entity for the wire credit: %+v", d.Actors)
	}
	if credit.Acts || len(credit.Stance) != 0 {
		t.Errorf("the credit acts: %+v", credit)
	}
	if place.mentions != 2 {
		t.Errorf("place mentioned %d times, want 2 (the dateline and the story)", place.mentions)
	}
}
