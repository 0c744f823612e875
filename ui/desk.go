package ui

import (
	"context"
	"errors"
	"fmt"
	"log"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/suggest"
	"github.com/briefdesk/briefdesk/briefing/suggest/sentence"
	"github.com/briefdesk/briefdesk/storage"
)

// Desk is the main window's content: archive | reader | brief, wired together.
type Desk struct {
	app     fyne.App
	win     fyne.Window
	store   *storage.Store
	version string

	archive *archivePane
	reader  *readerPane
	editor  *briefEditor
	status  *widget.Label
	outer   *container.Split // archive | (reader | brief)
	inner   *container.Split // reader | brief

	ctx    context.Context
	cancel context.CancelFunc
	// Background tasks are counted under mu rather than with a WaitGroup:
	// timers may start one while another goroutine waits for the count
	// to reach zero, which a WaitGroup does not allow.
	mu      sync.Mutex
	idle    *sync.Cond // signalled when pending drops to zero
	pending int
	closed  bool // Shutdown has begun: no new background work
	// do applies a change to widgets on the UI goroutine: fyne.Do in the
	// app. Fyne's test driver runs fyne.Do on the calling goroutine, so
	// tests swap in a serial executor (see newTestDesk).
	do func(func())
	// yield lets queued UI changes run while the caller waits for
	// background work; tests that hold the UI release it here.
	yield func(wait func())

	engineOnce sync.Once
	engine     *suggest.Engine
	engineErr  error

	splitterOnce sync.Once
	sentences    *sentence.Splitter
}

// NewDesk builds the panes over an open archive.
func NewDesk(a fyne.App, w fyne.Window, st *storage.Store, version string) *Desk {
	ctx, cancel := context.WithCancel(context.Background())
	d := &Desk{app: a, win: w, store: st, version: version, ctx: ctx, cancel: cancel,
		status: widget.NewLabel(""), do: fyne.Do,
		yield: func(wait func()) { wait() }}
	d.idle = sync.NewCond(&d.mu)
	d.status.Truncation = fyne.TextTruncateEllipsis
	d.reader = newReaderPane(d, st)
	d.archive = newArchivePane(d, st)
	d.editor = newBriefEditor(d, st)
	return d
}

// Content is the three resizable panes under a toolbar.
func (d *Desk) Content() fyne.CanvasObject {
	d.inner = container.NewHSplit(d.reader.content(), d.editor.content())
	d.outer = container.NewHSplit(d.archive.content(), d.inner)
	p := d.app.Preferences()
	d.outer.Offset = p.FloatWithFallback(prefOuterSplit, 0.25)
	d.inner.Offset = p.FloatWithFallback(prefInnerSplit, 0.42)
	return container.NewBorder(d.toolbar(), d.status, nil, nil, d.outer)
}

// Start loads the archive list and the latest brief; on an empty archive it
// offers the sample article.
func (d *Desk) Start() {
	d.archiveChanged()
	d.editor.loadLatest()
	d.offerSampleIfEmpty()
	d.indexOldArchive()
	d.watchColleagues()
}

// Shutdown cancels running work and waits for it, so nothing writes to a
// closed archive. Pending edits are saved first.
func (d *Desk) Shutdown() {
	if d.outer != nil {
		d.app.Preferences().SetFloat(prefOuterSplit, d.outer.Offset)
		d.app.Preferences().SetFloat(prefInnerSplit, d.inner.Offset)
	}
	d.editor.keepUnresolved()
	d.editor.flush()
	d.mu.Lock()
	d.closed = true // timers that fire from now on start nothing
	d.mu.Unlock()
	d.cancel()
	d.yield(d.waitIdle)
}

// Idle waits until every background task has finished (tests use it).
func (d *Desk) Idle() { d.yield(d.waitIdle) }

func (d *Desk) waitIdle() {
	d.mu.Lock()
	defer d.mu.Unlock()
	for d.pending > 0 {
		d.idle.Wait()
	}
}

