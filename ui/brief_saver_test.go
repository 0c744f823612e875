package ui

import (
	"context"
	"reflect"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/storage"
)

// manualClock stands in for time.AfterFunc: a timer fires only when the
// test says so, so nothing here depends on how fast the machine is.
type manualClock struct {
	mu     sync.Mutex
	timers []*manualTimer
}

type manualTimer struct {
	c       *manualClock
	f       func()
	stopped bool
	fired   bool
}

func (t *manualTimer) Stop() bool {
	t.c.mu.Lock()
	defer t.c.mu.Unlock()
	was := !t.stopped && !t.fired
	t.stopped = true
	return was
}

func (c *manualClock) after(_ time.Duration, f func()) stopper {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := &manualTimer{c: c, f: f}
	c.timers = append(c.timers, t)
	return t
}

// armed counts the timers neither stopped nor fired.
func (c *manualClock) armed() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, t := range c.timers {
		if !t.stopped && !t.fired {
			n++
		}
	}
	return n
}

// fireAll fires every armed timer, each on its own goroutine as a real
// timer does, and waits (letting the UI run) until they have returned.
func (c *manualClock) fireAll(d *Desk) {
	c.mu.Lock()
	var due []func()
	for _, t := range c.timers {
		if !t.stopped && !t.fired {
			t.fired = true
			due = append(due, t.f)
		}
	}
	c.mu.Unlock()
	var wg sync.WaitGroup
	for _, f := range due {
		wg.Add(1)
		go func() { defer wg.Done(); f() }()
	}
	d.yield(wg.Wait)
}

// recordingStore is the real archive, noting the revision note of every
// brief write in the order the writes reached it.
type recordingStore struct {
	*storage.Store
	mu    sync.Mutex
	notes []string
}

func (r *recordingStore) SaveBriefIfUnchanged(ctx context.Context, b briefing.Brief, note string, every time.Duration) (int64, time.Time, error) {
	r.mu.Lock()
	r.notes = append(r.notes, note)
	r.mu.Unlock()
	return r.Store.SaveBriefIfUnchanged(ctx, b, note, every)
}

func (r *recordingStore) written() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.notes...)
}

// saverDesk opens a desk with one brief made from articleIDs, its saver on
// a manual clock and a recording store.
func saverDesk(t *testing.T, sources int) (*Desk, *storage.Store, *manualClock, *recordingStore) {
	t.Helper()
	d, st := newTestDesk(t)
	d.Start()
	d.Idle()
	dismissOverlays(d)
	var ids []int64
	if sources > 0 {
		ids = importFixtures(t, d, sources)
	}
	d.editor.newBrief(ids)
	d.Idle()
	if d.editor.brief.ID == 0 || len(d.editor.brief.Sources) != sources {
		t.Fatalf("no brief with %d sources opened: %+v", sources, d.editor.brief)
	}
	clock, rec := &manualClock{}, &recordingStore{Store: st}
	d.editor.saver.after = clock.after
	d.editor.saver.st = rec
	return d, st, clock, rec
}

func revisionNotes(t *testing.T, st *storage.Store, briefID int64) []string {
	t.Helper()
	revs, err := st.Revisions(context.Background(), briefID)
	if err != nil {
		t.Fatal(err)
	}
	var notes []string
	for _, r := range revs {
		notes = append(notes, r.Note)
	}
	return notes
}

func TestAutosaveWritesOnceAfterTheTimer(t *testing.T) {
	d, st, clock, rec := saverDesk(t, 0)
	summary := d.editor.sections[briefing.SectionSummary]
	test.Type(summary, "Ferry ")
	test.Type(summary, "talks resume.")
	if clock.armed() != 1 || !d.editor.saver.pending() {
		t.Fatalf("after typing: %d timers armed, pending %v; want one pending autosave",
			clock.armed(), d.editor.saver.pending())
	}
	d.Idle()
	if got := rec.written(); len(got) != 0 {
		t.Fatalf("written before the timer fired: %q", got)
	}
	clock.fireAll(d)
	d.Idle()
	if got := rec.written(); !reflect.DeepEqual(got, []string{autosaveNote}) {
		t.Fatalf("writes = %q, want one autosave", got)
	}
	b, err := st.Brief(context.Background(), d.editor.brief.ID)
	if err != nil || b.Summary != "Ferry talks resume." {
		t.Fatalf("stored summary %q, %v", b.Summary, err)
	}
	// The first autosave of a brief keeps a revision; one more write within
	// autoRevisionEvery keeps none.
	test.Type(summary, " Both ports agree.")
	clock.fireAll(d)
	d.Idle()
	if got := revisionNotes(t, st, b.ID); !reflect.DeepEqual(got, []string{autosaveNote}) {
		t.Errorf("revisions = %q, want the one autosave", got)
	}
}

