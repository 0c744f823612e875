// Package ui is Briefdesk's desktop app, built with Fyne: the archive, the
// reader and the brief editor side by side. It is the only package that
// imports Fyne. Every file holds one screen, pane or dialog; all I/O runs off
// the UI goroutine and results come back through fyne.Do.
package ui

import (
	"errors"
	"os"
	"os/signal"
	"syscall"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/assets"
	"github.com/briefdesk/briefdesk/storage"
)

// AppID is the application's reverse-DNS identifier; FyneApp.toml carries the same.
const AppID = "dev.briefdesk.app"

// Config is what the app needs from the command line.
type Config struct {
	DBPath string
	// DBPathChosen is true when --db or BRIEFDESK_DB named the archive;
	// otherwise the archive location from the preferences wins over DBPath.
	DBPathChosen bool
	Version      string
}

// Icon is the application icon as a Fyne resource.
var Icon = fyne.NewStaticResource("Icon.png", assets.Icon)

// Run opens the archive and shows the main window until the user quits.
func Run(cfg Config) error {
	app.SetMetadata(fyne.AppMetadata{ID: AppID, Name: "Briefdesk", Version: cfg.Version, Icon: Icon, Release: true})
	a := app.NewWithID(AppID)
	a.SetIcon(Icon)
	if p := a.Preferences().String(prefArchive); p != "" && !cfg.DBPathChosen {
		cfg.DBPath = p
	}

	// A team archive on PostgreSQL is meant to be open in many windows at
	// once; the single-instance lock guards a SQLite file only.
	if !storage.IsPostgres(cfg.DBPath) {
		release, err := lockArchive(cfg.DBPath)
		if errors.Is(err, errAlreadyOpen) {
			showAlreadyOpen(a, cfg.DBPath)
			return err
		}
		if err != nil {
			return err
		}
		defer release()
	}

	st, err := storage.Open(cfg.DBPath)
	if err != nil {
		return err // it names the archive, never its password
	}
	defer st.Close()

	w := a.NewWindow("Briefdesk")
	d := NewDesk(a, w, st, cfg.Version)
	w.SetContent(d.Content())
	w.SetMainMenu(d.MainMenu())
	d.InstallShortcuts()
	w.Resize(fyne.NewSize(1280, 800))
	w.SetMaster()
	w.SetOnDropped(d.onDropped)
	quitOnSignal(a)
	d.Start()
	w.ShowAndRun()
	d.Shutdown()
	return nil
}

// quitOnSignal ends the app the normal way on SIGINT or SIGTERM (logout,
// shutdown, Ctrl+C in a terminal), so pending edits are saved first.
func quitOnSignal(a fyne.App) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ch
		fyne.Do(a.Quit)
	}()
}

// showAlreadyOpen tells the user, in a window of its own, that the archive
// is open elsewhere, and quits when they close it.
func showAlreadyOpen(a fyne.App, dbPath string) {
	w := a.NewWindow("Briefdesk")
	msg := widget.NewLabel("Briefdesk is already open on this archive:\n" + dbPath +
		"\n\nSwitch to that window, or start this one with another archive (--db PATH).")
	msg.Wrapping = fyne.TextWrapWord
	w.SetContent(container.NewBorder(nil, container.NewCenter(widget.NewButton("Quit", a.Quit)), nil, nil, msg))
	w.Resize(fyne.NewSize(480, 200))
	w.ShowAndRun()
}
