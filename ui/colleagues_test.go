package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/internal/pgtest"
	"github.com/briefdesk/briefdesk/storage"
)

// TestArchiveListLearnsOfAColleaguesImport: on a team archive (a throwaway
// PostgreSQL server), an article another analyst imports appears in the
// archive list without a restart.
func TestArchiveListLearnsOfAColleaguesImport(t *testing.T) {
	srv := pgtest.StartT(t)
	target := srv.Schema(t)
	st, err := storage.Open(target)
	if err != nil {
		t.Fatal(err)
	}
	colleague, err := storage.Open(target)
	if err != nil {
		t.Fatal(err)
	}
	d := showDesk(t, test.NewTempApp(t), st)
	t.Cleanup(func() { colleague.Close() })
	d.Start()
	d.Idle()
	if len(d.archive.rows) != 0 {
		t.Fatalf("a new team archive shows %d rows", len(d.archive.rows))
	}
	art := briefing.Article{Title: "Filed from the Geneva desk", Outlet: "Northbridge Wire", Text: "The Dorna corridor talks resumed on Monday."}
	art.Finish()
	if _, err := colleague.AddArticle(context.Background(), art); err != nil {
		t.Fatal(err)
	}
	waitFor(t, d, "the colleague's article in the list", func() bool {
		return len(d.archive.rows) == 1 && d.archive.rows[0].article.Title == art.Title
	})
}

// TestPreferencesTakeATeamArchiveWithoutPassword: the archive field takes a
// postgres:// URL, and refuses one that carries a password (it belongs in
// ~/.pgpass, never in the preferences).
func TestPreferencesTakeATeamArchiveWithoutPassword(t *testing.T) {
	d, _ := newTestDesk(t)
	d.Start()
	d.Idle()
	dismissOverlays(d)
	d.showPreferences()
	e := allEntries(d)
	e[2].SetText("postgres://lena:hunter2@db.desk.example/briefdesk")
	tapButton(t, d, "Save")
	if got := d.app.Preferences().String(prefArchive); got != "" {
		t.Fatalf("a URL with a password was saved: %q", got)
	}
	const team = "postgres://lena@db.desk.example/briefdesk?sslmode=verify-full"
	e[2].SetText(team)
	tapButton(t, d, "Save")
	if got := d.app.Preferences().String(prefArchive); got != team {
		t.Errorf("archive preference = %q, want %q", got, team)
	}
}
