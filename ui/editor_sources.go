package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
)

// addSource appends an article to the open brief's sources.
func (e *briefEditor) addSource(a briefing.ArticleSummary) {
	if e.brief.ID == 0 {
		e.newBrief([]int64{a.ID})
		return
	}
	if e.brief.SourceNumber(a.ID) != 0 {
		e.d.setStatus(fmt.Sprintf("%q is already source [%d].", a.Title, e.brief.SourceNumber(a.ID)))
		return
	}
	ids := e.sourceIDs()
	e.setSources(append(ids, a.ID))
}

func (e *briefEditor) sourceIDs() []int64 {
	ids := make([]int64, len(e.brief.Sources))
	for i, s := range e.brief.Sources {
		ids[i] = s.ArticleID
	}
	return ids
}

// setSources makes ids the open brief's sources, in turn with its saves
// and with the same check that nobody saved it meanwhile.
func (e *briefEditor) setSources(ids []int64) {
	e.collect()
	mine := e.brief
	mine.Sources = make([]briefing.Source, len(ids))
	for i, id := range ids {
		mine.Sources[i] = briefing.Source{N: i + 1, ArticleID: id}
	}
	e.saver.setSources(mine, ids, func(b briefing.Brief) {
		if e.brief.ID != b.ID {
			return
		}
		e.brief.Sources = b.Sources
		e.renderSources()
		e.refit()
	})
}

func (e *briefEditor) renderSources() {
	e.sources.RemoveAll()
	if len(e.brief.Sources) == 0 {
		l := widget.NewLabel("No sources yet: tick articles in the archive, or open one and press Add to brief.")
		l.Wrapping = fyne.TextWrapWord
		l.Importance = widget.LowImportance
		e.sources.Add(l)
	}
	labels := map[int64]*widget.Label{}
	for _, s := range e.brief.Sources {
		id := s.ArticleID
		label := widget.NewLabel(sourceLine(s))
		label.Truncation = fyne.TextTruncateEllipsis
		labels[id] = label
		open := widget.NewButtonWithIcon("", theme.VisibilityIcon(), func() { e.d.showArticle(id, "") })
		open.Importance = widget.LowImportance
		rm := widget.NewButtonWithIcon("", theme.ContentRemoveIcon(), func() { e.removeSource(id) })
		rm.Importance = widget.LowImportance
		e.sources.Add(container.NewBorder(nil, nil, nil, container.NewHBox(open, rm), label))
	}
	e.sources.Refresh()
	e.markSameStory(e.brief, labels)
}

func sourceLine(s briefing.Source) string {
	text := fmt.Sprintf("[%d] %s", s.N, oneLine(s.Title))
	if s.Outlet != "" {
		text += " — " + s.Outlet
	}
	return text
}

// markSameStory flags sources that are versions of the same wire story, so
// the analyst does not count one report as two confirmations.
func (e *briefEditor) markSameStory(b briefing.Brief, labels map[int64]*widget.Label) {
	if len(b.Sources) < 2 {
		return
	}
	ids := e.sourceIDs()
	st := e.st
	e.d.background("Check sources", func(ctx context.Context) (func(), error) {
		groups, err := st.DuplicateGroups(ctx, ids)
		if err != nil {
			return nil, err
		}
		return func() {
			if e.brief.ID != b.ID {
				return
			}
			first := map[int64]int{} // group -> first source number in it
			for _, s := range b.Sources {
				g, ok := groups[s.ArticleID]
				if !ok {
					continue
				}
				if n, seen := first[g.ID]; seen {
					labels[s.ArticleID].SetText(sourceLine(s) + fmt.Sprintf(" (same story as [%d])", n))
					labels[s.ArticleID].Importance = widget.WarningImportance
					labels[s.ArticleID].Refresh()
				} else {
					first[g.ID] = s.N
				}
			}
		}, nil
	})
}

func (e *briefEditor) removeSource(articleID int64) {
	var ids []int64
	for _, id := range e.sourceIDs() {
		if id != articleID {
			ids = append(ids, id)
		}
	}
	e.setSources(ids)
}
