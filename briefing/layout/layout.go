// Package layout sets a brief on one page: it breaks lines and positions
// every run of text with the embedded Go font's own metrics, so the PDF
// renderer and the live preview draw the same page, line for line.
//
// Layout tries a fixed ladder of settings, from the house style (11 pt body,
// 1.15 line spacing) down to the tightest allowed (10 pt, tighter spacing),
// and keeps the first that fits. Past the last step it reports which section
// to cut and by how many lines; it never drops text.
package layout

import (
	"errors"
	"fmt"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// Paper sizes in points.
const (
	A4     = "A4"
	Letter = "Letter"
	mm     = 72 / 25.4
)

// Options chooses the paper and, for renderers, how the file is stamped.
type Options struct {
	Paper string // "A4" (default) or "Letter"
	// Deterministic asks renderers for byte-stable output: no compression,
	// fixed dates, sorted catalog. Tests use it.
	Deterministic bool
	// Created is the creation date written into file metadata; zero means
	// now, or a fixed date when Deterministic.
	Created time.Time
}

// Color is a print-safe RGB colour.
type Color struct{ R, G, B uint8 }

// The page's palette: near-black ink, a muted grey for metadata, a dark
// navy accent for headings and markers, and a light rule.
var (
	Ink    = Color{0x1a, 0x1a, 0x1a}
	Muted  = Color{0x5b, 0x61, 0x69}
	Accent = Color{0x1f, 0x3a, 0x5f}
	Rule   = Color{0xb4, 0xbe, 0xc8}
)

// Run is a piece of text in one style, size and colour, placed at X (left)
// and Y (baseline), both in points from the page's top-left corner.
type Run struct {
	Text  string
	Style Style
	Size  float64
	X, Y  float64
	Width float64
	Color Color
	URL   string // external link, "" when none
	Cite  int    // the source a marker [n] points to, 0 when none
}

// Line is one printed line: its runs left to right, the block it belongs to,
// and, on a source's first line, that source's number (a link target).
type Line struct {
	Block  string // "header", a briefing.Section, or "sources"
	Y      float64
	Runs   []Run
	Source int
}

// Text returns the line as a reader would copy it.
func (l Line) Text() string {
	s := ""
	for _, r := range l.Runs {
		s += r.Text
	}
	return s
}

// Stroke is a horizontal or vertical rule.
type Stroke struct {
	X1, Y1, X2, Y2 float64
	Width          float64
	Color          Color
}

// Page is a brief set on one sheet.
type Page struct {
	Paper         string
	Width, Height float64 // points
	Margin        float64
	BodySize      float64
	Lines         []Line
	Strokes       []Stroke
	// Bottom is the lowest baseline region used; above Height-Margin when the
	// brief fits, below it when it overflows.
	Bottom float64
	Report FitReport
}

// SectionFit is how much of the page one section uses.
type SectionFit struct {
	Section briefing.Section
	Lines   int
	Words   int
}

// Overflow names a section to cut and by how many lines.
type Overflow struct {
	Section   briefing.Section
	LinesOver int
}

// FitReport says how the brief fills the page: per section lines and words,
// page fill in percent, the body size chosen, and what to cut when it does
// not fit even at the smallest setting.
type FitReport struct {
	Sections []SectionFit
	// FillPercent is the share of the area between the margins in use; over
	// 100 when the brief does not fit even at the tightest step.
	FillPercent float64
	BodySize    float64
	Step        int // 0 is the house style; higher steps are tighter
	Overflow    []Overflow
}

// Fits reports whether the brief fits one page.
func (r FitReport) Fits() bool { return len(r.Overflow) == 0 }

// OverflowError is returned when a brief does not fit even at the tightest
// setting.
type OverflowError struct {
	Section   briefing.Section
	LinesOver int
	BodySize  float64
}

// Error names the section and the lines to cut.
func (e *OverflowError) Error() string {
	return fmt.Sprintf("brief does not fit one page: %q is %d %s over even at %g pt; cut %d %s",
		e.Section.Heading(), e.LinesOver, plural(e.LinesOver, "line"), e.BodySize, e.LinesOver, plural(e.LinesOver, "line"))
}

func plural(n int, s string) string {
	if n == 1 {
		return s
	}
	return s + "s"
}

// Blocks outside the four sections.
const (
	BlockHeader  = "header"
	BlockSources = "sources"
)

// SectionSources names the sources footer in fit reports and overflow errors.
const SectionSources briefing.Section = "Sources"

// step is one rung of the auto-fit ladder.
type step struct {
	body, leading, paraGap, sectionGap, head, title, src float64
}

// ladder runs from the house style to the tightest allowed setting; the
// body never goes below 10 pt.
var ladder = []step{
	{body: 11, leading: 1.15, paraGap: 0.45, sectionGap: 9, head: 12, title: 16, src: 8.5},
	{body: 11, leading: 1.11, paraGap: 0.35, sectionGap: 7, head: 12, title: 16, src: 8.5},
	{body: 10.5, leading: 1.11, paraGap: 0.3, sectionGap: 6, head: 11.5, title: 15.5, src: 8.5},
	{body: 10.5, leading: 1.07, paraGap: 0.25, sectionGap: 5, head: 11.5, title: 15, src: 8},
	{body: 10, leading: 1.07, paraGap: 0.25, sectionGap: 5, head: 11.5, title: 15, src: 8},
	{body: 10, leading: 1.04, paraGap: 0.2, sectionGap: 4, head: 11.5, title: 15, src: 8},
}

// MinBodySize is the smallest body size auto-fit may choose.
const MinBodySize = 10

// ErrPaper is returned for a paper name other than A4 or Letter.
var ErrPaper = errors.New("layout: paper must be A4 or Letter")

// CheckPaper returns an error wrapping ErrPaper for a paper name Layout
// and Fit do not know, so a caller can refuse it before any work.
func CheckPaper(name string) error {
	_, _, err := paperSize(name)
	return err
}

func paperSize(name string) (w, h float64, err error) {
	switch name {
	case "", A4, "a4":
		return 595.28, 841.89, nil
	case Letter, "letter", "US Letter":
		return 612, 792, nil
	}
	return 0, 0, fmt.Errorf("%w, not %q", ErrPaper, name)
}

// Layout sets b on one page, stepping down the auto-fit ladder until it
// fits. When even the last step overflows it returns that page (content
// running past the bottom) together with an *OverflowError.
func Layout(b *briefing.Brief, o Options) (*Page, error) {
	fc, err := faces()
	if err != nil {
		return nil, err
	}
	w, h, err := paperSize(o.Paper)
	if err != nil {
		return nil, err
	}
	cache := map[string][]word{}
	paper := A4
	if w == 612 {
		paper = Letter
	}
	i, _ := climb(b, w, h, fc, cache)
	p := setPage(b, ladder[i], w, h, fc, cache, false)
	p.Paper = paper
	p.Report.Step = i
	if p.Report.Fits() {
		return p, nil
	}
	ov := p.Report.Overflow[0]
	return p, &OverflowError{Section: ov.Section, LinesOver: ov.LinesOver, BodySize: p.BodySize}
}

// climb measures rung after rung and returns the first that fits, or the
// last, with its report. It builds no runs.
func climb(b *briefing.Brief, w, h float64, fc [4]*face, cache map[string][]word) (int, FitReport) {
	var r FitReport
	for i, st := range ladder {
		r = setPage(b, st, w, h, fc, cache, true).Report
		r.Step = i
		if r.Fits() {
			return i, r
		}
	}
	return len(ladder) - 1, r
}

// Fit returns the fit report of b: cheap enough to call on every keystroke.
func Fit(b *briefing.Brief, o Options) FitReport {
	fc, err := faces()
	if err != nil {
		return FitReport{Step: -1}
	}
	w, h, err := paperSize(o.Paper)
	if err != nil {
		return FitReport{Step: -1}
	}
	_, r := climb(b, w, h, fc, map[string][]word{})
	return r
}
