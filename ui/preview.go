package ui

import (
	"context"
	"image"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/layout"
	"github.com/briefdesk/briefdesk/briefing/layout/preview"
)

// previewDelay keeps the page preview from redrawing on every keystroke.
const previewDelay = 250 * time.Millisecond

// previewScale is pixels per point of the preview image: 1.5 keeps 8 pt
// source lines legible on an ordinary screen.
const previewScale = 1.5

// pagePreview shows the brief as it will print: the same layout the PDF
// draws, rendered to an image.
type pagePreview struct {
	d      *Desk
	img    *canvas.Image
	scroll *container.Scroll
	zoom   *widget.RadioGroup
	pageW  float32 // the page's size in points, for 100%
	pageH  float32
	note   *widget.Label
	mu     sync.Mutex
	timer  *time.Timer
	seq    int
}

func newPagePreview(d *Desk) *pagePreview {
	p := &pagePreview{d: d}
	p.img = canvas.NewImageFromImage(image.NewRGBA(image.Rect(0, 0, 1, 1)))
	p.img.FillMode = canvas.ImageFillContain
	p.img.ScaleMode = canvas.ImageScaleSmooth
	p.img.SetMinSize(fyne.NewSize(1, 1))
	p.note = widget.NewLabel("")
	p.note.Wrapping = fyne.TextWrapWord
	p.zoom = widget.NewRadioGroup([]string{zoomFit, zoomActual}, func(string) { p.applyZoom() })
	p.zoom.Horizontal = true
	p.zoom.Selected = zoomFit
	return p
}

// The preview's zoom choices: the whole page in the pane, or one point a pixel.
const (
	zoomFit    = "Whole page"
	zoomActual = "100%"
)

// applyZoom sizes the image for the chosen zoom.
func (p *pagePreview) applyZoom() {
	if p.zoom.Selected == zoomActual && p.pageW > 0 {
		p.img.SetMinSize(fyne.NewSize(p.pageW, p.pageH))
	} else {
		p.img.SetMinSize(fyne.NewSize(1, 1)) // the pane decides; the page keeps its shape
	}
	if p.scroll != nil {
		p.scroll.Refresh() // the image's new minimum size needs a new layout
	}
}

func (p *pagePreview) content() fyne.CanvasObject {
	p.scroll = container.NewScroll(p.img)
	return container.NewBorder(p.zoom, p.note, nil, nil, p.scroll)
}

// schedule redraws the preview of b a moment after the last change.
func (p *pagePreview) schedule(b briefing.Brief, paper string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.timer != nil {
		p.timer.Stop()
	}
	p.timer = time.AfterFunc(previewDelay, func() { p.d.do(func() { p.render(b, paper) }) })
}

// render lays the page out and draws it off the UI goroutine.
func (p *pagePreview) render(b briefing.Brief, paper string) {
	p.seq++
	seq := p.seq
	p.d.background("Preview", func(context.Context) (func(), error) {
		page, err := layout.Layout(&b, layout.Options{Paper: paper})
		if page == nil {
			return nil, err
		}
		img := preview.Render(page, previewScale)
		note := ""
		if err != nil {
			note = err.Error()
		}
		return func() {
			if seq != p.seq {
				return
			}
			p.img.Image = img
			p.pageW, p.pageH = float32(page.Width), float32(img.Bounds().Dy())/previewScale
			p.img.Refresh()
			p.applyZoom()
			p.note.SetText(note)
		}, nil
	})
}
