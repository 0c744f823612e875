package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/storage/internal/benchtext"
)

// writeCopy writes n articles of the corpus as rows of PostgreSQL's COPY
// text format, for `\copy articles (title, outlet, author, url, published,
// imported_at, language, body, raw_html, content_hash, word_count) FROM …`
// (scripts/bench_pg.sh): the floor that
// storage's import on PostgreSQL is measured against.
func writeCopy(n int, seed uint64) error {
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	c := benchtext.New(seed)
	now := time.Now().UTC().Format("2006-01-02T15:04:05.000000000Z")
	esc := strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)
	for range n {
		a := c.Article()
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\t%s\t%d\n",
			esc.Replace(a.Title), esc.Replace(a.Outlet), esc.Replace(a.Author), esc.Replace(a.URL),
			a.Published.UTC().Format("2006-01-02T15:04:05.000000000Z"), now, esc.Replace(a.Language),
			esc.Replace(a.Text), a.ContentHash, a.WordCount)
	}
	return w.Flush()
}
