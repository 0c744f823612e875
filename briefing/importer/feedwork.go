package importer

import (
	"context"
	"fmt"
	"net/http"
	"sort"
	"sync"
	"time"

	"github.com/mmcdole/gofeed"
)

// FeedDeadline bounds one feed: the download of the feed itself (of any
// URL item, which may turn out to be a feed) and the fetching of its entry
// pages, all of them together, so a feed of many teasers on a server that never answers ends
// in minutes, not hours. An entry whose page the deadline cuts off is kept
// from the feed's own text, as for any page that fails. WithFeedDeadline
// sets another deadline for one import.
var FeedDeadline = 2 * time.Minute

// FeedFetchers is how many entry pages of one feed are fetched at once.
var FeedFetchers = 4

type deadlineKey struct{}

// WithFeedDeadline returns ctx carrying d as the deadline of each feed
// read under it (in place of FeedDeadline); d <= 0 leaves ctx as it is.
func WithFeedDeadline(ctx context.Context, d time.Duration) context.Context {
	if d <= 0 {
		return ctx
	}
	return context.WithValue(ctx, deadlineKey{}, d)
}

type feedStartKey struct{}

// fetchUnderFeedDeadline downloads a URL that may be a feed (or an OPML
// list) within the feed deadline, and returns ctx marked with the start of
// the download: a feed's entry pages get what is left of the same
// deadline. A server that sends a feed a byte at a time no longer holds
// the import beyond it.
func fetchUnderFeedDeadline(ctx context.Context, client *http.Client, rawURL, accept string) (body []byte, ctype, final string, _ context.Context, err error) {
	d := feedDeadline(ctx)
	start := time.Now()
	dctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	body, ctype, final, err = fetch(dctx, client, rawURL, accept)
	if err != nil && ctx.Err() == nil && dctx.Err() != nil {
		err = fmt.Errorf("fetch failed: the download took longer than the feed deadline (%v)", d)
	}
	return body, ctype, final, context.WithValue(ctx, feedStartKey{}, start), err
}

func feedDeadline(ctx context.Context) time.Duration {
	if d, ok := ctx.Value(deadlineKey{}).(time.Duration); ok && d > 0 {
		return d
	}
	return FeedDeadline
}

// feedEach reads a parsed feed's entries and hands each over to each as
// soon as it is ready, from the calling goroutine: entries that carry their
// text first, then those whose pages are fetched, FeedFetchers at a time,
// in the order they finish. name is the feed's URL or path. An error means
// no entry was handed over.
func feedEach(ctx context.Context, client *http.Client, data []byte, name string, each func(Item)) error {
	feed, err := parseFeed(data)
	if err != nil {
		return err
	}
	entries, left := newestEntries(feed.Items, MaxFeedEntries)
	emit := func(it Item) {
		if it.Source == "" {
			it.Source = fmt.Sprintf("%s#%d", name, it.seq+1)
		}
		each(it)
	}
	d := feedDeadline(ctx)
	deadline := time.Now().Add(d)
	if start, ok := ctx.Value(feedStartKey{}).(time.Time); ok {
		deadline = start.Add(d) // the feed's own download took its share
	}
	fctx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	var paged []draft
	for i, e := range entries {
		if err := ctx.Err(); err != nil {
			emit(Item{Source: e.Link, Err: err, seq: i})
			continue
		}
		dr := newDraft(feed, e, i)
		if !dr.needsPage() {
			emit(dr.fromFeed(""))
			continue
		}
		paged = append(paged, dr)
	}
	for it := range fetchPages(ctx, fctx, d, client, paged) {
		emit(it)
	}
	if left > 0 {
		each(Item{Source: name, seq: len(entries), Err: fmt.Errorf("%w: the feed holds %d entries, the limit is %d: took the newest %d, left out %d older ones",
			ErrLeftOut, len(feed.Items), MaxFeedEntries, len(entries), left)})
	}
	return nil
}

// fetchPages fetches the drafts' pages, FeedFetchers at a time, and sends
// each finished entry; the channel closes when all are done.
func fetchPages(ctx, fctx context.Context, d time.Duration, client *http.Client, drafts []draft) <-chan Item {
	out := make(chan Item)
	jobs := make(chan draft)
	n := max(1, min(FeedFetchers, len(drafts)))
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for dr := range jobs {
				out <- dr.withPage(ctx, fctx, d, client)
			}
		}()
	}
	go func() {
		for _, dr := range drafts {
			jobs <- dr
		}
		close(jobs)
		wg.Wait()
		close(out)
	}()
	return out
}

// newestEntries keeps the newest limit entries (undated ones count as the
// oldest), in feed order, and says how many it left out.
func newestEntries(all []*gofeed.Item, limit int) ([]*gofeed.Item, int) {
	if len(all) <= limit {
		return all, 0
	}
	idx := make([]int, len(all))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return entryTime(all[idx[a]]).After(entryTime(all[idx[b]])) })
	idx = idx[:limit]
	sort.Ints(idx)
	kept := make([]*gofeed.Item, len(idx))
	for k, i := range idx {
		kept[k] = all[i]
	}
	return kept, len(all) - limit
}

func entryTime(e *gofeed.Item) time.Time {
	switch {
	case e.PublishedParsed != nil:
		return *e.PublishedParsed
	case e.UpdatedParsed != nil:
		return *e.UpdatedParsed
	}
	return time.Time{}
}

// collect runs a streaming reader and returns its Items in feed order.
func collect(run func(each func(Item)) error) ([]Item, error) {
	var items []Item
	err := run(func(it Item) { items = append(items, it) })
	if err != nil {
		return nil, err
	}
	sort.SliceStable(items, func(a, b int) bool { return items[a].seq < items[b].seq })
	return items, nil
}