func TestCtrlSCancelsThePendingAutosave(t *testing.T) {
	d, st, clock, rec := saverDesk(t, 0)
	test.Type(d.editor.sections[briefing.SectionSummary], "Quay reopens on Monday.")
	d.editor.saveRevision("saved")
	if d.editor.saver.pending() {
		t.Error("an edit is still pending after Ctrl+S took it")
	}
	clock.fireAll(d) // a timer Ctrl+S did not stop would write again here
	d.Idle()
	if got := rec.written(); !reflect.DeepEqual(got, []string{"saved"}) {
		t.Fatalf("writes = %q, want only the Ctrl+S save", got)
	}
	if got := revisionNotes(t, st, d.editor.brief.ID); !reflect.DeepEqual(got, []string{"saved"}) {
		t.Errorf("revisions = %q, want one for the one save", got)
	}
	if got := d.editor.saved.Text; len(got) < len("Revision saved") || got[:len("Revision saved")] != "Revision saved" {
		t.Errorf("saved label = %q", got)
	}
}

func TestSuggestCancelsThePendingAutosave(t *testing.T) {
	d, st, clock, rec := saverDesk(t, 1)
	summary := d.editor.sections[briefing.SectionSummary]
	test.Type(summary, "Delegates met again.")
	d.editor.onSuggest()
	clock.fireAll(d) // the autosave armed by typing must not write now
	d.Idle()         // the draft is applied: sections fill, a new autosave is armed
	if got := rec.written(); !reflect.DeepEqual(got, []string{"before Suggest"}) {
		t.Fatalf("writes up to the draft = %q, want only the save before Suggest", got)
	}
	revs, err := st.Revisions(context.Background(), d.editor.brief.ID)
	if err != nil || len(revs) != 1 || revs[0].Note != "before Suggest" || revs[0].Brief.Summary != "Delegates met again." {
		t.Fatalf("revisions = %+v, %v; want the analyst's text kept before Suggest", revs, err)
	}
	if summary.Text != "Delegates met again." {
		t.Errorf("Suggest replaced the analyst's summary: %q", summary.Text)
	}
	// The next edit is autosaved after that save and, so soon after it,
	// keeps no revision of its own.
	test.Type(summary, " Ferries run.")
	clock.fireAll(d)
	d.Idle()
	if got := rec.written(); !reflect.DeepEqual(got, []string{"before Suggest", autosaveNote}) {
		t.Fatalf("writes = %q, want the next edit autosaved after the save before Suggest", got)
	}
	if got := revisionNotes(t, st, d.editor.brief.ID); len(got) != 1 {
		t.Errorf("revisions = %q: the autosave right after Suggest keeps none", got)
	}
}

func TestRestoreKeepsTheTextThenReplacesIt(t *testing.T) {
	d, _, clock, rec := saverDesk(t, 0)
	summary := d.editor.sections[briefing.SectionSummary]
	test.Type(summary, "Convoy delayed at the border.")
	d.editor.saveRevision("saved")
	d.Idle()
	test.Type(summary, " Crossing shut.")
	d.editor.showRevisions()
	d.Idle()
	r := d.editor.openRevisionsDlg
	if r == nil || len(r.revs) != 1 {
		t.Fatalf("revisions dialog = %+v", r)
	}
	test.Tap(r.restore)
	clock.fireAll(d)
	d.Idle()
	want := []string{"saved", autosaveNote, "before restore", noRevision}
	if got := rec.written(); !reflect.DeepEqual(got, want) {
		t.Fatalf("writes = %q, want %q", got, want)
	}
	if summary.Text != "Convoy delayed at the border." {
		t.Errorf("summary after restore = %q", summary.Text)
	}
}
