package importer

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestLongFeedKeepsTheNewestEntries covers issue 12 item 16: of 1,200
// entries (oldest first in the file) the newest 1,000 are read and one
// Item says 200 were left out.
func TestLongFeedKeepsTheNewestEntries(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Tidewater Bulletin</title>`)
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 1200; i++ {
		fmt.Fprintf(&b, "<item><title>Tide table %d</title><description>Tide table %d for the harbour.</description><pubDate>%s</pubDate></item>",
			i, i, start.Add(time.Duration(i)*time.Hour).Format(time.RFC1123Z))
	}
	b.WriteString("</channel></rss>")
	path := writeFile(t, t.TempDir(), "tides.rss", []byte(b.String()))
	items := Load(context.Background(), nil, path)
	if len(items) != 1001 {
		t.Fatalf("%d items, want 1000 entries and one left-out note", len(items))
	}
	if items[0].Err != nil || items[0].Article.Title != "Tide table 200" || items[999].Article.Title != "Tide table 1199" {
		t.Errorf("kept %q … %q, want tables 200 … 1199", items[0].Article.Title, items[999].Article.Title)
	}
	last := items[1000]
	if !errors.Is(last.Err, ErrLeftOut) || !strings.Contains(last.Err.Error(), "left out 200 older ones") {
		t.Errorf("last item err = %v, want the 200 left out said", last.Err)
	}
}

// TestFeedAndOPMLFilesOnDisk covers issue 12 item 16: a .xml file holding a
// feed is read as a feed; an OPML list imports every feed it names, and a
// feed that fails gets its own failed Item; other XML stays unsupported.
func TestFeedAndOPMLFilesOnDisk(t *testing.T) {
	dir := t.TempDir()
	rss := `<?xml version="1.0"?><rss version="2.0"><channel><title>%s</title><item><title>%s</title><description>%s</description></item></channel></rss>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		switch r.URL.Path {
		case "/orchard.rss":
			fmt.Fprintf(w, rss, "Orchard Weekly", "Cider press reopens", "The old cider press reopens in May.")
		case "/ridge.rss":
			fmt.Fprintf(w, rss, "Ridge Post", "Trail closed for repairs", "The north trail is closed until June.")
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()

	feedXML := writeFile(t, dir, "valley.xml", []byte(fmt.Sprintf(rss, "Valley Herald", "Bridge repainted", "The footbridge was repainted green.")))
	items := Load(context.Background(), nil, feedXML)
	if len(items) != 1 || items[0].Err != nil || items[0].Article.Title != "Bridge repainted" {
		t.Errorf("feed .xml: %+v", items)
	}

	opml := fmt.Sprintf(`<?xml version="1.0"?><opml version="2.0"><head><title>My feeds</title></head><body>
<outline text="Local"><outline text="Orchard" type="rss" xmlUrl="%[1]s/orchard.rss"/><outline text="Gone" type="rss" xmlUrl="%[1]s/gone.rss"/></outline>
<outline text="Ridge" type="rss" xmlUrl="%[1]s/ridge.rss"/></body></opml>`, srv.URL)
	for _, name := range []string{"subs.opml", "subs.xml"} {
		items := Load(context.Background(), srv.Client(), writeFile(t, dir, name, []byte(opml)))
		if len(items) != 3 {
			t.Fatalf("%s: %d items: %+v", name, len(items), items)
		}
		if items[0].Err != nil || items[0].Article.Title != "Cider press reopens" || items[2].Err != nil || items[2].Article.Title != "Trail closed for repairs" {
			t.Errorf("%s: feeds not imported: %+v", name, items)
		}
		if items[1].Source != srv.URL+"/gone.rss" || items[1].Err == nil || !strings.Contains(items[1].Err.Error(), "404") {
			t.Errorf("%s: failed feed = %+v, want its own failed item", name, items[1])
		}
	}

	other := writeFile(t, dir, "notes.xml", []byte("<notes><n>plain XML</n></notes>"))
	items = Load(context.Background(), nil, other)
	if len(items) != 1 || !errors.Is(items[0].Err, ErrUnsupported) {
		t.Errorf("other XML: %+v, want unsupported", items)
	}
	if !Supported(filepath.Join(dir, "x.opml")) || !Supported(feedXML) {
		t.Error(".opml and .xml are not listed as supported")
	}
}

// TestOPMLListByURLAndLocalNames covers issue 12 item 16: an OPML list
// fetched from a URL imports its feeds too; a list naming a local path is
// refused for that entry only (a list names no files to open).
func TestOPMLListByURLAndLocalNames(t *testing.T) {
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/subs.opml":
			w.Header().Set("Content-Type", "text/x-opml")
			fmt.Fprintf(w, `<?xml version="1.0"?><opml version="1.0"><body><outline xmlUrl="/etc/hosts"/><outline xmlUrl="%s/mill.rss"/></body></opml>`, srv.URL)
		case "/mill.rss":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Mill Notes</title><item><title>Mill wheel turns again</title><description>The restored wheel turned on Sunday.</description></item></channel></rss>`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	items := Load(context.Background(), srv.Client(), srv.URL+"/subs.opml")
	if len(items) != 2 {
		t.Fatalf("%d items: %+v", len(items), items)
	}
	if items[0].Source != "/etc/hosts" || !errors.Is(items[0].Err, ErrUnsupported) || !strings.Contains(items[0].Err.Error(), "http(s) URL only") {
		t.Errorf("local name: %+v", items[0])
	}
	if items[1].Err != nil || items[1].Article.Title != "Mill wheel turns again" {
		t.Errorf("feed: %+v", items[1])
	}
}
