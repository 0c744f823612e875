package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/briefdesk/briefdesk/briefing"
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
		format, err := export.ByExtension(path)
		if err != nil {
			return nil, err
		}
		if err := writeFileAtomic(path, format, &b, layout.Options{Paper: paper}); err != nil {
			return nil, err
		}
		return func() { e.d.setStatus(fmt.Sprintf("Exported %s", path)) }, nil
	})
}

// writeFileAtomic writes through a temporary file in the same folder so a
// failed export never leaves a half-written file.
func writeFileAtomic(path string, format export.Format, b *briefing.Brief, o layout.Options) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".briefdesk-export-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := export.Write(tmp, format, b, o); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
