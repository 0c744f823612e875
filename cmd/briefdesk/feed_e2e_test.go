package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
)

// TestFeedEntryWithFailedPageIsStoredAsTeaser covers issue 12 item 3 end to
// end: the entry's page answers 404, the entry is stored from the feed,
// the line says so, exit 0, and the article carries the teaser tag.
func TestFeedEntryWithFailedPageIsStoredAsTeaser(t *testing.T) {
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed.xml" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Lakeside Courier</title>
<item><title>Ferry strike called off</title><link>%s/ferry</link><description>Crews accepted the offer late on Monday.</description>
<pubDate>Tue, 10 Mar 2026 07:00:00 GMT</pubDate></item></channel></rss>`, srv.URL)
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "archive.db")
	out := mustCLI(t, db, "import", srv.URL+"/feed.xml")
	if out != "ok 1 Ferry strike called off (feed text only: page failed: HTTP 404 Not Found)\n" {
		t.Errorf("import = %q", out)
	}
	if out := mustCLI(t, db, "list", "--tag", "teaser"); !strings.HasPrefix(out, "1\tFerry strike called off\tLakeside Courier, 2026-03-10") {
		t.Errorf("list --tag teaser = %q", out)
	}
	if out := mustCLI(t, db, "show", "1"); !strings.Contains(out, "Crews accepted the offer late on Monday.") || !strings.Contains(out, srv.URL+"/ferry") {
		t.Errorf("show 1 = %q", out)
	}
}
