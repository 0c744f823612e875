package storage

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestSaveBriefKeepsOneRevisionPerSaveByPolicy: each SaveBrief writes the
// brief and keeps at most one revision, by the policy its arguments give.
func TestSaveBriefKeepsOneRevisionPerSaveByPolicy(t *testing.T) {
	st := newTestStore(t)
	ctx := context.Background()
	clock := time.Date(2026, 4, 2, 9, 0, 0, 0, time.UTC)
	saved := now
	now = func() time.Time { return clock }
	t.Cleanup(func() { now = saved })

	id, err := st.CreateBrief(ctx, briefing.Brief{Title: "Ferry talks resume"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := st.Brief(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	const every = 5 * time.Minute
	steps := []struct {
		summary string
		note    string
		every   time.Duration
		advance time.Duration
		revs    int // revisions stored after the step
	}{
		{"Port authority reopens the quay.", "", 0, 0, 0},                          // a write, no revision
		{"Port authority reopens two quays.", "autosave", every, 0, 1},             // none yet: one kept
		{"Port authority reopens three quays.", "autosave", every, time.Minute, 1}, // too soon
		{"Port authority reopens four quays.", "autosave", every, every + time.Second, 2},
		{"Port authority reopens five quays.", "saved", 0, 0, 3}, // asked for: always
		{"Port authority reopens five quays.", "saved", 0, 0, 3}, // identical: not twice
		{"Port authority reopens six quays.", "before Suggest", 0, 0, 4},
	}
	for i, s := range steps {
		clock = clock.Add(s.advance)
		b.Summary = s.summary
		revID, err := st.SaveBrief(ctx, b, s.note, s.every)
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		checkSaved(t, st, id, i, s.summary, s.note, s.revs, revID)
	}
	revs, _ := st.Revisions(ctx, id)
	if revs[0].Note != "before Suggest" || revs[1].Note != "saved" || revs[3].Note != "autosave" {
		t.Errorf("notes = %q %q %q %q", revs[0].Note, revs[1].Note, revs[2].Note, revs[3].Note)
	}
}

// TestSaveBriefOfAMissingBrief fails with ErrNotFound and keeps nothing.
func TestSaveBriefOfAMissingBrief(t *testing.T) {
	st := newTestStore(t)
	if _, err := st.SaveBrief(context.Background(), briefing.Brief{ID: 77, Summary: "x"}, "saved", 0); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing brief: err = %v, want ErrNotFound", err)
	}
}

// checkSaved checks step i of the table: the brief holds summary, it has
// revs revisions, and the revision id SaveBrief returned is the newest (0
// when note asked for none).
func checkSaved(t *testing.T, st *Store, id int64, i int, summary, note string, revs int, revID int64) {
	t.Helper()
	ctx := context.Background()
	got, err := st.Brief(ctx, id)
	if err != nil || got.Summary != summary {
		t.Fatalf("step %d: stored summary %q, %v", i, got.Summary, err)
	}
	all, err := st.Revisions(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != revs {
		t.Fatalf("step %d (%q): %d revisions, want %d", i, note, len(all), revs)
	}
	if note == "" && revID != 0 {
		t.Errorf("step %d: no revision asked for, got %d", i, revID)
	}
	if revID != 0 && (all[0].ID != revID || all[0].Brief.Summary != summary) {
		t.Errorf("step %d: returned revision %d, newest is %+v", i, revID, all[0])
	}
}
