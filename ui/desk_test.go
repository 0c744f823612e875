package ui

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/suggest/sentence"
	"github.com/briefdesk/briefdesk/storage"
)

// newTestDesk opens a desk over a fresh archive file, as the app does.
func newTestDesk(t *testing.T) (*Desk, *storage.Store) {
	t.Helper()
	a := test.NewTempApp(t)
	st, err := storage.Open(filepath.Join(t.TempDir(), "archive.db"))
	if err != nil {
		t.Fatal(err)
	}
	return showDesk(t, a, st), st
}

// showDesk makes app a's desk over st in a 1280×800 test window, the test
// goroutine its UI goroutine; the desk is shut down and st closed after
// the test.
func showDesk(t *testing.T, a fyne.App, st *storage.Store) *Desk {
	t.Helper()
	w := test.NewTempWindow(t, nil)
	d := NewDesk(a, w, st, "test")
	holdUI(d)
	w.SetContent(d.Content())
	w.Resize(fyne.NewSize(1280, 800))
	t.Cleanup(func() {
		d.Shutdown()
		st.Close()
	})
	return d
}

// holdUI makes the test goroutine the desk's UI goroutine, as in the app:
// background results wait until the test yields (Idle, waitFor), then run
// one at a time. Fyne's test driver would otherwise run them on many
// goroutines at once, racing the test's own taps and typing.
func holdUI(d *Desk) {
	var mu sync.Mutex
	mu.Lock()
	d.do = func(f func()) {
		mu.Lock()
		defer mu.Unlock()
		f()
	}
	d.yield = func(wait func()) {
		mu.Unlock()
		defer mu.Lock()
		wait()
	}
}

// waitFor waits until cond holds, for work that is driven by timers (the
// autosave), letting the UI run meanwhile; it fails the test if it never
// does. It measures nothing.
func waitFor(t *testing.T, d *Desk, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		d.yield(func() { time.Sleep(20 * time.Millisecond) })
	}
}

func TestImportSelectSuggestEditExport(t *testing.T) {
	d, st := newTestDesk(t)
	d.Start()
	d.Idle()

	d.importItems([]string{filepath.Join("..", "testdata", "talks.html")})
	d.Idle()
	if len(d.archive.rows) != 1 {
		t.Fatalf("archive shows %d rows after import, want 1", len(d.archive.rows))
	}
	if got := d.archive.count.Text; got != "1 article" {
		t.Errorf("count label = %q", got)
	}

	// Search as the user types: Cyrillic folds case.
	test.Type(d.archive.search, "лавров")
	d.archive.refresh()
	d.Idle()
	if len(d.archive.rows) != 1 || d.archive.rows[0].snippet == "" {
		t.Fatalf("search лавров: rows %+v", d.archive.rows)
	}

	d.archive.list.Select(0)
	d.Idle()
	if !strings.Contains(d.reader.title.Text, "Istanbul talks") {
		t.Fatalf("reader title = %q", d.reader.title.Text)
	}

	// Tick the article and make a brief from it.
	d.archive.setChecked(d.archive.rows[0].article.ID, true)
	test.Tap(d.archive.newFrom)
	d.Idle()
	if d.editor.brief.ID == 0 || len(d.editor.brief.Sources) != 1 {
		t.Fatalf("no brief with one source opened: %+v", d.editor.brief)
	}

	test.Tap(d.editor.suggestB)
	d.Idle()
	for _, s := range briefing.Sections {
		if strings.TrimSpace(d.editor.sections[s].Text) == "" {
			t.Errorf("section %s is empty after Suggest", s)
		}
	}

	// The reader marks the sentences the brief now quotes.
	used := 0
	for _, seg := range d.reader.body.Segments {
		if ts, ok := seg.(*widget.TextSegment); ok && ts.Style.ColorName == theme.ColorNameSuccess {
			used++
		}
	}
	if used == 0 {
		t.Error("the reader marks no sentence as used in the brief after Suggest")
	}

	// A candidate's source sentence is highlighted in the reader.
	d.editor.showCandidates(briefing.SectionStickingPoints)
	c := d.editor.openCandidates
	if c == nil || len(c.cands) == 0 {
		t.Fatal("no sticking-point candidates")
	}
	c.list.Select(0)
	d.Idle()
	if d.reader.mark.ArticleID == 0 || d.reader.mark.Slice(d.reader.article.Text) == "" {
		t.Fatalf("reader highlights %+v", d.reader.mark)
	}
	before := d.editor.sections[briefing.SectionStickingPoints].Text
	test.Tap(c.insert)
	if got := d.editor.sections[briefing.SectionStickingPoints].Text; len(got) <= len(before) {
		t.Errorf("Insert did not add the candidate")
	}
	c.dlg.Hide()

	// Typing autosaves without any explicit save.
	test.Type(d.editor.sections[briefing.SectionOutlook], " Watch for: a new mediator text.")
	waitFor(t, d, "autosave", func() bool {
		b, err := st.Brief(context.Background(), d.editor.brief.ID)
		return err == nil && strings.Contains(b.Outlook, "Watch for: a new mediator text.")
	})

	out := filepath.Join(t.TempDir(), "brief.pdf")
	d.editor.exportTo(out)
	d.Idle()
	info, err := exec.Command("pdfinfo", out).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	if !strings.Contains(string(info), "Pages:           1") {
		t.Errorf("exported PDF is not one page:\n%s", info)
	}
	if top := d.win.Canvas().Overlays().Top(); top == nil {
		t.Error("no dialog tells where the PDF went")
	} else {
		tapButton(t, d, "Close")
	}
}

