package importer

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// dockFeed is an RSS feed of n teaser entries whose links are
// base/page/0 … base/page/n-1.
func dockFeed(base string, n int) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Ledger</title>`)
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "<item><title>Dock notice %d</title><link>%s/page/%d</link><description>Short notice number %d.</description></item>", i, base, i, i)
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

// TestFeedDeadlineBoundsAServerThatNeverAnswers covers issue 12 item 9: the
// entries' pages never answer; the feed's deadline ends every fetch, each
// entry is kept from the feed's own text, and no more than FeedFetchers
// pages are requested at once.
func TestFeedDeadlineBoundsAServerThatNeverAnswers(t *testing.T) {
	const n = 40
	var inFlight, most atomic.Int32
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed" {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, dockFeed(srv.URL, n))
			return
		}
		now := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			m := most.Load()
			if now <= m || most.CompareAndSwap(m, now) {
				break
			}
		}
		<-r.Context().Done() // never answers
	}))
	defer srv.Close()
	ctx := WithFeedDeadline(context.Background(), 300*time.Millisecond)
	var got []Item
	LoadEach(ctx, srv.Client(), srv.URL+"/feed", func(it Item) { got = append(got, it) })
	if len(got) != n {
		t.Fatalf("%d items, want %d", len(got), n)
	}
	for _, it := range got {
		if it.Err != nil || !it.Teaser || !strings.Contains(it.Note, "deadline") {
			t.Errorf("item %s: err %v teaser %v note %q, want a teaser kept for the feed's deadline", it.Source, it.Err, it.Teaser, it.Note)
		}
	}
	if m := most.Load(); m > int32(FeedFetchers) || m < 2 {
		t.Errorf("%d pages fetched at once, want 2..%d", m, FeedFetchers)
	}
}

// TestFeedEntriesAreReportedAsTheyFinish covers issue 12 item 9: one page
// answers only once the other entries have been handed over; were the
// entries held until all were done, that page would wait for the deadline
// and be kept as a teaser.
func TestFeedEntriesAreReportedAsTheyFinish(t *testing.T) {
	page, err := os.ReadFile("testdata/news-page.html")
	if err != nil {
		t.Fatal(err)
	}
	release := make(chan struct{})
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/feed":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, dockFeed(srv.URL, 5))
			return
		case r.URL.Path == "/page/0":
			select {
			case <-release:
			case <-r.Context().Done():
				return
			}
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	defer srv.Close()
	ctx := WithFeedDeadline(context.Background(), time.Minute)
	var got []Item
	var once sync.Once
	LoadEach(ctx, srv.Client(), srv.URL+"/feed", func(it Item) {
		got = append(got, it)
		if len(got) == 4 {
			once.Do(func() { close(release) })
		}
	})
	if len(got) != 5 {
		t.Fatalf("%d items", len(got))
	}
	last := got[4]
	if last.Source != srv.URL+"/page/0" || last.Err != nil || last.Teaser {
		t.Errorf("last item %s: err %v teaser %v %q, want the held page, stored in full", last.Source, last.Err, last.Teaser, last.Note)
	}
}

// TestCancelledFeedFailsItsEntries: Ctrl-C is no deadline; entries not
// done fail as cancelled instead of being kept as teasers.
func TestCancelledFeedFailsItsEntries(t *testing.T) {
	var srv *httptest.Server
	ctx, cancel := context.WithCancel(context.Background())
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed" {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, dockFeed(srv.URL, 6))
			return
		}
		cancel()
		<-r.Context().Done()
	}))
	defer srv.Close()
	var got []Item
	LoadEach(ctx, srv.Client(), srv.URL+"/feed", func(it Item) { got = append(got, it) })
	if len(got) != 6 {
		t.Fatalf("%d items", len(got))
	}
	for _, it := range got {
		if it.Err == nil {
			t.Errorf("item %s stored after cancel: %+v", it.Source, it.Note)
		}
	}
}
