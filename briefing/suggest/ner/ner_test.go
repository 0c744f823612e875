package ner

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/suggest/sentence"
)

func TestRecognize(t *testing.T) {
	sp, err := sentence.NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	r := New(sp.Model())
	rs := NewWithOptions(sp.Model(), Options{SportsTables: true})
	for _, tc := range slices.Concat(recognizeCases, recognizeTableCases) {
		t.Run(tc.name, func(t *testing.T) {
			got := map[string]Mention{}
			rec := r
			if strings.HasPrefix(tc.name, "sports: ") {
				rec = rs
			}
			for _, m := range rec.Recognize(tc.text, sp.Split(tc.text)) {
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
