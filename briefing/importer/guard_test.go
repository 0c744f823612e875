package importer

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

const guardPage = `<html><head><title>Harbour talks resume</title></head><body><article><h1>Harbour talks resume</h1>` +
	`<p>Negotiators from Velmoria and Orun met again on Tuesday in the harbour town of Tarsk to discuss the reopening of the river crossings, which have been closed since the winter.</p>` +
	`<p>The mediator said both delegations had agreed to exchange lists of detained traders, and that a further round would be held next month if the talks made progress.</p>` +
	`<p>Traders in Tarsk said the closure had cost them most of the season and that several firms could close within weeks if the crossings stayed shut.</p></article></body></html>`

// pageServer serves guardPage and counts its requests.
func pageServer(t *testing.T) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, guardPage)
	}))
	t.Cleanup(srv.Close)
	return srv, &hits
}

func guardFeed(links ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Tarsk Wire</title><link>http://example.invalid/</link><description>wire</description>`)
	for i, l := range links {
		fmt.Fprintf(&b, `<item><title>Entry %d</title><link>%s</link><description>Talks resume in Tarsk.</description></item>`, i+1, l)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

// A redirect to another local server is refused; one within the server the
// user typed is followed.
func TestRedirectsDoNotReachOtherLocalServers(t *testing.T) {
	other, otherHits := pageServer(t)
	mux := http.NewServeMux()
	mux.HandleFunc("/away", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other.URL+"/admin", http.StatusFound)
	})
	mux.HandleFunc("/here", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/page", http.StatusFound) })
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, guardPage)
	})
	typed := httptest.NewServer(mux)
	defer typed.Close()

	_, err := FromURL(context.Background(), nil, typed.URL+"/away")
	if err == nil || !strings.Contains(err.Error(), "local or private address") {
		t.Errorf("redirect to another local server: err %v, want a refusal", err)
	}
	if n := otherHits.Load(); n != 0 {
		t.Errorf("the other local server was requested %d times", n)
	}
	if _, err := FromURL(context.Background(), nil, typed.URL+"/here"); err != nil {
		t.Errorf("redirect within the typed server: %v", err)
	}
}

// A feed's entries reach the feed's own server, never another local one.
func TestFeedEntriesDoNotReachOtherLocalServers(t *testing.T) {
	other, otherHits := pageServer(t)
	var ownHits atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		ownHits.Add(1)
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, guardPage)
	})
	var feedURL string
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, guardFeed(feedURL+"/../page", other.URL+"/admin/delete?id=1"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	feedURL = srv.URL + "/feed"
	items, err := FromURLOrFeed(context.Background(), nil, feedURL)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 2 {
		t.Fatalf("%d items, want 2", len(items))
	}
	if n := otherHits.Load(); n != 0 {
		t.Errorf("a feed entry reached another local server (%d requests)", n)
	}
	if ownHits.Load() == 0 {
		t.Error("the entry on the feed's own server was not fetched")
	}
}
