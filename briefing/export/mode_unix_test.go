//go:build unix

package export

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/layout"
)

// Issue 12 item 29: an exported file gets the mode any new file gets
// (0666 less the umask), and a read-only file is not replaced.
func TestExportedFileModeAndReadOnlyTarget(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	dir := t.TempDir()
	b := &briefing.Brief{Title: "Harbour week"}

	fresh := filepath.Join(dir, "fresh.md")
	if err := WriteFile(fresh, b, layout.Options{}); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(fresh); err != nil || st.Mode().Perm() != 0o644 {
		t.Errorf("new export mode = %v (%v), want 0644", st.Mode().Perm(), err)
	}

	locked := filepath.Join(dir, "locked.md")
	if err := os.WriteFile(locked, []byte("keep me\n"), 0o444); err != nil {
		t.Fatal(err)
	}
	err := WriteFile(locked, b, layout.Options{})
	if err == nil || !strings.Contains(err.Error(), locked) || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("export onto a read-only file: err = %v, want a refusal naming it", err)
	}
	if data, _ := os.ReadFile(locked); string(data) != "keep me\n" {
		t.Errorf("read-only file now holds %q", data)
	}
	if st, _ := os.Stat(locked); st.Mode().Perm() != 0o444 {
		t.Errorf("read-only file mode now %v", st.Mode().Perm())
	}
}
