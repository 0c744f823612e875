//go:build unix

package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// errAlreadyOpen means another Briefdesk window has the archive open.
var errAlreadyOpen = errors.New("archive already open in another Briefdesk window")

// lockArchive takes an advisory lock beside the archive so that a second
// app on the same archive can tell the user plainly instead of two editors
// overwriting each other's briefs. The CLI does not take it: SQLite's own
// locking keeps its writes safe next to the app. The lock goes away with
// the process, even after kill -9.
func lockArchive(dbPath string) (release func(), err error) {
	if err := os.MkdirAll(filepath.Dir(dbPath), 0o755); err != nil {
		return nil, fmt.Errorf("lock %s: %w", dbPath, err)
	}
	f, err := os.OpenFile(dbPath+".lock", os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", dbPath, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, errAlreadyOpen
		}
		return nil, fmt.Errorf("lock %s: %w", dbPath, err)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
