package importer

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// Issue 12 item 6: a small docx whose text unpacks past MaxTextSize is
// refused, not stored as a 17 MB body.
func TestDocxTextPastTheCapIsRefused(t *testing.T) {
	word := strings.Repeat("quay ", 200000) // 1 MB a paragraph
	var body strings.Builder
	for range 17 {
		body.WriteString(para("", word))
	}
	data := makeDocx(t, body.String(), "")
	if len(data) > 1<<20 {
		t.Fatalf("test docx is %d bytes; want a small file", len(data))
	}
	_, err := FromDocx(data)
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("err = %v, want ErrTooLarge", err)
	}
}

// Issue 12 item 6: a PDF whose content stream inflates past the cap is
// refused before the reader holds it all in memory.
func TestPDFContentBombIsRefused(t *testing.T) {
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	chunk := []byte(strings.Repeat(" ", 1<<20))
	for range MaxPDFContentSize>>20 + 1 {
		zw.Write(chunk)
	}
	zw.Close()
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", z.Len(), z.String()),
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	_, err := FromPDF(b.Bytes())
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("err = %v, want ErrTooLarge", err)
	}
}
