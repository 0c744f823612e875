package ui

import (
	"context"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
)

// conflictDialog is shown when a save was refused because a colleague saved
// the brief after this editor loaded it. Nothing was written; the analyst
// chooses between their version and a copy of their own text. It has no
// Cancel: until a choice is made the brief is held (no autosave), and
// closing the window keeps the text as a copy (keepUnresolved).
type conflictDialog struct {
	e      *briefEditor
	mine   briefing.Brief // the text that was refused, as the editor held it
	theirs briefing.Brief // the brief as stored when the save was refused
	reload *widget.Button
	copy   *widget.Button
	dlg    *dialog.CustomDialog
}

// conflictArmDelay is how long the dialog's buttons stay disabled after it
// opens: it pops up while the analyst types (the first autosave), and a Tab
// then a space would otherwise press "Reload theirs" unread.
const conflictArmDelay = 1500 * time.Millisecond

// copyTitle is the title of the copy that keeps the analyst's text.
func copyTitle(title string) string {
	t := oneLine(title)
	if t == "" {
		t = "Untitled brief"
	}
	return t + " (copy)"
}

// onConflict shows that a write of mine was refused because theirs was
// saved meanwhile.
func (e *briefEditor) onConflict(mine, theirs briefing.Brief) {
	if e.brief.ID == mine.ID {
		// The form may hold newer text than the refused write.
		e.collect()
		cur := e.brief
		cur.Sources = mine.Sources
		mine = cur
		e.saved.Importance = widget.WarningImportance // show sets it back
		e.saved.SetText("Not saved: someone else saved this brief")
	}
	c := &conflictDialog{e: e, mine: mine, theirs: theirs}
	c.reload = widget.NewButtonWithIcon("Reload theirs", theme.ViewRefreshIcon(), c.onReload)
	c.copy = widget.NewButtonWithIcon("Save mine as a copy", theme.ContentCopyIcon(), c.onSaveCopy)
	c.copy.Importance = widget.HighImportance
	msg := widget.NewLabel(c.message(time.Now()))
	msg.Wrapping = fyne.TextWrapWord
	c.dlg = dialog.NewCustomWithoutButtons("Someone else saved this brief", msg, e.d.win)
	c.dlg.SetButtons([]fyne.CanvasObject{c.reload, c.copy})
	c.dlg.Resize(fyne.NewSize(560, 0))
	c.dlg.Show()
	e.openConflict = c
	c.reload.Disable()
	c.copy.Disable()
	e.saver.after(conflictArmDelay, func() { e.d.do(c.arm) })
}

// arm enables the buttons once the analyst has had a moment to read.
func (c *conflictDialog) arm() {
	if c.e.openConflict != c {
		return
	}
	c.reload.Enable()
	c.copy.Enable()
}

// message says what happened, when, and what each choice does.
func (c *conflictDialog) message(now time.Time) string {
	when := "while you were editing"
	if at := c.theirs.UpdatedAt.Local(); !at.IsZero() {
		day := "on " + at.Format("Mon 2 Jan 2006")
		if y, m, d := now.Date(); at.Year() == y && at.Month() == m && at.Day() == d {
			day = "today"
		}
		when = fmt.Sprintf("%s at %s, after you opened it", day, at.Format("15:04:05"))
	}
	return fmt.Sprintf("“%s” was saved by someone else %s. "+
		"Your changes were not saved, and theirs were not overwritten.\n\n"+
		"Reload theirs: open their version; your text is copied to the clipboard.\n"+
		"Save mine as a copy: keep your text as a new brief, “%s”; theirs stays as it is.",
		oneLine(c.theirs.Title), when, copyTitle(c.mine.Title))
}

// close hides the dialog once a choice is made, and takes into mine what
// the form holds now.
func (c *conflictDialog) close() {
	if e := c.e; e.brief.ID == c.mine.ID {
		e.collect()
		cur := e.brief
		cur.Sources = c.mine.Sources
		c.mine = cur
	}
	c.reload.Disable()
	c.copy.Disable()
	c.dlg.Hide()
	if c.e.openConflict == c {
		c.e.openConflict = nil
	}
}

// onReload opens the stored brief in place of the analyst's text, which
// goes to the clipboard so a paragraph can still be pasted back.
func (c *conflictDialog) onReload() {
	e, id := c.e, c.mine.ID
	c.close()
	e.d.app.Clipboard().SetContent(briefPlain(c.mine))
	e.saver.stop()
	e.reloadListThen(id, func() {
		e.saver.resolve(id)
		e.d.setStatus("Reloaded their version; your text is on the clipboard.")
	})
}

// onSaveCopy keeps the analyst's text as a new brief and opens it; the
// colleague's brief is left as they saved it.
func (c *conflictDialog) onSaveCopy() {
	c.close()
	c.e.saveCopy(c.mine, func(b briefing.Brief) {
		c.e.d.setStatus(fmt.Sprintf("Your text is saved as “%s”; “%s” stays as the other analyst saved it.",
			oneLine(b.Title), oneLine(c.theirs.Title)))
	}, func() { c.e.onConflict(c.mine, c.theirs) }) // the choice is still to make
}

// saveCopy stores mine as a new brief titled copyTitle, then opens it and
// runs then (if not nil); brief mine.ID takes writes again. failed, if not
// nil, runs on the UI goroutine when the copy could not be stored.
func (e *briefEditor) saveCopy(mine briefing.Brief, then func(briefing.Brief), failed func()) {
	b := mine
	b.ID, b.CreatedAt, b.UpdatedAt = 0, time.Time{}, time.Time{}
	b.Title = copyTitle(mine.Title)
	e.saver.stop()
	st := e.st
	e.d.background("Save a copy", func(ctx context.Context) (func(), error) {
		id, err := st.CreateBrief(context.WithoutCancel(ctx), b)
		if err != nil {
			if failed != nil {
				e.d.do(failed)
			}
			return nil, err
		}
		b.ID = id
		return func() {
			e.saver.resolve(mine.ID)
			e.reloadListThen(id, func() {
				if then != nil {
					then(b)
				}
			})
		}, nil
	})
}

// keepUnresolved saves the text of a conflict nobody answered as a copy,
// so quitting with the dialog up loses nothing (Shutdown).
func (e *briefEditor) keepUnresolved() {
	c := e.openConflict
	if c == nil {
		return
	}
	c.close()
	e.saveCopy(c.mine, nil, nil)
}
