package importer

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"strings"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
	"golang.org/x/net/html/charset"
)

// maxMIMEDepth bounds nested multipart bodies, so a crafted message cannot
// recurse without end.
const maxMIMEDepth = 10

// wordDecoder decodes RFC 2047 headers in any charset x/net knows.
var wordDecoder = &mime.WordDecoder{CharsetReader: charset.NewReaderLabel}

// FromEmail reads an RFC 5322 message (.eml): Subject is the title, the
// From name (or address) the author, Date the published date. The body is
// the first text/plain part, else the first text/html part through the HTML
// extractor (its page kept as RawHTML); quoted-printable and base64 bodies
// and declared charsets are decoded, attachments skipped.
func FromEmail(r io.Reader) (briefing.Article, error) {
	data, err := readCapped(r, MaxTextSize)
	if err != nil {
		return briefing.Article{}, err
	}
	msg, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		return briefing.Article{}, fmt.Errorf("%w: not an e-mail message: %v", ErrMalformed, err)
	}
	var a briefing.Article
	if subj, err := wordDecoder.DecodeHeader(msg.Header.Get("Subject")); err == nil {
		a.Title = subj
	} else {
		a.Title = msg.Header.Get("Subject")
	}
	parser := mail.AddressParser{WordDecoder: wordDecoder}
	if from, err := parser.Parse(msg.Header.Get("From")); err == nil {
		a.Author = from.Name
		if a.Author == "" {
			a.Author = from.Address
		}
	}
	if org, err := wordDecoder.DecodeHeader(msg.Header.Get("Organization")); err == nil {
		a.Outlet = org
	}
	if d, err := msg.Header.Date(); err == nil {
		a.Published = d
	}
	plain, htmlPage, err := emailBody(msg.Header, msg.Body, 0)
	if err != nil {
		return briefing.Article{}, err
	}
	switch {
	case strings.TrimSpace(plain) != "":
		a.Text = normalizeText(cutSignature(plain))
	case strings.TrimSpace(htmlPage) != "":
		page, err := extractHTML(htmlPage, "")
		if err != nil {
			return briefing.Article{}, err
		}
		a.Text, a.RawHTML = page.Text, page.RawHTML
		if a.Title == "" {
			a.Title = page.Title
		}
	}
	if a.Text == "" {
		return briefing.Article{}, ErrNoText
	}
	finish(&a)
	return a, nil
}

// header is what mail.Header and a MIME part's header have in common.
type header interface{ Get(string) string }

// emailBody returns the first text/plain and the first text/html body found
// in a (possibly multipart) entity, decoded to UTF-8.
func emailBody(h header, body io.Reader, depth int) (plain, page string, err error) {
	if depth > maxMIMEDepth {
		return "", "", fmt.Errorf("%w: MIME parts nested too deep", ErrMalformed)
	}
	ctype := h.Get("Content-Type")
	if ctype == "" {
		ctype = "text/plain; charset=us-ascii"
	}
	mediaType, params, err := mime.ParseMediaType(ctype)
	if err != nil {
		mediaType, params = "text/plain", map[string]string{}
	}
	disp, _, _ := mime.ParseMediaType(h.Get("Content-Disposition"))
	if disp == "attachment" {
		return "", "", nil
	}
	if strings.HasPrefix(mediaType, "multipart/") {
		mr := multipart.NewReader(body, params["boundary"])
		for {
			part, err := mr.NextRawPart()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				if plain != "" || page != "" {
					break // keep what was read from a truncated message
				}
				return "", "", fmt.Errorf("%w: bad MIME part: %v", ErrMalformed, err)
			}
			p, hp, err := emailBody(part.Header, part, depth+1)
			if err != nil {
				return "", "", err
			}
			if plain == "" {
				plain = p
			}
			if page == "" {
				page = hp
			}
		}
		return plain, page, nil
	}
	if mediaType != "text/plain" && mediaType != "text/html" {
		return "", "", nil
	}
	text, err := decodePart(body, h.Get("Content-Transfer-Encoding"), params["charset"])
	if err != nil {
		return "", "", err
	}
	if mediaType == "text/html" {
		return "", text, nil
	}
	return text, "", nil
}

// decodePart undoes the transfer encoding and the charset of one body part.
func decodePart(body io.Reader, encoding, cs string) (string, error) {
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "quoted-printable":
		body = quotedprintable.NewReader(body)
	case "base64":
		body = base64.NewDecoder(base64.StdEncoding, body)
	}
	raw, err := io.ReadAll(body)
	if err != nil {
		return "", fmt.Errorf("%w: cannot decode %s body: %v", ErrMalformed, encoding, err)
	}
	if cs != "" && !strings.EqualFold(cs, "utf-8") && !strings.EqualFold(cs, "us-ascii") {
		if rd, err := charset.NewReaderLabel(cs, bytes.NewReader(raw)); err == nil {
			if out, err := io.ReadAll(rd); err == nil {
				return string(out), nil
			}
		}
	}
	if !utf8.Valid(raw) {
		return decodeText(raw)
	}
	return string(raw), nil
}

// cutSignature drops a conventional "-- " signature block (quoted-printable
// decoding strips the trailing space, so "--" alone counts too).
func cutSignature(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	for _, sep := range []string{"\n-- \n", "\n--\n"} {
		if i := strings.LastIndex(s, sep); i > 0 {
			s = s[:i]
		}
	}
	return s
}
