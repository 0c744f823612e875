package batch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// memoryArchive stands in for storage: it dedupes by content hash.
type memoryArchive struct{ byHash map[string]int64 }

func (m *memoryArchive) save(_ context.Context, a briefing.Article) (int64, bool, error) {
	if id, ok := m.byHash[a.ContentHash]; ok {
		return id, true, nil
	}
	id := int64(len(m.byHash) + 1)
	m.byHash[a.ContentHash] = id
	return id, false, nil
}

func write(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func run(ctx context.Context, items []string, o Options) ([]string, Counts) {
	m := &memoryArchive{byHash: map[string]int64{}}
	var lines []string
	c := Run(ctx, items, o, m.save, func(r Result) { lines = append(lines, r.String()) })
	return lines, c
}

func TestRunReportsEveryItem(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.txt", "Talks resume in Geneva\n\nDelegations met on Monday.")
	write(t, dir, "notes/b.md", "# Ceasefire holds\n\nThe line was quiet overnight.")
	bin := write(t, dir, "junk.bin", "\x00\x01\x02")
	missing := filepath.Join(dir, "missing.txt")

	lines, c := run(context.Background(), []string{a, filepath.Join(dir, "notes"), a, bin, missing}, Options{})
	want := []string{
		"ok 1 Talks resume in Geneva",
		"ok 2 Ceasefire holds",
		"duplicate 1 Talks resume in Geneva",
	}
	if len(lines) != 5 {
		t.Fatalf("got %d lines, want 5:\n%s", len(lines), strings.Join(lines, "\n"))
	}
	for i, w := range want {
		if lines[i] != w {
			t.Errorf("line %d = %q, want %q", i, lines[i], w)
		}
	}
	if !strings.HasPrefix(lines[3], "failed "+bin+": ") || strings.Count(lines[3], "junk.bin") != 1 {
		t.Errorf("binary file line = %q, want one mention of the file and a reason", lines[3])
	}
	if lines[4] != "failed "+missing+": no such file or folder" {
		t.Errorf("missing file line = %q", lines[4])
	}
	if c != (Counts{OK: 2, Duplicate: 1, Failed: 2}) {
		t.Errorf("counts = %+v", c)
	}
}

func TestCancelledImportReportsTheRest(t *testing.T) {
	dir := t.TempDir()
	var items []string
	for i := range 3 {
		items = append(items, write(t, dir, fmt.Sprintf("%d.txt", i), fmt.Sprintf("Report %d\n\nText number %d.", i, i)))
	}
	ctx, cancel := context.WithCancel(context.Background())
	m := &memoryArchive{byHash: map[string]int64{}}
	var lines []string
	Run(ctx, items, Options{}, func(ctx context.Context, a briefing.Article) (int64, bool, error) {
		defer cancel() // the user presses Cancel while the first item is stored
		return m.save(ctx, a)
	}, func(r Result) { lines = append(lines, r.String()) })
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "ok 1 ") ||
		lines[1] != "failed "+items[1]+": cancelled" || lines[2] != "failed "+items[2]+": cancelled" {
		t.Fatalf("lines = %q", lines)
	}
}

