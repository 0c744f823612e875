package ui

import (
	"context"
	"fmt"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

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
		return func() { e.d.setStatus(fmt.Sprintf("Exported %s", path)) }, nil
	})
}
