package storage

import (
	"context"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestRevisionsSnapshotAndSkipRepeats(t *testing.T) {
	st := newTestStore(t)
	ctx := context.Background()
	id, err := st.CreateBrief(ctx, briefing.Brief{Title: "Talks stall", Summary: "First draft.",
		Actors: []string{"Arvelia — wants the corridor"}})
	if err != nil {
		t.Fatal(err)
	}
	r1, err := st.SaveRevision(ctx, id, "saved")
	if err != nil {
		t.Fatal(err)
	}
	again, err := st.SaveRevision(ctx, id, "autosave")
	if err != nil {
		t.Fatal(err)
	}
	if again != r1 {
		t.Errorf("an unchanged brief made a new revision %d (had %d)", again, r1)
	}
	b, err := st.Brief(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	b.Summary = "Second draft, with Путин."
	if err := st.UpdateBrief(ctx, b); err != nil {
		t.Fatal(err)
	}
	r2, err := st.SaveRevision(ctx, id, "before Suggest")
	if err != nil {
		t.Fatal(err)
	}
	if r2 == r1 {
		t.Fatal("a changed brief did not make a new revision")
	}
	revs, err := st.Revisions(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(revs) != 2 || revs[0].ID != r2 || revs[1].Brief.Summary != "First draft." ||
		revs[0].Brief.Summary != "Second draft, with Путин." || revs[0].Note != "before Suggest" ||
		len(revs[1].Brief.Actors) != 1 {
		t.Fatalf("revisions = %+v", revs)
	}
	if at, err := st.LatestRevisionTime(ctx, id); err != nil || at.IsZero() {
		t.Errorf("LatestRevisionTime = %v, %v", at, err)
	}
	if _, err := st.SaveRevision(ctx, 999, "x"); err == nil {
		t.Error("a revision of a missing brief was saved")
	}
	if err := st.RemoveBrief(ctx, id); err != nil {
		t.Fatal(err)
	}
	if revs, _ := st.Revisions(ctx, id); len(revs) != 0 {
		t.Errorf("revisions outlive their brief: %d", len(revs))
	}
}
