// Command benchstore drives scripts/bench_storage.sh: it writes the benchmark
// corpus as SQL for the sqlite3 shell or as text files for grep, imports the
// same corpus through storage, and times searches, so that both sides work
// on identical rows.
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	_ "github.com/mattn/go-sqlite3" // timesql opens the archive directly

	"github.com/briefdesk/briefdesk/storage"
	"github.com/briefdesk/briefdesk/storage/internal/benchtext"
)

func main() {
	n := flag.Int("n", 20000, "articles")
	db := flag.String("db", "", "archive path")
	dir := flag.String("dir", "", "directory for text files")
	batch := flag.Int("batch", 1000, "articles per transaction")
	reps := flag.Int("reps", 20, "runs of each query")
	seed := flag.Uint64("seed", 1, "corpus seed of import and copy (another seed, other articles)")
	src := flag.String("src", "../shared/eval", "folder of JSONL files whose \"text\" fields give newsfiles its sentences")
	flag.Parse()
	var err error
	switch flag.Arg(0) {
	case "sql":
		err = writeSQL(*n)
	case "files":
		err = writeFiles(*n, *dir)
	case "newsfiles":
		// Text files of real news sentences (the text fields of the
		// JSONL files in -src, reshuffled), for the CLI import benchmark.
		err = writeNewsFiles(*n, *dir, *src)
	case "filesql":
		// The text files of -dir as one sqlite3 shell load: "bulk" fills
		// the index with one INSERT ... SELECT after the rows, "trigger"
		// row by row through migration 0001's insert trigger.
		err = writeFileSQL(*dir, flag.Arg(1))
	case "import":
		err = importArticles(*n, *db, *batch, *seed)
	case "copy":
		// The corpus as psql \copy text rows (scripts/bench_pg.sh).
		err = writeCopy(*n, *seed)
	case "search":
		err = search(*db, *reps)
	case "shellsql":
		// The statements storage.Search runs, with this query's values in
		// place, for the sqlite3 shell.
		err = shellSQL(*db, flag.Arg(1))
	case "pgscripts":
		// For each query of the mix, the statements storage.Search runs
		// on PostgreSQL as a pgbench script in -dir (scripts/bench_pg.sh).
		err = pgScripts(*db, *dir)
	case "optimize":
		err = optimize(*db)
	case "timesql":
		// Times one statement (parameters as further arguments) on a
		// read-only connection, as search does: p50 and p95 in ms, rows.
		err = timeSQL(*db, *reps, flag.Arg(1), flag.Args()[2:])
	case "queries":
		for _, q := range benchtext.New(1).Queries() {
			fmt.Printf("%s\t%s\t%s\n", q.Class, q.Text, storage.MatchQuery(q.Text))
		}
	default:
		err = fmt.Errorf("usage: benchstore sql|files|import|optimize|search|queries|pgscripts|shellsql QUERY")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchstore:", err)
		os.Exit(1)
	}
}

