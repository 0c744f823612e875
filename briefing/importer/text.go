package importer

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/internal/lazy"
	"github.com/itlightning/dateparse"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Meta is what the caller already knows about an item; non-zero fields win
// over anything found in the text.
type Meta struct {
	Title, Outlet, Author, URL string
	Published                  time.Time
}

// FromText makes an article from pasted plain text. The title comes from
// m.Title, else from the first line when it is a Markdown "# " heading or a
// short line of its own; a "By NAME, OUTLET — DATE" line under it fills the
// author, outlet and date that m leaves empty. Text that is empty after
// trimming is an error.
func FromText(text string, m Meta) (briefing.Article, error) {
	a, _, err := fromText(text, m)
	return a, err
}

// FromTextBytes is FromText for raw bytes (standard input): they get the
// checks and decoding a .txt file gets — binary data is refused with
// ErrBinary, a UTF-8 or UTF-16 byte-order mark is honoured, and bytes that
// are not UTF-8 are read as Windows-1252.
func FromTextBytes(data []byte, m Meta) (briefing.Article, error) {
	text, err := decodeText(data)
	if err != nil {
		return briefing.Article{}, err
	}
	return FromText(text, m)
}

// fromText is FromText that also reports whether the title had to be made
// from the body's first words.
func fromText(text string, m Meta) (a briefing.Article, guessed bool, err error) {
	text = normalizeText(strings.ToValidUTF8(text, "\uFFFD"))
	if text == "" {
		return briefing.Article{}, false, ErrNoText
	}
	a = briefing.Article{Text: text}
	a.Title, a.Text = splitTitle(a.Text, true)
	applyByline(&a)
	if strings.TrimSpace(a.Text) == "" {
		// Only a title: keep it as the text rather than store an empty body.
		a.Text = a.Title
	}
	// applyMeta never empties a title, so an article still untitled here
	// gets its title from the body's first words in finish: guessed.
	guessed = a.Title == "" && m.Title == ""
	applyMeta(&a, m)
	finish(&a)
	return a, guessed, nil
}

// applyMeta lets the caller's known values override what was extracted.
func applyMeta(a *briefing.Article, m Meta) {
	if m.Title != "" {
		a.Title = m.Title
	}
	if m.Outlet != "" {
		a.Outlet = m.Outlet
	}
	if m.Author != "" {
		a.Author = m.Author
	}
	if m.URL != "" {
		a.URL = CanonicalURL(m.URL)
	}
	if !m.Published.IsZero() {
		a.Published = m.Published
	}
}

// maxTitleRunes is how long a first line may be and still be taken as a title.
const maxTitleRunes = 150

// splitTitle takes a title off the top of text: a "# " heading always, a
// short first line standing alone (followed by a blank line) when plain is
// true. It returns the title and the remaining text.
func splitTitle(text string, plain bool) (title, rest string) {
	first, after, _ := strings.Cut(text, "\n")
	first = strings.TrimSpace(first)
	if h, ok := strings.CutPrefix(first, "# "); ok {
		return strings.TrimSpace(strings.TrimRight(h, "# ")), strings.TrimSpace(after)
	}
	if !plain {
		return "", text
	}
	alone := after == "" || strings.HasPrefix(after, "\n")
	if alone && after != "" && utf8.RuneCountInString(first) <= maxTitleRunes && !endsSentence(first) {
		return first, strings.TrimSpace(after)
	}
	return "", text
}

func endsSentence(s string) bool {
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, ",") || strings.HasSuffix(s, ";") ||
		strings.HasSuffix(s, ":")
}

// titleFromText makes a title from the first words of text when nothing
// better is known.
func titleFromText(text string) string {
	line, _, _ := strings.Cut(text, "\n")
	words := strings.Fields(line)
	if len(words) <= 12 {
		return strings.Join(words, " ")
	}
	return strings.Join(words[:12], " ") + "…"
}

// bylineRE matches a byline line: "By NAME", optionally followed by an outlet
// and a date separated by commas, pipes or dashes.
var bylineRE = lazy.RE(`^(?i:by)\s+(.+)$`)

// applyByline reads a byline from the first line of a.Text and, when found,
// fills Author, Outlet and Published and removes the line from the text.
func applyByline(a *briefing.Article) {
	line, rest, _ := strings.Cut(a.Text, "\n")
	author, outlet, published, ok := parseByline(line)
	if !ok || strings.TrimSpace(rest) == "" {
		return
	}
	a.Author, a.Outlet, a.Published = author, outlet, published
	a.Text = strings.TrimSpace(rest)
}

