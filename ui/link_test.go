package ui

import (
	"context"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestReaderLinksOnlyWebURLs covers issue 12 item 11 in the app: the reader
// makes an article's URL a clickable link only when it is http(s).
func TestReaderLinksOnlyWebURLs(t *testing.T) {
	d, st := newTestDesk(t)
	for _, c := range []struct {
		url  string
		link bool
	}{
		{"https://harbour.example/lease-signed", true},
		{"javascript:alert(document.cookie)", false},
		{"file:///etc/passwd", false},
	} {
		a := briefing.Article{Title: "Lease " + c.url, URL: c.url, Text: "The lease was signed for " + c.url + " on Tuesday."}
		a.Finish()
		r, err := st.AddArticle(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		d.reader.showArticle(r.ID, "")
		d.Idle()
		if got := d.reader.link.Visible(); got != c.link {
			t.Errorf("URL %q: link shown = %v, want %v", c.url, got, c.link)
		}
	}
}
