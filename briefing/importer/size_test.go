package importer

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Issue 12 item 28: a file just over the cap does not say "16 MB, the
// limit is 16 MB".
func TestTooLargeSaysBySizeHowMuch(t *testing.T) {
	p := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(p, []byte(strings.Repeat("a", MaxTextSize+1)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := FromFile(p)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	if strings.Contains(err.Error(), "16 MB, the limit is 16 MB") || !strings.Contains(err.Error(), "16.1 MB") {
		t.Errorf("err = %q, want the size above the limit (16.1 MB)", err)
	}
}
