package batch

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestBatchesGrowForBulkWork covers the import speed section of issue 12:
// a bulk import makes few commits. The first batch holds BatchSize
// articles so the first lines show at once; each batch that fills up lets
// the next hold twice as many, up to MaxBatchSize. Every line still comes
// after the save of its batch.
func TestBatchesGrowForBulkWork(t *testing.T) {
	dir := t.TempDir()
	var items []string
	for i := range 50 {
		items = append(items, write(t, dir, fmt.Sprintf("%02d.txt", i), fmt.Sprintf("Report %d\n\nText number %d.", i, i)))
	}
	m := &memoryArchive{byHash: map[string]int64{}}
	var batches []int
	saved := 0
	saveMany := func(ctx context.Context, as []briefing.Article) ([]int64, []bool, error) {
		batches = append(batches, len(as))
		ids, dups := make([]int64, len(as)), make([]bool, len(as))
		for i, a := range as {
			ids[i], dups[i], _ = m.save(ctx, a)
		}
		saved += len(as)
		return ids, dups, nil
	}
	reported := 0
	c := Run(context.Background(), items, Options{SaveMany: saveMany, BatchSize: 4, BatchDelay: time.Hour}, m.save,
		func(r Result) {
			reported++
			if reported > saved {
				t.Errorf("line %d (%s) reported before its batch was saved", reported, r)
			}
		})
	if c.OK != 50 {
		t.Fatalf("counts %+v", c)
	}
	if want := []int{4, 8, 16, 22}; fmt.Sprint(batches) != fmt.Sprint(want) {
		t.Errorf("batches %v, want %v", batches, want)
	}
}

// TestParsesAheadOfTheWriter: while a batch is being saved the next items
// are already loaded (on another core), not after the save returns.
func TestParsesAheadOfTheWriter(t *testing.T) {
	var requested atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requested.Add(1)
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintf(w, "Page %s\n\nThe text of page %s, long enough to be an article.", r.URL.Path, r.URL.Path)
	}))
	defer srv.Close()
	items := []string{srv.URL + "/1", srv.URL + "/2", srv.URL + "/3", srv.URL + "/4"}
	m := &memoryArchive{byHash: map[string]int64{}}
	first := true
	saveMany := func(ctx context.Context, as []briefing.Article) ([]int64, []bool, error) {
		if first {
			first = false
			// The first batch (two pages) is saved only once the third
			// page has been fetched: a loader that waits for the save
			// never fetches it.
			deadline := time.Now().Add(10 * time.Second)
			for requested.Load() < 3 && time.Now().Before(deadline) {
				time.Sleep(5 * time.Millisecond)
			}
			if requested.Load() < 3 {
				t.Error("the third page was not fetched while the first batch was saved")
			}
		}
		ids, dups := make([]int64, len(as)), make([]bool, len(as))
		for i, a := range as {
			ids[i], dups[i], _ = m.save(ctx, a)
		}
		return ids, dups, nil
	}
	var lines []string
	c := Run(context.Background(), items, Options{Client: srv.Client(), SaveMany: saveMany, BatchSize: 2, BatchDelay: time.Hour},
		m.save, func(r Result) { lines = append(lines, r.String()) })
	if c.OK != 4 || !strings.HasPrefix(lines[0], "ok 1 Page /1") || !strings.HasPrefix(lines[3], "ok 4 Page /4") {
		t.Errorf("counts %+v, lines %q", c, lines)
	}
}

// TestCancelledBatchIsNotSaved: articles loaded but not yet saved when the
// import is cancelled are reported "cancelled" and not stored; the batch
// saved before stays.
func TestCancelledBatchIsNotSaved(t *testing.T) {
	dir := t.TempDir()
	var items []string
	for i := range 6 {
		items = append(items, write(t, dir, fmt.Sprintf("%d.txt", i), fmt.Sprintf("Report %d\n\nText number %d.", i, i)))
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	m := &memoryArchive{byHash: map[string]int64{}}
	saveMany := func(ctx context.Context, as []briefing.Article) ([]int64, []bool, error) {
		ids, dups := make([]int64, len(as)), make([]bool, len(as))
		for i, a := range as {
			ids[i], dups[i], _ = m.save(ctx, a)
		}
		return ids, dups, nil
	}
	var lines []string
	Run(ctx, items, Options{SaveMany: saveMany, BatchSize: 2, BatchDelay: time.Hour}, m.save, func(r Result) {
		lines = append(lines, r.String())
		cancel() // Ctrl-C as the first line is printed
	})
	if len(lines) != 6 || !strings.HasPrefix(lines[1], "ok 2") {
		t.Fatalf("lines %q", lines)
	}
	for _, l := range lines[2:] {
		if !strings.HasSuffix(l, ": cancelled") {
			t.Errorf("line %q after Ctrl-C, want cancelled", l)
		}
	}
	if len(m.byHash) != 2 {
		t.Errorf("%d articles stored, want the first batch's 2", len(m.byHash))
	}
}
