package ui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/importer"
	"github.com/briefdesk/briefdesk/briefing/importer/batch"
)

// optimizeAfter is the import size after which the search index is merged.
const optimizeAfter = 500

// importRun is one import in progress: a dialog with a progress bar and
// Cancel, then the per-item results.
type importRun struct {
	d       *Desk
	items   []string
	bar     *widget.ProgressBarInfinite
	label   *widget.Label
	results *widget.Label
	dlg     dialog.Dialog
	button  *widget.Button
	cancel  context.CancelFunc
	done    bool
}

// importItems imports files, folders or URLs off the UI goroutine, showing
// progress and, at the end, one line per item.
func (d *Desk) importItems(items []string) {
	if len(items) == 0 {
		return
	}
	r := &importRun{d: d, items: items}
	r.bar = widget.NewProgressBarInfinite()
	r.label = widget.NewLabel(fmt.Sprintf("Importing %d item(s)…", len(items)))
	r.results = widget.NewLabel("")
	r.results.Wrapping = fyne.TextWrapWord
	body := container.NewBorder(container.NewVBox(r.label, r.bar), nil, nil, nil, container.NewVScroll(r.results))
	dlg := dialog.NewCustomWithoutButtons("Import", body, d.win)
	r.button = widget.NewButton("Cancel", func() {
		if !r.done && r.cancel != nil {
			r.cancel()
			r.label.SetText("Cancelling…")
			return
		}
		dlg.Hide()
	})
	dlg.SetButtons([]fyne.CanvasObject{r.button})
	r.dlg = dlg
	r.dlg.Resize(fyne.NewSize(560, 360))
	r.dlg.Show()
	r.start()
}

func (r *importRun) start() {
	st := r.d.store
	var lines []string
	r.d.background("Import", func(ctx context.Context) (func(), error) {
		ctx, cancel := context.WithCancel(ctx)
		r.d.do(func() { r.cancel = cancel })
		defer cancel()
		save := func(ctx context.Context, a briefing.Article) (int64, bool, error) {
			res, err := st.AddArticle(context.WithoutCancel(ctx), a)
			return res.ID, res.Duplicate, err
		}
		saveMany := func(ctx context.Context, as []briefing.Article) ([]int64, []bool, error) {
			res, err := st.AddArticles(context.WithoutCancel(ctx), as)
			if err != nil {
				return nil, nil, err
			}
			ids, dups := make([]int64, len(res)), make([]bool, len(res))
			for i, r := range res {
				ids[i], dups[i] = r.ID, r.Duplicate
			}
			return ids, dups, nil
		}
		last := time.Time{}
		tag := func(ctx context.Context, id int64, tags ...string) error {
			return st.Tag(context.WithoutCancel(ctx), id, tags...)
		}
		counts := batch.Run(ctx, r.items, batch.Options{SaveMany: saveMany, Tag: tag, StoredTitle: func(ctx context.Context, id int64) (string, error) {
			a, err := st.Article(ctx, id)
			return a.Title, err
		}}, save, func(res batch.Result) {
			lines = append(lines, res.String())
			snapshot := strings.Join(lines, "\n")
			n := len(lines)
			// New articles show up in the archive at once, but not more
			// often than a few times a second during a long import.
			if res.Status == batch.OK && time.Since(last) > 300*time.Millisecond {
				last = time.Now()
				r.d.do(r.d.archiveListChanged)
			}
			r.d.do(func() {
				r.label.SetText(fmt.Sprintf("Imported %d item(s)…", n))
				r.results.SetText(snapshot)
			})
		})
		if counts.OK >= optimizeAfter {
			// A large import leaves the full-text index in many pieces.
			if err := st.Optimize(ctx); err != nil {
				return nil, err
			}
		}
		return func() { r.finish(counts, strings.Join(lines, "\n")) }, nil
	})
}

func (r *importRun) finish(c batch.Counts, report string) {
	r.done = true
	r.bar.Stop()
	r.bar.Hide()
	r.label.SetText(fmt.Sprintf("%d imported, %d duplicate, %d failed, %d skipped.", c.OK, c.Duplicate, c.Failed, c.Skipped))
	r.results.SetText(report)
	r.button.SetText("Close")
	r.d.archiveChanged()
	r.d.setStatus(r.label.Text)
}

