package importer

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// FromDocx reads the text of a Word document: paragraphs of
// word/document.xml become paragraphs, a paragraph styled "Title" (else
// the document's core title property, else the first heading) the title,
// the core creator the author and the created date the published date.
// Archives with more than MaxZipEntries entries, or whose parts would
// unpack past MaxUnpackedSize, are refused as possible zip bombs.
func FromDocx(data []byte) (briefing.Article, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return briefing.Article{}, fmt.Errorf("%w: not a Word document (zip): %v", ErrMalformed, err)
	}
	if len(zr.File) > MaxZipEntries {
		return briefing.Article{}, fmt.Errorf("%w: %d archive entries, the limit is %d", ErrTooLarge, len(zr.File), MaxZipEntries)
	}
	budget := int64(MaxUnpackedSize)
	doc, err := readZipEntry(zr, "word/document.xml", &budget)
	if err != nil {
		return briefing.Article{}, err
	}
	if doc == nil {
		return briefing.Article{}, fmt.Errorf("%w: no word/document.xml in archive", ErrMalformed)
	}
	paras, err := docxParagraphs(doc)
	if err != nil {
		return briefing.Article{}, err
	}
	var a briefing.Article
	core, _ := readZipEntry(zr, "docProps/core.xml", &budget)
	props := docxCore(core)
	var body []string
	for _, p := range paras {
		switch {
		case p.text == "":
		case a.Title == "" && p.style == "title":
			a.Title = p.text
		default:
			body = append(body, p.text)
		}
	}
	if a.Title == "" {
		a.Title = props.Title
	}
	if a.Title == "" {
		for _, p := range paras {
			if strings.HasPrefix(p.style, "heading") && p.text != "" {
				a.Title = p.text
				body = removeFirst(body, p.text)
				break
			}
		}
	}
	a.Text = normalizeText(strings.Join(body, "\n\n"))
	if len(a.Text) > MaxTextSize {
		return briefing.Article{}, fmt.Errorf("%w: the text unpacks to %s, the limit is %d MB", ErrTooLarge, sizeMB(int64(len(a.Text))), MaxTextSize>>20)
	}
	applyByline(&a)
	if a.Author == "" {
		a.Author = props.Creator
	}
	if a.Published.IsZero() && props.Created != "" {
		if t, err := time.Parse(time.RFC3339, props.Created); err == nil {
			a.Published = t
		}
	}
	if a.Text == "" {
		return briefing.Article{}, ErrNoText
	}
	finish(&a)
	return a, nil
}

func removeFirst(list []string, s string) []string {
	for i, v := range list {
		if v == s {
			return append(list[:i:i], list[i+1:]...)
		}
	}
	return list
}

// readZipEntry returns the named entry, or nil when absent. It reads at most
// *budget bytes whatever the entry's header claims, and charges what it read.
func readZipEntry(zr *zip.Reader, name string, budget *int64) ([]byte, error) {
	for _, f := range zr.File {
		if f.Name != name {
			continue
		}
		if f.UncompressedSize64 > uint64(*budget) {
			return nil, fmt.Errorf("%w: %s unpacks to %s, the limit is %d MB (zip bomb?)", ErrTooLarge, name, sizeMB(int64(min(f.UncompressedSize64, 1<<50))), MaxUnpackedSize>>20)
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrMalformed, name, err)
		}
		defer rc.Close()
		data, err := io.ReadAll(io.LimitReader(rc, *budget+1))
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrMalformed, name, err)
		}
		if int64(len(data)) > *budget {
			return nil, fmt.Errorf("%w: %s unpacks past %d MB (zip bomb?)", ErrTooLarge, name, MaxUnpackedSize>>20)
		}
		*budget -= int64(len(data))
		return data, nil
	}
	return nil, nil
}

type docxPara struct {
	style string // lower-cased paragraph style id, e.g. "title", "heading1"
	text  string
}

// docxParagraphs walks the WordprocessingML body token by token: <w:t>
// text, <w:tab/> as a space, <w:br/> and <w:cr/> as line breaks; deleted
// runs and field instructions are skipped.
func docxParagraphs(doc []byte) ([]docxPara, error) {
	dec := xml.NewDecoder(bytes.NewReader(doc))
	var paras []docxPara
	var cur strings.Builder
	var style string
	inText, skip := false, 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: word/document.xml: %v", ErrMalformed, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "p":
				cur.Reset()
				style = ""
			case "pStyle":
				for _, at := range t.Attr {
					if at.Name.Local == "val" {
						style = strings.ToLower(at.Value)
					}
				}
			case "t":
				inText = true
			case "tab":
				cur.WriteByte(' ')
			case "br", "cr":
				cur.WriteByte('\n')
			case "del", "instrText", "delText":
				skip++
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "p":
				paras = append(paras, docxPara{style: style, text: strings.TrimSpace(cur.String())})
				cur.Reset()
			case "t":
				inText = false
			case "del", "instrText", "delText":
				if skip > 0 {
					skip--
				}
			}
		case xml.CharData:
			if inText && skip == 0 {
				cur.Write(t)
			}
		}
	}
	return paras, nil
}

type docxProps struct {
	Title   string `xml:"title"`
	Creator string `xml:"creator"`
	Created string `xml:"created"`
}

// docxCore reads docProps/core.xml; a missing or broken part gives zero values.
func docxCore(data []byte) docxProps {
	var p docxProps
	if data != nil {
		_ = xml.Unmarshal(data, &p)
	}
	p.Title = strings.TrimSpace(p.Title)
	p.Creator = strings.TrimSpace(p.Creator)
	p.Created = strings.TrimSpace(p.Created)
	return p
}
