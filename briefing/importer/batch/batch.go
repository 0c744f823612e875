// Package batch runs an import of many items (files, folders, URLs, pasted
// text) and reports one result per item: ok, duplicate or failed with the
// reason. It knows nothing of storage: the caller passes a SaveFunc, so the
// CLI and the app share one import path and one report format.
package batch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/importer"
)

// SaveFunc stores one article and says whether it was already there.
type SaveFunc func(ctx context.Context, a briefing.Article) (id int64, duplicate bool, err error)

// SaveManyFunc stores many articles in one transaction, all or nothing, and
// returns for each, in order, its id and whether it was already there.
type SaveManyFunc func(ctx context.Context, as []briefing.Article) (ids []int64, duplicate []bool, err error)

// Options tune an import.
type Options struct {
	Stdin  io.Reader    // read for the item "-"
	Client *http.Client // for URLs; nil means a client with sane timeouts
	// SaveMany, when set, stores loaded articles in batches (one transaction
	// each: several times faster than one per article). Lines are reported
	// only once their batch is committed; a batch that fails is saved again
	// one article at a time, so one bad article fails alone.
	SaveMany SaveManyFunc
	// BatchSize and BatchDelay bound a batch: it is saved when it holds
	// BatchSize articles or its first article has waited BatchDelay, so a
	// long import shows its first articles at once (defaults 200, 250 ms).
	BatchSize  int
	BatchDelay time.Duration
	// Tag, when set, tags a newly stored article. Run uses it to mark a
	// feed entry stored from the feed's own text (its page failed) with
	// TeaserTag.
	Tag func(ctx context.Context, id int64, tags ...string) error
	// StoredTitle, when set, gives the title of an article already stored:
	// a duplicate line shows the title the archive holds, not the
	// incoming one.
	StoredTitle func(ctx context.Context, id int64) (string, error)
	// FeedDeadline, when set, bounds the fetching of each feed's entry
	// pages in place of importer.FeedDeadline.
	FeedDeadline time.Duration
	// ParseDeadline, when set, bounds the reading and parsing of each
	// file in place of importer.ParseDeadline.
	ParseDeadline time.Duration
}

// TeaserTag marks an article that holds only what its feed said: the
// entry's page could not be fetched. Importing the page later replaces
// nothing by itself: the tag shows which articles hold a teaser only.
const TeaserTag = "teaser"

// Counts sums up an import.
type Counts struct{ OK, Duplicate, Failed, Skipped int }

// The bounds of a batch for bulk work: after each batch that filled up,
// the next may hold twice as many articles and wait twice as long, up to
// these, so a 20,000-file import makes a few dozen commits, not a hundred,
// while the first lines still show at once. A batch is also saved once it
// holds MaxBatchBytes of text, whatever its count.
const (
	MaxBatchSize  = 2000
	MaxBatchDelay = 2 * time.Second
	MaxBatchBytes = 64 << 20
)

// Run imports every item in order and calls report once per item (a folder
// yields one result per file in it). An item that fails leaves nothing
// stored; the rest go on. When ctx is cancelled, every item not yet stored
// is reported as failed with the reason "cancelled"; what was stored stays.
//
// Items are read and parsed on the calling goroutine while the batch before
// is saved on another, so a bulk import keeps two cores busy. report is
// called on that other goroutine, one call at a time, in item order; Run
// returns after the last call.
func Run(ctx context.Context, items []string, o Options, save SaveFunc, report func(Result)) Counts {
	ctx = importer.WithFeedDeadline(ctx, o.FeedDeadline)
	ctx = importer.WithParseDeadline(ctx, o.ParseDeadline)
	r := runner{ctx: ctx, o: o, save: save, report: report}
	switch {
	case r.o.SaveMany == nil:
		r.o.BatchSize = 1 // one article at a time: nothing to gain by waiting
	case r.o.BatchSize <= 0:
		r.o.BatchSize = 200
	}
	if r.o.BatchDelay <= 0 {
		r.o.BatchDelay = 250 * time.Millisecond
	}
	r.limit, r.delay = r.o.BatchSize, r.o.BatchDelay
	// One batch is saved while the next is loaded: at most two are held.
	batches := make(chan []entry)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for b := range batches {
			r.saveAndReport(b)
		}
	}()
	r.out = batches
	for _, item := range items {
		for _, e := range expand(item) {
			if e.Err != nil {
				r.queue(entry{res: e})
				continue
			}
			if ctx.Err() != nil {
				r.queue(entry{res: Result{Item: e.Item, Status: Failed, Err: errCancelled}})
				continue
			}
			// A feed's entries come as they finish; one whose page was
			// fetched is reported at once, not held for its batch.
			load(ctx, e.Item, o, func(en entry, waited bool) {
				r.queue(en)
				if waited && r.articles > 0 {
					r.flush()
				}
			})
			if r.articles >= r.limit || r.bytes >= MaxBatchBytes ||
				r.articles > 0 && time.Since(r.since) >= r.delay {
				r.flush()
			}
		}
	}
	r.flush()
	close(batches)
	<-done
	return r.counts
}

var errCancelled = errors.New("cancelled")

// entry is one line of the report: a result already known (a failure) or
// an article waiting to be saved.
type entry struct {
	res     Result
	article *briefing.Article
	teaser  bool // tag the article with TeaserTag once stored
}

// runner keeps the report in input order while articles wait for their
// batch. The loading goroutine owns pending, articles, bytes, since, limit
// and delay; the saving goroutine owns counts until Run returns.
type runner struct {
	ctx      context.Context
	o        Options
	save     SaveFunc
	report   func(Result)
	out      chan<- []entry
	pending  []entry
	articles int           // pending entries with an article
	bytes    int           // the text they hold
	since    time.Time     // when the first of them was loaded
	limit    int           // articles in the next batch, BatchSize up to MaxBatchSize
	delay    time.Duration // BatchDelay up to MaxBatchDelay
	counts   Counts
}

