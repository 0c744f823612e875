package ui

import (
	"context"
	"sync"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// autosaveDelay is how long after the last keystroke the brief is saved.
const autosaveDelay = 700 * time.Millisecond

// autosaveMaxLag bounds how long an edit stays unsaved while the analyst
// keeps typing: a pause never comes during fast typing, so without it a kill
// would lose everything since the last pause.
const autosaveMaxLag = 800 * time.Millisecond

// autoRevisionEvery is how often, while the analyst types, a revision is
// kept without being asked for.
const autoRevisionEvery = 5 * time.Minute

// Notes that set the revision policy of a save (see revisionEvery); any
// other note ("saved", "before Suggest", "before restore") always keeps a
// revision under that note.
const (
	noRevision   = ""         // write the brief, keep no revision
	autosaveNote = "autosave" // keep one when the newest is older than autoRevisionEvery
)

// revisionEvery is the storage policy for note: how old the newest revision
// must be before this save keeps another (0: always).
func revisionEvery(note string) time.Duration {
	if note == autosaveNote {
		return autoRevisionEvery
	}
	return 0
}

// briefSaveStore is the one storage call the saver makes.
type briefSaveStore interface {
	SaveBrief(ctx context.Context, b briefing.Brief, note string, keepEvery time.Duration) (int64, error)
}

// stopper is a pending timer (*time.Timer in the app).
type stopper interface{ Stop() bool }

// briefSaver writes the open brief. It owns the autosave timer, writes in
// the order saves were asked for (a later save never lands before an
// earlier one) and applies the revision policy. Autosave, Ctrl+S, Suggest
// and restore all write through save.
type briefSaver struct {
	d  *Desk
	st briefSaveStore
	// current is the brief as the form holds it (UI goroutine).
	current func() briefing.Brief
	// autosaved updates the widgets once an autosave is written.
	autosaved func(b briefing.Brief)
	// after starts the autosave timer: time.AfterFunc, a manual clock in tests.
	after func(time.Duration, func()) stopper

	mu         sync.Mutex
	timer      stopper
	dirty      bool
	dirtySince time.Time // the oldest unsaved edit

	last chan struct{} // closed once the newest write asked for is done; UI goroutine only
}

func newBriefSaver(d *Desk, st briefSaveStore, current func() briefing.Brief, autosaved func(briefing.Brief)) *briefSaver {
	return &briefSaver{d: d, st: st, current: current, autosaved: autosaved,
		after: func(d time.Duration, f func()) stopper { return time.AfterFunc(d, f) }}
}

// edited notes an unsaved edit and (re)arms the autosave: autosaveDelay
// after the last one, at most autosaveMaxLag after the oldest unsaved one.
func (s *briefSaver) edited() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.dirty {
		s.dirty = true
		s.dirtySince = time.Now()
	}
	delay := min(autosaveDelay, max(0, autosaveMaxLag-time.Since(s.dirtySince)))
	if s.timer != nil {
		s.timer.Stop()
	}
	s.timer = s.after(delay, func() { s.d.do(s.flush) })
}

// pending reports an edit that no save has taken yet.
func (s *briefSaver) pending() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.dirty
}

// stop drops the pending autosave; the caller's save takes its edits.
func (s *briefSaver) stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.timer != nil {
		s.timer.Stop()
	}
	s.dirty = false
}

// flush saves pending edits now (the autosave timer, switching briefs,
// quitting); without any it does nothing.
func (s *briefSaver) flush() {
	if !s.pending() {
		return
	}
	b := s.current()
	s.save(b, autosaveNote, func(ok bool) {
		if ok {
			s.autosaved(b)
		}
	})
}

// save writes b, after every write asked for before it, keeping a revision
// by the policy of note (noRevision, autosaveNote, or a note that always
// keeps one). A pending autosave is dropped: this save supersedes it. then,
// if not nil, runs on the UI goroutine once the write is done, ok false when
// it failed (the error is shown to the analyst as for any background task).
func (s *briefSaver) save(b briefing.Brief, note string, then func(ok bool)) {
	s.stop()
	if b.ID == 0 {
		return
	}
	prev, done := s.last, make(chan struct{})
	s.last = done
	st, every := s.st, revisionEvery(note)
	s.d.background("Save brief", func(ctx context.Context) (func(), error) {
		defer close(done)
		if prev != nil {
			<-prev
		}
		_, err := st.SaveBrief(context.WithoutCancel(ctx), b, note, every)
		if then == nil {
			return nil, err
		}
		if err != nil {
			s.d.do(func() { then(false) })
			return nil, err
		}
		return func() { then(true) }, nil
	})
}
