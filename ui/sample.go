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
				"Load a sample article (an invented report on peace talks) to try the whole flow:\nsearch, suggest, export?",
				func(ok bool) {
					if ok {
						d.importSample()
					}
				}, d.win)
		}, nil
	})
}

// importSample stores the sample article and selects it.
func (d *Desk) importSample() {
	d.importText(assets.SampleArticle, importer.Meta{Outlet: "Northbridge Wire (sample)",
		Published: time.Date(2026, 11, 12, 0, 0, 0, 0, time.UTC)})
}
