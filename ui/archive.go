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

// pageSize is how many list rows are fetched at a time: the list pages in
// summaries (never bodies) as the user scrolls, so 100,000 articles open fast.
const pageSize = 500

// archiveRow is one line of the archive list.
type archiveRow struct {
	article briefing.ArticleSummary
	snippet string // with storage highlight markers, "" when not searching
	copies  int    // articles in its near-duplicate group (0: none)
}

// archiveStore is what the archive pane (list and filters) asks of the archive.
type archiveStore interface {
	Search(ctx context.Context, query string, o storage.SearchOptions) ([]storage.Hit, error)
	Articles(ctx context.Context, f storage.ArticleFilter) ([]briefing.ArticleSummary, error)
	CountMatching(ctx context.Context, f storage.ArticleFilter) (int, error)
	DuplicateGroups(ctx context.Context, ids []int64) (map[int64]storage.NearDuplicateGroup, error)
	AllTags(ctx context.Context) (map[string]int, error)
	Outlets(ctx context.Context) (map[string]int, error)
}

// archivePane lists the archive, searches it as you type, filters it by tag,
// outlet and period, shows the trash, and lets the user tick articles for a
// new brief.
type archivePane struct {
	d       *Desk
	st      archiveStore
	search  *widget.Entry
	list    *widget.List
	count   *widget.Label
	newFrom *widget.Button
	filters *archiveFilters

	rows       []archiveRow
	total      int // rows the current view has in all (loaded or not)
	counted    int // the archive count for query countedSeq
	countedSeq int
	loading    bool // a page is being fetched
	checked    map[int64]bool
	selected   int64

	mu       sync.Mutex
	timer    *time.Timer
	querySeq int // the newest query; older results are dropped
}

func newArchivePane(d *Desk, st archiveStore) *archivePane {
	p := &archivePane{d: d, st: st, checked: map[int64]bool{}}
	p.search = widget.NewEntry()
	p.search.SetPlaceHolder("Search the archive (Ctrl+F)")
	p.search.OnChanged = func(string) { p.scheduleRefresh() }
	p.search.OnSubmitted = func(string) { p.refresh() }
	p.count = widget.NewLabel("")
	p.count.Importance = widget.LowImportance
	p.count.Truncation = fyne.TextTruncateEllipsis
	p.newFrom = widget.NewButtonWithIcon("New brief", theme.DocumentCreateIcon(), p.onNewBriefFromChecked)
	p.newFrom.Disable()
	p.filters = newArchiveFilters(p)
	p.list = widget.NewList(p.length, p.createRow, p.updateRow)
	p.list.OnSelected = p.onSelected
	return p
}

func (p *archivePane) content() fyne.CanvasObject {
	top := container.NewVBox(p.search, p.filters.content(),
		container.NewBorder(nil, nil, nil, container.NewHBox(p.filters.trash, p.newFrom), p.count))
	return container.NewBorder(top, nil, nil, nil, p.list)
}

func (p *archivePane) length() int { return max(p.total, len(p.rows)) }

func (p *archivePane) createRow() fyne.CanvasObject {
	check := widget.NewCheck("", nil)
	title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	meta := widget.NewLabel("")
	meta.Truncation = fyne.TextTruncateEllipsis
	meta.SizeName = theme.SizeNameCaptionText
	return container.NewBorder(nil, nil, check, nil, container.NewVBox(title, meta))
}

func (p *archivePane) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	c := o.(*fyne.Container)
	texts := c.Objects[0].(*fyne.Container)
	check := c.Objects[1].(*widget.Check)
	if i >= len(p.rows)-pageSize/5 && len(p.rows) < p.total {
		p.loadMore()
	}
	if i < 0 || i >= len(p.rows) {
		texts.Objects[0].(*widget.Label).SetText("…")
		texts.Objects[1].(*widget.Label).SetText("")
		check.Hide()
		return
	}
	check.Show()
	r := p.rows[i]
	texts.Objects[0].(*widget.Label).SetText(oneLine(r.article.Title))
	second := rowMeta(r.article)
	if r.copies > 1 {
		second = fmt.Sprintf("%s · %d versions", second, r.copies)
	}
	if r.snippet != "" {
		// While searching, why it matched matters more than the length.
		second = shortMeta(r.article) + " — " + plainSnippet(r.snippet)
	}
	texts.Objects[1].(*widget.Label).SetText(second)
	id := r.article.ID
	check.OnChanged = nil
	check.SetChecked(p.checked[id])
	check.OnChanged = func(on bool) { p.setChecked(id, on) }
}

func (p *archivePane) setChecked(id int64, on bool) {
	if on {
		p.checked[id] = true
	} else {
		delete(p.checked, id)
	}
	if len(p.checked) > 0 {
		p.newFrom.SetText(fmt.Sprintf("New brief (%d)", len(p.checked)))
		p.newFrom.Enable()
	} else {
		p.newFrom.SetText("New brief")
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
	p.d.newBriefFrom(ids)
}

func (p *archivePane) onSelected(i widget.ListItemID) {
	if i < 0 || i >= len(p.rows) {
		return
	}
	p.selected = p.rows[i].article.ID
	p.d.showArticle(p.selected, p.search.Text)
}

// scheduleRefresh queries after the user pauses typing.
func (p *archivePane) scheduleRefresh() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.timer != nil {
		p.timer.Stop()
	}
	p.timer = time.AfterFunc(searchDelay, func() { p.d.do(p.refresh) })
}

