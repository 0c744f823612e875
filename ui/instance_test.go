//go:build unix

package ui

import (
	"errors"
	"path/filepath"
	"testing"
)

func TestSecondWindowOnTheSameArchiveIsRefused(t *testing.T) {
	db := filepath.Join(t.TempDir(), "not-yet", "archive.db") // first run: no folder yet
	release, err := lockArchive(db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lockArchive(db); !errors.Is(err, errAlreadyOpen) {
		t.Fatalf("second lock: err = %v, want errAlreadyOpen", err)
	}
	release()
	again, err := lockArchive(db)
	if err != nil {
		t.Fatalf("lock after release: %v", err)
	}
	again()
}