// parseByline splits "By Lena Hartmann, Northbridge Wire — 12 November 2026"
// into its parts. A part that parses as a date is the date; of the rest the
// first is the author and the second the outlet.
func parseByline(line string) (author, outlet string, published time.Time, ok bool) {
	line = strings.TrimSpace(line)
	if utf8.RuneCountInString(line) > maxTitleRunes {
		return "", "", time.Time{}, false
	}
	m := bylineRE.FindStringSubmatch(line)
	if m == nil {
		return "", "", time.Time{}, false
	}
	parts := splitByline(m[1])
	var names []string
	for _, p := range parts {
		if t, err := parseDate(p); err == nil && published.IsZero() {
			published = t
			continue
		}
		names = append(names, p)
	}
	if len(names) == 0 {
		return "", "", time.Time{}, false
	}
	author = names[0]
	if len(names) > 1 {
		outlet = strings.Join(names[1:], ", ")
	}
	return author, outlet, published, true
}

// splitByline splits on " — ", " – ", " - ", "|" and ", " but keeps a comma
// that belongs to a date such as "November 12, 2026".
func splitByline(s string) []string {
	for _, sep := range []string{" — ", " – ", " - ", "|", " · "} {
		s = strings.ReplaceAll(s, sep, "\x00")
	}
	var out []string
	for _, chunk := range strings.Split(s, "\x00") {
		chunk = strings.TrimSpace(chunk)
		if chunk == "" {
			continue
		}
		if _, err := parseDate(chunk); err == nil {
			out = append(out, chunk)
			continue
		}
		// "Name, Outlet" or "Name, Outlet, November 12, 2026".
		pieces := strings.Split(chunk, ",")
		for i := 0; i < len(pieces); i++ {
			p := strings.TrimSpace(pieces[i])
			if i+1 < len(pieces) {
				joined := p + "," + pieces[i+1]
				if _, err := parseDate(strings.TrimSpace(joined)); err == nil {
					out = append(out, strings.TrimSpace(joined))
					i++
					continue
				}
			}
			if p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// parseDate reads a date as people and pages write it; dates without a zone
// are taken as UTC.
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" || !strings.ContainsFunc(s, unicode.IsDigit) {
		return time.Time{}, fmt.Errorf("no date in %q", s)
	}
	return dateparse.ParseIn(s, time.UTC)
}

// normalizeText makes plain text canonical: Unix line ends, no trailing
// spaces, no zero-width or control characters, non-breaking spaces as
// spaces, and at most one blank line between paragraphs.
func normalizeText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r == '\u00A0' || r == '\u2007' || r == '\u202F':
			return ' '
		case r == '\u200B' || r == '\uFEFF' || r == '\u00AD' || r == '\u2060':
			return -1
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
	lines := strings.Split(s, "\n")
	var b strings.Builder
	blank := 0
	for _, ln := range lines {
		ln = strings.Join(strings.Fields(ln), " ")
		if ln == "" {
			blank++
			continue
		}
		if b.Len() > 0 {
			if blank > 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		blank = 0
		b.WriteString(ln)
	}
	return b.String()
}

// decodeText turns file bytes into UTF-8 text. UTF-8 (with or without a
// byte-order mark) is used as is; UTF-16 with a byte-order mark is decoded;
// data with NUL bytes or many control characters is refused as binary.
// Otherwise invalid UTF-8 is repaired explicitly: if the data holds valid
// multi-byte sequences the stray bytes become U+FFFD, else the whole file is
// read as Windows-1252 (the usual legacy encoding of Western text files).
func decodeText(data []byte) (string, error) {
	if bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}) {
		data = data[3:]
	}
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		dec := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return "", fmt.Errorf("%w: bad UTF-16", ErrMalformed)
		}
		return string(out), nil
	}
	if looksBinary(data) {
		return "", ErrBinary
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	if hasMultibyteUTF8(data) {
		return strings.ToValidUTF8(string(data), "\uFFFD"), nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("%w: undecodable text", ErrMalformed)
	}
	return string(out), nil
}

// looksBinary reports NUL bytes or more than 1% control characters in the
// first 8 KB.
func looksBinary(data []byte) bool {
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl*100 > len(head)
}

func hasMultibyteUTF8(data []byte) bool {
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		if r != utf8.RuneError && n > 1 {
			return true
		}
		data = data[n:]
	}
	return false
}
