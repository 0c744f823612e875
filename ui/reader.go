package ui

import (
	"context"
	"fmt"
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
)

// readerStore is what the reader (and its article edits) asks of the archive.
type readerStore interface {
	Article(ctx context.Context, id int64) (briefing.Article, error)
	Tags(ctx context.Context, articleID int64) ([]string, error)
	NearDuplicates(ctx context.Context, id int64) ([]briefing.ArticleSummary, error)
	ArticleOriginal(ctx context.Context, id int64) (briefing.Article, error)
	UpdateArticle(ctx context.Context, a briefing.Article) error
	Tag(ctx context.Context, articleID int64, tags ...string) error
	Untag(ctx context.Context, articleID int64, tags ...string) error
	Trash(ctx context.Context, articleID int64) error
	Restore(ctx context.Context, articleID int64) error
}

// readerPane shows one article: its metadata and text, with the search terms
// and the sentence behind the selected suggestion highlighted.
type readerPane struct {
	d       *Desk
	st      readerStore
	title   *widget.Label
	meta    *widget.Label
	link    *widget.Hyperlink
	body    *widget.RichText
	scroll  *container.Scroll
	addBtn  *widget.Button
	tagBtn  *widget.Button
	editB   *widget.Button
	trashB  *widget.Button
	editDlg dialog.Dialog // the edit dialog last shown

	article briefing.Article
	tags    []string
	copies  []briefing.ArticleSummary // other versions of the same wire story
	query   string
	mark    briefing.Provenance // the sentence to highlight; ArticleID 0 for none
	loadSeq int
}

func newReaderPane(d *Desk, st readerStore) *readerPane {
	r := &readerPane{d: d, st: st}
	r.title = widget.NewLabelWithStyle("Select an article", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	r.title.Wrapping = fyne.TextWrapWord
	r.title.SizeName = theme.SizeNameSubHeadingText
	r.meta = widget.NewLabel("")
	r.meta.Wrapping = fyne.TextWrapWord
	r.meta.Importance = widget.LowImportance
	r.link = widget.NewHyperlink("", nil)
	r.link.Truncation = fyne.TextTruncateEllipsis
	r.link.Hide()
	r.body = widget.NewRichText()
	r.body.Wrapping = fyne.TextWrapWord
	r.scroll = container.NewVScroll(r.body)
	r.addBtn = widget.NewButtonWithIcon("Add to brief", theme.ContentAddIcon(), r.onAddToBrief)
	r.tagBtn = widget.NewButtonWithIcon("Tags", theme.ListIcon(), r.showTags)
	r.editB = widget.NewButtonWithIcon("Edit", theme.DocumentCreateIcon(), r.showEditArticle)
	r.trashB = widget.NewButtonWithIcon("Trash", theme.DeleteIcon(), r.onTrash)
	for _, b := range []*widget.Button{r.addBtn, r.tagBtn, r.editB, r.trashB} {
		b.Disable()
	}
	return r
}

func (r *readerPane) content() fyne.CanvasObject {
	head := container.NewVBox(r.title, r.meta, r.link, container.NewHBox(r.addBtn, r.tagBtn, r.editB, r.trashB), widget.NewSeparator())
	return container.NewBorder(head, nil, nil, nil, r.scroll)
}

func (r *readerPane) onAddToBrief() {
	if r.article.ID != 0 {
		r.d.addToBrief(r.article.Summary())
	}
}

// showArticle loads an article off the UI goroutine and shows it, with the
// terms of query highlighted.
func (r *readerPane) showArticle(id int64, query string) {
	r.loadSeq++
	seq := r.loadSeq
	st := r.st
	r.d.background("Open article", func(ctx context.Context) (func(), error) {
		a, err := st.Article(ctx, id)
		if err != nil {
			return nil, err
		}
		tags, err := st.Tags(ctx, id)
		if err != nil {
			return nil, err
		}
		copies, err := st.NearDuplicates(ctx, id)
		if err != nil {
			return nil, err
		}
		return func() {
			if seq != r.loadSeq {
				return
			}
			r.article = a
			r.tags = tags
			r.copies = copies
			r.query = query
			if r.mark.ArticleID != id {
				r.mark = briefing.Provenance{}
			}
			r.render()
			r.scroll.ScrollToTop()
		}, nil
	})
}

// highlight shows the sentence p points to, loading its article if needed.
func (r *readerPane) highlight(p briefing.Provenance) {
	r.mark = p
	if r.article.ID != p.ArticleID {
		r.showArticle(p.ArticleID, "")
		return
	}
	r.render()
	r.scrollToMark()
}

// refreshUsed redraws the text so that sentences the brief now quotes are marked.
func (r *readerPane) refreshUsed() {
	if r.article.ID != 0 {
		r.body.Segments = bodySegments(r.article.Text, r.highlights())
		r.body.Refresh()
	}
}

func (r *readerPane) scrollToMark() {
	if r.mark.ArticleID == 0 || len(r.article.Text) == 0 {
		return
	}
	// Paragraph heights vary little in news text, so the byte position is a
	// good guide to the vertical one.
	frac := float32(r.mark.Start) / float32(len(r.article.Text))
	h := r.body.MinSize().Height - r.scroll.Size().Height
	if h > 0 {
		r.scroll.Offset = fyne.NewPos(0, frac*h)
		r.scroll.Refresh()
	}
}

func (r *readerPane) render() {
	a := r.article
	r.title.SetText(a.Title)
	meta := articleMeta(a)
	if len(r.tags) > 0 {
		meta += "\nTags: " + strings.Join(r.tags, ", ")
	}
	if len(r.copies) > 0 {
		var other []string
		for _, c := range r.copies {
			other = append(other, fmt.Sprintf("%s (%d)", firstNonEmpty(c.Outlet, oneLine(c.Title)), c.ID))
		}
		meta += "\nSame story also in: " + strings.Join(other, ", ")
	}
	if ed := r.d.editor; ed.brief.ID != 0 && ed.brief.SourceNumber(a.ID) != 0 {
		meta += fmt.Sprintf("\nSource [%d] of the open brief · sentences it quotes are in green", ed.brief.SourceNumber(a.ID))
	}
	// Only a web address is clickable; any other URL (javascript:, file:)
	// is shown as text.
	linkable := briefing.LinkableURL(a.URL)
	if a.URL != "" && !linkable {
		meta += "\n" + a.URL
	}
	r.meta.SetText(meta)
	if u, err := url.Parse(a.URL); err == nil && linkable {
		r.link.SetText(a.URL)
		r.link.SetURL(u)
		r.link.Show()
	} else {
		r.link.Hide()
	}
	for _, b := range []*widget.Button{r.addBtn, r.tagBtn, r.editB, r.trashB} {
		b.Enable()
	}
	if r.d.showingTrash() {
		r.trashB.SetText("Restore")
	} else {
		r.trashB.SetText("Trash")
	}
	r.body.Segments = bodySegments(a.Text, r.highlights())
	r.body.Refresh()
	if r.mark.ArticleID == a.ID {
		r.scrollToMark()
	}
}

func articleMeta(a briefing.Article) string {
	var parts []string
	if a.Outlet != "" {
		parts = append(parts, a.Outlet)
	}
	if a.Author != "" {
		parts = append(parts, a.Author)
	}
	if !a.Published.IsZero() {
		parts = append(parts, a.Published.Format("2 January 2006"))
	}
	parts = append(parts, pluralWords(a.WordCount))
	return strings.Join(parts, " · ")
}

func pluralWords(n int) string { return plural(n, "word", "words") }

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
