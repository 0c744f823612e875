package ui

import (
	"context"
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"unicode"

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

// span is a highlighted byte range of the body.
type span struct {
	start, end int
	kind       int // spanUsed, spanTerm or spanMark; the higher wins
}

// The kinds of highlight, weakest first.
const (
	spanPlain = iota
	spanUsed  // a sentence the open brief quotes
	spanTerm  // a search term
	spanMark  // the source sentence of the selected candidate
)

func (r *readerPane) highlights() []span {
	var spans []span
	if r.mark.ArticleID == r.article.ID && r.mark.Slice(r.article.Text) != "" {
		spans = append(spans, span{r.mark.Start, r.mark.End, spanMark})
	}
	for _, re := range termPatterns(r.query) {
		for _, m := range re.FindAllStringIndex(r.article.Text, 200) {
			spans = append(spans, span{m[0], m[1], spanTerm})
		}
	}
	if ed := r.d.editor; ed.brief.ID != 0 && ed.brief.SourceNumber(r.article.ID) != 0 {
		spans = append(spans, usedSpans(r.d.splitter(), r.article.Text, &ed.brief)...)
	}
	return spans
}

// termPatterns turns a search query into case-insensitive patterns for its
// words, ignoring operators and quotes; a trailing * matches a prefix.
func termPatterns(query string) []*regexp.Regexp {
	var out []*regexp.Regexp
	for _, f := range strings.FieldsFunc(query, func(r rune) bool {
		return r == ' ' || r == '"' || r == '(' || r == ')' || r == ':' || r == '\t'
	}) {
		switch f {
		case "AND", "OR", "NOT", "NEAR":
			continue
		}
		prefix := strings.HasSuffix(f, "*")
		f = strings.Trim(f, "*-+^")
		if len([]rune(f)) < 2 {
			continue
		}
		expr := `(?i)\b` + regexp.QuoteMeta(f)
		if prefix {
			expr += `\w*`
		} else {
			expr += `\b`
		}
		if re, err := regexp.Compile(expr); err == nil {
			out = append(out, re)
		}
	}
	return out
}

// bodySegments splits text into RichText paragraphs with highlighted spans.
func bodySegments(text string, spans []span) []widget.RichTextSegment {
	if strings.TrimSpace(text) == "" {
		return []widget.RichTextSegment{&widget.TextSegment{Text: "(no text)", Style: widget.RichTextStyleParagraph}}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var segs []widget.RichTextSegment
	for _, para := range paragraphs(text) {
		pieces := splitSpans(text, para[0], para[1], spans)
		for i, pc := range pieces {
			style := widget.RichTextStyleInline
			switch pc.kind {
			case spanUsed:
				// Colour, not italics: Fyne 2.7 shifts the wrapped rows of an
				// italic inline segment to the right.
				style.ColorName = theme.ColorNameSuccess
			case spanTerm:
				style.ColorName = theme.ColorNamePrimary
			case spanMark:
				style.ColorName = theme.ColorNamePrimary
				style.TextStyle = fyne.TextStyle{Bold: true}
			}
			style.Inline = i < len(pieces)-1
			t := collapseSpace(pc.text)
			if i == 0 {
				t = strings.TrimLeft(t, " ")
			}
			t = strings.TrimRight(t, " ")
			segs = append(segs, &widget.TextSegment{Text: t, Style: style})
		}
	}
	return segs
}

// paragraphs returns the byte ranges of the blank-line separated paragraphs.
func paragraphs(text string) [][2]int {
	var out [][2]int
	start := 0
	for start < len(text) {
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) != "" {
			out = append(out, [2]int{start, end})
		}
		start = end + 2
	}
	return out
}

type piece struct {
	text string
	kind int // spanPlain … spanMark
}

// splitSpans cuts text[from:to] at highlight boundaries. Where a term falls
// inside the source sentence the sentence wins.
func splitSpans(text string, from, to int, spans []span) []piece {
	kind := make([]int, to-from)
	for _, s := range spans {
		for i := max(s.start, from); i < min(s.end, to); i++ {
			if kind[i-from] < s.kind {
				kind[i-from] = s.kind
			}
		}
	}
	var out []piece
	i := 0
	for i < len(kind) {
		j := i
		for j < len(kind) && kind[j] == kind[i] {
			j++
		}
		out = append(out, piece{text: text[from+i : from+j], kind: kind[i]})
		i = j
	}
	return leadingSpaces(out)
}

// leadingSpaces moves white space at the end of a piece to the start of the
// next one, dropping pieces left empty. Fyne's RichText (2.7) can break a
// word of an inline segment one letter into the end of a row when the
// segment starts with that word; a segment that starts with a space breaks
// at the space instead.
func leadingSpaces(ps []piece) []piece {
	out := ps[:0]
	carry := ""
	for k, p := range ps {
		t := carry + p.text
		carry = ""
		if k < len(ps)-1 {
			trimmed := strings.TrimRightFunc(t, unicode.IsSpace)
			carry = t[len(trimmed):]
			t = trimmed
		}
		if t != "" {
			out = append(out, piece{text: t, kind: p.kind})
		}
	}
	return out
}

// collapseSpace turns every run of white space into one space, keeping a
// space at either edge so that pieces joined inline keep their word gaps.
func collapseSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
