package ui

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing/export"
	"github.com/briefdesk/briefdesk/briefing/layout"
)

// onExportPDF asks where to save the PDF.
func (e *briefEditor) onExportPDF() { e.showExportDialog(".pdf") }

// showExportDialog asks for a file name; the format follows its extension
// (.pdf, .md, .html, .txt).
func (e *briefEditor) showExportDialog(ext string) {
	if e.brief.ID == 0 {
		return
	}
	e.collect()
	fd := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil || wc == nil {
			return
		}
		path := wc.URI().Path()
		wc.Close()
		e.exportTo(path)
	}, e.d.win)
	fd.SetFileName(exportFileName(e.brief.Title, ext))
	if home, err := os.UserHomeDir(); err == nil {
		if l, err := storage.ListerForURI(storage.NewFileURI(home)); err == nil {
			fd.SetLocation(l)
		}
	}
	fd.Resize(fyne.NewSize(900, 600))
	fd.Show()
}

// exportFileName makes a file name from the brief's title.
func exportFileName(title, ext string) string {
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) {
			return -1
		}
		return r
	}, oneLine(title))
	if len([]rune(name)) > 60 {
		name = string([]rune(name)[:60])
	}
	if name == "" {
		name = "brief"
	}
	return name + ext
}

// exportTo writes the open brief to path off the UI goroutine. A brief that
// cannot fit one page is refused with the section and lines to cut.
func (e *briefEditor) exportTo(path string) {
	e.collect()
	b := e.brief
	paper := e.paper()
	e.d.background("Export", func(context.Context) (func(), error) {
		if err := export.WriteFile(path, &b, layout.Options{Paper: paper}); err != nil {
			return nil, err
		}
		return func() { e.exported(path) }, nil
	})
}

// exported tells where the file went and offers to open it.
func (e *briefEditor) exported(path string) {
	e.d.setStatus(fmt.Sprintf("Exported %s", path))
	open := func() {
		if err := e.d.app.OpenURL(&url.URL{Scheme: "file", Path: path}); err != nil {
			e.d.showError("Open "+filepath.Base(path), err)
		}
	}
	msg := widget.NewLabel(path)
	msg.Wrapping = fyne.TextWrapBreak
	dialog.ShowCustomConfirm("Exported", "Open", "Close", msg, func(ok bool) {
		if ok {
			open()
		}
	}, e.d.win)
}
