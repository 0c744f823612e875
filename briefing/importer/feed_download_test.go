package importer

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TestFeedDownloadIsUnderTheFeedDeadline covers the rest of issue 12 item
// 9: a server that sends the feed itself a few bytes at a time is cut off
// at the per-feed deadline (here 1 s), with a line that says so, not after
// the 30 s a download may otherwise take; so is one in an OPML list.
func TestFeedDownloadIsUnderTheFeedDeadline(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/list.opml" {
			w.Header().Set("Content-Type", "text/x-opml")
			w.Write([]byte(`<?xml version="1.0"?><opml version="2.0"><body><outline type="rss" xmlUrl="` +
				"http://" + r.Host + `/feed.rss"/></body></opml>`))
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Drip</title>`))
		for range 200 { // 20 s, a byte every 100 ms
			select {
			case <-r.Context().Done():
				return
			case <-time.After(100 * time.Millisecond):
			}
			w.Write([]byte(" "))
			w.(http.Flusher).Flush()
		}
	}))
	defer srv.Close()
	ctx := WithFeedDeadline(context.Background(), time.Second)
	for _, url := range []string{srv.URL + "/feed.rss", srv.URL + "/list.opml"} {
		items := Load(ctx, srv.Client(), url)
		if len(items) != 1 || items[0].Err == nil ||
			!strings.Contains(items[0].Err.Error(), "the download took longer than the feed deadline (1s)") {
			t.Errorf("%s: items %+v, want one failure at the feed deadline", url, items)
		}
	}
}
