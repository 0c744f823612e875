package pdf_test

import (
	"bytes"
	"html"
	"image"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/layout"
	"github.com/briefdesk/briefdesk/briefing/layout/preview"
	"github.com/briefdesk/briefdesk/briefing/layout/testbrief"
	"github.com/briefdesk/briefdesk/briefing/pdf"
)

func fitAtA4(b *briefing.Brief) (int, bool) {
	r := layout.Fit(b, layout.Options{})
	return r.Step, r.Fits()
}

func TestFullPagesStayOnePage(t *testing.T) {
	needPoppler(t)
	full, tighter := testbrief.Fill(fitAtA4)
	r := layout.Fit(full, layout.Options{})
	if r.FillPercent < 97 || r.FillPercent > 100 || r.BodySize != 11 {
		t.Fatalf("fill brief: %.1f%% at %g pt, want ~99%% at 11 pt", r.FillPercent, r.BodySize)
	}
	rt := layout.Fit(tighter, layout.Options{})
	if rt.Step == 0 || !rt.Fits() {
		t.Fatalf("next brief: step %d fits %v, want auto-fit to a tighter step", rt.Step, rt.Fits())
	}
	t.Logf("99%% brief: %.1f%%; auto-fit brief: step %d, %g pt, %.1f%%", r.FillPercent, rt.Step, rt.BodySize, rt.FillPercent)
	for name, b := range map[string]*briefing.Brief{"a brief at 99% fill": full, "an overflowing brief after auto-fit": tighter,
		"a brief at the tightest step": lastFitting(layout.A4)} {
		t.Run(name, func(t *testing.T) {
			path := writePDF(t, b, layout.Options{Deterministic: true})
			if n := pageCount(t, path); n != 1 {
				t.Fatalf("pages = %d, want 1", n)
			}
			text := pdfText(t, path)
			if !strings.Contains(text, "Watch for:") || !strings.Contains(text, "[4]") {
				t.Error("the end of the outlook or the last source is missing: truncated?")
			}
		})
	}
}

// lastFitting is the longest brief that fits the paper at all.
func lastFitting(paper string) *briefing.Brief {
	n := 0
	for ; n < 600; n += 4 {
		if !layout.Fit(testbrief.WithOutlookWords(n+4), layout.Options{Paper: paper}).Fits() {
			break
		}
	}
	return testbrief.WithOutlookWords(n)
}

func TestDeterministicOutputIsByteStable(t *testing.T) {
	var a, b bytes.Buffer
	o := layout.Options{Deterministic: true}
	if err := pdf.Write(&a, testbrief.Full(), o); err != nil {
		t.Fatal(err)
	}
	if err := pdf.Write(&b, testbrief.Full(), o); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two deterministic writes differ")
	}
}

func TestMetadata(t *testing.T) {
	needPoppler(t)
	out, err := exec.Command("pdfinfo", writePDF(t, testbrief.Full(), layout.Options{Deterministic: true})).Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Title:           Valmora talks stall", "Author:          Lena Hartmann",
		"Subject:         Policy brief · TLP:AMBER", "Keywords:        policy brief, TLP:AMBER, Northbridge Wire",
		"CreationDate:    Thu Jan  1 00:00:00 2026", "Page size:       595.28 x 841.89 pts (A4)"} {
		if !strings.Contains(string(out), w) {
			t.Errorf("pdfinfo lacks %q:\n%s", w, out)
		}
	}
}

func TestLinksPointToSources(t *testing.T) {
	var buf bytes.Buffer
	b := testbrief.Full()
	if err := pdf.Write(&buf, b, layout.Options{Deterministic: true}); err != nil {
		t.Fatal(err)
	}
	raw := buf.String()
	for _, s := range b.Sources {
		if !strings.Contains(raw, "/URI ("+s.URL+")") {
			t.Errorf("no link annotation to %s", s.URL)
		}
	}
	// internal links: one /Dest per marker run on the page
	p, _ := layout.Layout(b, layout.Options{})
	markers := 0
	for _, l := range p.Lines {
		for _, r := range l.Runs {
			if r.Cite > 0 {
				markers++
			}
		}
	}
	if got := strings.Count(raw, "/Dest ["); got != markers {
		t.Errorf("%d internal links, want one per marker (%d)", got, markers)
	}
}

var wordRE = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>`)

type pdfWord struct {
	x0, y0, x1, y1 float64
	text           string
}

func pdfWords(t *testing.T, path string) []pdfWord {
	var out []pdfWord
	for _, m := range wordRE.FindAllStringSubmatch(pdfText(t, path, "-bbox"), -1) {
		f := func(i int) float64 { v, _ := strconv.ParseFloat(m[i], 64); return v }
		out = append(out, pdfWord{f(1), f(2), f(3), f(4), html.UnescapeString(m[5])})
	}
	return out
}

// TestPreviewAndPDFBreakAtTheSameWord reads every word's box back from the
// PDF, groups them by the layout's lines, and checks that each printed line
// holds exactly the layout's text and ends where the preview's ink ends.
func TestPreviewAndPDFBreakAtTheSameWord(t *testing.T) {
	needPoppler(t)
	for _, paper := range []string{layout.A4, layout.Letter} {
		for name, b := range map[string]*briefing.Brief{"full": testbrief.Full(), "tight": lastFitting(paper)} {
			t.Run(paper+" "+name, func(t *testing.T) {
				o := layout.Options{Paper: paper, Deterministic: true}
				p, err := layout.Layout(b, o)
				if err != nil {
					t.Fatal(err)
				}
				words := pdfWords(t, writePDF(t, b, o))
				const scale = 2
				img := preview.Render(p, scale)
				for _, l := range p.Lines {
					size := l.Runs[len(l.Runs)-1].Size
					var got []string
					right := 0.0
					for _, w := range words {
						mid := (w.y0 + w.y1) / 2
						if mid > l.Y-size*0.8 && mid < l.Y+size*0.1 {
							got = append(got, w.text)
							right = max(right, w.x1)
						}
					}
					want := strings.ReplaceAll(l.Text(), " ", "")
					if g := strings.Join(got, ""); g != want {
						t.Errorf("PDF line at y %.1f = %q, layout %q", l.Y, g, want)
						continue
					}
					ink := inkRight(img, l, scale)
					if d := right*scale - float64(ink); d < -2 || d > 0.25*size*scale {
						t.Errorf("line %q: PDF ends at %.1f pt, preview ink at %.1f pt", l.Text(), right, float64(ink)/scale)
					}
				}
			})
		}
	}
}

// inkRight returns the rightmost column with ink in the band of line l (from
// its baseline up to half its size), or -1 when there is none. Tests use it
// to check that the preview ended the line where the layout did.
func inkRight(img *image.RGBA, l layout.Line, scale float64) int {
	if len(l.Runs) == 0 {
		return -1
	}
	size := l.Runs[len(l.Runs)-1].Size
	y0, y1 := int((l.Y-size*0.5)*scale), int(l.Y*scale)
	b := img.Bounds()
	for x := b.Max.X - 1; x >= b.Min.X; x-- {
		for y := max(y0, b.Min.Y); y < min(y1, b.Max.Y); y++ {
			c := img.RGBAAt(x, y)
			if int(c.R)+int(c.G)+int(c.B) < 3*0xc0 {
				return x
			}
		}
	}
	return -1
}
