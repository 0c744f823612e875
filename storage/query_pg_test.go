package storage

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzPostgresSearch is FuzzMatchQuery in the PostgreSQL pass: whatever
// the input, its tsquery is accepted by to_tsquery and Search either finds
// or refuses it as exclusions only, never fails.
// BRIEFDESK_TEST_ENGINE=postgres go test -fuzz=FuzzMatchQuery fuzzes it.
func fuzzPostgresSearch(f *testing.F) {
	s := newTestStore(f)
	mustAdd(f, s, article("Valmora talks", "", "Erdoğan met Путин in Geneva"))
	f.Fuzz(func(t *testing.T, in string) {
		m := MatchQuery(in)
		tsq, _ := pgTSQuery(m)
		if !utf8.ValidString(tsq) || strings.ContainsRune(tsq, 0) {
			t.Fatalf("pgTSQuery(%q) = %q", m, tsq)
		}
		if m != "" {
			var ok bool
			if err := s.read.QueryRow(`SELECT to_tsquery('briefdesk', $1) IS NOT NULL`, tsq).Scan(&ok); err != nil {
				t.Fatalf("to_tsquery(%q) (from %q): %v", tsq, in, err)
			}
		}
		if _, err := s.Search(context.Background(), in, SearchOptions{}); err != nil && !errors.Is(err, ErrOnlyExclusions) {
			t.Fatalf("Search(%q): %v", in, err)
		}
	})
}

func TestPGTSQuery(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Geneva corridor", `'Geneva' & 'corridor'`},
		{`"contact line"`, `('contact' <-> 'line')`},
		{`negot* "peace talk"*`, `'negot':* & ('peace' <-> 'talk':*)`},
		{"Dorna OR Путин", `'Dorna' | 'Путин'`},
		{"Geneva NOT Dorna", `'Geneva' & !'Dorna'`},
		{"a OR b -c", `('a' | 'b') & !'c'`},
		{"Geneva AND Dorna", `'Geneva' & 'Dorna'`},
	} {
		got, _ := pgTSQuery(MatchQuery(c.in))
		if got != c.want {
			t.Errorf("pgTSQuery(MatchQuery(%q)) = %q, want %q", c.in, got, c.want)
		}
	}
	_, terms := pgTSQuery(MatchQuery("a OR b -c"))
	if strings.Join(terms, ",") != "'a','b'" {
		t.Errorf("positive terms = %q", terms)
	}
}
