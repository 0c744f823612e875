package ui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/layout"
	"github.com/briefdesk/briefdesk/storage"
)

// handlingMarks are offered in the handling field; any text is allowed.
var handlingMarks = []string{"TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED"}

// briefEditor edits the current brief: header fields, sources, the four
// sections with the assistant's candidates, the fit meter, export.
type briefEditor struct {
	d *Desk

	switcher *widget.Select
	title    *widget.Entry
	author   *widget.Entry
	handling *widget.SelectEntry
	asOf     *widget.Entry
	sources  *fyne.Container
	sections map[briefing.Section]*widget.Entry
	candBtn  map[briefing.Section]*widget.Button
	fitBar   *widget.ProgressBar
	fitLabel *widget.Label
	saved    *widget.Label
	suggestB *widget.Button
	exportB  *widget.Button
	form     fyne.CanvasObject
	preview  *pagePreview
	tabs     *container.AppTabs

	brief      briefing.Brief // ID 0: no brief open
	briefs     []briefing.Brief
	candidates map[briefing.Section][]briefing.Suggestion
	loading    bool // widgets are being filled from a brief: not an edit

	openCandidates   *candidatesDialog // the candidates dialog last shown
	openRevisionsDlg *revisionsDialog  // the revisions dialog last shown
	openConflict     *conflictDialog   // the conflict dialog while one is up

	st    editorStore
	saver *briefSaver
}

// editorStore is what the brief editor asks of the archive.
type editorStore interface {
	briefSaveStore
	Briefs(ctx context.Context) ([]briefing.Brief, error)
	CreateBrief(ctx context.Context, b briefing.Brief) (int64, error)
	Article(ctx context.Context, id int64) (briefing.Article, error)
	DuplicateGroups(ctx context.Context, ids []int64) (map[int64]storage.NearDuplicateGroup, error)
	Revisions(ctx context.Context, briefID int64) ([]storage.Revision, error)
}

func newBriefEditor(d *Desk, st editorStore) *briefEditor {
	e := &briefEditor{d: d, st: st, sections: map[briefing.Section]*widget.Entry{},
		candBtn: map[briefing.Section]*widget.Button{}, candidates: map[briefing.Section][]briefing.Suggestion{}}
	e.saver = newBriefSaver(d, st, func() briefing.Brief { return e.brief }, e.autosaved)
	e.saver.conflicted = e.onConflict
	e.switcher = widget.NewSelect(nil, e.onSwitch)
	e.switcher.PlaceHolder = "No brief yet"
	e.title = widget.NewEntry()
	e.title.SetPlaceHolder("Title, stated as a claim (≤ 12 words)")
	e.title.Validator = titleLength
	e.author = widget.NewEntry()
	e.author.SetPlaceHolder("Author")
	e.handling = widget.NewSelectEntry(handlingMarks)
	e.handling.SetPlaceHolder("Handling")
	e.asOf = widget.NewEntry()
	e.asOf.SetPlaceHolder("As of (YYYY-MM-DD)")
	for _, en := range []*widget.Entry{e.title, e.author, &e.handling.Entry, e.asOf} {
		en.OnChanged = func(string) { e.edited() }
	}
	e.sources = container.NewVBox()
	for _, s := range briefing.Sections {
		en := widget.NewMultiLineEntry()
		en.Wrapping = fyne.TextWrapWord
		en.SetMinRowsVisible(4)
		en.SetPlaceHolder(sectionHint(s))
		en.OnChanged = func(string) { e.edited() }
		e.sections[s] = en
		sec := s
		b := widget.NewButtonWithIcon("Candidates", theme.ListIcon(), func() { e.showCandidates(sec) })
		b.Importance = widget.LowImportance
		b.Disable()
		e.candBtn[s] = b
	}
	e.fitBar = widget.NewProgressBar()
	e.fitBar.Max = 100
	e.fitBar.TextFormatter = func() string { return fmt.Sprintf("page %.0f%%", e.fitBar.Value) }
	e.fitLabel = widget.NewLabel("")
	e.fitLabel.Wrapping = fyne.TextWrapWord
	e.saved = widget.NewLabel("")
	e.saved.Importance = widget.LowImportance
	e.suggestB = widget.NewButtonWithIcon("Suggest", theme.MediaFastForwardIcon(), e.onSuggest)
	e.suggestB.Importance = widget.HighImportance
	e.exportB = widget.NewButtonWithIcon("Export PDF…", theme.DocumentSaveIcon(), e.onExportPDF)
	e.preview = newPagePreview(d)
	e.setEnabled(false)
	return e
}