func quote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// writeSQL prints the schema of storage's migrations and one transaction
// inserting the corpus, for the sqlite3 shell.
func writeSQL(n int) error {
	w := os.Stdout
	fmt.Fprintln(w, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;")
	for _, f := range []string{"0001_init.sql", "0002_tags_originals.sql", "0004_search_trash_index.sql"} {
		b, err := os.ReadFile(filepath.Join("storage", "migrations", f))
		if err != nil {
			return err
		}
		w.Write(b)
	}
	fmt.Fprintln(w, ".timer on")
	fmt.Fprintln(w, "BEGIN;")
	c := benchtext.New(1)
	now := time.Now().UTC().Format("2006-01-02T15:04:05.000000000Z")
	var b strings.Builder
	for range n {
		a := c.Article()
		b.Reset()
		fmt.Fprintf(&b, "INSERT INTO articles (title, outlet, author, url, published, imported_at, language, body, raw_html, content_hash, word_count) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, '', %s, %d);\n",
			quote(a.Title), quote(a.Outlet), quote(a.Author), quote(a.URL),
			quote(a.Published.Format("2006-01-02T15:04:05.000000000Z")), quote(now), quote(a.Language),
			quote(a.Text), quote(a.ContentHash), a.WordCount)
		w.WriteString(b.String())
	}
	fmt.Fprintln(w, "COMMIT;")
	return nil
}

func writeFiles(n int, dir string) error {
	c := benchtext.New(1)
	for i := range n {
		a := c.Article()
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%06d.txt", i+1)), []byte(a.Title+"\n\n"+a.Text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func importArticles(n int, db string, batch int, seed uint64) error {
	as := benchtext.New(seed).Articles(n) // generated before the clock starts
	// Another corpus needs other URLs too, or its articles are duplicates.
	if seed != 1 {
		for i := range as {
			as[i].URL = strings.Replace(as[i].URL, "://", fmt.Sprintf("://s%d.", seed), 1)
		}
	}
	t0 := time.Now()
	s, err := storage.Open(db)
	if err != nil {
		return err
	}
	ctx := context.Background()
	for left := as; len(left) > 0; {
		k := min(batch, len(left))
		if _, err := s.AddArticles(ctx, left[:k]); err != nil {
			return err
		}
		left = left[k:]
	}
	if err := s.Close(); err != nil {
		return err
	}
	fmt.Printf("%.3f\n", time.Since(t0).Seconds())
	return nil
}

// search prints class, query, p50 and p95 in ms for storage.Search.
func search(db string, reps int) error {
	s, err := storage.Open(db)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := context.Background()
	for _, q := range benchtext.New(1).Queries() {
		var times []time.Duration
		var hits int
		for range reps {
			t0 := time.Now()
			h, err := s.Search(ctx, q.Text, storage.SearchOptions{Limit: 20})
			if err != nil {
				return err
			}
			times = append(times, time.Since(t0))
			hits = len(h)
		}
		slices.Sort(times)
		fmt.Printf("%s\t%s\t%d\t%.3f\t%.3f\n", q.Class, q.Text, hits,
			ms(times[len(times)/2]), ms(times[min(len(times)-1, len(times)*95/100)]))
	}
	return nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// shellSQL prints the statements storage.Search runs for one user query
// (storage.Store.SearchSQL: relevance order, 20 hits), one a line, values in
// place, for the sqlite3 shell.
func shellSQL(db, query string) error {
	s, err := storage.Open(db)
	if err != nil {
		return err
	}
	defer s.Close()
	stmts, err := s.SearchSQL(context.Background(), query, storage.SearchOptions{Limit: 20})
	if err != nil {
		return err
	}
	for _, q := range stmts {
		// The shell of bench_storage.sh may predate octet_length (3.43).
		q = strings.ReplaceAll(q, "octet_length(a.body)", "length(CAST(a.body AS BLOB))")
		fmt.Println(strings.ReplaceAll(q, "\n", " "))
	}
	return nil
}

// pgScripts writes, for each query of the mix, dir/NN.sql: the statements
// storage.Search runs for it on PostgreSQL (relevance order, 20 hits),
// values in place, in the read-only transaction Search opens (REPEATABLE
// READ, as storage's driver makes a read-only transaction), one a line,
// for pgbench -f; and dir/queries.tsv: class, query, file.
func pgScripts(db, dir string) error {
	s, err := storage.Open(db)
	if err != nil {
		return err
	}
	defer s.Close()
	var index strings.Builder
	for i, q := range benchtext.New(1).Queries() {
		stmts, err := s.SearchSQL(context.Background(), q.Text, storage.SearchOptions{Limit: 20})
		if err != nil {
			return err
		}
		var b strings.Builder
		b.WriteString("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;\n")
		for _, st := range stmts {
			b.WriteString(strings.ReplaceAll(st, "\n", " ") + "\n")
		}
		b.WriteString("COMMIT;\n")
		name := fmt.Sprintf("%02d.sql", i+1)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(b.String()), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(&index, "%s\t%s\t%s\n", q.Class, q.Text, name)
	}
	return os.WriteFile(filepath.Join(dir, "queries.tsv"), []byte(index.String()), 0o644)
}

// timeSQL runs q reps times on the archive and prints p50 and p95 in ms
// and the number of rows the last run returned.
func timeSQL(db string, reps int, q string, params []string) error {
	h, err := sql.Open("sqlite3", "file:"+db+"?mode=ro&_query_only=1")
	if err != nil {
		return err
	}
	defer h.Close()
	args := make([]any, len(params))
	for i, p := range params {
		args[i] = p
	}
	var times []time.Duration
	n := 0
	for range reps {
		t0 := time.Now()
		rows, err := h.Query(q, args...)
		if err != nil {
			return err
		}
		n = 0
		for rows.Next() {
			n++
		}
		if err := rows.Err(); err != nil {
			return err
		}
		rows.Close()
		times = append(times, time.Since(t0))
	}
	slices.Sort(times)
	fmt.Printf("%.3f\t%.3f\t%d\n", ms(times[len(times)/2]), ms(times[min(len(times)-1, len(times)*95/100)]), n)
	return nil
}

// optimize merges the full-text index into one segment, as an importer does
// after a bulk import (storage.Store.Optimize).
func optimize(db string) error {
	s, err := storage.Open(db)
	if err != nil {
		return err
	}
	t0 := time.Now()
	if err := s.Optimize(context.Background()); err != nil {
		return err
	}
	fmt.Printf("%.3f\n", time.Since(t0).Seconds())
	return s.Close()
}
