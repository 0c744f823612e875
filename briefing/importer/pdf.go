package importer

import (
	"bytes"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/ledongthuc/pdf"
)

// MaxPDFPages caps how many pages of a PDF are read.
const MaxPDFPages = 500

// FromPDF reads the text layer of a PDF (a scanned PDF without one has no
// text). Lines are rebuilt from text positions; a vertical gap clearly wider
// than the usual line spacing starts a new paragraph, as does a new page.
// Title, author and creation date come from the document information
// dictionary, the title else from the first line. Encrypted PDFs are refused.
func FromPDF(data []byte) (a briefing.Article, err error) {
	defer func() {
		// The reader panics on some malformed files; one file must not
		// bring down an import.
		if r := recover(); r != nil {
			a, err = briefing.Article{}, fmt.Errorf("%w: unreadable PDF: %v", ErrMalformed, r)
		}
	}()
	if !bytes.HasPrefix(bytes.TrimLeft(data, "\x00\t\r\n "), []byte("%PDF-")) {
		return briefing.Article{}, fmt.Errorf("%w: not a PDF (no %%PDF- header)", ErrMalformed)
	}
	if err := checkXrefChain(data); err != nil {
		return briefing.Article{}, err
	}
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return briefing.Article{}, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	n := r.NumPage()
	if n > MaxPDFPages {
		return briefing.Article{}, fmt.Errorf("%w: %d pages, the limit is %d", ErrTooLarge, n, MaxPDFPages)
	}
	// The pages are found by a walk that notices a cycle, not by
	// r.Page(i), which loops on one.
	pages, err := pdfPages(r, MaxPDFPages)
	if err != nil {
		return briefing.Article{}, err
	}
	if err := checkContentSize(pages, MaxPDFContentSize); err != nil {
		return briefing.Article{}, err
	}
	if err := checkFontStreams(pages, MaxPDFCMapSize); err != nil {
		return briefing.Article{}, err
	}
	var paras []string
	size := 0
	for _, p := range pages {
		for _, para := range pdfParagraphs(p.Content().Text) {
			if size += len(para); size > MaxTextSize {
				return briefing.Article{}, fmt.Errorf("%w: more than %d MB of text", ErrTooLarge, MaxTextSize>>20)
			}
			paras = append(paras, para)
		}
	}
	text := normalizeText(strings.ToValidUTF8(strings.Join(paras, "\n\n"), "\uFFFD"))
	if text == "" {
		return briefing.Article{}, fmt.Errorf("%w (no text layer: a scan?)", ErrNoText)
	}
	info := r.Trailer().Key("Info")
	a = briefing.Article{
		Title:  pdfString(info.Key("Title").Text()),
		Author: pdfString(info.Key("Author").Text()),
		Text:   text,
	}
	if t, ok := pdfDate(info.Key("CreationDate").Text()); ok {
		a.Published = t
	}
	if a.Title == "" {
		a.Title, a.Text = splitTitle(a.Text, true)
		if strings.TrimSpace(a.Text) == "" {
			a.Text = a.Title
		}
	}
	applyByline(&a)
	finish(&a)
	return a, nil
}

func pdfString(s string) string {
	if !utf8.ValidString(s) {
		return ""
	}
	return strings.TrimSpace(s)
}

// pdfParagraphs turns a page's glyphs, in content order, into paragraphs:
// a change of baseline starts a line, a gap between glyphs wider than a
// space inserts one, and a line gap clearly wider than the page's usual one
// starts a paragraph.
func pdfParagraphs(glyphs []pdf.Text) []string {
	type line struct {
		y    float64
		text strings.Builder
	}
	var lines []*line
	var prev pdf.Text
	for i, g := range glyphs {
		if i == 0 || math.Abs(g.Y-prev.Y) > 0.5 {
			lines = append(lines, &line{y: g.Y})
		} else if !strings.HasSuffix(g.S, " ") && !strings.HasPrefix(g.S, " ") {
			gap := g.X - (prev.X + prev.W)
			if (prev.W > 0 && gap > prev.FontSize*0.2) || (prev.W == 0 && gap > prev.FontSize) {
				lines[len(lines)-1].text.WriteByte(' ')
			}
		}
		lines[len(lines)-1].text.WriteString(g.S)
		prev = g
	}
	var texts []string
	var ys []float64
	for _, l := range lines {
		if t := strings.Join(strings.Fields(l.text.String()), " "); t != "" {
			texts = append(texts, t)
			ys = append(ys, l.y)
		}
	}
	if len(texts) == 0 {
		return nil
	}
	gaps := make([]float64, len(ys))
	var sorted []float64
	for i := 1; i < len(ys); i++ {
		gaps[i] = math.Abs(ys[i-1] - ys[i])
		sorted = append(sorted, gaps[i])
	}
	usual := 0.0
	if len(sorted) > 0 {
		sort.Float64s(sorted)
		usual = sorted[(len(sorted)-1)/2] // the lower median: body lines outnumber gaps
	}
	var paras []string
	cur := []string{texts[0]}
	for i := 1; i < len(texts); i++ {
		if usual > 0 && gaps[i] > usual*1.4 {
			paras = append(paras, strings.Join(cur, "\n"))
			cur = nil
		}
		cur = append(cur, texts[i])
	}
	return append(paras, strings.Join(cur, "\n"))
}

// pdfDate parses a PDF date, "D:YYYYMMDDHHmmSSOHH'mm'", any tail optional.
func pdfDate(s string) (time.Time, bool) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "D:")
	s = strings.ReplaceAll(s, "'", "")
	for _, layout := range []string{"20060102150405Z0700", "20060102150405Z", "20060102150405", "200601021504", "20060102"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
