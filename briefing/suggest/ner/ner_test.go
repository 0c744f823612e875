package ner

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing/suggest/sentence"
)

func TestRecognize(t *testing.T) {
	sp, err := sentence.NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	r := New(sp.Model())
	for _, tc := range []struct {
		name, text string
		want       map[string]string // name -> type
		roles      map[string]string // name -> role
	}{
		{"titles give people and roles",
			"U.S. President Bill Clinton met envoy Steve Witkoff and Prime Minister Рустем Умєров in Geneva on Monday.",
			map[string]string{"U.S.": LOC, "Bill Clinton": PER, "Steve Witkoff": PER, "Рустем Умєров": PER, "Geneva": LOC},
			map[string]string{"Bill Clinton": "U.S. President", "Steve Witkoff": "envoy", "Рустем Умєров": "Prime Minister"}},
		{"organisations by suffix and gazetteer",
			"The European Union and Northbridge Holdings said the Bank of Valdoria would reopen. NATO agreed.",
			map[string]string{"European Union": ORG, "Northbridge Holdings": ORG, "Bank of Valdoria": ORG, "NATO": ORG}, nil},
		{"a surname after a full name is the same person",
			"Talks were led by Mikhail Sokolov. Later, Sokolov said he would return.",
			map[string]string{"Mikhail Sokolov": PER, "Sokolov": PER}, nil},
		{"sentence-initial words and demonyms are not names",
			"However, Russian officials said on Friday that Arvelian forces had left.",
			map[string]string{}, nil},
		{"a name does not run on over a line break",
			"Valdoria City beat Harbour Rovers\nPavel Marek scored twice.",
			map[string]string{"Pavel Marek": PER}, nil},
		{"state abbreviations are places, month abbreviations are not names",
			"The plant near Tulsa, Okla, reopened on Sep 3 for Norvatek and its buyers.",
			map[string]string{"Okla": LOC, "Norvatek": ORG, "Sep": ""}, nil},
		{"teams in a results line",
			"Valdoria City 3 Harbour Rovers 1",
			map[string]string{"Valdoria City": ORG, "Harbour Rovers": ORG}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := map[string]Mention{}
			for _, m := range r.Recognize(tc.text, sp.Split(tc.text)) {
				if tc.text[m.Start:m.End] != m.Text {
					t.Errorf("mention %+v does not slice its text", m)
				}
				got[m.Text] = m
			}
			for n, typ := range tc.want {
				if got[n].Type != typ {
					t.Errorf("%q: type %q, want %q (all: %+v)", n, got[n].Type, typ, got)
				}
			}
			if len(tc.want) == 0 && len(got) > 0 {
				t.Errorf("found %+v, want nothing", got)
			}
			for n, role := range tc.roles {
				if got[n].Role != role {
					t.Errorf("%q: role %q, want %q", n, got[n].Role, role)
				}
			}
		})
	}
}
