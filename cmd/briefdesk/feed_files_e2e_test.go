package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFeedFilesAndOPMLListsImport covers issue 12 item 16 end to end: in a
// folder, a .xml file holding a feed is imported like a remote feed, an
// OPML list imports every feed it names (the one that fails gets its own
// failed line), and other XML is skipped.
func TestFeedFilesAndOPMLListsImport(t *testing.T) {
	rss := `<?xml version="1.0"?><rss version="2.0"><channel><title>%s</title><item><title>%s</title><description>%s</description></item></channel></rss>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/orchard.rss" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, rss, "Orchard Weekly", "Cider press reopens", "The old cider press reopens in May.")
	}))
	defer srv.Close()
	dir := t.TempDir()
	put := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	put("a-valley.xml", fmt.Sprintf(rss, "Valley Herald", "Bridge repainted", "The footbridge was repainted green."))
	put("b-subs.opml", fmt.Sprintf(`<?xml version="1.0"?><opml version="2.0"><body>
<outline text="Orchard" type="rss" xmlUrl="%[1]s/orchard.rss"/><outline text="Gone" type="rss" xmlUrl="%[1]s/gone.rss"/></body></opml>`, srv.URL))
	put("c-notes.xml", "<notes><n>plain XML</n></notes>")
	db := filepath.Join(t.TempDir(), "archive.db")
	out, errOut, code := cli(t, db, "", "import", dir)
	want := "ok 1 Bridge repainted\n" +
		"ok 2 Cider press reopens\n" +
		"failed " + srv.URL + "/gone.rss: HTTP 404 Not Found\n" +
		"skipped " + filepath.Join(dir, "c-notes.xml") + ": unsupported file type \".xml\"\n"
	if out != want || code != 1 {
		t.Errorf("import = exit %d\n%s\nwant exit 1\n%s\nstderr: %s", code, out, want, errOut)
	}
}

// TestLongFeedFileTakesTheNewest covers issue 12 item 16: a feed file of
// 1,003 entries stores the newest 1,000 and says 3 were left.
func TestLongFeedFileTakesTheNewest(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Tidewater Bulletin</title>`)
	for i := 0; i < 1003; i++ {
		fmt.Fprintf(&b, "<item><title>Tide table %d</title><description>Tide table %d for the harbour.</description><pubDate>Mon, %02d Mar 2026 %02d:%02d:00 GMT</pubDate></item>",
			i, i, 2+i/1440%20, i/60%24, i%60)
	}
	b.WriteString("</channel></rss>")
	path := filepath.Join(t.TempDir(), "tides.rss")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "archive.db")
	out := mustCLI(t, db, "import", path)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 1001 || lines[0] != "ok 1 Tide table 3" {
		t.Fatalf("%d lines, first %q", len(lines), lines[0])
	}
	if want := "skipped " + path + ": entries left out: the feed holds 1003 entries, the limit is 1000: took the newest 1000, left out 3 older ones"; lines[1000] != want {
		t.Errorf("last line %q\nwant %q", lines[1000], want)
	}
}
