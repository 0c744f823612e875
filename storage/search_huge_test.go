package storage

import (
	"cmp"
	"context"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/storage/internal/benchtext"
)

// hugeBody is about size bytes of invented news text with extra in every
// sentence-sized stretch of every bytes (none when every is 0).
func hugeBody(size, every int, extra string) string {
	c := benchtext.New(3)
	var b strings.Builder
	for b.Len() < size {
		b.WriteString(c.Text(cmp.Or(every, 4000)))
		if every > 0 {
			b.WriteString(" " + extra + " ")
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// hugeArchive is an archive of n ordinary articles and one article whose
// body is body, titled "Lanterns over the Veskar delta"; it returns that
// article's id.
func hugeArchive(t testing.TB, n int, body string) (*Store, int64) {
	s := newTestStore(t)
	if err := addInBatches(context.Background(), s, benchtext.New(1).Articles(n), 500); err != nil {
		t.Fatal(err)
	}
	id := mustAdd(t, s, article("Lanterns over the Veskar delta", "https://example.org/veskar", body))
	if err := addInBatches(context.Background(), s, benchtext.New(2).Articles(n), 500); err != nil {
		t.Fatal(err)
	}
	return s, id
}

// BenchmarkSearchHugeArticle searches an archive of 400 ordinary articles
// and one of 2 MB that holds the term every 100 bytes or so: FTS5's
// snippet() compares every match with every other.
func BenchmarkSearchHugeArticle(b *testing.B) {
	s, id := hugeArchive(b, 200, hugeBody(2<<20, 100, "the zorvathine convoy"))
	ctx := context.Background()
	for b.Loop() {
		hits, err := s.Search(ctx, "zorvathine", SearchOptions{})
		if err != nil || len(hits) != 1 || hits[0].ID != id {
			b.Fatalf("Search = %v, %v", hits, err)
		}
	}
}