func TestEmptyArchiveOffersSample(t *testing.T) {
	d, _ := newTestDesk(t)
	d.Start()
	d.Idle()
	if len(d.win.Canvas().Overlays().List()) == 0 {
		t.Fatal("no dialog offers the sample on an empty archive")
	}
	tapButton(t, d, "Yes")
	d.Idle()
	if len(d.archive.rows) != 1 || !strings.Contains(d.archive.rows[0].article.Title, "Valmora") {
		t.Fatalf("sample not in the archive: %+v", d.archive.rows)
	}
	// The offer goes on to draft a brief from the sample.
	if d.editor.brief.ID == 0 || len(d.editor.brief.Sources) != 1 {
		t.Fatalf("no brief on the sample: %+v", d.editor.brief)
	}
	for _, s := range briefing.Sections {
		if strings.TrimSpace(d.editor.sections[s].Text) == "" {
			t.Errorf("the sample brief's %s is empty", s)
		}
	}
}

func TestBodySegmentsKeepWordGaps(t *testing.T) {
	text := "Talks ended.\n\nLavrov said no deal was near."
	spans := []span{{start: strings.Index(text, "no deal"), end: strings.Index(text, " was"), kind: spanMark}}
	segs := bodySegments(text, spans)
	var got strings.Builder
	for _, s := range segs {
		got.WriteString(s.Textual())
		if !s.(interface{ Inline() bool }).Inline() {
			got.WriteString("|")
		}
	}
	if want := "Talks ended.|Lavrov said no deal was near.|"; got.String() != want {
		t.Errorf("segments = %q, want %q", got.String(), want)
	}
}

func TestPaneDividersAreRemembered(t *testing.T) {
	d, _ := newTestDesk(t)
	d.outer.SetOffset(0.31)
	d.inner.SetOffset(0.55)
	d.Shutdown()
	again := NewDesk(d.app, d.win, d.store, "test")
	again.Content()
	if again.outer.Offset != 0.31 || again.inner.Offset != 0.55 {
		t.Errorf("dividers after restart = %.2f, %.2f; want 0.31, 0.55", again.outer.Offset, again.inner.Offset)
	}
}

func TestInlineSegmentsStartWithTheSpace(t *testing.T) {
	text := `"No deal," Kaya said. Sokolov called the demand unacceptable.`
	first := strings.Index(text, "Sokolov")
	segs := bodySegments(text, []span{{start: 0, end: first - 1, kind: spanUsed}, {start: first, end: len(text), kind: spanUsed}})
	for i, s := range segs {
		txt := s.Textual()
		if i > 0 && !strings.HasPrefix(txt, " ") {
			t.Errorf("segment %d %q does not start with the space before it", i, txt)
		}
		if strings.HasSuffix(txt, " ") {
			t.Errorf("segment %d %q ends with a space", i, txt)
		}
	}
}

