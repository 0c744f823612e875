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
	_, err := FromPDF(pdfFile(objs, func(int) string { return "" }))
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("err = %v, want ErrTooLarge", err)
	}
}
