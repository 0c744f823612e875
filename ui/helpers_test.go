package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/storage"
)

// walk visits o and everything inside it: container children and the
// objects widget renderers draw.
func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	visit(o)
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			walk(c, visit)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			walk(c, visit)
		}
	}
}

// topDialog is the overlay the user sees on top (a dialog).
func topDialog(t *testing.T, d *Desk) fyne.CanvasObject {
	t.Helper()
	top := d.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is open")
	}
	return top
}

// allEntries returns the entries of the top dialog in layout order.
func allEntries(d *Desk) []*widget.Entry {
	var out []*widget.Entry
	walk(d.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		switch e := o.(type) {
		case *widget.Entry:
			out = append(out, e)
		case *widget.SelectEntry:
			out = append(out, &e.Entry)
		}
	})
	return out
}

// findEntry returns the first entry of the top dialog.
func findEntry(t *testing.T, d *Desk) *widget.Entry {
	t.Helper()
	topDialog(t, d)
	es := allEntries(d)
	if len(es) == 0 {
		t.Fatal("the dialog has no entry")
	}
	return es[0]
}

// tapButton taps the top dialog's button with the given label.
func tapButton(t *testing.T, d *Desk, label string) {
	t.Helper()
	var found *widget.Button
	walk(topDialog(t, d), func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == label && found == nil {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("the dialog has no %q button", label)
	}
	test.Tap(found)
}

// dismissOverlays closes every open dialog (the first-run offer, say).
func dismissOverlays(d *Desk) {
	for d.win.Canvas().Overlays().Top() != nil {
		d.win.Canvas().Overlays().Remove(d.win.Canvas().Overlays().Top())
	}
}

func storageFilterAll() storage.ArticleFilter { return storage.ArticleFilter{} }
