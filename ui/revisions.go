package ui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/storage"
)

// revisionsDialog lists a brief's revisions, shows what changed between the
// chosen one and the brief as it is now, and restores it on request.
type revisionsDialog struct {
	e       *briefEditor
	revs    []storage.Revision
	list    *widget.List
	diff    *widget.RichText
	restore *widget.Button
	chosen  int
	dlg     dialog.Dialog
}

// saveRevision saves the open brief and keeps it as a revision noted note.
func (e *briefEditor) saveRevision(note string) {
	if e.brief.ID == 0 {
		return
	}
	e.collect()
	e.saver.save(e.brief, note, func(ok bool) {
		if ok && note == "saved" {
			e.saved.SetText("Revision saved " + time.Now().Format("15:04:05"))
		}
	})
}

// showRevisions opens the history of the open brief.
func (e *briefEditor) showRevisions() {
	if e.brief.ID == 0 {
		return
	}
	e.flush()
	id := e.brief.ID
	st := e.st
	e.d.background("Revisions", func(ctx context.Context) (func(), error) {
		revs, err := st.Revisions(ctx, id)
		if err != nil {
			return nil, err
		}
		return func() { e.openRevisions(revs) }, nil
	})
}

func (e *briefEditor) openRevisions(revs []storage.Revision) {
	r := &revisionsDialog{e: e, revs: revs, chosen: -1}
	r.list = widget.NewList(func() int { return len(r.revs) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			rev := r.revs[i]
			o.(*widget.Label).SetText(rev.SavedAt.Local().Format("2 Jan 15:04:05") + " · " + rev.Note)
		})
	r.list.OnSelected = r.onSelected
	r.diff = widget.NewRichText()
	r.diff.Wrapping = fyne.TextWrapWord
	r.restore = widget.NewButtonWithIcon("Restore this revision", theme.HistoryIcon(), r.onRestore)
	r.restore.Disable()
	empty := widget.NewLabel("No revisions yet. One is kept when you save (Ctrl+S), before Suggest fills sections, and every few minutes while you type.")
	empty.Wrapping = fyne.TextWrapWord
	var body fyne.CanvasObject
	if len(revs) == 0 {
		body = empty
	} else {
		split := container.NewHSplit(r.list, container.NewBorder(nil, container.NewHBox(r.restore), nil, nil,
			container.NewVScroll(r.diff)))
		split.Offset = 0.3
		body = split
	}
	r.dlg = dialog.NewCustom("Revisions — "+oneLine(e.brief.Title), "Close", body, e.d.win)
	r.dlg.Resize(fyne.NewSize(900, 600))
	r.dlg.Show()
	e.openRevisionsDlg = r
	if len(revs) > 0 {
		r.list.Select(0)
	}
}

func (r *revisionsDialog) onSelected(i widget.ListItemID) {
	r.chosen = i
	r.restore.Enable()
	r.e.collect()
	r.diff.Segments = diffSegments(briefPlain(r.revs[i].Brief), briefPlain(r.e.brief))
	r.diff.Refresh()
}

// onRestore keeps the current text as a revision, then puts the chosen one back.
func (r *revisionsDialog) onRestore() {
	if r.chosen < 0 {
		return
	}
	rev := r.revs[r.chosen].Brief
	e := r.e
	e.collect()
	current := e.brief
	b := current
	b.Title, b.Author, b.Handling, b.Version, b.AsOf = rev.Title, rev.Author, rev.Handling, rev.Version, rev.AsOf
	b.Summary, b.Actors, b.StickingPoints, b.Outlook = rev.Summary, rev.Actors, rev.StickingPoints, rev.Outlook
	at := r.revs[r.chosen].SavedAt
	// The text as it is now is kept first; only then is it replaced.
	e.saver.save(current, "before restore", func(ok bool) {
		if !ok {
			return
		}
		e.saver.save(b, noRevision, func(ok bool) {
			if !ok {
				return
			}
			r.dlg.Hide()
			e.show(b)
			e.d.setStatus(fmt.Sprintf("Restored the revision of %s; the text before it is kept as a revision.",
				at.Local().Format("2 Jan 15:04")))
		})
	})
}

// briefPlain is the brief as plain text, the unit the diff compares.
func briefPlain(b briefing.Brief) string {
	var sb strings.Builder
	sb.WriteString(b.Title + "\n")
	fmt.Fprintf(&sb, "%s · %s · %s\n", b.Author, b.Handling, briefing.FormatDateField(b.AsOf))
	for _, s := range briefing.Sections {
		sb.WriteString("\n" + strings.ToUpper(s.Heading()) + "\n")
		sb.WriteString(b.Text(s) + "\n")
	}
	return sb.String()
}

// diffSegments shows old → new word by word: deletions in the error colour,
// insertions in the success colour and bold.
func diffSegments(old, new string) []widget.RichTextSegment {
	dmp := diffmatchpatch.New()
	diffs := dmp.DiffCleanupSemantic(dmp.DiffMain(old, new, false))
	var segs []widget.RichTextSegment
	for _, d := range diffs {
		lines := strings.Split(d.Text, "\n")
		for i, line := range lines {
			style := widget.RichTextStyleInline
			switch d.Type {
			case diffmatchpatch.DiffDelete:
				// Colour only: Fyne 2.7 shifts wrapped rows of italic inline text.
				style.ColorName = theme.ColorNameError
			case diffmatchpatch.DiffInsert:
				style.ColorName = theme.ColorNameSuccess
				style.TextStyle = fyne.TextStyle{Bold: true}
			}
			if line != "" {
				segs = append(segs, &widget.TextSegment{Text: line, Style: style})
			}
			if i < len(lines)-1 {
				segs = append(segs, &widget.TextSegment{Text: "", Style: widget.RichTextStyleParagraph})
			}
		}
	}
	return segs
}
