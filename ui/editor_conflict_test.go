package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/internal/pgtest"
	"github.com/briefdesk/briefdesk/storage"
)

// analyst is one desk on a shared archive, its autosave on a manual clock.
type analyst struct {
	d     *Desk
	st    *storage.Store
	clock *manualClock
	rec   *recordingStore
}

// openDesk opens a desk of app a on the archive at target, its own Store.
func openDesk(t *testing.T, a fyne.App, target string) analyst {
	t.Helper()
	st, err := storage.Open(target)
	if err != nil {
		t.Fatal(err)
	}
	d := showDesk(t, a, st)
	an := analyst{d: d, st: st, clock: &manualClock{}, rec: &recordingStore{Store: st}}
	d.editor.saver.after = an.clock.after
	d.editor.saver.st = an.rec
	return an
}

// twoAnalysts opens the archive at target twice (Lena's desk and Omar's),
// with the articles given and one brief "Ferry talks" from the first, which
// both desks then show.
func twoAnalysts(t *testing.T, target string, articles int) (lena, omar analyst) {
	t.Helper()
	app := test.NewTempApp(t)
	lena = openDesk(t, app, target)
	lena.d.Start()
	lena.d.Idle()
	dismissOverlays(lena.d)
	var ids []int64
	if articles > 0 {
		ids = importFixtures(t, lena.d, articles)
	}
	lena.d.editor.newBrief(ids[:min(1, len(ids))])
	lena.d.Idle()
	lena.d.editor.title.SetText("Ferry talks")
	lena.d.editor.saveRevision("saved")
	lena.d.Idle()
	omar = openDesk(t, app, target)
	omar.d.Start()
	omar.d.Idle()
	dismissOverlays(omar.d)
	if omar.d.editor.brief.ID != lena.d.editor.brief.ID || omar.d.editor.title.Text != "Ferry talks" {
		t.Fatalf("Omar's desk shows brief %d %q, Lena's %d", omar.d.editor.brief.ID, omar.d.editor.title.Text, lena.d.editor.brief.ID)
	}
	return lena, omar
}

func sqliteArchive(t *testing.T) string { return filepath.Join(t.TempDir(), "archive.db") }

// typeAtEnd types text at the end of en, where the analyst clicked.
func typeAtEnd(en *widget.Entry, text string) {
	lines := strings.Split(en.Text, "\n")
	en.CursorRow, en.CursorColumn = len(lines)-1, len([]rune(lines[len(lines)-1]))
	test.Type(en, text)
}

// typeAndAutosave types text at the end of a section and lets the autosave fire.
func (an analyst) typeAndAutosave(t *testing.T, s briefing.Section, text string) {
	t.Helper()
	typeAtEnd(an.d.editor.sections[s], text)
	an.clock.fireAll(an.d)
	an.d.Idle()
}

func storedBrief(t *testing.T, st *storage.Store, id int64) briefing.Brief {
	t.Helper()
	b, err := st.Brief(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// conflictShown returns the conflict dialog on top of an.d, failing the
// test unless it is there once, with its message and both actions, which
// only take a tap once their delay has passed.
func conflictShown(t *testing.T, an analyst) *conflictDialog {
	t.Helper()
	d := an.d
	c := d.editor.openConflict
	if c == nil || d.win.Canvas().Overlays().Top() == nil {
		t.Fatal("no conflict dialog is shown")
	}
	var text string
	buttons := map[string]bool{}
	walk(topDialog(t, d), func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			text += w.Text
		case *widget.Button:
			buttons[w.Text] = true
		}
	})
	for _, want := range []string{"“Ferry talks” was saved by someone else today at ", "were not saved",
		"Reload theirs:", "“Ferry talks (copy)”"} {
		if !strings.Contains(text, want) {
			t.Errorf("dialog text %q lacks %q", text, want)
		}
	}
	if !buttons["Reload theirs"] || !buttons["Save mine as a copy"] || len(buttons) != 2 {
		t.Errorf("dialog buttons = %v, want exactly Reload theirs and Save mine as a copy", buttons)
	}
	if !c.reload.Disabled() || !c.copy.Disabled() {
		t.Error("the buttons take a keystroke typed on as the dialog opens")
	}
	an.clock.fireAll(d)
	if c.reload.Disabled() || c.copy.Disabled() {
		t.Error("the buttons are still disabled after the delay")
	}
	return c
}

