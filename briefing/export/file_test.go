package export

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/layout"
	"github.com/briefdesk/briefdesk/briefing/layout/testbrief"
)

func TestWriteFileKeepsTheOldFileWhenTheBriefDoesNotFit(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "brief.md")
	b := testbrief.Full()
	if err := WriteFile(path, b, layout.Options{}); err != nil {
		t.Fatal(err)
	}
	good, _ := os.ReadFile(path)
	if !strings.Contains(string(good), b.Title) {
		t.Fatalf("Markdown lacks the title:\n%s", good)
	}

	pdfPath := filepath.Join(dir, "brief.pdf")
	if err := os.WriteFile(pdfPath, []byte("an earlier export"), 0o644); err != nil {
		t.Fatal(err)
	}
	long := testbrief.Full()
	long.Summary = strings.Repeat("Every party restated its position at length. ", 300)
	var over *layout.OverflowError
	if err := WriteFile(pdfPath, long, layout.Options{}); !errors.As(err, &over) {
		t.Fatalf("overflowing brief: err = %v, want *layout.OverflowError", err)
	}
	if kept, _ := os.ReadFile(pdfPath); string(kept) != "an earlier export" {
		t.Errorf("a refused export replaced the earlier file")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".briefdesk-export-*")); len(left) != 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
	if err := WriteFile(filepath.Join(dir, "brief.docx"), b, layout.Options{}); !errors.Is(err, ErrUnknownFormat) {
		t.Errorf(".docx: err = %v, want ErrUnknownFormat", err)
	}
}
