package ui

import (
	"context"
	"time"

	"fyne.io/fyne/v2/dialog"

	"github.com/briefdesk/briefdesk/assets"
	"github.com/briefdesk/briefdesk/briefing/importer"
)

// offerSampleIfEmpty asks a new user, once the archive turns out empty,
// whether to load the team's sample article.
func (d *Desk) offerSampleIfEmpty() {
	st := d.store
	d.background("Check archive", func(ctx context.Context) (func(), error) {
		n, err := st.CountArticles(ctx)
		if err != nil || n > 0 {
			return nil, err
		}
		return func() {
			dialog.ShowConfirm("Your archive is empty",
				"Load a sample article (an invented report on peace talks) and draft a brief from it,\n"+
					"to see the whole flow: archive, reader, suggestions, page preview and export?",
				func(ok bool) {
					if ok {
						d.startWithSample()
					}
				}, d.win)
		}, nil
	})
}

// sampleMeta is what the sample article's import records.
var sampleMeta = importer.Meta{Outlet: "Northbridge Wire (sample)",
	Published: time.Date(2026, 11, 12, 0, 0, 0, 0, time.UTC)}

// importSample stores the sample article and selects it.
func (d *Desk) importSample() { d.importText(assets.SampleArticle, sampleMeta) }

// startWithSample stores the sample, opens a brief on it and lets the
// assistant fill it, so a new user sees every step once.
func (d *Desk) startWithSample() {
	d.importTextThen(assets.SampleArticle, sampleMeta, func(id int64) {
		d.editor.newBriefThen([]int64{id}, func() {
			d.editor.onSuggest()
			d.setStatus("A sample brief: edit any section, see Page preview, then Export PDF… (Ctrl+E).")
		})
	})
}
