package export

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"

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
	// A file the user made read-only is not replaced behind their back; a
	// writable one keeps its mode, a new one gets 0666 less the umask.
	var keepMode fs.FileMode
	if st, err := os.Stat(path); err == nil {
		if !st.Mode().IsRegular() {
			return fmt.Errorf("%s: not a regular file", path)
		}
		if st.Mode().Perm()&0o222 == 0 {
			return fmt.Errorf("%s: the file is read-only", path)
		}
		keepMode = st.Mode().Perm()
	}
	tmp, err := createTemp(filepath.Dir(path))
	if err != nil {
		return targetError(path, err)
	}
	defer os.Remove(tmp.Name())
	if keepMode != 0 {
		if err := tmp.Chmod(keepMode); err != nil {
			tmp.Close()
			return targetError(path, err)
		}
	}
	if err := Write(tmp, f, b, o); err != nil {
		tmp.Close()
		return targetError(path, err)
	}
	if err := tmp.Close(); err != nil {
		return targetError(path, err)
	}
	return targetError(path, os.Rename(tmp.Name(), path))
}

// createTemp creates a new file in dir with mode 0666 less the umask, the
// mode any new file gets (os.CreateTemp makes it 0600).
func createTemp(dir string) (*os.File, error) {
	for range 100 {
		name := filepath.Join(dir, ".briefdesk-export-"+strconv.FormatUint(rand.Uint64(), 36))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, errors.New("cannot create a temporary file")
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