// TestHighlightedParagraphRowsStayLeftAligned lays the reader's segments out
// in a real RichText and checks what a reader would see: every row of a
// paragraph starts at the left edge, and no word is split across rows.
func TestHighlightedParagraphRowsStayLeftAligned(t *testing.T) {
	test.NewTempApp(t)
	text := `"Without the corridor there can be no agreement," Erdoğan-Kaya told reporters after the final session. ` +
		`Sokolov called the demand unacceptable and said Arvelia would not cede any territory as a precondition for a ceasefire.`
	second := strings.Index(text, "Sokolov")
	for _, width := range []float32{260, 300, 340, 380} {
		rt := widget.NewRichText()
		rt.Wrapping = fyne.TextWrapWord
		rt.Segments = bodySegments(text, []span{{0, second - 1, spanUsed}, {second, len(text), spanUsed},
			{strings.Index(text, "corridor"), strings.Index(text, "corridor") + len("corridor"), spanTerm}})
		w := test.NewTempWindow(t, rt)
		w.Resize(fyne.NewSize(width, 400))
		rows := map[float32][]*canvas.Text{}
		for _, o := range test.WidgetRenderer(rt).Objects() {
			if tx, ok := o.(*canvas.Text); ok && strings.TrimSpace(tx.Text) != "" {
				rows[tx.Position().Y] = append(rows[tx.Position().Y], tx)
			}
		}
		left := float32(-1)
		for _, row := range rows {
			first := row[0]
			for _, tx := range row {
				if tx.Position().X < first.Position().X {
					first = tx
				}
			}
			if left < 0 || first.Position().X < left {
				left = first.Position().X
			}
		}
		var words []string
		for y, row := range rows {
			minX := row[0].Position().X
			for _, tx := range row {
				minX = min(minX, tx.Position().X)
				words = append(words, strings.Fields(tx.Text)...)
			}
			if minX != left {
				t.Errorf("width %.0f: row at y=%.0f starts at x=%.0f, the paragraph at x=%.0f", width, y, minX, left)
			}
		}
		for _, w := range words {
			if !strings.Contains(text, w) || (len([]rune(w)) == 1 && w != "a") {
				t.Errorf("width %.0f: %q is not a whole word of the text", width, w)
			}
		}
	}
}

func TestPreferencesSetArchiveAndDefaults(t *testing.T) {
	d, _ := newTestDesk(t)
	d.Start()
	d.Idle()
	dismissOverlays(d)
	d.showPreferences()
	e := allEntries(d)
	// Author, handling, archive, in form order.
	e[0].SetText("Desk analyst")
	e[2].SetText("relative/archive.db")
	tapButton(t, d, "Save")
	if got := d.app.Preferences().String(prefAuthor); got != "" {
		t.Fatalf("a form with an invalid archive path was saved (author %q)", got)
	}
	want := filepath.Join(t.TempDir(), "elsewhere.db")
	e[2].SetText(want)
	tapButton(t, d, "Save")
	if got := d.app.Preferences().String(prefArchive); got != want {
		t.Errorf("archive preference = %q, want %q", got, want)
	}
	d.editor.newBrief(nil)
	d.Idle()
	if d.editor.brief.Author != "Desk analyst" {
		t.Errorf("a new brief's author = %q, want the default from the preferences", d.editor.brief.Author)
	}
}

func TestUsedSpansMarkTheQuotedClause(t *testing.T) {
	sp, err := sentence.NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	text := `GENEVA — Talks ended without agreement. "Without the corridor there can be no agreement," Erdoğan-Kaya told reporters. Fighting went on.`
	b := &briefing.Brief{Actors: []string{"Aylin Erdoğan-Kaya — “Without the corridor there can be no agreement” [1]"},
		Summary: "Nothing else was quoted [1].", Sources: []briefing.Source{{N: 1, ArticleID: 7}}}
	spans := usedSpans(sp, text, b, 7)
	if len(spans) != 1 {
		t.Fatalf("spans = %+v, want one", spans)
	}
	if got := text[spans[0].start:spans[0].end]; got != "Without the corridor there can be no agreement" {
		t.Errorf("marked %q", got)
	}
	// Six common words in a row are not enough on their own to come from a different sentence.
	if s := usedSpans(sp, "Fighting went on as before.", b, 7); len(s) != 0 {
		t.Errorf("a short unrelated sentence was marked: %+v", s)
	}
}

func TestTitleOverTwelveWordsIsFlagged(t *testing.T) {
	if err := titleLength("Border talks stall over corridor control; technical contacts continue"); err != nil {
		t.Errorf("a 9-word title was flagged: %v", err)
	}
	err := titleLength("Two days of high-level talks between Arvelia and the Republic of Sarkand ended without agreement")
	if err == nil || !strings.Contains(err.Error(), "15 words") {
		t.Errorf("a 15-word title: err = %v", err)
	}
}
