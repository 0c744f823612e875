package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// Issue 12 item 26: a bundle's fields are checked like any import: text
// size, times, ids. A bad record fails the bundle, naming the record and
// the field, and nothing is stored.
func TestImportArchiveValidatesFields(t *testing.T) {
	ctx := context.Background()
	src := newTestStore(t)
	aid := mustAdd(t, src, article("Quay strike", "https://e.org/quay", "Dock workers walked out at the north quay."))
	if _, err := src.CreateBrief(ctx, briefing.Brief{Title: "Quay week", Sources: []briefing.Source{{ArticleID: aid}}}); err != nil {
		t.Fatal(err)
	}
	var bundle bytes.Buffer
	if err := src.ExportArchive(ctx, &bundle); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(bundle.String()), "\n")
	mutate := func(kind string, f func(rec map[string]any)) string {
		out := make([]string, len(lines))
		for i, l := range lines {
			var rec map[string]any
			if err := json.Unmarshal([]byte(l), &rec); err != nil {
				t.Fatal(err)
			}
			if rec["kind"] == kind {
				f(rec)
			}
			b, _ := json.Marshal(rec)
			out[i] = string(b)
		}
		return strings.Join(out, "\n") + "\n"
	}
	for _, c := range []struct {
		name, kind, want string
		f                func(map[string]any)
	}{
		{"huge text", "article", "text", func(r map[string]any) { r["text"] = strings.Repeat("wharf ", 3<<20) }},
		{"huge raw html", "article", "raw_html", func(r map[string]any) { r["raw_html"] = strings.Repeat("<p>", 6<<20) }},
		{"garbage trashed_at", "article", "trashed_at", func(r map[string]any) { r["trashed_at"] = "garbage" }},
		{"huge article id", "article", "id", func(r map[string]any) { r["id"] = int64(1<<63 - 1) }},
		{"negative article id", "article", "id", func(r map[string]any) { r["id"] = -4 }},
		{"huge brief id", "brief", "id", func(r map[string]any) { r["id"] = int64(1<<63 - 1) }},
		{"garbage brief created_at", "brief", "created_at", func(r map[string]any) { r["created_at"] = "yesterday" }},
		{"garbage brief as_of", "brief", "as_of", func(r map[string]any) { r["as_of"] = "soon" }},
	} {
		t.Run(c.name, func(t *testing.T) {
			dst := newTestStore(t)
			err := dst.ImportArchive(ctx, strings.NewReader(mutate(c.kind, c.f)))
			if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), c.kind) {
				t.Errorf("err = %v, want a refusal naming the %s and %q", err, c.kind, c.want)
			}
			if n, _ := dst.CountArticles(ctx); n != 0 {
				t.Errorf("%d articles stored from a refused bundle", n)
			}
		})
	}
}

// Issue 12 item 8: a bundle's metadata is capped like any import's.
func TestImportArchiveCapsTitles(t *testing.T) {
	ctx := context.Background()
	src := newTestStore(t)
	mustAdd(t, src, article("Quay strike", "https://e.org/quay", "Dock workers walked out at the north quay."))
	var bundle bytes.Buffer
	if err := src.ExportArchive(ctx, &bundle); err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("quay ", 60000)
	huge := strings.Replace(bundle.String(), `"title":"Quay strike"`, `"title":"`+long+`"`, 1)
	dst := newTestStore(t)
	if err := dst.ImportArchive(ctx, strings.NewReader(huge)); err != nil {
		t.Fatal(err)
	}
	list, err := dst.Articles(ctx, ArticleFilter{})
	if err != nil || len(list) != 1 {
		t.Fatalf("articles: %v, %v", list, err)
	}
	if n := len([]rune(list[0].Title)); n > briefing.MaxTitleRunes {
		t.Errorf("stored title has %d runes, want at most %d", n, briefing.MaxTitleRunes)
	}
}
