package ui

import (
	"context"
	"fmt"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/suggest"
)

// onSuggest drafts from the brief's sources and fills the empty sections.
func (e *briefEditor) onSuggest() {
	if e.brief.ID == 0 {
		return
	}
	if len(e.brief.Sources) == 0 {
		e.d.setStatus("Add at least one source article to get suggestions.")
		return
	}
	e.collect()
	ids := e.sourceIDs()
	e.suggestB.Disable()
	e.d.setStatus("Drafting suggestions…")
	// Keep what the analyst wrote as a revision before anything is filled in.
	e.saver.save(e.brief, "before Suggest", func(ok bool) {
		if !ok {
			e.suggestB.Enable()
			return
		}
		e.draft(ids)
	})
}

// draft runs the assistant over the articles ids and applies its draft.
func (e *briefEditor) draft(ids []int64) {
	st := e.st
	e.d.background("Suggest", func(ctx context.Context) (func(), error) {
		defer e.d.do(e.suggestB.Enable)
		articles := make([]briefing.Article, 0, len(ids))
		for _, id := range ids {
			a, err := st.Article(ctx, id)
			if err != nil {
				return nil, err
			}
			articles = append(articles, a)
		}
		eng, err := e.d.suggestEngine()
		if err != nil {
			return nil, err
		}
		draft := eng.Draft(articles)
		return func() { e.applyDraft(draft) }, nil
	})
}

// applyDraft fills empty sections and keeps every candidate for the lists.
func (e *briefEditor) applyDraft(draft suggest.Draft) {
	e.collect()
	b := e.brief
	e.candidates = suggest.Propose(&b, draft)
	filled := 0
	for _, s := range briefing.Sections {
		if e.brief.Empty(s) && !b.Empty(s) {
			e.sections[s].SetText(b.Text(s)) // fires edited(): saved shortly
			filled++
		}
		n := len(e.candidates[s])
		e.candBtn[s].SetText(fmt.Sprintf("Candidates (%d)", n))
		if n > 0 {
			e.candBtn[s].Enable()
		} else {
			e.candBtn[s].Disable()
		}
	}
	e.d.setStatus(fmt.Sprintf("Suggestions ready: %d empty sections filled; more candidates under each heading.", filled))
	e.d.briefChanged()
}

// insertCandidate adds a candidate's text to its section.
func (e *briefEditor) insertCandidate(s briefing.Suggestion) {
	en := e.sections[s.Section]
	text := strings.TrimRight(en.Text, " \n")
	switch {
	case text == "":
		text = s.Text
	case s.Section.Bulleted():
		text += "\n" + s.Text
	default:
		text += " " + s.Text
	}
	en.SetText(text)
	e.d.briefChanged()
}
