package ui

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/storage"
)

// The first option of each filter menu, which turns the filter off.
const (
	anyTag    = "All tags"
	anyOutlet = "All outlets"
	anyTime   = "Any time"
)

// periods are the date filters offered, newest first.
var periods = []struct {
	label string
	back  time.Duration
}{
	{"Past day", 24 * time.Hour},
	{"Past week", 7 * 24 * time.Hour},
	{"Past month", 31 * 24 * time.Hour},
	{"Past year", 366 * 24 * time.Hour},
}

// Search orders.
const (
	sortRelevance = "Relevance"
	sortNewest    = "Newest"
)

// archiveFilters narrows the archive list: tag, outlet, period, order of
// search hits, and the trash.
type archiveFilters struct {
	p      *archivePane
	tag    *widget.Select
	outlet *widget.Select
	period *widget.Select
	order  *widget.Select
	trash  *widget.Check
	// names map menu labels ("geneva (12)") back to tag and outlet names.
	tagNames, outletNames map[string]string
}

func newArchiveFilters(p *archivePane) *archiveFilters {
	f := &archiveFilters{p: p, tagNames: map[string]string{}, outletNames: map[string]string{}}
	changed := func(string) { p.refresh() }
	f.tag = widget.NewSelect([]string{anyTag}, changed)
	f.tag.Selected = anyTag
	f.outlet = widget.NewSelect([]string{anyOutlet}, changed)
	f.outlet.Selected = anyOutlet
	opts := []string{anyTime}
	for _, pr := range periods {
		opts = append(opts, pr.label)
	}
	f.period = widget.NewSelect(opts, changed)
	f.period.Selected = anyTime
	f.order = widget.NewSelect([]string{sortRelevance, sortNewest}, changed)
	f.order.Selected = sortRelevance
	f.trash = widget.NewCheck("Trash", func(bool) { p.refresh() })
	return f
}

func (f *archiveFilters) content() fyne.CanvasObject {
	return container.NewVBox(
		container.NewGridWithColumns(2, f.tag, f.outlet),
		container.NewGridWithColumns(2, f.period, f.order))
}

// filter is the storage filter the menus describe.
func (f *archiveFilters) filter() storage.ArticleFilter {
	af := storage.ArticleFilter{Tag: f.tagNames[f.tag.Selected], Outlet: f.outletNames[f.outlet.Selected],
		Trashed: f.trash.Checked}
	for _, pr := range periods {
		if f.period.Selected == pr.label {
			af.Since = time.Now().Add(-pr.back)
		}
	}
	return af
}

func (f *archiveFilters) sortOrder() string {
	if f.order.Selected == sortNewest {
		return "date"
	}
	return "rank"
}

// reload refills the tag and outlet menus from the archive.
func (f *archiveFilters) reload() {
	st := f.p.st
	f.p.d.background("Load filters", func(ctx context.Context) (func(), error) {
		tags, err := st.AllTags(ctx)
		if err != nil {
			return nil, err
		}
		outlets, err := st.Outlets(ctx)
		if err != nil {
			return nil, err
		}
		return func() {
			f.tagNames = map[string]string{}
			f.tag.Options = menu(anyTag, tags, f.tagNames)
			f.outletNames = map[string]string{}
			f.outlet.Options = menu(anyOutlet, outlets, f.outletNames)
			keep(f.tag, anyTag)
			keep(f.outlet, anyOutlet)
		}, nil
	})
}

// menu makes "name (count)" options sorted by name, after the "any" option.
func menu(anyLabel string, counts map[string]int, names map[string]string) []string {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return strings.ToLower(keys[i]) < strings.ToLower(keys[j]) })
	opts := []string{anyLabel}
	for _, k := range keys {
		label := fmt.Sprintf("%s (%d)", k, counts[k])
		names[label] = k
		opts = append(opts, label)
	}
	return opts
}

// keep re-selects a menu's choice after its options changed, by name, or
// falls back to the "any" option when the choice is gone.
func keep(s *widget.Select, anyLabel string) {
	cur := s.Selected
	name := cur
	if i := strings.LastIndex(cur, " ("); i > 0 {
		name = cur[:i]
	}
	for _, o := range s.Options {
		if o == cur {
			s.Refresh()
			return
		}
		if strings.HasPrefix(o, name+" (") {
			s.Selected = o // same filter, new count: no refresh of the list needed
			s.Refresh()
			return
		}
	}
	if cur != anyLabel {
		s.SetSelected(anyLabel)
	}
}
