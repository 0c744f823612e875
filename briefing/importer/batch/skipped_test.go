package batch

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// Issue 12 item 15: what a folder import passes over gets a line of its
// own, and does not change the exit status.
func TestFolderImportSaysWhatItSkips(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "harbour.txt", "Harbour reopens\n\nThe ferries ran again at dawn.")
	csv := write(t, dir, "tallies.csv", "a,b\n1,2\n")
	xml := write(t, dir, "notes.xml", "<notes/>")
	js := write(t, dir, "data.json", "{}")
	bare := write(t, dir, "README", "plain words")
	hidden := write(t, dir, ".draft.txt", "Draft\n\nNot for the archive.")
	write(t, dir, ".cache/old.txt", "Old\n\nStale words.")
	link := filepath.Join(dir, "shortcut.txt")
	if err := os.Symlink(a, link); err != nil {
		t.Fatal(err)
	}

	lines, c := run(context.Background(), []string{dir}, Options{})
	want := map[string]string{
		csv:                          `skipped ` + csv + `: unsupported file type ".csv"`,
		xml:                          `skipped ` + xml + `: unsupported file type ".xml"`,
		js:                           `skipped ` + js + `: unsupported file type ".json"`,
		bare:                         `skipped ` + bare + `: unsupported file type (no extension)`,
		hidden:                       `skipped ` + hidden + `: hidden file`,
		filepath.Join(dir, ".cache"): `skipped ` + filepath.Join(dir, ".cache") + `: hidden folder`,
		link:                         `skipped ` + link + `: symbolic link, not followed`,
	}
	got := strings.Join(lines, "\n")
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("no line %q in:\n%s", w, got)
		}
	}
	if len(lines) != len(want)+1 || !strings.Contains(got, "ok 1 Harbour reopens") {
		t.Errorf("got %d lines, want %d:\n%s", len(lines), len(want)+1, got)
	}
	if !sort.StringsAreSorted(itemsOf(lines)) {
		t.Errorf("lines not in path order:\n%s", got)
	}
	if c.OK != 1 || c.Failed != 0 || c.Skipped != len(want) {
		t.Errorf("counts = %+v, want 1 ok, 0 failed, %d skipped", c, len(want))
	}
}

func itemsOf(lines []string) []string {
	var out []string
	for _, l := range lines {
		if rest, ok := strings.CutPrefix(l, "skipped "); ok {
			item, _, _ := strings.Cut(rest, ": ")
			out = append(out, item)
		}
	}
	return out
}

// Issue 12 item 15: a URL or feed file that yields no article says so.
func TestEmptyFeedAndJSONURLGetALine(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/api":
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte(`{"status":"fine","count":3}`))
		case "/empty.rss":
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet wire</title></channel></rss>`))
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	file := write(t, dir, "quiet.rss", `<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet wire</title></channel></rss>`)

	lines, c := run(context.Background(), []string{srv.URL + "/api", srv.URL + "/empty.rss", file}, Options{})
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want 3:\n%s", len(lines), strings.Join(lines, "\n"))
	}
	if !strings.HasPrefix(lines[0], "failed "+srv.URL+"/api: ") || !strings.Contains(lines[0], "application/json") {
		t.Errorf("JSON URL line = %q", lines[0])
	}
	if lines[1] != "skipped "+srv.URL+"/empty.rss: the feed holds no entries" {
		t.Errorf("empty feed URL line = %q", lines[1])
	}
	if lines[2] != "skipped "+file+": the feed holds no entries" {
		t.Errorf("empty feed file line = %q", lines[2])
	}
	if c.Failed != 1 || c.Skipped != 2 {
		t.Errorf("counts = %+v", c)
	}
}

// Issue 12 item 17: a folder given through a symbolic link is the folder
// it points to; its files are named under the path as given.
func TestFolderThroughSymlinkImports(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "desk")
	write(t, real, "tide.txt", "Tide tables revised\n\nThe port authority moved the times.")
	link := filepath.Join(dir, "shortcut")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	lines, c := run(context.Background(), []string{link}, Options{})
	if len(lines) != 1 || lines[0] != "ok 1 Tide tables revised" || c.OK != 1 {
		t.Fatalf("got %q, counts %+v; want one ok line", lines, c)
	}
	var items []string
	m := &memoryArchive{byHash: map[string]int64{}}
	hiddenReal := filepath.Join(dir, ".store")
	if err := os.Rename(real, hiddenReal); err != nil {
		t.Fatal(err)
	}
	os.Remove(link)
	if err := os.Symlink(hiddenReal, link); err != nil {
		t.Fatal(err)
	}
	Run(context.Background(), []string{link + string(filepath.Separator)}, Options{}, m.save, func(r Result) { items = append(items, r.Item) })
	if len(items) != 1 || !strings.HasPrefix(items[0], link) {
		t.Errorf("items = %q, want the file under %s", items, link)
	}
}
