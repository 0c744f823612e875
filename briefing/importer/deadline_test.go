package importer

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// loopingPDF is a one-page PDF the cycle checks pass but the reader loops
// on for ever: the page has no /Resources of its own and is its own
// /Parent, so looking up inherited resources climbs the same node again
// and again.
func loopingPDF() []byte {
	content := "BT /F1 12 Tf 72 760 Td (Harbour talks stall again) Tj ET\n"
	return pdfFile([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d >>", len(content)) + "\nstream\n" + content + "endstream",
	}, func(int) string { return "" })
}

// TestParseDeadlineAbandonsALoopingFile covers issue 12 item 5: a file
// whose parse never ends fails with a clear line once the parse deadline
// passes, and the import goes on; a cancelled import does not wait for it.
func TestParseDeadlineAbandonsALoopingFile(t *testing.T) {
	dir := t.TempDir()
	loop := filepath.Join(dir, "loop.pdf")
	if err := os.WriteFile(loop, loopingPDF(), 0o644); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("Talks resume\n\nDelegations met on Monday."), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := WithParseDeadline(context.Background(), 300*time.Millisecond)
	start := time.Now()
	_, err := FromFileContext(ctx, loop)
	if err == nil || !strings.Contains(err.Error(), "loop.pdf: parse took longer than 300ms") {
		t.Fatalf("looping PDF: %v, want a parse deadline error", err)
	}
	if waited := time.Since(start); waited > 20*time.Second {
		t.Errorf("the deadline of 300ms returned after %v", waited)
	}
	if a, err := FromFileContext(ctx, good); err != nil || a.Title != "Talks resume" {
		t.Errorf("the next file: %+v, %v", a, err)
	}
	cancelled, cancel := context.WithCancel(WithParseDeadline(context.Background(), time.Hour))
	time.AfterFunc(100*time.Millisecond, cancel)
	if _, err := FromFileContext(cancelled, loop); err == nil || !strings.HasSuffix(err.Error(), "loop.pdf: cancelled") {
		t.Errorf("cancelled during a looping parse: %v", err)
	}
}
