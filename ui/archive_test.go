package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	fynestorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"github.com/briefdesk/briefdesk/briefing/importer"
)

// importFixtures adds n short articles from two outlets and returns their ids.
func importFixtures(t *testing.T, d *Desk, n int) []int64 {
	t.Helper()
	var ids []int64
	for i := range n {
		outlet := "Meridian News"
		if i%2 == 1 {
			outlet = "Northbridge Wire"
		}
		a, err := importer.FromText(fmt.Sprintf("Report %d on the corridor talks\n\nDelegates met for round %d in Geneva.", i, i),
			importer.Meta{Outlet: outlet})
		if err != nil {
			t.Fatal(err)
		}
		res, err := d.store.AddArticle(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, res.ID)
	}
	return ids
}

func TestArchiveFiltersTrashAndTags(t *testing.T) {
	d, st := newTestDesk(t)
	ids := importFixtures(t, d, 4)
	d.Start()
	d.Idle()
	if d.archive.total != 4 || d.archive.count.Text != "4 articles" {
		t.Fatalf("archive shows %d (%q)", d.archive.total, d.archive.count.Text)
	}

	// Outlet filter from the menu the archive built.
	var northbridge string
	for _, o := range d.archive.filters.outlet.Options {
		if strings.HasPrefix(o, "Northbridge Wire") {
			northbridge = o
		}
	}
	if northbridge != "Northbridge Wire (2)" {
		t.Fatalf("outlet options = %v", d.archive.filters.outlet.Options)
	}
	d.archive.filters.outlet.SetSelected(northbridge)
	d.Idle()
	if d.archive.total != 2 {
		t.Fatalf("outlet filter shows %d articles, want 2", d.archive.total)
	}
	d.archive.filters.outlet.SetSelected(anyOutlet)
	d.Idle()

	// Tag an article through the reader, then filter by the tag.
	d.reader.showArticle(ids[0], "")
	d.Idle()
	test.Tap(d.reader.tagBtn)
	ed := findEntry(t, d)
	ed.SetText("geneva, Ceasefire")
	tapButton(t, d, "Save")
	d.Idle()
	if tags, _ := st.Tags(context.Background(), ids[0]); len(tags) != 2 {
		t.Fatalf("tags after the dialog = %v", tags)
	}
	d.archive.filters.tag.SetSelected("geneva (1)")
	d.Idle()
	if d.archive.total != 1 || d.archive.rows[0].article.ID != ids[0] {
		t.Fatalf("tag filter shows %+v", d.archive.rows)
	}
	d.archive.filters.tag.SetSelected(anyTag)
	d.Idle()

	// Trash and restore.
	test.Tap(d.reader.trashB)
	d.Idle()
	if d.archive.total != 3 {
		t.Fatalf("after trash the archive shows %d, want 3", d.archive.total)
	}
	d.archive.filters.trash.SetChecked(true)
	d.Idle()
	if d.archive.total != 1 || d.archive.count.Text != "1 article in the trash" {
		t.Fatalf("trash view shows %d (%q)", d.archive.total, d.archive.count.Text)
	}
	d.archive.list.Select(0)
	d.Idle()
	if d.reader.trashB.Text != "Restore" {
		t.Fatalf("reader button in the trash = %q", d.reader.trashB.Text)
	}
	test.Tap(d.reader.trashB)
	d.Idle()
	d.archive.filters.trash.SetChecked(false)
	d.Idle()
	if d.archive.total != 4 {
		t.Fatalf("after restore the archive shows %d, want 4", d.archive.total)
	}
}

func TestArchiveListPagesAsItScrolls(t *testing.T) {
	d, _ := newTestDesk(t)
	importFixtures(t, d, pageSize+20)
	d.Start()
	d.Idle()
	if len(d.archive.rows) != pageSize || d.archive.total != pageSize+20 {
		t.Fatalf("first page: %d rows loaded of %d", len(d.archive.rows), d.archive.total)
	}
	d.archive.list.ScrollToBottom()
	d.Idle()
	if len(d.archive.rows) != pageSize+20 {
		t.Fatalf("after scrolling %d rows loaded, want %d", len(d.archive.rows), pageSize+20)
	}
}

func TestEditArticleKeepsOriginal(t *testing.T) {
	d, st := newTestDesk(t)
	ids := importFixtures(t, d, 1)
	d.Start()
	d.Idle()
	d.reader.showArticle(ids[0], "")
	d.Idle()
	test.Tap(d.reader.editB)
	if d.reader.editDlg == nil {
		t.Fatal("no edit dialog")
	}
	entries := allEntries(d)
	entries[0].SetText("Corrected headline: talks in Genève")
	tapButton(t, d, "Save")
	d.Idle()
	a, err := st.Article(context.Background(), ids[0])
	if err != nil || a.Title != "Corrected headline: talks in Genève" {
		t.Fatalf("stored title = %q, %v", a.Title, err)
	}
	o, err := st.ArticleOriginal(context.Background(), ids[0])
	if err != nil || !strings.HasPrefix(o.Title, "Report 0") {
		t.Fatalf("original = %q, %v", o.Title, err)
	}
	if d.reader.title.Text != a.Title {
		t.Errorf("reader shows %q after the edit", d.reader.title.Text)
	}
}

func TestPasteDialogImportsWithMetadata(t *testing.T) {
	d, st := newTestDesk(t)
	d.Start()
	d.Idle()
	dismissOverlays(d)
	d.showPasteDialog()
	e := allEntries(d)
	// Text, title, outlet, author, URL, published, in form order.
	e[0].SetText("Envoys agree to meet again\n\nThe envoys agreed to meet again in Vienna.")
	e[2].SetText("Danube Post")
	e[5].SetText("2026-02-30") // not a date
	tapButton(t, d, "Import")
	d.Idle()
	if n, _ := st.CountArticles(context.Background()); n != 0 {
		t.Fatal("a form with an invalid date was submitted")
	}
	e[5].SetText("2026-02-28")
	tapButton(t, d, "Import")
	d.Idle()
	list, err := st.Articles(context.Background(), storageFilterAll())
	if err != nil || len(list) != 1 || list[0].Outlet != "Danube Post" || list[0].Published.Day() != 28 ||
		list[0].Title != "Envoys agree to meet again" {
		t.Fatalf("pasted article = %+v, %v", list, err)
	}
}

func TestDroppedFolderIsImported(t *testing.T) {
	d, _ := newTestDesk(t)
	dir := t.TempDir()
	for i, name := range []string{"a.txt", "b.md", "notes/c.html"} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(fmt.Sprintf("Dropped report %d\n\nText of dropped report %d.", i, i)), 0o644)
	}
	d.Start()
	d.Idle()
	d.onDropped(fyne.NewPos(10, 10), []fyne.URI{fynestorage.NewFileURI(dir)})
	d.Idle()
	if d.archive.total != 3 {
		t.Fatalf("archive shows %d after dropping a folder of 3, want 3", d.archive.total)
	}
}

func TestSnippetStartsNearTheMatch(t *testing.T) {
	long := "…the ministers of both countries met again on Tuesday in the old town hall and then the " +
		"\x02corridor\x03 question came up"
	got := plainSnippet(long)
	if !strings.HasPrefix(got, "…") || strings.Index(got, "‹corridor›") > 40 {
		t.Errorf("plainSnippet = %q: the match should come within the first 40 bytes", got)
	}
	if short := plainSnippet("the \x02corridor\x03 talks"); short != "the ‹corridor› talks" {
		t.Errorf("short snippet = %q", short)
	}
}
