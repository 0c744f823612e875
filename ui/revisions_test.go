package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestRevisionDiffAndRestore(t *testing.T) {
	d, st := newTestDesk(t)
	d.Start()
	d.Idle()
	d.editor.newBrief(nil)
	d.Idle()
	summary := d.editor.sections[briefing.SectionSummary]

	test.Type(summary, "Talks stalled over the corridor.")
	d.editor.saveRevision("saved")
	d.Idle()
	summary.SetText("Talks collapsed; fighting resumed.")
	d.editor.flush()
	d.Idle()

	d.editor.showRevisions()
	d.Idle()
	r := d.editor.openRevisionsDlg
	if r == nil || len(r.revs) != 1 || r.revs[0].Brief.Summary != "Talks stalled over the corridor." {
		t.Fatalf("revisions = %+v", r)
	}
	var del, ins []string
	for _, s := range r.diff.Segments {
		if ts, ok := s.(interface{ Textual() string }); ok {
			txt := ts.Textual()
			switch {
			case strings.Contains(txt, "stalled"):
				del = append(del, txt)
			case strings.Contains(txt, "collapsed"):
				ins = append(ins, txt)
			}
		}
	}
	if len(del) == 0 || len(ins) == 0 {
		t.Errorf("diff does not show the change: %+v", r.diff.Segments)
	}

	test.Tap(r.restore)
	d.Idle()
	if got := summary.Text; got != "Talks stalled over the corridor." {
		t.Fatalf("summary after restore = %q", got)
	}
	b, err := st.Brief(context.Background(), d.editor.brief.ID)
	if err != nil || b.Summary != "Talks stalled over the corridor." {
		t.Fatalf("stored summary after restore = %q, %v", b.Summary, err)
	}
	revs, err := st.Revisions(context.Background(), b.ID)
	if err != nil || len(revs) != 2 || revs[0].Note != "before restore" || revs[0].Brief.Summary != "Talks collapsed; fighting resumed." {
		t.Fatalf("the text replaced by the restore is not kept: %+v, %v", revs, err)
	}
}
