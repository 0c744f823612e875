package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/storage"
)

// showEditArticle lets the user correct an article's metadata and text. The
// archive keeps the imported original; "Show original" brings it back into
// the form.
func (r *readerPane) showEditArticle() {
	a := r.article
	if a.ID == 0 {
		return
	}
	title, outlet, author, link, date := widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	text := widget.NewMultiLineEntry()
	text.Wrapping = fyne.TextWrapWord
	text.SetMinRowsVisible(12)
	fill := func(a briefing.Article) {
		title.SetText(a.Title)
		outlet.SetText(a.Outlet)
		author.SetText(a.Author)
		link.SetText(a.URL)
		date.SetText(briefing.FormatDateField(a.Published))
		text.SetText(a.Text)
	}
	fill(a)
	date.SetPlaceHolder("YYYY-MM-DD")
	date.Validator = briefing.CheckDateField
	title.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New("a title is needed")
		}
		return nil
	}
	text.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New("the text cannot be empty")
		}
		return nil
	}
	original := widget.NewButton("Show original", func() {
		st := r.st
		r.d.background("Original", func(ctx context.Context) (func(), error) {
			o, err := st.ArticleOriginal(ctx, a.ID)
			if errors.Is(err, storage.ErrNotFound) {
				return func() { r.d.setStatus("This article has not been edited: it is as imported.") }, nil
			}
			if err != nil {
				return nil, err
			}
			return func() { fill(o) }, nil
		})
	})
	items := []*widget.FormItem{
		widget.NewFormItem("Title", title), widget.NewFormItem("Outlet", outlet),
		widget.NewFormItem("Author", author), widget.NewFormItem("URL", link),
		widget.NewFormItem("Published", date), widget.NewFormItem("Text", text),
		widget.NewFormItem("", original),
	}
	f := dialog.NewForm("Edit article", "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		edited := a
		edited.Title, edited.Outlet, edited.Author = strings.TrimSpace(title.Text), strings.TrimSpace(outlet.Text), strings.TrimSpace(author.Text)
		edited.URL, edited.Text = strings.TrimSpace(link.Text), text.Text
		edited.Published, _ = briefing.ParseDateField(date.Text) // zero when not a date
		r.saveArticle(edited)
	}, r.d.win)
	f.Resize(fyne.NewSize(760, 640))
	f.Show()
	r.editDlg = f
}

// saveArticle stores the user's corrections and shows the result.
func (r *readerPane) saveArticle(a briefing.Article) {
	st := r.st
	r.d.background("Save article", func(ctx context.Context) (func(), error) {
		if err := st.UpdateArticle(ctx, a); err != nil {
			return nil, err
		}
		return func() {
			r.d.setStatus(fmt.Sprintf("Saved your corrections to %q; the original is kept.", a.Title))
			r.showArticle(a.ID, r.query)
			r.d.archiveChanged()
		}, nil
	})
}

// showTags edits the article's tags as a comma-separated list.
func (r *readerPane) showTags() {
	id := r.article.ID
	if id == 0 {
		return
	}
	old := r.tags
	entry := widget.NewEntry()
	entry.SetText(strings.Join(old, ", "))
	entry.SetPlaceHolder("geneva, ceasefire, …")
	dialog.ShowForm("Tags", "Save", "Cancel", []*widget.FormItem{widget.NewFormItem("Tags", entry)}, func(ok bool) {
		if !ok {
			return
		}
		want := splitTags(entry.Text)
		st := r.st
		r.d.background("Tags", func(ctx context.Context) (func(), error) {
			if removed := missing(old, want); len(removed) > 0 {
				if err := st.Untag(ctx, id, removed...); err != nil {
					return nil, err
				}
			}
			if added := missing(want, old); len(added) > 0 {
				if err := st.Tag(ctx, id, added...); err != nil {
					return nil, err
				}
			}
			return func() {
				r.showArticle(id, r.query)
				r.d.tagsChanged()
			}, nil
		})
	}, r.d.win)
}

func splitTags(s string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range strings.Split(s, ",") {
		t = strings.TrimSpace(t)
		if t != "" && !seen[strings.ToLower(t)] {
			seen[strings.ToLower(t)] = true
			out = append(out, t)
		}
	}
	return out
}

// missing returns the items of a not in b, ignoring case.
func missing(a, b []string) []string {
	in := map[string]bool{}
	for _, x := range b {
		in[strings.ToLower(x)] = true
	}
	var out []string
	for _, x := range a {
		if !in[strings.ToLower(x)] {
			out = append(out, x)
		}
	}
	return out
}

// onTrash moves the article to the trash, or back out when the archive
// shows the trash.
func (r *readerPane) onTrash() {
	id := r.article.ID
	if id == 0 {
		return
	}
	restore := r.d.showingTrash()
	st := r.st
	r.d.background("Trash", func(ctx context.Context) (func(), error) {
		var err error
		if restore {
			err = st.Restore(ctx, id)
		} else {
			err = st.Trash(ctx, id)
		}
		if err != nil {
			return nil, err
		}
		return func() {
			if restore {
				r.d.setStatus(fmt.Sprintf("Restored %q from the trash.", r.article.Title))
			} else {
				r.d.setStatus(fmt.Sprintf("Moved %q to the trash (tick Trash in the archive to restore it).", r.article.Title))
			}
			r.d.archiveChanged()
		}, nil
	})
}
