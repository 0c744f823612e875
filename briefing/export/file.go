package export

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/layout"
)

// WriteFile writes b to path in the format its extension names, through a
// temporary file in the same folder: a refused or failed export (a brief
// that does not fit one page, a full disk) never leaves a half-written file
// or replaces an earlier good one.
func WriteFile(path string, b *briefing.Brief, o layout.Options) error {
	f, err := ByExtension(path)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".briefdesk-export-*")
	if err != nil {
		return targetError(path, err)
	}
	defer os.Remove(tmp.Name())
	if err := Write(tmp, f, b, o); err != nil {
		tmp.Close()
		return targetError(path, err)
	}
	if err := tmp.Close(); err != nil {
		return targetError(path, err)
	}
	return targetError(path, os.Rename(tmp.Name(), path))
}

// targetError names the file the user asked for in an error about the
// temporary file written through: "weekly.md: no space left on device".
func targetError(path string, err error) error {
	if err == nil {
		return nil
	}
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &le):
		err = le.Err
	case errors.As(err, &pe):
		err = pe.Err
	}
	return fmt.Errorf("%s: %w", path, err)
}
