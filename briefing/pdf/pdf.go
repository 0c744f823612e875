// Package pdf draws a laid-out brief as a one-page PDF. It is the only
// package that imports the PDF library: it draws layout.Page run by run, so
// the PDF breaks every line where the layout (and the live preview) does.
//
// Fonts are the embedded Go fonts as UTF-8 TrueType (subset by fpdf), so
// Cyrillic and accented names render, copy and search correctly.
package pdf

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/layout"
)

// family is the name fpdf knows the embedded fonts by.
const family = "GoFont"

// fixedDate stamps deterministic output.
var fixedDate = time.Date(2026, time.January, 1, 0, 0, 0, 0, time.UTC)

// ErrSecondPage reports that drawing tried to start a second page; layout
// should have prevented it, so it signals a bug rather than long content.
var ErrSecondPage = errors.New("pdf: content would start a second page")

// Write lays b out with o and writes it to w as a one-page PDF. When the
// brief does not fit even after auto-fit it writes nothing and returns the
// layout's *layout.OverflowError (use errors.As).
func Write(w io.Writer, b *briefing.Brief, o layout.Options) error {
	p, err := layout.Layout(b, o)
	if err != nil {
		return err
	}
	return Draw(w, p, b, o)
}

// Draw writes an already laid-out page. b supplies the metadata.
func Draw(w io.Writer, p *layout.Page, b *briefing.Brief, o layout.Options) (err error) {
	defer func() {
		// fpdf panics on some inputs layout is meant to filter out; an
		// export must fail with an error, never take the app down.
		if r := recover(); r != nil {
			err = fmt.Errorf("pdf: %v", r)
		}
	}()
	size := "A4"
	if p.Paper == layout.Letter {
		size = "Letter"
	}
	f := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", SizeStr: size, OrientationStr: "P"})
	f.SetAutoPageBreak(false, 0)
	pages := 0
	f.SetAcceptPageBreakFunc(func() bool { return false })
	f.SetMargins(p.Margin, p.Margin, p.Margin)
	created := o.Created
	if o.Deterministic {
		f.SetCompression(false)
		f.SetCatalogSort(true)
		if created.IsZero() {
			created = fixedDate
		}
	}
	if created.IsZero() {
		created = time.Now()
	}
	f.SetCreationDate(created)
	f.SetModificationDate(created)
	setMetadata(f, b)

	// Register only the faces the page uses: fpdf parses and fingerprints
	// each font on registration, the largest cost of an export.
	used := map[layout.Style]bool{}
	for _, l := range p.Lines {
		for _, r := range l.Runs {
			used[r.Style] = true
		}
	}
	for s := layout.Regular; s <= layout.BoldItalic; s++ {
		if used[s] {
			f.AddUTF8FontFromBytes(family, s.String(), layout.FontData(s))
		}
	}
	f.AddPage()
	pages++

	// Internal link targets: each source's first line.
	targets := map[int]int{}
	for _, l := range p.Lines {
		if l.Source > 0 {
			id := f.AddLink()
			f.SetLink(id, l.Y-p.BodySize*1.2, 1)
			targets[l.Source] = id
		}
	}
	for _, st := range p.Strokes {
		f.SetDrawColor(int(st.Color.R), int(st.Color.G), int(st.Color.B))
		f.SetLineWidth(st.Width)
		f.Line(st.X1, st.Y1, st.X2, st.Y2)
	}
	cur := struct {
		style layout.Style
		size  float64
		color layout.Color
	}{-1, 0, layout.Color{}}
	for _, l := range p.Lines {
		for _, r := range l.Runs {
			if r.Style != cur.style || r.Size != cur.size {
				f.SetFont(family, r.Style.String(), r.Size)
				cur.style, cur.size = r.Style, r.Size
			}
			if r.Color != cur.color || cur.style == -1 {
				f.SetTextColor(int(r.Color.R), int(r.Color.G), int(r.Color.B))
				cur.color = r.Color
			}
			f.Text(r.X, r.Y, r.Text)
			top, h := r.Y-r.Size*0.95, r.Size*1.2
			switch {
			case r.URL != "":
				f.LinkString(r.X, top, r.Width, h, r.URL)
			case r.Cite > 0:
				if id, ok := targets[r.Cite]; ok {
					f.Link(r.X, top, r.Width, h, id)
				}
			}
		}
	}
	if f.PageCount() != 1 || pages != 1 {
		return ErrSecondPage
	}
	if err := f.Output(w); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	return nil
}

func setMetadata(f *fpdf.Fpdf, b *briefing.Brief) {
	title := strings.TrimSpace(b.Title)
	if title == "" {
		title = "Untitled brief"
	}
	f.SetTitle(title, true)
	f.SetAuthor(strings.TrimSpace(b.Author), true)
	subject := "Policy brief"
	if h := strings.TrimSpace(b.Handling); h != "" {
		subject += " · " + h
	}
	f.SetSubject(subject, true)
	f.SetKeywords(keywords(b), true)
	f.SetCreator("Briefdesk", true)
	f.SetProducer("Briefdesk (fpdf)", true)
}

// keywords lists the handling marking and the outlets behind the brief.
func keywords(b *briefing.Brief) string {
	seen := map[string]bool{}
	kw := []string{"policy brief"}
	if h := strings.TrimSpace(b.Handling); h != "" {
		kw = append(kw, h)
	}
	for _, s := range b.Sources {
		o := strings.TrimSpace(s.Outlet)
		if o != "" && !seen[o] {
			seen[o] = true
			kw = append(kw, o)
		}
	}
	return strings.Join(kw, ", ")
}
