package ui

import (
	"errors"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing/layout"
	"github.com/briefdesk/briefdesk/storage"
)

// Preference keys.
const (
	prefAuthor   = "author"
	prefHandling = "handling"
	prefPaper    = "paper"
	// The archive file the app opens at start when --db and BRIEFDESK_DB are not given.
	prefArchive = "archive"
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
	archive := widget.NewEntry()
	archive.SetText(p.StringWithFallback(prefArchive, d.store.Path()))
	archive.Validator = func(s string) error {
		if storage.IsPostgres(s) {
			if storage.HasPassword(s) {
				return errors.New("no password here: put it in ~/.pgpass or a PGSERVICE file")
			}
			return nil
		}
		if !strings.HasSuffix(strings.TrimSpace(s), ".db") && !strings.HasSuffix(strings.TrimSpace(s), ".sqlite") {
			return errors.New("an archive file ends in .db or .sqlite")
		}
		if !filepath.IsAbs(strings.TrimSpace(s)) {
			return errors.New("give the full path")
		}
		return nil
	}
	archiveHint := widget.NewLabel("A file, or a team archive on PostgreSQL (postgres://analyst@db.example/briefdesk?sslmode=verify-full). A new location takes effect at the next start; the file is created if missing. --db and BRIEFDESK_DB still win.")
	archiveHint.Wrapping = fyne.TextWrapWord
	archiveHint.Importance = widget.LowImportance
	items := []*widget.FormItem{
		widget.NewFormItem("Default author", author),
		widget.NewFormItem("Default handling", handling),
		widget.NewFormItem("Paper", paper),
		widget.NewFormItem("Archive", archive),
		widget.NewFormItem("", archiveHint),
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
		if loc := strings.TrimSpace(archive.Text); loc != d.store.Path() || p.String(prefArchive) != "" {
			p.SetString(prefArchive, loc)
		}
		d.editor.refit()
	}, d.win)
	f.Resize(fyne.NewSize(620, 380))
	f.Show()
}