func TestStdinAndURL(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<html><head><title>Envoy visits Kyiv</title></head><body><article><h1>Envoy visits Kyiv</h1>
<p>The envoy arrived in Київ on Tuesday for two days of talks with officials about prisoner exchanges and energy.</p>
<p>Officials said the visit would continue on Wednesday with meetings at the foreign ministry and the parliament.</p>
<p>No agreement was expected, but both sides said the contacts were useful and would continue next month.</p></article></body></html>`)
	}))
	defer srv.Close()
	lines, c := run(context.Background(), []string{"-", srv.URL + "/story"},
		Options{Stdin: strings.NewReader("Pasted report\n\nA pasted paragraph."), Client: srv.Client()})
	if c.OK != 2 || lines[0] != "ok 1 Pasted report" || !strings.HasPrefix(lines[1], "ok 2 Envoy visits Kyiv") {
		t.Fatalf("lines = %q", lines)
	}
}

func TestBatchedSavesReportInOrderAndIsolateFailures(t *testing.T) {
	dir := t.TempDir()
	var items []string
	for i := range 7 {
		items = append(items, write(t, dir, fmt.Sprintf("%d.txt", i), fmt.Sprintf("Report %d\n\nText number %d.", i, i)))
	}
	items = append(items[:3], append([]string{filepath.Join(dir, "missing.txt")}, items[3:]...)...)
	m := &memoryArchive{byHash: map[string]int64{}}
	var batches []int
	saveMany := func(ctx context.Context, as []briefing.Article) ([]int64, []bool, error) {
		batches = append(batches, len(as))
		for _, a := range as {
			if strings.HasPrefix(a.Title, "Report 5") {
				return nil, nil, errors.New("constraint failed") // all or nothing
			}
		}
		ids, dups := make([]int64, len(as)), make([]bool, len(as))
		for i, a := range as {
			ids[i], dups[i], _ = m.save(ctx, a)
		}
		return ids, dups, nil
	}
	save := func(ctx context.Context, a briefing.Article) (int64, bool, error) {
		if a.Title == "Report 5" {
			return 0, false, errors.New("constraint failed")
		}
		return m.save(ctx, a)
	}
	var lines []string
	c := Run(context.Background(), items, Options{SaveMany: saveMany, BatchSize: 3, BatchDelay: time.Hour}, save,
		func(r Result) { lines = append(lines, r.String()) })
	want := []string{"ok 1 Report 0", "ok 2 Report 1", "ok 3 Report 2",
		"failed " + filepath.Join(dir, "missing.txt") + ": no such file or folder",
		"ok 4 Report 3", "ok 5 Report 4", "failed " + items[6] + ": constraint failed", "ok 6 Report 6"}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Fatalf("lines:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if c != (Counts{OK: 6, Failed: 2}) {
		t.Errorf("counts = %+v", c)
	}
	if len(batches) < 2 || batches[0] != 3 {
		t.Errorf("batches = %v, want batches of 3", batches)
	}
}

// unreadableDir makes a folder under parent that the walk cannot read and
// returns its path: a folder without permissions, or, for root (who reads
// any folder), one whose path is longer than the system accepts.
func unreadableDir(t *testing.T, parent string) string {
	t.Helper()
	if os.Geteuid() != 0 {
		p := filepath.Join(parent, "locked")
		if err := os.Mkdir(p, 0o755); err != nil {
			t.Fatal(err)
		}
		write(t, p, "inside.txt", "Hidden away\n\nThis file cannot be read.")
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(p, 0o755) })
		return p
	}
	root, err := os.OpenRoot(parent)
	if err != nil {
		t.Fatal(err)
	}
	p := parent
	for len(p) <= 4200 {
		name := "deep" + strings.Repeat("d", 200)
		if err := root.Mkdir(name, 0o755); err != nil {
			t.Fatal(err)
		}
		next, err := root.OpenRoot(name)
		root.Close()
		if err != nil {
			t.Fatal(err)
		}
		root, p = next, filepath.Join(p, name)
	}
	root.Close()
	return p
}

// TestFolderWithUnreadablePartImportsTheRest covers issue 12 item 4: one
// sub-folder that cannot be read costs one failed line, not the folder.
func TestFolderWithUnreadablePartImportsTheRest(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "Grain corridor reopens\n\nShips left the port at dawn.")
	write(t, dir, "zeta/b.md", "# Budget passes\n\nDeputies approved the plan late on Thursday.")
	locked := unreadableDir(t, dir)

	lines, c := run(context.Background(), []string{dir}, Options{})
	if c != (Counts{OK: 2, Failed: 1}) {
		t.Fatalf("counts = %+v, want 2 ok and 1 failed:\n%s", c, strings.Join(lines, "\n"))
	}
	var failed []string
	for _, l := range lines {
		if strings.HasPrefix(l, "failed ") {
			failed = append(failed, l)
		}
	}
	if len(failed) != 1 || !strings.HasPrefix(failed[0], "failed "+dir+string(filepath.Separator)) ||
		!strings.HasPrefix(locked, strings.SplitN(strings.TrimPrefix(failed[0], "failed "), ": ", 2)[0]) {
		t.Errorf("failed lines = %q, want one naming the unreadable folder", failed)
	}
	if !strings.Contains(strings.Join(lines, "\n"), "ok 1 Grain corridor reopens") || !strings.Contains(strings.Join(lines, "\n"), "Budget passes") {
		t.Errorf("the readable files were not imported:\n%s", strings.Join(lines, "\n"))
	}
}

// TestReportLinesCannotBeForged covers issue 12 item 13: an item name or a
// reason holding a newline or a terminal escape still gives one report
// line, with the name quoted and the control characters escaped.
func TestReportLinesCannotBeForged(t *testing.T) {
	dir := t.TempDir()
	forged := write(t, dir, "bad\nok 99 fake.pdf", "not a PDF at all")
	escape := write(t, dir, "\x1b]0;owned\x07.docx", "not a docx either")
	good := write(t, dir, "fine.eml", "From: desk@harbour.example\r\nSubject: Quiet day\x1b[2J at the\x1b]0;x\x07 port\r\n\r\nNothing moved at the port today, the harbour master said.\r\n")

	lines, c := run(context.Background(), []string{forged, escape, good}, Options{})
	if c != (Counts{OK: 1, Failed: 2}) || len(lines) != 3 {
		t.Fatalf("counts %+v, lines %q", c, lines)
	}
	for _, l := range lines {
		if strings.ContainsAny(l, "\n\r\x1b\x07") {
			t.Errorf("report line %q holds a control character", l)
		}
	}
	if want := "failed " + strconv.Quote(forged) + ": "; !strings.HasPrefix(lines[0], want) {
		t.Errorf("line 0 = %q, want it to start %q", lines[0], want)
	}
	if want := "failed " + strconv.Quote(escape) + ": "; !strings.HasPrefix(lines[1], want) {
		t.Errorf("line 1 = %q, want it to start %q", lines[1], want)
	}
	if lines[2] != "ok 1 Quiet day[2J at the]0;x port" {
		t.Errorf("line 2 = %q", lines[2])
	}
	// A reason that carries a control character is escaped too.
	r := Result{Item: "x.txt", Status: Failed, Err: errors.New("bad\nok 7 y")}
	if got := r.String(); got != `failed x.txt: bad\nok 7 y` {
		t.Errorf("Result.String() = %q", got)
	}
}

// TestFeedEntryWithoutItsPageIsKeptAsTeaser covers issue 12 item 3: an
// entry whose page fails is stored from the feed's own text, tagged as a
// teaser, and its line says so; a failing tag costs nothing stored.
func TestFeedEntryWithoutItsPageIsKeptAsTeaser(t *testing.T) {
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Lakeside Courier</title>
<item><title>Ferry strike called off</title><link>%s/ferry</link><description>Crews accepted the offer late on Monday.</description>
<pubDate>Tue, 10 Mar 2026 07:00:00 GMT</pubDate></item></channel></rss>`, srv.URL)
	}))
	defer srv.Close()
	for _, batched := range []bool{false, true} {
		m := &memoryArchive{byHash: map[string]int64{}}
		var tagged []string
		o := Options{Client: srv.Client(), Tag: func(_ context.Context, id int64, tags ...string) error {
			tagged = append(tagged, fmt.Sprint(id, tags))
			return nil
		}}
		if batched {
			o.SaveMany = func(ctx context.Context, as []briefing.Article) ([]int64, []bool, error) {
				ids, dups := make([]int64, len(as)), make([]bool, len(as))
				for i, a := range as {
					ids[i], dups[i], _ = m.save(ctx, a)
				}
				return ids, dups, nil
			}
		}
		var lines []string
		c := Run(context.Background(), []string{srv.URL + "/feed"}, o, m.save, func(r Result) { lines = append(lines, r.String()) })
		want := "ok 1 Ferry strike called off (feed text only: page failed: HTTP 404 Not Found)"
		if c != (Counts{OK: 1}) || len(lines) != 1 || lines[0] != want {
			t.Errorf("batched %v: counts %+v, lines %q; want %q", batched, c, lines, want)
		}
		if len(tagged) != 1 || tagged[0] != "1 ["+TeaserTag+"]" {
			t.Errorf("batched %v: tagged %q, want article 1 tagged %q", batched, tagged, TeaserTag)
		}
	}
}