// colleagueSavedFirst: Lena types, Omar saves first, Lena's autosave is
// refused. Returns the brief id.
func colleagueSavedFirst(t *testing.T, lena, omar analyst) int64 {
	t.Helper()
	id := lena.d.editor.brief.ID
	typeAtEnd(lena.d.editor.sections[briefing.SectionSummary], "Lena's draft.")
	omar.typeAndAutosave(t, briefing.SectionSummary, "Omar's summary.")
	omar.d.editor.saveRevision("saved")
	omar.d.Idle()
	lena.clock.fireAll(lena.d)
	lena.d.Idle()
	if got := storedBrief(t, lena.st, id).Summary; got != "Omar's summary." {
		t.Fatalf("stored summary after Lena's stale autosave = %q, want Omar's kept", got)
	}
	if got := lena.d.editor.sections[briefing.SectionSummary].Text; got != "Lena's draft." {
		t.Fatalf("Lena's form holds %q after the refused save, want her text", got)
	}
	if got := lena.d.editor.saved.Text; !strings.HasPrefix(got, "Not saved") {
		t.Errorf("saved label = %q", got)
	}
	return id
}

func TestAColleaguesSaveIsNotOverwrittenAndMineIsSavedAsACopy(t *testing.T) {
	lena, omar := twoAnalysts(t, sqliteArchive(t), 0)
	id := colleagueSavedFirst(t, lena, omar)
	c := conflictShown(t, lena)
	writes := len(lena.rec.written())

	// While the dialog is up nothing of that brief is written and no
	// second dialog opens: not the autosave, not Ctrl+S.
	typeAtEnd(lena.d.editor.sections[briefing.SectionOutlook], "Talks resume Monday.")
	lena.clock.fireAll(lena.d)
	lena.d.editor.saveRevision("saved")
	lena.d.Idle()
	if got := lena.rec.written(); len(got) != writes {
		t.Errorf("writes while the conflict is open: %q", got[writes:])
	}
	if lena.d.editor.openConflict != c || len(lena.d.win.Canvas().Overlays().List()) != 1 {
		t.Errorf("a second conflict dialog opened")
	}

	tapButton(t, lena.d, "Save mine as a copy")
	lena.d.Idle()
	e := lena.d.editor
	if e.brief.ID == id || e.title.Text != "Ferry talks (copy)" || e.sections[briefing.SectionSummary].Text != "Lena's draft." {
		t.Fatalf("after Save mine as a copy the editor shows %d %q %q", e.brief.ID, e.title.Text, e.sections[briefing.SectionSummary].Text)
	}
	if lena.d.win.Canvas().Overlays().Top() != nil {
		t.Error("the conflict dialog is still shown")
	}
	cp := storedBrief(t, lena.st, e.brief.ID)
	if cp.Summary != "Lena's draft." || cp.Outlook != "Talks resume Monday." {
		t.Errorf("the copy holds %q / %q, want all of Lena's text", cp.Summary, cp.Outlook)
	}
	if got := storedBrief(t, lena.st, id).Summary; got != "Omar's summary." {
		t.Errorf("Omar's brief after the copy = %q", got)
	}
	// The copy is Lena's own: her next edits save without a conflict.
	lena.typeAndAutosave(t, briefing.SectionSummary, " Ports open.")
	if e.openConflict != nil || storedBrief(t, lena.st, e.brief.ID).Summary != "Lena's draft. Ports open." {
		t.Errorf("editing the copy: conflict %v, stored %q", e.openConflict != nil, storedBrief(t, lena.st, e.brief.ID).Summary)
	}
}

func TestReloadTheirsShowsTheColleaguesTextAndKeepsMineOnTheClipboard(t *testing.T) {
	lena, omar := twoAnalysts(t, sqliteArchive(t), 0)
	id := colleagueSavedFirst(t, lena, omar)
	conflictShown(t, lena)
	tapButton(t, lena.d, "Reload theirs")
	lena.d.Idle()
	e := lena.d.editor
	if e.brief.ID != id || e.sections[briefing.SectionSummary].Text != "Omar's summary." {
		t.Fatalf("after Reload theirs the editor shows %d %q", e.brief.ID, e.sections[briefing.SectionSummary].Text)
	}
	if clip := lena.d.app.Clipboard().Content(); !strings.Contains(clip, "Lena's draft.") {
		t.Errorf("clipboard = %q, want Lena's text", clip)
	}
	// Her next edit is based on Omar's version: saved, no conflict.
	lena.typeAndAutosave(t, briefing.SectionSummary, " Lena adds a line.")
	if e.openConflict != nil {
		t.Fatal("a conflict after reloading theirs")
	}
	if got := storedBrief(t, lena.st, id).Summary; got != "Omar's summary. Lena adds a line." {
		t.Errorf("stored summary = %q", got)
	}
	// And now Omar's desk is the stale one.
	omar.typeAndAutosave(t, briefing.SectionOutlook, "Omar's outlook.")
	conflictShown(t, omar)
}

