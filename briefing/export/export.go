// Package export writes a brief in the formats besides PDF: Markdown,
// standalone HTML and plain text for an e-mail body. Every format carries
// the same header line, the same four sections and the same numbered
// sources that the PDF prints, so a citation [n] means the same everywhere.
package export

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/layout"
	"github.com/briefdesk/briefdesk/briefing/pdf"
)

// Format is an export format, named by its file extension.
type Format string

// The export formats.
const (
	FormatPDF      Format = "pdf"
	FormatMarkdown Format = "md"
	FormatHTML     Format = "html"
	FormatText     Format = "txt"
)

// Formats lists every format, PDF first.
var Formats = []Format{FormatPDF, FormatMarkdown, FormatHTML, FormatText}

// ErrUnknownFormat is returned for an extension that is not pdf, md, html
// or txt.
var ErrUnknownFormat = errors.New("export: unknown format; use .pdf, .md, .html or .txt")

// ByExtension picks the format from a file name's extension, ignoring case;
// .markdown, .htm and .text are accepted too.
func ByExtension(path string) (Format, error) {
	ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(path), "."))
	switch ext {
	case "pdf":
		return FormatPDF, nil
	case "md", "markdown":
		return FormatMarkdown, nil
	case "html", "htm":
		return FormatHTML, nil
	case "txt", "text":
		return FormatText, nil
	}
	return "", fmt.Errorf("%w: %q", ErrUnknownFormat, filepath.Base(path))
}

// Write writes b in format f. Options matter for PDF only; a PDF that cannot
// fit returns *layout.OverflowError and writes nothing.
func Write(w io.Writer, f Format, b *briefing.Brief, o layout.Options) error {
	switch f {
	case FormatPDF:
		return pdf.Write(w, b, o)
	case FormatMarkdown:
		return Markdown(w, b)
	case FormatHTML:
		return HTML(w, b)
	case FormatText:
		return Text(w, b)
	}
	return fmt.Errorf("%w: %q", ErrUnknownFormat, f)
}

// title returns the brief's title or a placeholder.
func title(b *briefing.Brief) string {
	if t := oneLine(b.Title); t != "" {
		return t
	}
	return "Untitled brief"
}

// oneLine joins a header field typed over several lines (a title, an
// author, a handling marking) into one line, so that in Markdown or plain
// text it cannot start a heading or a list of its own.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// paragraphs splits prose into its non-blank lines.
func paragraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(text, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// items returns the list of a bulleted section.
func items(b *briefing.Brief, s briefing.Section) []string {
	if s == briefing.SectionActors {
		return b.Actors
	}
	return b.StickingPoints
}

// sourceNumber returns the printed number of the i-th source.
func sourceNumber(s briefing.Source, i int) int {
	if s.N > 0 {
		return s.N
	}
	return i + 1
}

// sourceLine is a source as plain text: outlet, “headline”, date. URL.
func sourceLine(s briefing.Source) string {
	outlet, headline, date, url := briefing.SourceText(s)
	var parts []string
	if outlet != "" {
		parts = append(parts, outlet)
	}
	if headline != "" {
		parts = append(parts, "“"+headline+"”")
	}
	if date != "" {
		parts = append(parts, date)
	}
	line := strings.Join(parts, ", ")
	if url != "" {
		if line != "" {
			line += ". "
		}
		line += url
	}
	return line
}
