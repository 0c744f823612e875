package batch

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestFeedLinesArePrintedAsEntriesFinish covers issue 12 item 9 through
// Run as the CLI calls it (batched saves, a batch delay of an hour): the
// page of entry 0 answers only after the lines of the other entries were
// reported. Were lines held to the end, that page would wait for the
// feed's deadline and be kept as a teaser.
func TestFeedLinesArePrintedAsEntriesFinish(t *testing.T) {
	page, err := os.ReadFile("../testdata/news-page.html")
	if err != nil {
		t.Fatal(err)
	}
	release := make(chan struct{})
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed":
			w.Header().Set("Content-Type", "application/rss+xml")
			b := strings.Builder{}
			b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Ledger</title>`)
			for i := 0; i < 4; i++ {
				fmt.Fprintf(&b, "<item><title>Notice %d</title><link>%s/page/%d</link><description>Notice %d, in short.</description></item>", i, srv.URL, i, i)
			}
			b.WriteString("</channel></rss>")
			fmt.Fprint(w, b.String())
			return
		case "/page/0":
			select {
			case <-release:
			case <-r.Context().Done():
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(page)
			return
		}
		http.NotFound(w, r)
	}))
	defer srv.Close()
	m := &memoryArchive{byHash: map[string]int64{}}
	saveMany := func(ctx context.Context, as []briefing.Article) ([]int64, []bool, error) {
		ids, dups := make([]int64, len(as)), make([]bool, len(as))
		for i, a := range as {
			ids[i], dups[i], _ = m.save(ctx, a)
		}
		return ids, dups, nil
	}
	var lines []string
	var once sync.Once
	o := Options{Client: srv.Client(), SaveMany: saveMany, BatchDelay: time.Hour, FeedDeadline: time.Minute}
	c := Run(context.Background(), []string{srv.URL + "/feed"}, o, m.save, func(r Result) {
		lines = append(lines, r.String())
		if len(lines) == 3 {
			once.Do(func() { close(release) })
		}
	})
	if c.OK != 4 || len(lines) != 4 {
		t.Fatalf("counts %+v, lines %q", c, lines)
	}
	for _, l := range lines[:3] {
		if !strings.Contains(l, "(feed text only: page failed: HTTP 404 Not Found)") {
			t.Errorf("line %q, want a teaser of a 404 page", l)
		}
	}
	if strings.Contains(lines[3], "feed text only") {
		t.Errorf("last line %q: the held page was not fetched in full", lines[3])
	}
}
