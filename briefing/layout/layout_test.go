package layout_test

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/layout"
	"github.com/briefdesk/briefdesk/briefing/layout/testbrief"
)

var update = flag.Bool("update", false, "rewrite the golden layout dumps in testdata/")

func TestLayoutGolden(t *testing.T) {
	cases := []struct {
		name  string
		brief *briefing.Brief
		paper string
	}{
		{"full_a4", testbrief.Full(), layout.A4},
		{"full_letter", testbrief.Full(), layout.Letter},
		{"empty_a4", testbrief.Empty(), layout.A4},
		{"autofit_a4", testbrief.WithOutlookWords(160), layout.A4},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := layout.Layout(c.brief, layout.Options{Paper: c.paper})
			if err != nil {
				t.Fatal(err)
			}
			got := p.Dump()
			path := filepath.Join("testdata", c.name+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("layout of %s changed; run with -update after checking the diff:\n%s", c.name, diff(string(want), got))
			}
		})
	}
}

// diff lists the lines that differ, enough to see a moved line break.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var sb strings.Builder
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			sb.WriteString("- " + a + "\n+ " + b + "\n")
		}
	}
	return sb.String()
}

func TestAutoFitStepsDownWithinBounds(t *testing.T) {
	prev := 0.0
	for _, extra := range []int{0, 60, 120, 180, 240} {
		r := layout.Fit(testbrief.WithOutlookWords(extra), layout.Options{})
		if r.BodySize < layout.MinBodySize || r.BodySize > 11 {
			t.Errorf("+%d words: body %g pt, want 10–11", extra, r.BodySize)
		}
		if r.Fits() && r.FillPercent > 100 {
			t.Errorf("+%d words: fits but fill is %.1f%%", extra, r.FillPercent)
		}
		if prev != 0 && r.BodySize > prev {
			t.Errorf("+%d words: body grew from %g to %g pt", extra, prev, r.BodySize)
		}
		prev = r.BodySize
	}
	if r := layout.Fit(testbrief.Full(), layout.Options{}); r.BodySize != 11 || r.Step != 0 {
		t.Errorf("full brief: body %g step %d, want the house style (11 pt, step 0)", r.BodySize, r.Step)
	}
}

func TestOverflowNamesSectionAndLines(t *testing.T) {
	b := testbrief.WithOutlookWords(400)
	p, err := layout.Layout(b, layout.Options{})
	var oe *layout.OverflowError
	if !errors.As(err, &oe) {
		t.Fatalf("err = %v, want *OverflowError", err)
	}
	if oe.Section != briefing.SectionOutlook {
		t.Errorf("section = %q, want outlook", oe.Section)
	}
	if oe.BodySize != layout.MinBodySize {
		t.Errorf("gave up at %g pt, want %d", oe.BodySize, layout.MinBodySize)
	}
	// Cutting the named number of lines' worth of words must make it fit.
	r := p.Report
	if r.Fits() || r.Overflow[0].LinesOver != oe.LinesOver {
		t.Errorf("report %+v disagrees with error %+v", r.Overflow, oe)
	}
	var of layout.SectionFit
	for _, f := range r.Sections {
		if f.Section == briefing.SectionOutlook {
			of = f
		}
	}
	wordsPerLine := (of.Words + of.Lines - 1) / of.Lines
	cut := testbrief.WithOutlookWords(400 - oe.LinesOver*wordsPerLine)
	if rep := layout.Fit(cut, layout.Options{}); !rep.Fits() {
		t.Errorf("after cutting %d lines still over: %+v", oe.LinesOver, rep.Overflow)
	}
	msg := err.Error()
	if !strings.Contains(msg, `"Outlook" is`) || !strings.Contains(msg, "even at 10 pt") {
		t.Errorf("message %q", msg)
	}
}

func TestOverflowBlamesSectionOverBudget(t *testing.T) {
	b := testbrief.Full()
	for i := 0; i < 20; i++ {
		b.StickingPoints = append(b.StickingPoints, "Another issue — one side vs the other — a long explanation of the gap between them that runs on [1].")
	}
	_, err := layout.Layout(b, layout.Options{})
	var oe *layout.OverflowError
	if !errors.As(err, &oe) || oe.Section != briefing.SectionStickingPoints {
		t.Fatalf("err = %v, want sticking points named", err)
	}
}

