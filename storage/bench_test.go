package storage

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/storage/internal/benchtext"
)

// benchSize reads an article count from the environment (so that
// scripts/bench_storage.sh can run at full size) or uses def.
func benchSize(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

// BenchmarkAddArticles imports BRIEFDESK_BENCH_IMPORT (default 2,000)
// ~4 KB articles into a fresh archive per iteration, in batches of 500.
func BenchmarkAddArticles(b *testing.B) {
	n := benchSize("BRIEFDESK_BENCH_IMPORT", 2000)
	articles := benchtext.New(1).Articles(n)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := Open(filepath.Join(b.TempDir(), "bench"+strconv.Itoa(i)+".db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := addInBatches(ctx, s, articles, 500); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

func addInBatches(ctx context.Context, s *Store, as []briefing.Article, batch int) error {
	for len(as) > 0 {
		k := min(batch, len(as))
		if _, err := s.AddArticles(ctx, as[:k]); err != nil {
			return err
		}
		as = as[k:]
	}
	return nil
}

var searchStore struct {
	once sync.Once
	s    *Store
	err  error
}

// openSearchStore builds (once per run) an archive of BRIEFDESK_BENCH_SEARCH
// articles (default 20,000), or opens BRIEFDESK_BENCH_DB when set.
func openSearchStore(b *testing.B) *Store {
	searchStore.once.Do(func() {
		path := os.Getenv("BRIEFDESK_BENCH_DB")
		if path != "" {
			if _, err := os.Stat(path); err == nil {
				searchStore.s, searchStore.err = Open(path)
				return
			}
		} else {
			dir, err := os.MkdirTemp("", "briefdesk-bench")
			if err != nil {
				searchStore.err = err
				return
			}
			path = filepath.Join(dir, "search.db")
		}
		s, err := Open(path)
		if err != nil {
			searchStore.err = err
			return
		}
		c := benchtext.New(1)
		for left := benchSize("BRIEFDESK_BENCH_SEARCH", 20000); left > 0; left -= 1000 {
			if _, err := s.AddArticles(context.Background(), c.Articles(min(1000, left))); err != nil {
				searchStore.err = err
				return
			}
		}
		_, _ = s.write.Exec(`INSERT INTO articles_fts(articles_fts) VALUES ('optimize')`)
		searchStore.s = s
	})
	if searchStore.err != nil {
		b.Fatal(searchStore.err)
	}
	return searchStore.s
}

// BenchmarkSearch runs the query mix of benchtext, one sub-benchmark per
// frequency class, ranked with snippets, 20 hits; it reports p50 and p95.
func BenchmarkSearch(b *testing.B) {
	s := openSearchStore(b)
	byClass := map[string][]string{}
	var classes []string
	for _, q := range benchtext.New(1).Queries() {
		if byClass[q.Class] == nil {
			classes = append(classes, q.Class)
		}
		byClass[q.Class] = append(byClass[q.Class], q.Text)
	}
	ctx := context.Background()
	for _, class := range classes {
		for _, sort := range []string{"rank", "date"} {
			b.Run(class+"/"+sort, func(b *testing.B) {
				qs := byClass[class]
				var times []time.Duration
				for i := 0; i < b.N; i++ {
					t0 := time.Now()
					hits, err := s.Search(ctx, qs[i%len(qs)], SearchOptions{Limit: 20, Sort: sort})
					if err != nil {
						b.Fatal(err)
					}
					if len(hits) == 0 && class != "rare" && !strings.HasPrefix(class, "phrase") {
						b.Fatalf("no hits for %q", qs[i%len(qs)])
					}
					times = append(times, time.Since(t0))
				}
				slices.Sort(times)
				b.ReportMetric(ms(times[len(times)/2]), "p50-ms")
				b.ReportMetric(ms(times[(len(times)*95)/100]), "p95-ms")
			})
		}
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// BenchmarkArticles lists the first page of the archive (no bodies).
func BenchmarkArticles(b *testing.B) {
	s := openSearchStore(b)
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		if _, err := s.Articles(ctx, ArticleFilter{Limit: 100, Offset: (i % 50) * 100}); err != nil {
			b.Fatal(err)
		}
	}
}
