package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/storage/internal/benchtext"
)

// newsSentences reads the sentences of the "text" fields of every JSONL
// file in src. Without any it falls back to benchtext's generated ones.
func newsSentences(src string) ([]string, error) {
	files, _ := filepath.Glob(filepath.Join(src, "*.jsonl"))
	seen := map[string]bool{}
	var out []string
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for sc.Scan() {
			var rec struct {
				Text string `json:"text"`
			}
			if json.Unmarshal(sc.Bytes(), &rec) != nil {
				continue
			}
			for _, s := range splitSentences(rec.Text) {
				if len(s) >= 30 && !seen[s] {
					seen[s] = true
					out = append(out, s)
				}
			}
		}
		fh.Close()
	}
	if len(out) < 1000 {
		c := benchtext.New(7)
		for range 20000 {
			out = append(out, splitSentences(c.Text(200))...)
		}
	}
	return out, nil
}

// splitSentences cuts text after '.', '!' or '?' followed by a space.
func splitSentences(text string) []string {
	var out []string
	fields := strings.Fields(text)
	start := 0
	for i, w := range fields {
		if strings.HasSuffix(strings.TrimRight(w, `"'”’)`), ".") || strings.HasSuffix(w, "!") || strings.HasSuffix(w, "?") {
			out = append(out, strings.Join(fields[start:i+1], " "))
			start = i + 1
		}
	}
	return out
}

// writeNewsFiles writes n files NNNNNN.txt: a headline line, a blank line
// and ~4 KB of paragraphs of real news sentences in a random order, the
// same for the same n.
func writeNewsFiles(n int, dir, src string) error {
	sents, err := newsSentences(src)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(12, 20000))
	var b strings.Builder
	for i := range n {
		b.Reset()
		head := strings.Fields(sents[rng.IntN(len(sents))])
		head = head[:min(len(head), 6+rng.IntN(8))]
		b.WriteString(strings.TrimRight(strings.Join(head, " "), ".,;:"))
		b.WriteString("\n\n")
		size := 3600 + rng.IntN(900)
		for b.Len() < size {
			for k := 0; k < 3+rng.IntN(4) && b.Len() < size; k++ {
				if k > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(sents[rng.IntN(len(sents))])
			}
			b.WriteString("\n\n")
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%06d.txt", i+1)), []byte(b.String()), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// writeFileSQL prints, for the sqlite3 shell, storage's schema (migrations
// 0001, 0002, 0004: articles, the external-content FTS5 index, indexes) and
// one transaction loading every .txt file of dir as an article (first line
// the title, the rest the body, hash and word count as storage computes
// them). mode "bulk" leaves out the insert trigger and fills the index
// with one INSERT ... SELECT after the rows; "trigger" keeps it.
func writeFileSQL(dir, mode string) error {
	if mode != "bulk" && mode != "trigger" {
		return fmt.Errorf("filesql: mode bulk or trigger, not %q", mode)
	}
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer w.Flush()
	fmt.Fprintln(w, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;")
	for _, f := range []string{"0001_init.sql", "0002_tags_originals.sql", "0004_search_trash_index.sql"} {
		b, err := os.ReadFile(filepath.Join("storage", "migrations", f))
		if err != nil {
			return err
		}
		sql := string(b)
		if mode == "bulk" && f == "0001_init.sql" {
			i := strings.Index(sql, "CREATE TRIGGER articles_fts_insert")
			if i < 0 {
				return fmt.Errorf("%s: no insert trigger to leave out", f)
			}
			j := strings.Index(sql[i:], "END;")
			sql = sql[:i] + sql[i+j+len("END;"):]
		}
		w.WriteString(sql)
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return err
	}
	slices.Sort(names)
	now := time.Now().UTC().Format("2006-01-02T15:04:05.000000000Z")
	fmt.Fprintln(w, "BEGIN;")
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		title, body, _ := strings.Cut(string(data), "\n")
		title = strings.TrimFunc(title, unicode.IsSpace)
		body = strings.TrimSpace(body)
		fmt.Fprintf(w, "INSERT INTO articles (title, outlet, author, url, published, imported_at, language, body, raw_html, content_hash, word_count) VALUES (%s, '', '', '', '', %s, 'en', %s, '', %s, %d);\n",
			quote(title), quote(now), quote(body), quote(briefing.ContentHash(body)), briefing.WordCount(body))
	}
	if mode == "bulk" {
		fmt.Fprintln(w, "INSERT INTO articles_fts (rowid, title, body) SELECT id, title, body FROM articles;")
	}
	fmt.Fprintln(w, "COMMIT;")
	return nil
}