func TestLinesStayInsideMargins(t *testing.T) {
	for _, paper := range []string{layout.A4, layout.Letter} {
		for _, b := range []*briefing.Brief{testbrief.Full(), testbrief.WithOutlookWords(150), testbrief.Empty(), longWords()} {
			p, err := layout.Layout(b, layout.Options{Paper: paper})
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range p.Lines {
				for _, r := range l.Runs {
					if r.X < p.Margin-0.01 || r.X+r.Width > p.Width-p.Margin+0.01 {
						t.Errorf("%s: run %q spans %.1f–%.1f, outside the margins", paper, r.Text, r.X, r.X+r.Width)
					}
					if r.Y > p.Height-p.Margin || r.Y < p.Margin {
						t.Errorf("%s: run %q at y %.1f outside the margins", paper, r.Text, r.Y)
					}
				}
			}
		}
	}
}

// longWords has a URL and a word longer than a line.
func longWords() *briefing.Brief {
	b := testbrief.Full()
	b.Summary = strings.Repeat("Verylongwordwithoutanyspace", 8) + " then normal words [1]."
	b.Sources[0].URL = "https://example.org/" + strings.Repeat("segment/", 20) + "end"
	return b
}

func TestEveryCitationPointsToASource(t *testing.T) {
	b := testbrief.Full()
	if m := layout.MissingSources(b); len(m) != 0 {
		t.Errorf("full brief cites missing sources %v", m)
	}
	b.Outlook += " Unsourced claim [9]."
	if m := layout.MissingSources(b); len(m) != 1 || m[0] != 9 {
		t.Errorf("MissingSources = %v, want [9]", m)
	}
	p, err := layout.Layout(testbrief.Full(), layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	anchors := map[int]bool{}
	cites := 0
	for _, l := range p.Lines {
		if l.Source > 0 {
			anchors[l.Source] = true
		}
	}
	for _, l := range p.Lines {
		for _, r := range l.Runs {
			if r.Cite > 0 {
				cites++
				if !anchors[r.Cite] {
					t.Errorf("marker %q has no source line to link to", r.Text)
				}
			}
		}
	}
	if cites < 10 {
		t.Errorf("only %d citation runs on the page", cites)
	}
}

func TestMarkersNeverStartALine(t *testing.T) {
	for extra := 0; extra < 60; extra += 3 {
		p, _ := layout.Layout(testbrief.WithOutlookWords(extra), layout.Options{})
		for _, l := range p.Lines {
			if l.Block == layout.BlockSources || len(l.Runs) == 0 {
				continue
			}
			first := l.Runs[0]
			if first.Text == "•" && len(l.Runs) > 1 {
				first = l.Runs[1]
			}
			if first.Cite > 0 {
				t.Fatalf("+%d words: line starts with marker: %q", extra, l.Text())
			}
		}
	}
}

func TestCitations(t *testing.T) {
	cases := []struct {
		text string
		want []int
	}{
		{"no markers", nil},
		{"one [1].", []int{1}},
		{"glued [2][3] and again [2]", []int{2, 3}},
		{"not markers: [a] [] [12345678] [4", nil},
	}
	for _, c := range cases {
		got := layout.Citations(c.text)
		if len(got) != len(c.want) {
			t.Errorf("Citations(%q) = %v, want %v", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("Citations(%q) = %v, want %v", c.text, got, c.want)
			}
		}
	}
}

func TestUnknownPaper(t *testing.T) {
	if _, err := layout.Layout(testbrief.Full(), layout.Options{Paper: "A5"}); !errors.Is(err, layout.ErrPaper) {
		t.Errorf("err = %v, want ErrPaper", err)
	}
}

func BenchmarkFit(b *testing.B) {
	br := testbrief.WithOutlookWords(100)
	for b.Loop() {
		layout.Fit(br, layout.Options{})
	}
}

func BenchmarkFitOverflowing(b *testing.B) {
	br := testbrief.WithOutlookWords(400)
	for b.Loop() {
		layout.Fit(br, layout.Options{})
	}
}

func TestFitMatchesLayout(t *testing.T) {
	for _, extra := range []int{0, 90, 180, 400} {
		b := testbrief.WithOutlookWords(extra)
		p, _ := layout.Layout(b, layout.Options{})
		r := layout.Fit(b, layout.Options{})
		if p.Report.FillPercent != r.FillPercent || p.Report.Step != r.Step || len(p.Report.Overflow) != len(r.Overflow) {
			t.Errorf("+%d words: Fit %+v, Layout %+v", extra, r, p.Report)
		}
	}
}

func BenchmarkLayout(b *testing.B) {
	br := testbrief.WithOutlookWords(100)
	for b.Loop() {
		if _, err := layout.Layout(br, layout.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
