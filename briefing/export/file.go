package export

import (
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
		return err
	}
	defer os.Remove(tmp.Name())
	if err := Write(tmp, f, b, o); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
