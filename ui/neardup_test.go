package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing/importer"
)

// wireStory is an invented wire report long enough for shingle matching.
const wireStory = `Delegations from Arvelia and Sarkand met in Geneva on Tuesday for a second round of talks on the Dorna corridor, the strip of land that has blocked every attempt at a settlement since the ceasefire collapsed in the spring.
Officials on both sides said the meeting lasted more than six hours and ended without a joint statement, although the mediator described the atmosphere as businesslike and said technical teams would meet again within two weeks.
Sarkand's chief negotiator repeated that any agreement must give her government full control of the corridor, while the Arvelian foreign minister said his country would not cede territory as a precondition for a ceasefire.
Diplomats from the European Union and the United States, who attended as observers, said they saw little chance of a comprehensive deal before the end of the year but welcomed the agreement to keep technical contacts going.`

func TestSameWireStoryIsShownAsOneStory(t *testing.T) {
	d, st := newTestDesk(t)
	ctx := context.Background()
	var ids []int64
	for _, v := range []struct{ title, outlet, tweak string }{
		{"Geneva talks on corridor end without statement", "Northbridge Wire", ""},
		{"Corridor dispute stalls second round in Geneva", "Danube Post", " Fighting continued meanwhile."},
	} {
		a, err := importer.FromText(v.title+"\n\n"+wireStory+v.tweak, importer.Meta{Outlet: v.outlet})
		if err != nil {
			t.Fatal(err)
		}
		res, err := st.AddArticle(ctx, a)
		if err != nil || res.Duplicate {
			t.Fatalf("add %q: %+v, %v", v.title, res, err)
		}
		ids = append(ids, res.ID)
	}
	d.Start()
	d.Idle()
	for _, r := range d.archive.rows {
		if r.copies != 2 {
			t.Errorf("row %q: %d versions, want 2", r.article.Title, r.copies)
		}
	}
	d.reader.showArticle(ids[1], "")
	d.Idle()
	if !strings.Contains(d.reader.meta.Text, "Same story also in: Northbridge Wire") {
		t.Errorf("reader meta = %q", d.reader.meta.Text)
	}
	d.editor.newBrief(ids)
	d.Idle()
	marked := 0
	walk(d.editor.sources, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, "(same story as [1])") {
			marked++
		}
	})
	if marked != 1 {
		t.Errorf("%d sources marked as the same story as [1], want 1", marked)
	}
}