// refresh reloads the list from the top: search hits when there is a
// query, else the first page of the (filtered) archive.
func (p *archivePane) refresh() {
	p.querySeq++
	seq := p.querySeq
	query := strings.TrimSpace(p.search.Text)
	f := p.filters.filter()
	sortBy := p.filters.sortOrder()
	st := p.st
	p.loading = true
	if query == "" {
		p.refreshList(seq, f)
		return
	}
	p.d.background("Search", func(ctx context.Context) (func(), error) {
		hits, err := st.Search(ctx, query, storage.SearchOptions{Limit: searchLimit, Sort: sortBy,
			Tag: f.Tag, Outlet: f.Outlet, Since: f.Since, Until: f.Until, Trashed: f.Trashed})
		if err != nil {
			p.d.do(func() { p.loading = false })
			return nil, err
		}
		rows := make([]archiveRow, len(hits))
		for i, h := range hits {
			rows[i] = archiveRow{article: h.ArticleSummary, snippet: h.Snippet}
		}
		if err := markCopies(ctx, st, rows); err != nil {
			return nil, err
		}
		return func() {
			if seq != p.querySeq {
				return // a newer query is on its way
			}
			p.loading = false
			p.show(rows, len(rows))
			p.updateCount(query)
		}, nil
	})
}

// refreshList shows the first page of the archive as soon as it is read and
// the count when it comes: on a large archive counting takes longer than
// reading one page.
func (p *archivePane) refreshList(seq int, f storage.ArticleFilter) {
	st := p.st
	f.Limit = pageSize
	p.fetchPage(seq, f, func(rows []archiveRow) {
		total := len(rows)
		if len(rows) == pageSize {
			total++ // at least one more: the count will tell
		}
		p.show(rows, max(total, p.countFor(seq)))
		p.updateCount("")
	})
	p.d.background("Count articles", func(ctx context.Context) (func(), error) {
		n, err := st.CountMatching(ctx, f)
		if err != nil {
			return nil, err
		}
		return func() {
			if seq != p.querySeq {
				return
			}
			p.counted, p.countedSeq = n, seq
			if len(p.rows) > 0 || n == 0 {
				p.total = n
				p.list.Refresh()
			}
			p.updateCount("")
		}, nil
	})
}

// countFor is the archive count of query seq if it has arrived, else 0.
func (p *archivePane) countFor(seq int) int {
	if p.countedSeq == seq {
		return p.counted
	}
	return 0
}

// show replaces the rows and scrolls back to the top.
func (p *archivePane) show(rows []archiveRow, total int) {
	p.rows, p.total = rows, total
	p.list.UnselectAll()
	p.list.ScrollToTop()
	p.list.Refresh()
}

// markCopies notes, for each row, how many versions of the same wire story
// the archive holds, so one story is not mistaken for several sources.
func markCopies(ctx context.Context, st archiveStore, rows []archiveRow) error {
	ids := make([]int64, len(rows))
	for i, r := range rows {
		ids[i] = r.article.ID
	}
	groups, err := st.DuplicateGroups(ctx, ids)
	if err != nil {
		return err
	}
	for i := range rows {
		rows[i].copies = groups[rows[i].article.ID].Size
	}
	return nil
}

func summaryRows(list []briefing.ArticleSummary) []archiveRow {
	rows := make([]archiveRow, len(list))
	for i, a := range list {
		rows[i] = archiveRow{article: a}
	}
	return rows
}

func (p *archivePane) updateCount(query string) {
	what := "articles"
	if p.filters.trash.Checked {
		what = "in the trash"
	}
	switch {
	case query == "" && p.countedSeq != p.querySeq:
		p.count.SetText("Counting…")
	case query == "" && p.filters.trash.Checked:
		p.count.SetText(plural(p.total, "article", "articles") + " in the trash")
	case query == "":
		p.count.SetText(plural(p.total, "article", "articles"))
	case p.total == 0:
		p.count.SetText("No matches " + strings.TrimPrefix(what, "articles"))
	case p.total >= searchLimit:
		p.count.SetText(fmt.Sprintf("Best %d matches", p.total))
	default:
		p.count.SetText(plural(p.total, "match", "matches"))
	}
}

// loadPage reads one page of the list with its near-duplicate counts, off
// the UI goroutine. On failure it clears the loading mark so that scrolling
// can try again.
func (p *archivePane) loadPage(ctx context.Context, st archiveStore, f storage.ArticleFilter) ([]archiveRow, error) {
	list, err := st.Articles(ctx, f)
	var rows []archiveRow
	if err == nil {
		rows = summaryRows(list)
		err = markCopies(ctx, st, rows)
	}
	if err != nil {
		p.d.do(func() { p.loading = false })
		return nil, err
	}
	return rows, nil
}

// loadMore fetches the next page of the archive list as the user scrolls.
func (p *archivePane) loadMore() {
	if p.loading || strings.TrimSpace(p.search.Text) != "" {
		return
	}
	p.loading = true
	seq := p.querySeq
	f := p.filters.filter()
	f.Limit, f.Offset = pageSize, len(p.rows)
	p.fetchPage(seq, f, func(rows []archiveRow) {
		p.rows = append(p.rows, rows...)
		if len(rows) == 0 {
			p.total = len(p.rows) // the archive shrank meanwhile
		}
		p.list.Refresh()
	})
}

// fetchPage reads a page of the list off the UI goroutine and hands it to
// use, unless a newer query has replaced the list meanwhile.
func (p *archivePane) fetchPage(seq int, f storage.ArticleFilter, use func([]archiveRow)) {
	st := p.st
	p.d.background("Load articles", func(ctx context.Context) (func(), error) {
		rows, err := p.loadPage(ctx, st, f)
		if err != nil {
			return nil, err
		}
		return func() {
			if seq != p.querySeq {
				return
			}
			p.loading = false
			use(rows)
		}, nil
	})
}

// focusSearch puts the cursor in the search box.
func (p *archivePane) focusSearch() { p.d.win.Canvas().Focus(p.search) }
