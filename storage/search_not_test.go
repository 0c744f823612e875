package storage

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// Issue 12 item 18: NOT and a leading '-' exclude; a query of exclusions
// only is refused; a query cut at maxQueryTerms says so.
func TestSearchExcludes(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	talks := mustAdd(t, s, article("Geneva round", "", "Ceasefire talks resumed in Geneva on Monday."))
	holds := mustAdd(t, s, article("Quiet front", "", "The ceasefire holds along the whole line."))
	mustAdd(t, s, article("Harvest", "", "The harvest festival drew big crowds."))
	for _, c := range []struct {
		q    string
		want []int64
	}{
		{"ceasefire -talks", []int64{holds}},
		{"ceasefire NOT talks", []int64{holds}},
		{"Geneva OR holds NOT talks", []int64{holds}},
		{"ceasefire -talk*", []int64{holds}},
		{"ceasefire -\"talks resumed\"", []int64{holds}},
		{"ceasefire -crowds", []int64{talks, holds}},
	} {
		hits, err := s.Search(ctx, c.q, SearchOptions{})
		if err != nil {
			t.Errorf("Search(%q): %v", c.q, err)
			continue
		}
		var got []int64
		for _, h := range hits {
			got = append(got, h.ID)
		}
		if !sameIDs(got, c.want) {
			t.Errorf("Search(%q) = %v, want %v", c.q, got, c.want)
		}
	}
	for _, q := range []string{"NOT ceasefire", "-ceasefire", "-talks -crowds"} {
		hits, err := s.Search(ctx, q, SearchOptions{})
		if !errors.Is(err, ErrOnlyExclusions) || len(hits) != 0 {
			t.Errorf("Search(%q) = %v, %v; want ErrOnlyExclusions", q, hits, err)
		}
	}
	if _, info := ParseQuery(strings.Repeat("ceasefire ", 40)); info.Dropped != 8 {
		t.Errorf("40 terms: Dropped = %d, want 8", info.Dropped)
	}
}

func sameIDs(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[int64]int{}
	for _, x := range a {
		seen[x]++
	}
	for _, x := range b {
		seen[x]--
	}
	for _, n := range seen {
		if n != 0 {
			return false
		}
	}
	return true
}
