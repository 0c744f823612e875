package importer

import "github.com/briefdesk/briefdesk/briefing"

// finish is the tail every importer runs once it has extracted an article:
// an article still without a title gets one from the first words of its
// text (titleFromText), then Article.Finish cleans the metadata, trims the
// text and sets ContentHash and WordCount. Checks for no text and size
// limits stay with each importer, since each words its error differently.
func finish(a *briefing.Article) {
	if a.Title == "" {
		a.Title = titleFromText(a.Text)
	}
	a.Finish()
}
