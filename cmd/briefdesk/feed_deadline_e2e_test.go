package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
)

// TestFeedOnAServerThatNeverAnswersEnds covers issue 12 item 9 end to end:
// 30 teaser entries whose pages never answer; with --feed-deadline the
// import returns, every entry is stored from the feed's own text and says
// why, and the exit status is 0.
func TestFeedOnAServerThatNeverAnswersEnds(t *testing.T) {
	const n = 30
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed.xml" {
			<-r.Context().Done() // never answers
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Quarry Gazette</title>`)
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "<item><title>Blasting notice %d</title><link>%s/n/%d</link><description>Blasting near pit %d this week.</description></item>", i, srv.URL, i, i)
		}
		b.WriteString("</channel></rss>")
		fmt.Fprint(w, b.String())
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "archive.db")
	out := mustCLI(t, db, "import", "--feed-deadline", "500ms", srv.URL+"/feed.xml")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != n {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), n, out)
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, "ok ") || !strings.Contains(l, "(feed text only: page failed: the feed's deadline of 500ms passed)") {
			t.Errorf("line %q", l)
		}
	}
	if got := mustCLI(t, db, "list", "--tag", "teaser"); strings.Count(got, "\n") != n {
		t.Errorf("list --tag teaser:\n%s", got)
	}
}
