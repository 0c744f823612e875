package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing/layout"
)

// Preference keys.
const (
	prefAuthor   = "author"
	prefHandling = "handling"
	prefPaper    = "paper"
	// Pane dividers, remembered between runs.
	prefOuterSplit = "split.archive"
	prefInnerSplit = "split.reader"
)

// showPreferences edits the defaults a new brief starts with and the paper size.
func (d *Desk) showPreferences() {
	p := d.app.Preferences()
	author := widget.NewEntry()
	author.SetText(p.String(prefAuthor))
	handling := widget.NewSelectEntry(handlingMarks)
	handling.SetText(p.StringWithFallback(prefHandling, "TLP:AMBER"))
	paper := widget.NewRadioGroup([]string{layout.A4, layout.Letter}, nil)
	paper.Horizontal = true
	paper.SetSelected(p.StringWithFallback(prefPaper, layout.A4))
	archive := widget.NewLabel(d.store.Path())
	archive.Wrapping = fyne.TextWrapBreak
	items := []*widget.FormItem{
		widget.NewFormItem("Default author", author),
		widget.NewFormItem("Default handling", handling),
		widget.NewFormItem("Paper", paper),
		widget.NewFormItem("Archive", archive),
	}
	f := dialog.NewForm("Preferences", "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		p.SetString(prefAuthor, author.Text)
		p.SetString(prefHandling, handling.Text)
		if paper.Selected != "" {
			p.SetString(prefPaper, paper.Selected)
		}
		d.editor.refit()
	}, d.win)
	f.Resize(fyne.NewSize(520, 320))
	f.Show()
}
