//go:build unix

package importer

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// makeFIFO makes a named pipe at dir/name. A writer stands ready on it, so
// a reader that opens the pipe gets a short text instead of blocking; the
// writer is released when the test ends either way.
func makeFIFO(t *testing.T, dir, name string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	go func() {
		f, err := os.OpenFile(p, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.WriteString("Piped in\n\nA text that arrived through a named pipe.")
		f.Close()
	}()
	t.Cleanup(func() {
		// Opening the read end without blocking releases a writer still waiting.
		if f, err := os.OpenFile(p, os.O_RDONLY|syscall.O_NONBLOCK, 0); err == nil {
			f.Close()
		}
	})
	return p
}

// TestNonRegularFilesAreRefusedBeforeOpening covers issue 12 item 10: a
// FIFO (which blocks an open until someone writes) is refused by name.
func TestNonRegularFilesAreRefusedBeforeOpening(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"pipe.txt", "pipe.rss"} {
		p := makeFIFO(t, dir, name)
		items := Load(context.Background(), nil, p)
		if len(items) != 1 || items[0].Err == nil {
			t.Errorf("Load(%s) = %+v, want one failed item", name, items)
			continue
		}
		if msg := items[0].Err.Error(); !strings.Contains(msg, name) || !strings.Contains(msg, "not a regular file") {
			t.Errorf("Load(%s) error = %q, want the name and \"not a regular file\"", name, msg)
		}
	}
	dev := filepath.Join(dir, "null.txt")
	if err := os.Symlink("/dev/null", dev); err != nil {
		t.Fatal(err)
	}
	if _, err := FromFile(dev); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("FromFile(a link to /dev/null) error = %v, want \"not a regular file\"", err)
	}
}
