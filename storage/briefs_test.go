package storage

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestBriefRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	a1 := mustAdd(t, s, article("Valmora talks end", "https://e.org/1", valmora))
	a2 := mustAdd(t, s, article("Corridor dispute", "https://e.org/2", "The Dorna corridor remains disputed."))
	a3 := mustAdd(t, s, article("Kyrov shelling", "", "Shelling near Kyrov."))

	in := briefing.Brief{
		Title: "Sarkand will hold out for the corridor", Author: "Desk 3", Handling: "TLP:AMBER",
		Version: "1", AsOf: time.Date(2026, 11, 14, 0, 0, 0, 0, time.UTC),
		Summary:        "Talks ended without a deal [1].\nA second line.",
		Actors:         []string{"Mikhail Sokolov (Михаил Соколов) — Arvelian foreign minister", "Aylin Erdoğan-Kaya — negotiator"},
		StickingPoints: []string{"Control of the Dorna corridor [2]", "item with \"quotes\", commas\tand tabs"},
		Outlook:        "A deal before year end is unlikely.",
		Sources:        []briefing.Source{{ArticleID: a2}, {ArticleID: a1}},
	}
	id, err := s.CreateBrief(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Brief(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if got.CreatedAt.IsZero() || !got.UpdatedAt.Equal(got.CreatedAt) {
		t.Errorf("CreatedAt %v, UpdatedAt %v", got.CreatedAt, got.UpdatedAt)
	}
	want := in
	want.ID, want.CreatedAt, want.UpdatedAt = id, got.CreatedAt, got.UpdatedAt
	want.Sources = []briefing.Source{
		{N: 1, ArticleID: a2, Outlet: "Northbridge Wire", Title: "Corridor dispute", URL: "https://e.org/2",
			Published: time.Date(2026, 11, 12, 9, 30, 0, 0, time.UTC)},
		{N: 2, ArticleID: a1, Outlet: "Northbridge Wire", Title: "Valmora talks end", URL: "https://e.org/1",
			Published: time.Date(2026, 11, 12, 9, 30, 0, 0, time.UTC)},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Brief:\n got %+v\nwant %+v", got, want)
	}

	t.Run("update changes sections and metadata, not sources", func(t *testing.T) {
		upd := got
		upd.Title, upd.Version, upd.Handling = "Revised claim", "2", "TLP:GREEN"
		upd.Actors = nil
		upd.StickingPoints = []string{}
		upd.Outlook = "Likely to continue."
		upd.Sources = nil
		if err := s.UpdateBrief(ctx, upd); err != nil {
			t.Fatal(err)
		}
		after, err := s.Brief(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if !after.UpdatedAt.After(got.UpdatedAt) || !after.CreatedAt.Equal(got.CreatedAt) {
			t.Errorf("UpdatedAt %v -> %v, CreatedAt %v -> %v", got.UpdatedAt, after.UpdatedAt, got.CreatedAt, after.CreatedAt)
		}
		upd.Sources, upd.UpdatedAt = got.Sources, after.UpdatedAt
		if !reflect.DeepEqual(after, upd) {
			t.Errorf("after update:\n got %+v\nwant %+v", after, upd)
		}
	})

	t.Run("sources are renumbered in the new order", func(t *testing.T) {
		if err := s.SetBriefSources(ctx, id, []int64{a3, a1, a3}); err != nil {
			t.Fatal(err)
		}
		b, err := s.Brief(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if len(b.Sources) != 2 || b.Sources[0].ArticleID != a3 || b.Sources[0].N != 1 ||
			b.Sources[1].ArticleID != a1 || b.Sources[1].N != 2 || b.SourceNumber(a1) != 2 {
			t.Errorf("sources = %+v", b.Sources)
		}
	})

	t.Run("briefs are listed newest updated first with sources", func(t *testing.T) {
		other, err := s.CreateBrief(ctx, briefing.Brief{Title: "Second brief", Sources: []briefing.Source{{ArticleID: a2}}})
		if err != nil {
			t.Fatal(err)
		}
		list, err := s.Briefs(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(list) != 2 || list[0].ID != other || list[1].ID != id {
			t.Fatalf("Briefs = %+v", list)
		}
		if len(list[0].Sources) != 1 || list[0].Sources[0].ArticleID != a2 || len(list[1].Sources) != 2 {
			t.Errorf("sources in list: %+v / %+v", list[0].Sources, list[1].Sources)
		}
	})

	t.Run("a removed brief is gone, its articles stay", func(t *testing.T) {
		if err := s.RemoveBrief(ctx, id); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Brief(ctx, id); err == nil {
			t.Error("removed brief still readable")
		}
		if _, err := s.Article(ctx, a1); err != nil {
			t.Errorf("source article gone: %v", err)
		}
	})
}
