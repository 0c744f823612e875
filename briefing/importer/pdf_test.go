package importer

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// makePDF writes a one-page PDF with Helvetica text at the given heights
// (points from the bottom) and an information dictionary.
func makePDF(t testing.TB, info string, lines map[int]string) []byte {
	t.Helper()
	var content strings.Builder
	for y := 800; y > 0; y-- {
		if s, ok := lines[y]; ok {
			fmt.Fprintf(&content, "BT /F1 12 Tf 72 %d Td (%s) Tj ET\n", y, s)
		}
	}
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", content.Len(), content.String()),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		"<< " + info + " >>",
	}
	return pdfFile(objs, func(int) string { return " /Info 6 0 R" })
}

// pdfFile lays objs out as objects 1..n of a PDF file with its xref table;
// trailer adds entries to the trailer, given the xref table's offset.
func pdfFile(objs []string, trailer func(xref int) string) []byte {
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
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, trailer(xref), xref)
	return b.Bytes()
}

func TestFromPDF(t *testing.T) {
	body := map[int]string{
		760: "ANKARA - Negotiators left the Turkish capital on Friday",
		746: "without an agreement on the grain corridor.",
		716: "President Erdogan said the sides would meet again.",
	}
	tests := []struct {
		name       string
		info       string
		lines      map[int]string
		wantTitle  string
		wantAuthor string
		wantDate   string
		wantText   string
	}{
		{
			name:       "the information dictionary gives title, author and date; a wide gap starts a paragraph",
			info:       "/Title (Grain talks stall) /Author (Sofia Ramirez) /CreationDate (D:20260314093000+03'00')",
			lines:      body,
			wantTitle:  "Grain talks stall",
			wantAuthor: "Sofia Ramirez",
			wantDate:   "2026-03-14",
			wantText: "ANKARA - Negotiators left the Turkish capital on Friday\nwithout an agreement on the grain corridor.\n\n" +
				"President Erdogan said the sides would meet again.",
		},
		{
			name:      "without a title in the metadata the first short line standing alone is the title",
			info:      "/Producer (test)",
			lines:     map[int]string{790: "Grain talks stall", 760: body[760], 746: body[746]},
			wantTitle: "Grain talks stall",
			wantText:  body[760] + "\n" + body[746],
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromPDF(makePDF(t, tt.info, tt.lines))
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, a, tt.wantTitle, tt.wantAuthor, "", tt.wantDate, tt.wantText)
		})
	}
}

func TestFromPDFRejectsBadFiles(t *testing.T) {
	good := makePDF(t, "/Title (x)", map[int]string{700: "Some text here."})
	tests := []struct {
		name    string
		data    []byte
		wantErr error
	}{
		{"a truncated PDF is malformed", good[:len(good)/2], ErrMalformed},
		{"a file without a PDF header is malformed", []byte("GIF89a...."), ErrMalformed},
		{"a PDF without a text layer has no text", makePDF(t, "/Title (scan)", nil), ErrNoText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := FromPDF(tt.data)
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("err = %v, want %v", err, tt.wantErr)
			}
		})
	}
}

func FuzzFromPDF(f *testing.F) {
	f.Add(makePDF(f, "/Title (Grain talks)", map[int]string{700: "Putin met Erdogan.", 600: "Second paragraph."}))
	f.Add([]byte("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := FromPDF(data)
		checkFuzzArticle(t, a.Text, err)
	})
}