// background runs work off the UI goroutine. work returns a function that
// applies the result to widgets; it runs through fyne.Do. An error is shown
// as a short dialog and logged in full.
func (d *Desk) background(what string, work func(ctx context.Context) (apply func(), err error)) {
	d.mu.Lock()
	if d.closed {
		d.mu.Unlock()
		return
	}
	d.pending++
	d.mu.Unlock()
	go func() {
		defer func() {
			d.mu.Lock()
			d.pending--
			if d.pending == 0 {
				d.idle.Broadcast()
			}
			d.mu.Unlock()
		}()
		apply, err := work(d.ctx)
		if err != nil {
			if errors.Is(err, context.Canceled) {
				return
			}
			log.Printf("%s: %v", what, err)
			d.do(func() { d.showError(what, err) })
			return
		}
		if apply != nil {
			d.do(apply)
		}
	}()
}

func (d *Desk) showError(what string, err error) {
	dialog.ShowError(errors.New(what+": "+err.Error()), d.win)
}

// setStatus shows a short message in the status bar.
func (d *Desk) setStatus(msg string) { d.status.SetText(msg) }

// suggestEngine loads the suggestion engine once, on first use.
func (d *Desk) suggestEngine() (*suggest.Engine, error) {
	d.engineOnce.Do(func() { d.engine, d.engineErr = suggest.New() })
	return d.engine, d.engineErr
}

// splitter loads the sentence splitter once; nil if its model fails to load
// (the reader then highlights no used sentences, nothing else changes).
func (d *Desk) splitter() *sentence.Splitter {
	d.splitterOnce.Do(func() {
		sp, err := sentence.NewSplitter()
		if err != nil {
			log.Printf("sentence splitter: %v", err)
			return
		}
		d.sentences = sp
	})
	return d.sentences
}

// indexOldArchive files the articles of an archive made before near-duplicate
// detection into their story groups, in the background.
func (d *Desk) indexOldArchive() {
	st := d.store
	d.background("Group near-duplicates", func(ctx context.Context) (func(), error) {
		n, err := st.IndexNearDuplicates(ctx)
		if err != nil || n == 0 {
			return nil, err
		}
		return func() {
			d.setStatus(fmt.Sprintf("Grouped %d older articles by story.", n))
			d.archiveListChanged()
		}, nil
	})
}

// The panes talk to each other through these methods, never through each
// other's fields.

// archiveChanged shows the archive list and its filters (tags, outlets)
// again after articles were added, edited, trashed or restored.
func (d *Desk) archiveChanged() {
	d.archive.refresh()
	d.archive.filters.reload()
}

// showArticle opens an article in the reader, query highlighted ("" none).
func (d *Desk) showArticle(id int64, query string) { d.reader.showArticle(id, query) }

// showingTrash reports whether the archive lists the trash.
func (d *Desk) showingTrash() bool { return d.archive.filters.trash.Checked }

// briefChanged marks again, in the reader, the sentences the brief quotes.
func (d *Desk) briefChanged() { d.reader.refreshUsed() }

// highlightSource shows where a candidate came from in the reader.
func (d *Desk) highlightSource(p briefing.Provenance) { d.reader.highlight(p) }

// addToBrief adds an article to the open brief's sources.
func (d *Desk) addToBrief(a briefing.ArticleSummary) { d.editor.addSource(a) }

// newBriefFrom opens a new brief on the given articles.
func (d *Desk) newBriefFrom(ids []int64) { d.editor.newBrief(ids) }

// archiveListChanged shows the archive list again (the filters stay).
func (d *Desk) archiveListChanged() { d.archive.refresh() }

// tagsChanged shows the tag filter again after an article's tags changed.
func (d *Desk) tagsChanged() { d.archive.filters.reload() }

// openBrief is the brief the editor has open (ID 0: none).
func (d *Desk) openBrief() *briefing.Brief { return &d.editor.brief }
