package importer

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// newSite serves the news page fixture and a few misbehaving routes.
func newSite(t *testing.T) *httptest.Server {
	t.Helper()
	page, err := os.ReadFile("testdata/news-page.html")
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/article?utm_source=feed", http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>word word word word</p>\n", 1000))
		for written := 0; written <= MaxTextSize; written += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/notes.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("Plain note\n\nПутин and Erdoğan spoke."))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestFromURL(t *testing.T) {
	srv := newSite(t)
	tests := []struct {
		name      string
		path      string
		wantTitle string
		wantURL   string
		wantErr   error
		wantMsg   string
	}{
		{name: "a news page is extracted and its raw HTML kept", path: "/article", wantTitle: "Ankara talks stall over grain corridor", wantURL: srv.URL + "/article"},
		{name: "a redirect is followed and the final URL canonicalised", path: "/moved", wantTitle: "Ankara talks stall over grain corridor", wantURL: srv.URL + "/article"},
		{name: "a plain text response is imported as text", path: "/notes.txt", wantTitle: "Plain note", wantURL: srv.URL + "/notes.txt"},
		{name: "a redirect loop stops at the redirect cap", path: "/loop", wantMsg: "redirects"},
		{name: "an image is refused by content type", path: "/image", wantErr: ErrUnsupported},
		{name: "a page over the size cap is refused", path: "/huge", wantErr: ErrTooLarge},
		{name: "a missing page reports the HTTP status", path: "/nowhere", wantMsg: "HTTP 404"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := srv.URL + tt.path
			a, err := FromURL(context.Background(), srv.Client(), url)
			if tt.wantErr != nil || tt.wantMsg != "" {
				if err == nil {
					t.Fatal("no error")
				}
				if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
					t.Errorf("err = %v, want %v", err, tt.wantErr)
				}
				if !strings.Contains(err.Error(), tt.wantMsg) || !strings.HasPrefix(err.Error(), url+": ") {
					t.Errorf("err = %q, want the URL and %q", err, tt.wantMsg)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.wantTitle || a.URL != tt.wantURL {
				t.Errorf("got %q at %q, want %q at %q", a.Title, a.URL, tt.wantTitle, tt.wantURL)
			}
			if strings.HasSuffix(tt.path, "article") && !strings.Contains(a.RawHTML, "cookie-banner") {
				t.Error("raw HTML not kept")
			}
			checkFinished(t, a)
		})
	}
}

func TestFromURLRefusesOtherSchemes(t *testing.T) {
	for _, u := range []string{"file:///etc/passwd", "ftp://example.com/a", "javascript:alert(1)", "http://"} {
		t.Run("the URL "+u+" is refused before any request", func(t *testing.T) {
			if _, err := FromURL(context.Background(), nil, u); err == nil {
				t.Fatal("no error")
			}
		})
	}
}

func TestFromURLUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL + "/gone"
	srv.Close()
	_, err := FromURL(context.Background(), nil, url)
	if err == nil || !strings.HasPrefix(err.Error(), url+": fetch failed") {
		t.Fatalf("err = %v", err)
	}
}

const teaserFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Bosphorus Wire</title><language>en</language>
<item><title>Teaser entry</title><link>%[1]s/article</link><description>Negotiators left Ankara without a deal.</description>
<pubDate>Sat, 14 Mar 2026 08:00:00 GMT</pubDate></item>
<item><title>Full entry</title><link>%[1]s/full</link><author>desk@wire.example (Ayşe Yılmaz)</author>
<description><![CDATA[%[2]s]]></description><pubDate>Fri, 13 Mar 2026 08:00:00 GMT</pubDate></item>
<item><title>Broken link</title><link>%[1]s/nowhere</link><description>Short.</description><pubDate>Thu, 12 Mar 2026 08:00:00 GMT</pubDate></item>
<item><link>%[1]s/gone</link></item>
</channel></rss>`

func fullEntry() string {
	p := "<p>" + strings.Repeat("Vladimir Putin (Владимир Путин) and Recep Tayyip Erdoğan discussed the corridor again. ", 20) + "</p>"
	return p + p
}

func TestFromFeed(t *testing.T) {
	srv := newSite(t)
	feed := fmt.Sprintf(teaserFeed, srv.URL, fullEntry())
	path := writeFile(t, t.TempDir(), "wire.rss", []byte(feed))

	items, err := FromFeed(context.Background(), srv.Client(), path)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 4 {
		t.Fatalf("%d items, want 4", len(items))
	}
	t.Run("a teaser entry is replaced by its fetched page", func(t *testing.T) {
		a := items[0].Article
		if items[0].Err != nil || !strings.Contains(a.Text, "Insurers wait for guarantees") {
			t.Fatalf("err %v, text %q", items[0].Err, a.Text)
		}
		if a.RawHTML == "" || a.URL != srv.URL+"/article" {
			t.Errorf("raw HTML kept %v, URL %q", a.RawHTML != "", a.URL)
		}
	})
	t.Run("a full entry is imported from the feed with its metadata", func(t *testing.T) {
		a := items[1].Article
		if items[1].Err != nil {
			t.Fatal(items[1].Err)
		}
		if a.Title != "Full entry" || a.Outlet != "Bosphorus Wire" || a.Published.Format("2006-01-02") != "2026-03-13" || a.Language != "en" {
			t.Errorf("metadata %q %q %v %q", a.Title, a.Outlet, a.Published, a.Language)
		}
		if !strings.Contains(a.Text, "Владимир Путин") || !strings.Contains(a.Text, "\n\n") {
			t.Errorf("text %q", a.Text)
		}
		checkFinished(t, a)
	})
	// Issue 12 item 3: the entry is not lost with its page.
	t.Run("an entry whose page cannot be fetched keeps the feed's own text, marked as a teaser", func(t *testing.T) {
		it := items[2]
		if it.Err != nil {
			t.Fatalf("err = %v, want the entry stored from the feed", it.Err)
		}
		a := it.Article
		if a.Title != "Broken link" || a.URL != srv.URL+"/nowhere" || a.Outlet != "Bosphorus Wire" ||
			a.Text != "Short." || a.Published.Format("2006-01-02") != "2026-03-12" {
			t.Errorf("article = %q %q %q %q %v", a.Title, a.URL, a.Outlet, a.Text, a.Published)
		}
		checkFinished(t, a)
		if !it.Teaser || !strings.HasPrefix(it.Note, "feed text only: page failed: ") || !strings.Contains(it.Note, "HTTP 404") ||
			strings.Contains(it.Note, srv.URL) {
			t.Errorf("teaser %v, note %q; want a teaser with the page's failure, without repeating the URL", it.Teaser, it.Note)
		}
		if it.Source != srv.URL+"/nowhere" {
			t.Errorf("source %q", it.Source)
		}
	})
	t.Run("an entry with neither text nor title whose page fails is reported failed", func(t *testing.T) {
		if it := items[3]; it.Err == nil || !strings.Contains(it.Err.Error(), "HTTP 404") || it.Source != srv.URL+"/gone" {
			t.Errorf("item = %+v", it)
		}
	})
	t.Run("a feed URL typed by the user is recognised as a feed", func(t *testing.T) {
		mux := http.NewServeMux()
		mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte(feed))
		})
		fs := httptest.NewServer(mux)
		defer fs.Close()
		got := Load(context.Background(), nil, fs.URL+"/feed")
		if len(got) != 4 {
			t.Fatalf("%d items", len(got))
		}
	})
}

func TestFromFeedRejectsBadFeeds(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name    string
		path    string
		wantErr error
	}{
		{"a file that is not a feed is malformed", writeFile(t, dir, "junk.rss", []byte("hello there")), ErrMalformed},
		{"an empty feed file has no text", writeFile(t, dir, "empty.atom", nil), ErrNoText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := FromFeed(context.Background(), nil, tt.path)
			if !errors.Is(err, tt.wantErr) || !strings.HasPrefix(err.Error(), tt.path) {
				t.Errorf("err = %v, want %v naming the file", err, tt.wantErr)
			}
		})
	}
}

func TestLoadReportsEachSource(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name    string
		source  string
		wantN   int
		wantErr bool
	}{
		{"a text file is one item", writeFile(t, dir, "a.txt", []byte("Title\n\nBody.")), 1, false},
		{"a missing file is one failed item", filepath.Join(dir, "missing.md"), 1, true},
		{"an unsupported file is one failed item", writeFile(t, dir, "x.exe", []byte("MZ")), 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := Load(context.Background(), nil, tt.source)
			if len(items) != tt.wantN || (items[0].Err != nil) != tt.wantErr || items[0].Source != tt.source {
				t.Errorf("items = %+v", items)
			}
		})
	}
}

// TestFromURLDropsCredentials covers issue 12 item 14: a URL typed with
// user:password@ is fetched with them, but the stored URL has none.
func TestFromURLDropsCredentials(t *testing.T) {
	srv := newSite(t)
	withCreds := strings.Replace(srv.URL, "http://", "http://analyst:s3cret@", 1) + "/article"
	a, err := FromURL(context.Background(), srv.Client(), withCreds)
	if err != nil {
		t.Fatal(err)
	}
	if a.URL != srv.URL+"/article" || strings.Contains(a.URL, "s3cret") || strings.Contains(a.URL, "analyst") {
		t.Errorf("stored URL = %q, want %q without the credentials", a.URL, srv.URL+"/article")
	}
}
