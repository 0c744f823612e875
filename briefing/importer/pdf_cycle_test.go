package importer

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// cyclePDF writes a one-page PDF whose page tree node (object 2) and
// trailer are given; prev, when set, makes the trailer's /Prev point at
// the xref section itself.
func cyclePDF(pages string, prevSelf bool) []byte {
	content := "BT /F1 12 Tf 72 760 Td (Harbour talks stall again) Tj ET\n"
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		pages,
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", len(content), content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
	}
	return pdfFile(objs, func(xref int) string {
		if prevSelf {
			return fmt.Sprintf(" /Prev %d", xref)
		}
		return ""
	})
}

// Issue 12 item 5: a PDF whose xref /Prev points at itself, or whose page
// tree lists itself among its kids, is refused as malformed instead of
// looping for ever. (Before the fix these cases never return: run with
// -timeout to see them fail.)
func TestPDFCyclesAreRefused(t *testing.T) {
	good := cyclePDF("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", false)
	if a, err := FromPDF(good); err != nil || !strings.Contains(a.Text+a.Title, "Harbour talks stall") {
		t.Fatalf("control PDF: %+v, %v", a, err)
	}
	for name, data := range map[string][]byte{
		"xref Prev to itself": cyclePDF("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", true),
		"Kids lists itself":   cyclePDF("<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 3 >>", false),
	} {
		_, err := FromPDF(data)
		if !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: err = %v, want ErrMalformed", name, err)
		}
	}
}
