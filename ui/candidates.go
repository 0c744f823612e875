package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
)

// candidatesDialog lists the assistant's candidates for one section.
// Selecting one highlights its source sentence in the reader; Insert adds it
// to the section with its citation marker.
type candidatesDialog struct {
	e      *briefEditor
	list   *widget.List
	insert *widget.Button
	cands  []briefing.Suggestion
	chosen int
	dlg    dialog.Dialog
}

func (e *briefEditor) showCandidates(s briefing.Section) {
	c := &candidatesDialog{e: e, cands: e.candidates[s], chosen: -1}
	c.list = widget.NewList(
		func() int { return len(c.cands) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Wrapping = fyne.TextWrapWord
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(candidateLabel(c.cands[i]))
			c.list.SetItemHeight(i, o.(*widget.Label).MinSize().Height)
		})
	c.list.OnSelected = c.onSelected
	c.insert = widget.NewButtonWithIcon("Insert", theme.ContentAddIcon(), c.onInsert)
	c.insert.Importance = widget.HighImportance
	c.insert.Disable()
	hint := widget.NewLabel("Select a candidate to see its sentence in the reader.")
	hint.Importance = widget.LowImportance
	body := container.NewBorder(hint, container.NewHBox(c.insert), nil, nil, c.list)
	c.dlg = dialog.NewCustom(s.Heading()+" — candidates", "Close", body, e.d.win)
	c.dlg.Resize(fyne.NewSize(560, 480))
	c.dlg.Show()
	e.openCandidates = c
}

func candidateLabel(s briefing.Suggestion) string {
	if s.Likelihood != "" {
		lo, hi := s.Likelihood.Range()
		return fmt.Sprintf("%s   (%s, %d–%d%%)", s.Text, s.Likelihood, lo, hi)
	}
	return s.Text
}

func (c *candidatesDialog) onSelected(i widget.ListItemID) {
	c.chosen = i
	c.insert.Enable()
	if len(c.cands[i].Sources) > 0 {
		c.e.d.highlightSource(c.cands[i].Sources[0])
	}
}

func (c *candidatesDialog) onInsert() {
	if c.chosen < 0 || c.chosen >= len(c.cands) {
		return
	}
	c.e.insertCandidate(c.cands[c.chosen])
	c.e.d.setStatus("Inserted into " + c.cands[c.chosen].Section.Heading() + ".")
}
