package importer

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"
)

// makeDocx builds a minimal Word document from document.xml body markup
// and an optional core.xml.
func makeDocx(t testing.TB, body, core string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	add := func(name, content string) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(content)); err != nil {
			t.Fatal(err)
		}
	}
	add("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`)
	add("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`+body+`</w:body></w:document>`)
	if core != "" {
		add("docProps/core.xml", `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">`+core+`</cp:coreProperties>`)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func para(style, text string) string {
	s := "<w:p>"
	if style != "" {
		s += `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	return s + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>"
}

func TestFromDocx(t *testing.T) {
	tests := []struct {
		name       string
		docx       []byte
		wantTitle  string
		wantAuthor string
		wantDate   string
		wantText   string
	}{
		{
			name: "a Title paragraph is the title and the rest are paragraphs",
			docx: makeDocx(t, para("Title", "Grain talks stall")+
				para("", "Vladimir Putin (Владимир Путин) met Recep Tayyip Erdoğan.")+
				`<w:p><w:r><w:t>Runs </w:t></w:r><w:r><w:t>join</w:t><w:tab/><w:t>tabs</w:t><w:br/><w:t>and breaks.</w:t></w:r></w:p>`+
				`<w:p><w:del><w:r><w:delText>deleted words</w:delText></w:r></w:del><w:r><w:t>Kept words.</w:t></w:r></w:p>`,
				`<dc:creator>Ayşe Yılmaz</dc:creator><dcterms:created>2026-03-13T10:00:00Z</dcterms:created>`),
			wantTitle:  "Grain talks stall",
			wantAuthor: "Ayşe Yılmaz",
			wantDate:   "2026-03-13",
			wantText:   "Vladimir Putin (Владимир Путин) met Recep Tayyip Erdoğan.\n\nRuns join tabs\nand breaks.\n\nKept words.",
		},
		{
			name:      "without a Title paragraph the core title is used",
			docx:      makeDocx(t, para("", "Body only."), `<dc:title>Core title</dc:title>`),
			wantTitle: "Core title",
			wantText:  "Body only.",
		},
		{
			name:       "the first heading is the title when nothing else names one, and a byline under it is read",
			docx:       makeDocx(t, para("Heading1", "Heading title")+para("", "By Lena Hartmann, Northbridge Wire — 12 November 2026")+para("", "Body."), ""),
			wantTitle:  "Heading title",
			wantAuthor: "Lena Hartmann",
			wantDate:   "2026-11-12",
			wantText:   "Body.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromDocx(tt.docx)
			if err != nil {
				t.Fatal(err)
			}
			outlet := ""
			if tt.wantAuthor == "Lena Hartmann" {
				outlet = "Northbridge Wire"
			}
			checkArticle(t, a, tt.wantTitle, tt.wantAuthor, outlet, tt.wantDate, tt.wantText)
		})
	}
}

func TestFromDocxRejectsBadArchives(t *testing.T) {
	good := makeDocx(t, para("", "Some text."), "")
	bomb := func() []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, _ := zw.Create("word/document.xml")
		chunk := bytes.Repeat([]byte(" "), 1<<20)
		for i := 0; i < MaxUnpackedSize>>20+1; i++ {
			w.Write(chunk)
		}
		zw.Close()
		return buf.Bytes()
	}()
	many := func() []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for i := 0; i <= MaxZipEntries; i++ {
			zw.Create("f" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + "/" + string(rune('0'+i%10)) + "-" + itoa(i))
		}
		zw.Close()
		return buf.Bytes()
	}()
	tests := []struct {
		name    string
		data    []byte
		wantErr error
	}{
		{"a truncated archive is malformed", good[:len(good)/2], ErrMalformed},
		{"a zip without word/document.xml is malformed", func() []byte {
			var buf bytes.Buffer
			zw := zip.NewWriter(&buf)
			zw.Create("readme.txt")
			zw.Close()
			return buf.Bytes()
		}(), ErrMalformed},
		{"a document that unpacks past the cap is refused as a zip bomb", bomb, ErrTooLarge},
		{"an archive with too many entries is refused", many, ErrTooLarge},
		{"plain text named .docx is malformed", []byte("not a zip at all"), ErrMalformed},
		{"a document with no text has no text", makeDocx(t, "<w:p/>", ""), ErrNoText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := FromDocx(tt.data)
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("err = %v, want %v", err, tt.wantErr)
			}
		})
	}
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

func TestFromEmail(t *testing.T) {
	a, err := FromFile("testdata/wire-call.eml")
	if err != nil {
		t.Fatal(err)
	}
	checkArticle(t, a, "Путин and Erdoğan talk grain", "Ayşe Yılmaz", "Bosphorus Wire", "2026-03-13",
		"ISTANBUL — Vladimir Putin and Recep Tayyip Erdoğan spoke by phone on Friday about the grain corridor.\n\n"+
			"The Kremlin said Moscow would not accept inspections without sanctions relief.")

	tests := []struct {
		name     string
		msg      string
		want     string
		wantRaw  bool
		wantErr  error
		wantFrom string
	}{
		{
			name:     "an HTML-only message goes through the HTML extractor and keeps the page",
			msg:      "From: desk@wire.example\r\nSubject: Note\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>First paragraph.</p><p>Second paragraph.</p></body></html>",
			want:     "First paragraph.\n\nSecond paragraph.",
			wantRaw:  true,
			wantFrom: "desk@wire.example",
		},
		{
			name: "a base64 body in a legacy charset is decoded",
			msg:  "Subject: Caf\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: base64\r\n\r\nTGUgY2Fm6SBlc3Qgb3V2ZXJ0Lg==\r\n",
			want: "Le café est ouvert.",
		},
		{
			name: "an attachment is not taken as the body",
			msg: "Subject: With attachment\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=a.txt\r\n\r\nAttached text.\r\n" +
				"--zz\r\nContent-Type: text/plain\r\n\r\nBody text.\r\n--zz--\r\n",
			want: "Body text.",
		},
		{
			name:    "a message without a body has no text",
			msg:     "Subject: Empty\r\n\r\n",
			wantErr: ErrNoText,
		},
		{
			name:    "text that is not a message is malformed",
			msg:     "just some words without headers",
			wantErr: ErrMalformed,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromEmail(strings.NewReader(tt.msg))
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != tt.want {
				t.Errorf("Text = %q, want %q", a.Text, tt.want)
			}
			if (a.RawHTML != "") != tt.wantRaw {
				t.Errorf("RawHTML kept = %v, want %v", a.RawHTML != "", tt.wantRaw)
			}
			if tt.wantFrom != "" && a.Author != tt.wantFrom {
				t.Errorf("Author = %q, want %q", a.Author, tt.wantFrom)
			}
			checkFinished(t, a)
		})
	}
}
