// Package preview renders a layout.Page to an image for the in-app live
// preview. It draws the same runs at the same positions as the PDF renderer,
// with the same embedded fonts, so what the analyst sees is what prints.
package preview

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"sync"

	"github.com/briefdesk/briefdesk/briefing/layout"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

var fonts = sync.OnceValues(func() ([4]*sfnt.Font, error) {
	var out [4]*sfnt.Font
	for s := layout.Regular; s <= layout.BoldItalic; s++ {
		f, err := opentype.Parse(layout.FontData(s))
		if err != nil {
			return out, err
		}
		out[s] = f
	}
	return out, nil
})

// Overflow colours: the part of an overflowing page below the bottom margin
// is tinted, with a red rule where the page ends.
var (
	overflowTint = color.RGBA{0xfd, 0xec, 0xec, 0xff}
	overflowRule = color.RGBA{0xc6, 0x28, 0x28, 0xff}
)

type faceKey struct {
	style layout.Style
	size  float64
}

// Render draws p at scale pixels per point (1 is 72 dpi; 2 suits a HiDPI
// screen). A page that overflows is drawn taller, the overflow tinted.
func Render(p *layout.Page, scale float64) *image.RGBA {
	h := p.Height
	over := p.Bottom > p.Height-p.Margin+0.01
	if over {
		h = math.Max(p.Height, p.Bottom+p.Margin)
	}
	img := image.NewRGBA(image.Rect(0, 0, px(p.Width, scale), px(h, scale)))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	if over {
		limit := px(p.Height-p.Margin, scale)
		draw.Draw(img, image.Rect(0, limit, img.Bounds().Dx(), img.Bounds().Dy()), image.NewUniform(overflowTint), image.Point{}, draw.Src)
		fillRect(img, 0, float64(limit), float64(img.Bounds().Dx()), math.Max(2, scale), overflowRule)
	}
	for _, s := range p.Strokes {
		w := math.Max(s.Width*scale, 1)
		fillRect(img, s.X1*scale, s.Y1*scale-w/2, (s.X2-s.X1)*scale+0.5, math.Max((s.Y2-s.Y1)*scale, w), rgba(s.Color))
	}
	fs, err := fonts()
	if err != nil {
		return img
	}
	cache := map[faceKey]font.Face{}
	for _, l := range p.Lines {
		for _, r := range l.Runs {
			k := faceKey{r.Style, r.Size * scale}
			fc, ok := cache[k]
			if !ok {
				fc, err = opentype.NewFace(fs[r.Style], &opentype.FaceOptions{Size: k.size, DPI: 72, Hinting: font.HintingNone})
				if err != nil {
					continue
				}
				cache[k] = fc
			}
			d := font.Drawer{Dst: img, Src: image.NewUniform(rgba(r.Color)), Face: fc,
				Dot: fixed.Point26_6{X: fixed.Int26_6(math.Round(r.X * scale * 64)), Y: fixed.Int26_6(math.Round(r.Y * scale * 64))}}
			for _, c := range r.Text {
				d.DrawString(string(c)) // rune by rune: no kerning, as layout measured
			}
		}
	}
	for _, fc := range cache {
		fc.Close()
	}
	return img
}

func px(pt, scale float64) int { return int(math.Ceil(pt * scale)) }

func rgba(c layout.Color) color.RGBA { return color.RGBA{c.R, c.G, c.B, 0xff} }

func fillRect(img *image.RGBA, x, y, w, h float64, c color.RGBA) {
	r := image.Rect(int(math.Round(x)), int(math.Round(y)), int(math.Round(x+w)), int(math.Round(y+h)))
	if r.Dy() == 0 {
		r.Max.Y = r.Min.Y + 1
	}
	draw.Draw(img, r, image.NewUniform(c), image.Point{}, draw.Over)
}