// maxTitleWords is the longest title a brief should have (BRIEF.md): a claim
// a reader takes in at a glance.
const maxTitleWords = 12

// titleLength flags a title over maxTitleWords next to the field; the brief
// still saves and exports, the analyst decides.
func titleLength(s string) error {
	if n := briefing.WordCount(s); n > maxTitleWords {
		return fmt.Errorf("%d words: a title states the claim in %d words or fewer", n, maxTitleWords)
	}
	return nil
}

func sectionHint(s briefing.Section) string {
	switch s {
	case briefing.SectionSummary:
		return "Bottom line first, then why it matters (60–90 words)"
	case briefing.SectionActors:
		return "One actor a line: Actor (role) — position / latest move [n]"
	case briefing.SectionStickingPoints:
		return "One issue a line: Issue — who vs whom — the gap [n]"
	}
	return "Most likely development, with a likelihood and a time frame; Watch for: …"
}

func (e *briefEditor) content() fyne.CanvasObject {
	newB := widget.NewButtonWithIcon("", theme.ContentAddIcon(), func() { e.newBrief(nil) })
	top := container.NewBorder(nil, nil, nil, newB, e.switcher)
	header := container.NewVBox(e.title,
		container.NewGridWithColumns(3, e.author, e.handling, e.asOf))
	body := container.NewVBox(header, heading("Sources"), e.sources)
	for _, s := range briefing.Sections {
		body.Add(container.NewBorder(nil, nil, nil, e.candBtn[s], heading(s.Heading())))
		body.Add(e.sections[s])
	}
	e.form = body
	actions := container.NewHBox(e.suggestB, e.exportB, layoutSpacer(), e.saved)
	bottom := container.NewVBox(widget.NewSeparator(), e.fitBar, e.fitLabel, actions)
	e.tabs = container.NewAppTabs(
		container.NewTabItem("Write", container.NewVScroll(body)),
		container.NewTabItem("Page preview", e.preview.content()))
	return container.NewBorder(top, bottom, nil, nil, e.tabs)
}