func (r *runner) queue(e entry) {
	if e.article != nil {
		if r.articles == 0 {
			r.since = time.Now()
		}
		r.articles++
		r.bytes += len(e.article.Text) + len(e.article.RawHTML)
	}
	r.pending = append(r.pending, e)
	if r.articles == 0 {
		r.flush() // nothing waits for a save: report at once
	}
}

// flush hands the pending lines to the saving goroutine and makes the next
// batch larger when this one filled up.
func (r *runner) flush() {
	if len(r.pending) == 0 {
		return
	}
	if r.articles >= r.limit && r.o.SaveMany != nil {
		r.limit = max(r.o.BatchSize, min(2*r.limit, MaxBatchSize))
		r.delay = max(r.o.BatchDelay, min(2*r.delay, MaxBatchDelay))
	}
	r.out <- r.pending
	r.pending, r.articles, r.bytes = nil, 0, 0
}

// saveAndReport saves a batch's articles and reports each of its lines in
// order.
func (r *runner) saveAndReport(pending []entry) {
	var todo []int
	var arts []briefing.Article
	for i, e := range pending {
		if e.article != nil {
			todo = append(todo, i)
			arts = append(arts, *e.article)
		}
	}
	saved := false
	if len(arts) > 0 && r.ctx.Err() != nil {
		// Cancelled: what is loaded and not yet stored is not stored.
		for _, i := range todo {
			pending[i].res = savedResult(pending[i].res, 0, false, errCancelled)
		}
		saved = true
	}
	if !saved && r.o.SaveMany != nil && len(arts) > 1 {
		ids, dups, err := r.o.SaveMany(r.ctx, arts)
		if err == nil && len(ids) == len(arts) && len(dups) == len(arts) {
			for k, i := range todo {
				pending[i].res = savedResult(pending[i].res, ids[k], dups[k], nil)
			}
			saved = true
		}
	}
	if !saved {
		for _, i := range todo {
			id, dup, err := r.save(r.ctx, *pending[i].article)
			pending[i].res = savedResult(pending[i].res, id, dup, err)
		}
	}
	for i, e := range pending {
		if e.teaser && e.res.Status == OK && r.o.Tag != nil {
			// The article is stored either way; a failed tag is only said.
			if err := r.o.Tag(r.ctx, e.res.ID, TeaserTag); err != nil {
				e.res.Note += "; tagging it " + TeaserTag + " failed: " + err.Error()
				pending[i] = e
			}
		}
		if e.res.Status == Duplicate && r.o.StoredTitle != nil {
			if title, err := r.o.StoredTitle(r.ctx, e.res.ID); err == nil && title != "" {
				e.res.Title = title
				pending[i] = e
			}
		}
		switch e.res.Status {
		case OK:
			r.counts.OK++
		case Duplicate:
			r.counts.Duplicate++
		case Skipped:
			r.counts.Skipped++
		default:
			r.counts.Failed++
		}
		r.report(e.res)
	}
}

func savedResult(r Result, id int64, dup bool, err error) Result {
	switch {
	case err != nil:
		r.Status, r.Err = Failed, err
	case dup:
		r.Status, r.ID = Duplicate, id
	default:
		r.Status, r.ID = OK, id
	}
	return r
}

// load reads one item into report entries, handing each over as it is
// ready: an article to save for each article it holds (a feed holds many),
// or the reason it failed. waited says the entry took a download of its own.
func load(ctx context.Context, item string, o Options, out func(en entry, waited bool)) {
	n := 0
	each := func(it importer.Item) {
		n++
		name := item
		if it.Source != "" && it.Source != item {
			name = it.Source // a feed entry's link
		}
		if it.Err != nil {
			status := Failed
			if errors.Is(it.Err, importer.ErrNoEntries) || errors.Is(it.Err, importer.ErrLeftOut) {
				status = Skipped
			}
			out(entry{res: Result{Item: name, Status: status, Err: trimItem(it.Err, name)}}, it.Waited)
			return
		}
		a := it.Article
		out(entry{res: Result{Item: name, Title: a.Title, Note: it.Note}, article: &a, teaser: it.Teaser}, it.Waited)
	}
	if item != "-" {
		importer.LoadEach(ctx, o.Client, item, each)
	} else if a, err := readStdin(o); err != nil {
		each(importer.Item{Source: item, Err: err})
	} else {
		each(importer.Item{Source: item, Article: a})
	}
	if n == 0 {
		// No source may pass without a line.
		out(entry{res: Result{Item: item, Status: Skipped, Err: errors.New("nothing to import")}}, false)
	}
}

// readStdin reads the item "-": pasted text.
func readStdin(o Options) (briefing.Article, error) {
	if o.Stdin == nil {
		return briefing.Article{}, errors.New("no standard input")
	}
	data, err := io.ReadAll(io.LimitReader(o.Stdin, importer.MaxTextSize+1))
	if err != nil {
		return briefing.Article{}, err
	}
	if len(data) > importer.MaxTextSize {
		return briefing.Article{}, fmt.Errorf("standard input: more than %d MB of text", importer.MaxTextSize>>20)
	}
	return importer.FromTextBytes(data, importer.Meta{})
}

// trimItem drops a leading "item: " from err's text, since the report line
// already names the item.
func trimItem(err error, item string) error {
	msg := err.Error()
	for _, prefix := range []string{item + ": ", filepath.Base(item) + ": "} {
		if strings.HasPrefix(msg, prefix) {
			return errors.New(strings.TrimPrefix(msg, prefix))
		}
	}
	return err
}