// TestMyOwnSavesNeverConflict: every way one analyst writes the brief
// (autosave, Ctrl+S, sources added and removed, restore, switching briefs)
// moves the version, and none of them is taken for a colleague's save.
func TestMyOwnSavesNeverConflict(t *testing.T) {
	lena, _ := twoAnalysts(t, sqliteArchive(t), 3)
	e := lena.d.editor
	id := e.brief.ID
	arts, err := lena.st.Articles(context.Background(), storageFilterAll())
	if err != nil || len(arts) != 3 {
		t.Fatalf("articles %d, %v", len(arts), err)
	}
	noConflict := func(step string) {
		t.Helper()
		if e.openConflict != nil || lena.d.win.Canvas().Overlays().Top() != nil {
			t.Fatalf("%s: a dialog opened (conflict %v)", step, e.openConflict != nil)
		}
	}
	lena.typeAndAutosave(t, briefing.SectionSummary, "Convoy delayed.")
	lena.typeAndAutosave(t, briefing.SectionSummary, " Crossing shut.")
	noConflict("two autosaves")
	e.saveRevision("saved")
	lena.d.Idle()
	noConflict("Ctrl+S")
	for _, a := range arts {
		e.addSource(a)
		// An edit typed while the source change is on its way.
		typeAtEnd(e.sections[briefing.SectionOutlook], "+")
		lena.d.Idle()
	}
	lena.clock.fireAll(lena.d)
	lena.d.Idle()
	noConflict("adding sources")
	e.removeSource(arts[0].ID)
	lena.d.Idle()
	lena.typeAndAutosave(t, briefing.SectionOutlook, " Talks Monday.")
	noConflict("removing a source")
	e.showRevisions()
	lena.d.Idle()
	test.Tap(e.openRevisionsDlg.restore)
	lena.d.Idle()
	e.openRevisionsDlg.dlg.Hide()
	noConflict("restore")
	lena.typeAndAutosave(t, briefing.SectionActors, "Harbour authority (regulator) — closed the quay [1]")
	noConflict("autosave after restore")
	e.newBrief(nil)
	lena.d.Idle()
	e.reloadList(id)
	lena.d.Idle()
	lena.typeAndAutosave(t, briefing.SectionOutlook, " Back again.")
	noConflict("switching briefs and back")
	b := storedBrief(t, lena.st, id)
	// The restore put back the outlook of the Ctrl+S revision: none.
	if len(b.Sources) != 2 || b.Outlook != "Back again." || len(b.Actors) != 1 {
		t.Errorf("stored brief: %d sources, outlook %q, actors %q", len(b.Sources), b.Outlook, b.Actors)
	}
}

// TestAColleaguesSourceChangeRefusesMySave: a source change is a save too;
// on a team archive (PostgreSQL) Omar's added source makes Lena's stale
// save and her own stale source change refused.
func TestAColleaguesSourceChangeRefusesMySave(t *testing.T) {
	srv := pgtest.StartT(t)
	lena, omar := twoAnalysts(t, srv.Schema(t), 3)
	arts, err := lena.st.Articles(context.Background(), storageFilterAll())
	if err != nil {
		t.Fatal(err)
	}
	id := lena.d.editor.brief.ID
	var added briefing.ArticleSummary
	for _, a := range arts {
		if omar.d.editor.brief.SourceNumber(a.ID) == 0 {
			added = a
		}
	}
	omar.d.editor.addSource(added)
	omar.d.Idle()
	lena.typeAndAutosave(t, briefing.SectionSummary, "Lena's draft.")
	conflictShown(t, lena)
	tapButton(t, lena.d, "Reload theirs")
	lena.d.Idle()
	if len(lena.d.editor.brief.Sources) != 2 {
		t.Fatalf("after Reload theirs: %d sources, want Omar's 2", len(lena.d.editor.brief.Sources))
	}
	omar.typeAndAutosave(t, briefing.SectionSummary, "Omar's summary.")
	lena.d.editor.removeSource(added.ID)
	lena.d.Idle()
	conflictShown(t, lena)
	if b := storedBrief(t, lena.st, id); len(b.Sources) != 2 || b.Summary != "Omar's summary." {
		t.Errorf("stored after Lena's stale source change: %d sources, %q", len(b.Sources), b.Summary)
	}
}
