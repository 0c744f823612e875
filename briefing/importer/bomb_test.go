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

// Issue 12 item 6 (the font half): a PDF whose font ToUnicode map inflates
// past MaxPDFCMapSize is refused before the reader interprets it (it keeps
// every token of a map on a stack: 5 MB of tokens became ~1.3M values);
// a page that inherits the font from its parent is checked too. A real
// small map still reads.
func TestPDFToUnicodeBombIsRefused(t *testing.T) {
	cmapPDF := func(cmap []byte, inherited bool) []byte {
		var z bytes.Buffer
		zw := zlib.NewWriter(&z)
		zw.Write(cmap)
		zw.Close()
		content := "BT /F1 12 Tf 72 760 Td (Harbour talks stall again) Tj ET\n"
		res := "/Resources << /Font << /F1 5 0 R >> >>"
		pages, page := "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "+res+" >>"
		if inherited {
			pages, page = "<< /Type /Pages /Kids [3 0 R] /Count 1 "+res+" >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"
		}
		return pdfFile([]string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			pages,
			page,
			fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", len(content), content),
			"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
			fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", z.Len(), z.String()),
		}, func(int) string { return "" })
	}
	small := []byte("/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfrange <20> <7E> <0020> endbfrange endcmap end end\n")
	if a, err := FromPDF(cmapPDF(small, false)); err != nil || !strings.Contains(a.Title+a.Text, "Harbour") {
		t.Fatalf("PDF with a small ToUnicode map: %+v, %v", a, err)
	}
	bomb := bytes.Repeat([]byte("<0041> "), MaxPDFCMapSize/7+1000)
	for _, inherited := range []bool{false, true} {
		data := cmapPDF(bomb, inherited)
		if len(data) > 256<<10 {
			t.Fatalf("test PDF is %d bytes; want a small file", len(data))
		}
		_, err := FromPDF(data)
		if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "ToUnicode map of font F1") {
			t.Errorf("inherited %v: err = %v, want ErrTooLarge naming the font's ToUnicode map", inherited, err)
		}
	}
}