// showPasteDialog asks for pasted text and its metadata, then imports it.
func (d *Desk) showPasteDialog() {
	text := widget.NewMultiLineEntry()
	text.Wrapping = fyne.TextWrapWord
	text.SetMinRowsVisible(10)
	text.SetPlaceHolder("Paste the article text here")
	title := widget.NewEntry()
	title.SetPlaceHolder("from the first line when empty")
	outlet, author, url, date := widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	date.SetPlaceHolder("YYYY-MM-DD")
	date.Validator = briefing.CheckDateField
	text.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return fmt.Errorf("paste some text")
		}
		return nil
	}
	items := []*widget.FormItem{
		widget.NewFormItem("Text", text), widget.NewFormItem("Title", title),
		widget.NewFormItem("Outlet", outlet), widget.NewFormItem("Author", author),
		widget.NewFormItem("URL", url), widget.NewFormItem("Published", date),
	}
	f := dialog.NewForm("Paste article", "Import", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		m := importer.Meta{Title: title.Text, Outlet: outlet.Text, Author: author.Text, URL: url.Text}
		m.Published, _ = briefing.ParseDateField(date.Text) // zero when not a date
		d.importText(text.Text, m)
	}, d.win)
	f.Resize(fyne.NewSize(640, 560))
	f.Show()
}

// importText stores pasted text and selects it in the archive.
func (d *Desk) importText(text string, m importer.Meta) { d.importTextThen(text, m, nil) }

// importTextThen is importText, then runs then (if not nil) with the
// article's id once it is stored.
func (d *Desk) importTextThen(text string, m importer.Meta, then func(id int64)) {
	st := d.store
	d.background("Paste", func(ctx context.Context) (func(), error) {
		a, err := importer.FromText(text, m)
		if err != nil {
			return nil, err
		}
		res, err := st.AddArticle(ctx, a)
		if err != nil {
			return nil, err
		}
		return func() {
			if res.Duplicate {
				d.setStatus(fmt.Sprintf("Already in the archive: %q (%d).", a.Title, res.ID))
			} else {
				d.setStatus(fmt.Sprintf("Imported %q (%d).", a.Title, res.ID))
			}
			d.archiveChanged()
			d.showArticle(res.ID, "")
			if then != nil {
				then(res.ID)
			}
		}, nil
	})
}

// showURLDialog asks for one or more URLs (one a line) and imports them.
func (d *Desk) showURLDialog() {
	urls := widget.NewMultiLineEntry()
	urls.SetPlaceHolder("https://… (one a line; pages or RSS/Atom feeds)")
	urls.SetMinRowsVisible(4)
	dialog.ShowForm("Import from the web", "Import", "Cancel",
		[]*widget.FormItem{widget.NewFormItem("URLs", urls)}, func(ok bool) {
			if ok {
				d.importItems(strings.Fields(urls.Text))
			}
		}, d.win)
}

// showFileDialog picks one file to import.
func (d *Desk) showFileDialog() {
	fd := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil || rc == nil {
			return
		}
		path := rc.URI().Path()
		rc.Close()
		d.importItems([]string{path})
	}, d.win)
	fd.Resize(fyne.NewSize(900, 600))
	fd.Show()
}

// showFolderDialog picks a folder whose supported files are all imported.
func (d *Desk) showFolderDialog() {
	fd := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil || u == nil {
			return
		}
		d.importItems([]string{u.Path()})
	}, d.win)
	fd.Resize(fyne.NewSize(900, 600))
	fd.Show()
}

// onDropped imports files, folders and links dropped onto the window.
func (d *Desk) onDropped(_ fyne.Position, uris []fyne.URI) {
	var items []string
	for _, u := range uris {
		if u.Scheme() == "file" {
			items = append(items, u.Path())
		} else {
			items = append(items, u.String())
		}
	}
	d.importItems(items)
}
