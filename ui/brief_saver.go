package ui

import (
	"context"
	"errors"
	"log"
	"sync"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/storage"
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

// briefSaveStore is what the saver asks of the archive: writes that refuse
// to overwrite a colleague's save, and the brief as stored.
type briefSaveStore interface {
	SaveBriefIfUnchanged(ctx context.Context, b briefing.Brief, note string, keepEvery time.Duration) (int64, time.Time, error)
	SetBriefSourcesIfUnchanged(ctx context.Context, briefID int64, version time.Time, articleIDs []int64) (time.Time, error)
	Brief(ctx context.Context, id int64) (briefing.Brief, error)
}

// stopper is a pending timer (*time.Timer in the app).
type stopper interface{ Stop() bool }

// briefSaver writes the open brief. It owns the autosave timer, writes in
// the order saves were asked for (a later save never lands before an
// earlier one) and applies the revision policy. Autosave, Ctrl+S, Suggest,
// restore and source changes all write through it, and the editor loads a
// brief through it too (serial), so it knows the version each write is
// based on: the one it loaded or last wrote itself. A write based on an
// older version than the stored one is refused by the archive; the saver
// then holds every later write of that brief until the analyst chooses
// what to do (conflicted, resolve).
type briefSaver struct {
	d  *Desk
	st briefSaveStore
	// current is the brief as the form holds it (UI goroutine).
	current func() briefing.Brief
	// autosaved updates the widgets once an autosave is written.
	autosaved func(b briefing.Brief)
	// conflicted shows, on the UI goroutine, that a write of mine was
	// refused because theirs (as now stored) was saved in the meantime.
	conflicted func(mine, theirs briefing.Brief)
	// after starts the autosave timer: time.AfterFunc, a manual clock in tests.
	after func(time.Duration, func()) stopper

	mu         sync.Mutex
	timer      stopper
	dirty      bool
	dirtySince time.Time // the oldest unsaved edit
	// base is, by brief id, the version the editor's text is based on.
	base map[int64]time.Time
	// held are the briefs whose last write was refused: no write of
	// theirs is sent until resolve.
	held map[int64]bool

	last chan struct{} // closed once the newest work asked for is done; UI goroutine only
}

func newBriefSaver(d *Desk, st briefSaveStore, current func() briefing.Brief, autosaved func(briefing.Brief)) *briefSaver {
	return &briefSaver{d: d, st: st, current: current, autosaved: autosaved,
		conflicted: func(briefing.Brief, briefing.Brief) {},
		base:       map[int64]time.Time{}, held: map[int64]bool{},
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
// quitting); without any, or while the brief is held, it does nothing.
func (s *briefSaver) flush() {
	if !s.pending() {
		return
	}
	b := s.current()
	if s.isHeld(b.ID) {
		return
	}
	s.save(b, autosaveNote, func(ok bool) {
		if ok {
			s.autosaved(b)
		}
	})
}

// serial runs work in the background after all work asked for before it
// (saves, loads, source changes), as Desk.background does.
func (s *briefSaver) serial(what string, work func(ctx context.Context) (func(), error)) {
	prev, done := s.last, make(chan struct{})
	s.last = done
	s.d.background(what, func(ctx context.Context) (func(), error) {
		defer close(done)
		if prev != nil {
			<-prev
		}
		return work(ctx)
	})
}

// loaded notes that b, as stored, is what the editor now shows: later
// writes of it are based on b.UpdatedAt. It runs inside serial work.
func (s *briefSaver) loaded(b briefing.Brief) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.base[b.ID] = b.UpdatedAt
}

// version is the version the next write of brief id is based on.
func (s *briefSaver) version(id int64) time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.base[id]
}

func (s *briefSaver) wrote(id int64, v time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.base[id] = v
}

func (s *briefSaver) isHeld(id int64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.held[id]
}

// hold stops the writes of brief id; it reports whether they were flowing.
func (s *briefSaver) hold(id int64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	was := s.held[id]
	s.held[id] = true
	return !was
}

// resolve lets writes of brief id flow again once the analyst chose
// (reloaded theirs, or kept theirs after saving a copy).
func (s *briefSaver) resolve(id int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.held, id)
}

// save writes b, after every write asked for before it, keeping a revision
// by the policy of note (noRevision, autosaveNote, or a note that always
// keeps one). A pending autosave is dropped: this save supersedes it. then,
// if not nil, runs on the UI goroutine once the write is done, ok false when
// it failed (the error is shown to the analyst as for any background task)
// or was refused (conflicted shows that).
func (s *briefSaver) save(b briefing.Brief, note string, then func(ok bool)) {
	s.stop()
	if b.ID == 0 {
		return
	}
	st, every := s.st, revisionEvery(note)
	s.serial("Save brief", func(ctx context.Context) (func(), error) {
		// Shutdown cancels ctx; the last save must still land.
		ctx = context.WithoutCancel(ctx)
		if s.isHeld(b.ID) {
			return s.failed(then), nil
		}
		b.UpdatedAt = s.version(b.ID)
		_, v, err := st.SaveBriefIfUnchanged(ctx, b, note, every)
		if err != nil {
			return s.refused(ctx, b, err, then)
		}
		s.wrote(b.ID, v)
		if then == nil {
			return nil, nil
		}
		return func() { then(true) }, nil
	})
}

// setSources makes articleIDs the sources of brief mine.ID (mine is the
// brief as the editor holds it, with those sources), in turn with the
// saves; then gets the brief as stored after the change.
func (s *briefSaver) setSources(mine briefing.Brief, articleIDs []int64, then func(stored briefing.Brief)) {
	st := s.st
	s.serial("Update sources", func(ctx context.Context) (func(), error) {
		if s.isHeld(mine.ID) {
			return nil, nil
		}
		v, err := st.SetBriefSourcesIfUnchanged(ctx, mine.ID, s.version(mine.ID), articleIDs)
		if err != nil {
			return s.refused(ctx, mine, err, nil)
		}
		s.wrote(mine.ID, v)
		b, err := st.Brief(ctx, mine.ID)
		if err != nil {
			return nil, err
		}
		return func() { then(b) }, nil
	})
}

// failed is then(false) as an apply function (nil without then).
func (s *briefSaver) failed(then func(ok bool)) func() {
	if then == nil {
		return nil
	}
	return func() { then(false) }
}

// refused handles a write of mine that failed with err. A conflict is not
// an error to report: the first one holds the brief and shows the
// conflict with the brief as now stored; later writes of the held brief
// fail quietly.
func (s *briefSaver) refused(ctx context.Context, mine briefing.Brief, err error, then func(ok bool)) (func(), error) {
	if !errors.Is(err, storage.ErrConflict) {
		if then != nil {
			s.d.do(func() { then(false) })
		}
		return nil, err
	}
	if !s.hold(mine.ID) {
		return s.failed(then), nil
	}
	theirs, rerr := s.st.Brief(ctx, mine.ID)
	if rerr != nil {
		log.Printf("Save brief: reading the brief saved meanwhile: %v", rerr)
		// The dialog still shows, without their time: the analyst must
		// be able to keep their text.
		theirs = briefing.Brief{ID: mine.ID, Title: mine.Title}
	}
	fail := s.failed(then)
	return func() {
		if fail != nil {
			fail()
		}
		s.conflicted(mine, theirs)
	}, nil
}