func heading(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

func layoutSpacer() fyne.CanvasObject { return container.NewStack() }

func (e *briefEditor) setEnabled(on bool) {
	for _, w := range []fyne.Disableable{e.title, e.author, e.handling, e.asOf, e.suggestB, e.exportB} {
		if on {
			w.Enable()
		} else {
			w.Disable()
		}
	}
	for _, en := range e.sections {
		if on {
			en.Enable()
		} else {
			en.Disable()
		}
	}
}

// loadLatest opens the most recently edited brief, if any.
func (e *briefEditor) loadLatest() {
	e.reloadList(0)
}

// reloadList refreshes the switcher and opens brief id (0: the newest).
func (e *briefEditor) reloadList(id int64) { e.reloadListThen(id, nil) }

// reloadListThen is reloadList, then runs then (if not nil) once the brief
// shows. It loads through the saver, after the writes asked for before, so
// the saver bases the next write on the version loaded.
func (e *briefEditor) reloadListThen(id int64, then func()) {
	st := e.st
	e.saver.serial("Load briefs", func(ctx context.Context) (func(), error) {
		briefs, err := st.Briefs(ctx)
		if err != nil {
			return nil, err
		}
		var open *briefing.Brief
		if len(briefs) > 0 {
			open = &briefs[0]
		}
		for i := range briefs {
			if briefs[i].ID == id {
				b, err := st.Brief(ctx, id)
				if err != nil {
					return nil, err
				}
				open = &b
			}
		}
		if open != nil && open.ID != id {
			b, err := st.Brief(ctx, open.ID)
			if err != nil {
				return nil, err
			}
			open = &b
		}
		if open != nil {
			e.saver.loaded(*open)
		}
		return func() {
			e.briefs = briefs
			opts := make([]string, len(briefs))
			for i, b := range briefs {
				opts[i] = briefLabel(b)
			}
			e.switcher.Options = opts
			if open != nil {
				e.show(*open)
			}
			e.switcher.Refresh()
			if then != nil {
				then()
			}
		}, nil
	})
}

func briefLabel(b briefing.Brief) string {
	t := oneLine(b.Title)
	if t == "" {
		t = "Untitled brief"
	}
	return fmt.Sprintf("%d · %s", b.ID, t)
}

func (e *briefEditor) onSwitch(label string) {
	if e.loading {
		return
	}
	for _, b := range e.briefs {
		if briefLabel(b) == label && b.ID != e.brief.ID {
			e.flush()
			e.reloadList(b.ID)
			return
		}
	}
}

// show fills the widgets from b without counting it as an edit.
func (e *briefEditor) show(b briefing.Brief) {
	e.loading = true
	defer func() { e.loading = false }()
	e.brief = b
	e.candidates = map[briefing.Section][]briefing.Suggestion{}
	for _, s := range briefing.Sections {
		e.sections[s].SetText(b.Text(s))
		e.candBtn[s].SetText("Candidates")
		e.candBtn[s].Disable()
	}
	e.title.SetText(b.Title)
	e.author.SetText(b.Author)
	e.handling.SetText(b.Handling)
	e.asOf.SetText(briefing.FormatDateField(b.AsOf))
	e.switcher.SetSelected(briefLabel(b))
	e.renderSources()
	e.setEnabled(true)
	e.d.win.SetTitle("Briefdesk — " + oneLine(b.Title))
	e.saved.Importance = widget.LowImportance
	e.saved.SetText("")
	e.refit()
}

// collect reads the widgets into e.brief.
func (e *briefEditor) collect() {
	e.brief.Title = strings.TrimSpace(e.title.Text)
	e.brief.Author = strings.TrimSpace(e.author.Text)
	e.brief.Handling = strings.TrimSpace(e.handling.Text)
	// A blank or mistyped date keeps the brief's date; a mistyped one is flagged.
	if t, err := briefing.ParseDateField(e.asOf.Text); err != nil {
		e.asOf.SetValidationError(err)
	} else if !t.IsZero() {
		e.brief.AsOf = t
		e.asOf.SetValidationError(nil)
	}
	for _, s := range briefing.Sections {
		e.brief.SetText(s, e.sections[s].Text)
	}
}

// edited runs on every keystroke: refit the page, save a moment later.
func (e *briefEditor) edited() {
	if e.loading || e.brief.ID == 0 {
		return
	}
	e.collect()
	e.refit()
	e.saver.edited()
	e.saved.SetText("Editing…")
}

// autosaved shows that the autosave wrote b.
func (e *briefEditor) autosaved(b briefing.Brief) {
	e.saved.SetText("Saved " + time.Now().Format("15:04:05"))
	e.d.win.SetTitle("Briefdesk — " + oneLine(b.Title))
}

// flush saves pending edits now (before switching briefs or quitting).
func (e *briefEditor) flush() { e.saver.flush() }

// paper is the paper size chosen in the preferences.
func (e *briefEditor) paper() string {
	return e.d.app.Preferences().StringWithFallback(prefPaper, layout.A4)
}

// refit recomputes the fit meter for the current text (a few milliseconds)
// and schedules a preview redraw.
func (e *briefEditor) refit() {
	e.preview.schedule(e.brief, e.paper())
	rep := layout.Fit(&e.brief, layout.Options{Paper: e.paper()})
	e.fitBar.SetValue(min(rep.FillPercent, 100))
	if len(rep.Overflow) == 0 {
		e.fitLabel.Importance = widget.MediumImportance
		e.fitLabel.SetText(fmt.Sprintf("Fits one page at %.1f pt body.", rep.BodySize))
		return
	}
	var over []string
	for _, o := range rep.Overflow {
		over = append(over, fmt.Sprintf("%s: cut %d lines", o.Section.Heading(), o.LinesOver))
	}
	e.fitLabel.Importance = widget.DangerImportance
	e.fitLabel.SetText("Does not fit one page even at 10 pt. " + strings.Join(over, "; "))
}

// newBrief creates a brief from the given articles (none: an empty brief) and opens it.
func (e *briefEditor) newBrief(articleIDs []int64) { e.newBriefThen(articleIDs, nil) }

// newBriefThen is newBrief, then runs then (if not nil) once the brief shows.
func (e *briefEditor) newBriefThen(articleIDs []int64, then func()) {
	e.flush()
	st := e.st
	e.d.background("New brief", func(ctx context.Context) (func(), error) {
		b := briefing.Brief{Title: "Untitled brief", Version: "1", AsOf: time.Now(),
			Author: e.d.app.Preferences().String(prefAuthor), Handling: e.d.app.Preferences().StringWithFallback(prefHandling, "TLP:AMBER")}
		for i, id := range articleIDs {
			a, err := st.Article(ctx, id)
			if err != nil {
				return nil, err
			}
			if i == 0 {
				b.Title = a.Title
			}
			b.Sources = append(b.Sources, briefing.SourceFromArticle(i+1, a.Summary()))
		}
		id, err := st.CreateBrief(ctx, b)
		if err != nil {
			return nil, err
		}
		return func() { e.reloadListThen(id, then) }, nil
	})
}
