package preview_test

import (
	"image"
	"image/png"
	"os"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/layout"
	"github.com/briefdesk/briefdesk/briefing/layout/preview"
	"github.com/briefdesk/briefdesk/briefing/layout/testbrief"
)

func TestRenderDrawsEveryLine(t *testing.T) {
	p, err := layout.Layout(testbrief.Full(), layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const scale = 2
	img := preview.Render(p, scale)
	if got, want := img.Bounds().Dx(), int(p.Width*scale+0.999); got != want {
		t.Errorf("width = %d px, want %d", got, want)
	}
	for _, l := range p.Lines {
		right := lastRunEnd(l)
		ink := inkRight(img, l, scale)
		if ink < 0 {
			t.Errorf("line %q: no ink drawn", l.Text())
			continue
		}
		if d := right*scale - float64(ink); d < -2 || d > 0.25*l.Runs[len(l.Runs)-1].Size*scale {
			t.Errorf("line %q: ink ends at %d px, layout at %.1f px", l.Text(), ink, right*scale)
		}
	}
	if path := os.Getenv("PREVIEW_PNG"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := png.Encode(f, img); err != nil {
			t.Fatal(err)
		}
	}
}

func lastRunEnd(l layout.Line) float64 {
	r := l.Runs[len(l.Runs)-1]
	return r.X + r.Width
}

func TestRenderShowsOverflow(t *testing.T) {
	b := testbrief.WithOutlookWords(400)
	p, err := layout.Layout(b, layout.Options{})
	if err == nil {
		t.Fatal("want an overflow")
	}
	img := preview.Render(p, 1)
	if img.Bounds().Dy() <= int(p.Height) {
		t.Errorf("height = %d px, want taller than the page (%v pt) to show the overflow", img.Bounds().Dy(), p.Height)
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

func BenchmarkRender(b *testing.B) {
	p, err := layout.Layout(testbrief.Full(), layout.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		preview.Render(p, 1.5)
	}
}
