package ui

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/storage"
)

// searchDelay is how long typing must pause before the archive is queried.
const searchDelay = 150 * time.Millisecond

// searchLimit caps the hits shown for a query; the list of all articles is not capped.
const searchLimit = 200

// archiveRow is one line of the archive list.
type archiveRow struct {
	article briefing.ArticleSummary
	snippet string // with storage highlight markers, "" when not searching
}

// archivePane lists the archive, searches it as you type, and lets the user
// tick articles for a new brief.
type archivePane struct {
	d       *Desk
	search  *widget.Entry
	list    *widget.List
	count   *widget.Label
	newFrom *widget.Button

	rows     []archiveRow
	checked  map[int64]bool
	selected int64

	mu       sync.Mutex
	timer    *time.Timer
	querySeq int // the newest query; older results are dropped
}

func newArchivePane(d *Desk) *archivePane {
	p := &archivePane{d: d, checked: map[int64]bool{}}
	p.search = widget.NewEntry()
	p.search.SetPlaceHolder("Search the archive (Ctrl+F)")
	p.search.OnChanged = func(string) { p.scheduleRefresh() }
	p.search.OnSubmitted = func(string) { p.refresh() }
	p.count = widget.NewLabel("")
	p.count.Importance = widget.LowImportance
	p.newFrom = widget.NewButtonWithIcon("New brief from ticked", theme.DocumentCreateIcon(), p.onNewBriefFromChecked)
	p.newFrom.Disable()
	p.list = widget.NewList(p.length, p.createRow, p.updateRow)
	p.list.OnSelected = p.onSelected
	return p
}

func (p *archivePane) content() fyne.CanvasObject {
	top := container.NewVBox(p.search, container.NewBorder(nil, nil, nil, p.newFrom, p.count))
	return container.NewBorder(top, nil, nil, nil, p.list)
}

func (p *archivePane) length() int { return len(p.rows) }

func (p *archivePane) createRow() fyne.CanvasObject {
	check := widget.NewCheck("", nil)
	title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	meta := widget.NewLabel("")
	meta.Truncation = fyne.TextTruncateEllipsis
	meta.SizeName = theme.SizeNameCaptionText
	snippet := widget.NewLabel("")
	snippet.Truncation = fyne.TextTruncateEllipsis
	snippet.SizeName = theme.SizeNameCaptionText
	snippet.Importance = widget.LowImportance
	return container.NewBorder(nil, nil, check, nil, container.NewVBox(title, meta, snippet))
}

func (p *archivePane) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i < 0 || i >= len(p.rows) {
		return
	}
	r := p.rows[i]
	c := o.(*fyne.Container)
	texts := c.Objects[0].(*fyne.Container)
	check := c.Objects[1].(*widget.Check)
	texts.Objects[0].(*widget.Label).SetText(oneLine(r.article.Title))
	texts.Objects[1].(*widget.Label).SetText(rowMeta(r.article))
	snippet := texts.Objects[2].(*widget.Label)
	if r.snippet == "" {
		snippet.Hide()
	} else {
		snippet.SetText(plainSnippet(r.snippet))
		snippet.Show()
	}
	id := r.article.ID
	check.OnChanged = nil
	check.SetChecked(p.checked[id])
	check.OnChanged = func(on bool) { p.setChecked(id, on) }
}

// rowMeta is the second line of a row: outlet, date and length.
func rowMeta(a briefing.ArticleSummary) string {
	parts := []string{}
	if a.Outlet != "" {
		parts = append(parts, a.Outlet)
	}
	if !a.Published.IsZero() {
		parts = append(parts, a.Published.Format("2 Jan 2006"))
	}
	parts = append(parts, pluralWords(a.WordCount))
	return strings.Join(parts, " · ")
}

// plainSnippet shows the matched terms of a search snippet between ‹ and ›.
func plainSnippet(s string) string {
	return oneLine(strings.NewReplacer(storage.HighlightStart, "‹", storage.HighlightEnd, "›").Replace(s))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func (p *archivePane) setChecked(id int64, on bool) {
	if on {
		p.checked[id] = true
	} else {
		delete(p.checked, id)
	}
	if len(p.checked) > 0 {
		p.newFrom.SetText(fmt.Sprintf("New brief from %d ticked", len(p.checked)))
		p.newFrom.Enable()
	} else {
		p.newFrom.SetText("New brief from ticked")
		p.newFrom.Disable()
	}
}

// checkedIDs returns the ticked articles in list order.
func (p *archivePane) checkedIDs() []int64 {
	var ids []int64
	for _, r := range p.rows {
		if p.checked[r.article.ID] {
			ids = append(ids, r.article.ID)
		}
	}
	return ids
}

func (p *archivePane) onNewBriefFromChecked() {
	ids := p.checkedIDs()
	if len(ids) == 0 {
		return
	}
	p.d.editor.newBrief(ids)
}

func (p *archivePane) onSelected(i widget.ListItemID) {
	if i < 0 || i >= len(p.rows) {
		return
	}
	p.selected = p.rows[i].article.ID
	p.d.reader.showArticle(p.selected, p.search.Text)
}

// scheduleRefresh queries after the user pauses typing.
func (p *archivePane) scheduleRefresh() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.timer != nil {
		p.timer.Stop()
	}
	p.timer = time.AfterFunc(searchDelay, func() { fyne.Do(p.refresh) })
}

// refresh reloads the list: search hits when there is a query, else every article.
func (p *archivePane) refresh() {
	p.querySeq++
	seq := p.querySeq
	query := strings.TrimSpace(p.search.Text)
	st := p.d.store
	p.d.background("Search", func(ctx context.Context) (func(), error) {
		var rows []archiveRow
		total, err := st.CountArticles(ctx)
		if err != nil {
			return nil, err
		}
		if query == "" {
			list, err := st.Articles(ctx, storage.ArticleFilter{})
			if err != nil {
				return nil, err
			}
			rows = make([]archiveRow, len(list))
			for i, a := range list {
				rows[i] = archiveRow{article: a}
			}
		} else {
			hits, err := st.Search(ctx, query, storage.SearchOptions{Limit: searchLimit})
			if err != nil {
				return nil, err
			}
			rows = make([]archiveRow, len(hits))
			for i, h := range hits {
				rows[i] = archiveRow{article: h.ArticleSummary, snippet: h.Snippet}
			}
		}
		return func() {
			if seq != p.querySeq {
				return // a newer query is on its way
			}
			p.rows = rows
			p.list.UnselectAll()
			p.list.Refresh()
			switch {
			case query == "":
				p.count.SetText(plural(total, "article", "articles"))
			case len(rows) == 0:
				p.count.SetText("No matches")
			default:
				p.count.SetText(fmt.Sprintf("%s match (of %d)", plural(len(rows), "article", "articles"), total))
			}
		}, nil
	})
}

// focusSearch puts the cursor in the search box.
func (p *archivePane) focusSearch() { p.d.win.Canvas().Focus(p.search) }
