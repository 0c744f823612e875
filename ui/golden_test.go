package ui

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/briefdesk/briefdesk/assets"
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/importer"
)

// goldenDesk is a desk in a fixed state: the sample article selected and a
// brief drafted from it, with fixed dates so the rendering is repeatable.
func goldenDesk(t *testing.T) *Desk {
	t.Helper()
	d, st := newTestDesk(t)
	ctx := context.Background()
	a, err := importer.FromText(assets.SampleArticle, importer.Meta{Outlet: "Northbridge Wire (sample)",
		Published: time.Date(2026, 11, 12, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	res, err := st.AddArticle(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	b := briefing.Brief{Title: "Valmora talks stall over the Dorna corridor", Author: "Desk analyst",
		Handling: "TLP:AMBER", Version: "1", AsOf: time.Date(2026, 11, 13, 0, 0, 0, 0, time.UTC),
		Summary:        "Talks in Geneva ended without agreement because Sarkand demands the Dorna corridor [1].",
		Actors:         []string{"Sarkand (Deputy PM Erdoğan-Kaya) — corridor as precondition [1]", "Arvelia (FM Sokolov, Михаил Соколов) — rejects any cession [1]"},
		StickingPoints: []string{"Dorna corridor — Sarkand vs Arvelia — precondition vs red line [1]"},
		Outlook:        "Technical talks are likely to resume next week [1]. Watch for: prisoner exchanges.",
		Sources:        []briefing.Source{{N: 1, ArticleID: res.ID}}}
	if _, err := st.CreateBrief(ctx, b); err != nil {
		t.Fatal(err)
	}
	d.Start()
	d.Idle()
	d.archive.list.Select(0)
	d.Idle()
	d.win.Resize(fyne.NewSize(1280, 800))
	return d
}

// The goldens are the widget trees of the key screens; review a change in
// testdata/failed/ and move it into testdata/ when it is intended.
func TestDeskRendersAsReviewed(t *testing.T) {
	d := goldenDesk(t)
	test.AssertRendersToMarkup(t, "desk.xml", d.win.Canvas())
}

func TestPagePreviewTabRendersAsReviewed(t *testing.T) {
	d := goldenDesk(t)
	d.editor.tabs.SelectIndex(1)
	d.editor.preview.render(d.editor.brief, "A4")
	d.Idle()
	if d.editor.preview.img.Image.Bounds().Dx() < 500 {
		t.Fatalf("the preview was not drawn: %v", d.editor.preview.img.Image.Bounds())
	}
	test.AssertRendersToMarkup(t, "preview_tab.xml", d.win.Canvas())
}

func TestPreviewZoom(t *testing.T) {
	d := goldenDesk(t)
	p := d.editor.preview
	p.render(d.editor.brief, "A4")
	d.Idle()
	p.zoom.SetSelected(zoomActual)
	if got := p.img.MinSize(); got.Width < 590 || got.Height < 840 {
		t.Errorf("100%% preview min size = %v, want the A4 page in points", got)
	}
	p.zoom.SetSelected(zoomFit)
	if got := p.img.MinSize(); got.Width > 1 {
		t.Errorf("whole-page preview min size = %v, want the pane to decide", got)
	}
}
