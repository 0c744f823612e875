package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// toolbar holds the everyday actions.
func (d *Desk) toolbar() fyne.CanvasObject {
	return widget.NewToolbar(
		widget.NewToolbarAction(theme.FileIcon(), d.showFileDialog),
		widget.NewToolbarAction(theme.FolderOpenIcon(), d.showFolderDialog),
		widget.NewToolbarAction(theme.ComputerIcon(), d.showURLDialog),
		widget.NewToolbarAction(theme.ContentPasteIcon(), d.showPasteDialog),
		widget.NewToolbarSeparator(),
		widget.NewToolbarAction(theme.DocumentCreateIcon(), func() { d.editor.newBrief(d.archive.checkedIDs()) }),
		widget.NewToolbarAction(theme.MediaFastForwardIcon(), d.editor.onSuggest),
		widget.NewToolbarAction(theme.DocumentSaveIcon(), d.editor.onExportPDF),
		widget.NewToolbarAction(theme.HistoryIcon(), d.editor.showRevisions),
		widget.NewToolbarSpacer(),
		widget.NewToolbarAction(theme.SettingsIcon(), d.showPreferences),
		widget.NewToolbarAction(theme.InfoIcon(), d.showAbout),
	)
}

// MainMenu is the window's menu bar.
func (d *Desk) MainMenu() *fyne.MainMenu {
	file := fyne.NewMenu("File",
		fyne.NewMenuItem("Import files…", d.showFileDialog),
		fyne.NewMenuItem("Import folder…", d.showFolderDialog),
		fyne.NewMenuItem("Import from the web…", d.showURLDialog),
		fyne.NewMenuItem("Paste article…", d.showPasteDialog),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Load sample article", d.importSample),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Preferences…", d.showPreferences),
	)
	brief := fyne.NewMenu("Brief",
		fyne.NewMenuItem("New brief", func() { d.editor.newBrief(d.archive.checkedIDs()) }),
		fyne.NewMenuItem("Suggest", d.editor.onSuggest),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Save revision", func() { d.editor.saveRevision("saved") }),
		fyne.NewMenuItem("Revisions…", d.editor.showRevisions),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Export PDF…", func() { d.editor.showExportDialog(".pdf") }),
		fyne.NewMenuItem("Export Markdown…", func() { d.editor.showExportDialog(".md") }),
		fyne.NewMenuItem("Export HTML…", func() { d.editor.showExportDialog(".html") }),
		fyne.NewMenuItem("Export plain text…", func() { d.editor.showExportDialog(".txt") }),
	)
	help := fyne.NewMenu("Help",
		fyne.NewMenuItem("Keyboard shortcuts", d.showShortcuts),
		fyne.NewMenuItem("About Briefdesk", d.showAbout))
	return fyne.NewMainMenu(file, brief, help)
}

// InstallShortcuts binds the keyboard shortcuts on the window's canvas.
func (d *Desk) InstallShortcuts() {
	c := d.win.Canvas()
	bind := func(key fyne.KeyName, fn func()) {
		c.AddShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault},
			func(fyne.Shortcut) { fn() })
	}
	bind(fyne.KeyF, d.archive.focusSearch)
	bind(fyne.KeyI, d.showFileDialog)
	bind(fyne.KeyN, func() { d.editor.newBrief(d.archive.checkedIDs()) })
	bind(fyne.KeyE, d.editor.onExportPDF)
	bind(fyne.KeyS, func() { d.editor.saveRevision("saved") })
	bind(fyne.KeyG, d.editor.onSuggest)
}

func (d *Desk) showAbout() {
	dialog.ShowInformation("About Briefdesk",
		"Briefdesk "+d.version+"\nOne-page policy briefs from news reports, offline.\n\nArchive: "+d.store.Path(), d.win)
}

// shortcutHelp lists the bindings InstallShortcuts makes (Ctrl is Cmd on macOS).
const shortcutHelp = `Ctrl+F	search the archive
Ctrl+I	import files
Ctrl+N	new brief (from the ticked articles)
Ctrl+G	suggest: fill empty sections
Ctrl+S	save a revision of the brief
Ctrl+E	export PDF
Ctrl+Z	undo in the text you are editing`

func (d *Desk) showShortcuts() {
	dialog.ShowInformation("Keyboard shortcuts", shortcutHelp, d.win)
}
