package importer

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	nurl "net/url"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/briefdesk/briefdesk/briefing"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// FromHTML extracts the article from a web page with readability: title,
// byline, site name, language and published date from the page, the body
// as plain text with paragraphs separated by blank lines. RawHTML keeps the
// page (decoded to UTF-8). pageURL may be "" for a saved page without one;
// when given it is stored canonicalised. Pages over MaxTextSize are refused.
func FromHTML(r io.Reader, pageURL string) (briefing.Article, error) {
	data, err := readCapped(r, MaxTextSize)
	if err != nil {
		return briefing.Article{}, err
	}
	return fromHTMLBytes(data, "", pageURL)
}

// fromHTMLBytes decodes page bytes (charset from contentType, a byte-order
// mark or <meta charset>) and extracts the article.
func fromHTMLBytes(data []byte, contentType, pageURL string) (briefing.Article, error) {
	if looksBinary(data) && !bytes.HasPrefix(data, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return briefing.Article{}, ErrBinary
	}
	var page string
	if utf8.Valid(data) {
		// Valid UTF-8 with any real non-ASCII text is almost never another
		// encoding by accident, whatever a stale <meta charset> says, and
		// DetermineEncoding guesses windows-1252 when the page declares nothing.
		page = strings.TrimPrefix(string(data), "\uFEFF")
	} else {
		enc, _, _ := charset.DetermineEncoding(data, contentType)
		utf, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			utf = data
		}
		page = strings.ToValidUTF8(string(utf), "\uFFFD")
	}
	return extractHTML(page, pageURL)
}

func extractHTML(page, pageURL string) (briefing.Article, error) {
	var base *nurl.URL
	if pageURL != "" {
		u, err := nurl.Parse(pageURL)
		if err != nil {
			return briefing.Article{}, fmt.Errorf("bad page URL: %w", err)
		}
		base = u
	}
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return briefing.Article{}, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	a := briefing.Article{RawHTML: page}
	if pageURL != "" {
		a.URL = CanonicalURL(pageURL)
	}
	removeClutter(doc)
	parser := readability.NewParser()
	art, perr := parser.ParseDocument(doc, base)
	if perr == nil {
		a.Title = art.Title()
		a.Author = cleanByline(art.Byline())
		a.Outlet = strings.TrimSpace(art.SiteName())
		a.Language = strings.TrimSpace(art.Language())
		if t, err := art.PublishedTime(); err == nil {
			a.Published = t
		}
		if art.Node != nil {
			a.Text = dropLeadingByline(HTMLText(art.Node), a.Author)
		}
	}
	if strings.TrimSpace(a.Text) == "" {
		// Readability found no article (a short page, a list): fall back to
		// all visible text of a fresh parse, since readability edits the tree.
		fresh, err := html.Parse(strings.NewReader(page))
		if err == nil {
			if body := findElement(fresh, "body"); body != nil {
				a.Text = HTMLText(body)
			}
			if a.Title == "" {
				if t := findElement(fresh, "title"); t != nil {
					a.Title = HTMLText(t)
				}
			}
		}
	}
	if strings.TrimSpace(a.Text) == "" {
		if perr != nil && !errors.Is(perr, io.EOF) {
			return briefing.Article{}, fmt.Errorf("%w: %v", ErrNoText, perr)
		}
		return briefing.Article{}, ErrNoText
	}
	a.Title = dropSiteName(a.Title, a.Outlet)
	finish(&a)
	return a, nil
}

// siteSeparators join a headline and the site's name in a page title.
var siteSeparators = []string{" | ", " - ", " – ", " — ", " · ", " :: ", " : ", ": "}

// dropSiteName removes the site's name (og:site_name) from either end of a
// page title, with the separator joining them: "Summit ends | The Daily
// Ledger" is "Summit ends". A title that is only the site name is kept.
func dropSiteName(title, site string) string {
	title, site = strings.TrimSpace(title), strings.TrimSpace(site)
	if site == "" || len(title) <= len(site) {
		return title
	}
	for _, sep := range siteSeparators {
		if n := len(title) - len(site) - len(sep); n > 0 && strings.EqualFold(title[n:], sep+site) {
			return strings.TrimSpace(title[:n])
		}
		if n := len(site) + len(sep); n < len(title) && strings.EqualFold(title[:n], site+sep) {
			return strings.TrimSpace(title[n:])
		}
	}
	return title
}

// clutterTokens are class or id tokens that mark ads, cookie banners and
// sign-up boxes. Readability scores "-ad-" but keeps a block classed plainly
// "ad" inside the article; these are removed before it runs.
var clutterTokens = map[string]bool{
	"ad": true, "ads": true, "adsbygoogle": true, "ad-slot": true, "ad-unit": true,
	"ad-container": true, "ad-wrapper": true, "inline-ad": true, "advert": true,
	"adverts": true, "advertisement": true, "sponsored": true, "cookie-banner": true,
	"cookie-consent": true, "cookie-notice": true, "cookies-banner": true,
	"consent-banner": true, "gdpr-banner": true, "newsletter-signup": true,
}

// removeClutter deletes elements whose class or id marks them as clutter.
func removeClutter(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && isClutter(c) {
			n.RemoveChild(c)
		} else {
			removeClutter(c)
		}
		c = next
	}
}

func isClutter(n *html.Node) bool {
	if n.Data == "body" || n.Data == "html" || n.Data == "article" || n.Data == "main" {
		return false
	}
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, tok := range strings.Fields(strings.ToLower(a.Val)) {
			if clutterTokens[tok] {
				return true
			}
		}
	}
	return false
}

// cleanByline drops a leading "By " from a byline.
func cleanByline(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for _, p := range []string{"By ", "by ", "BY "} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return strings.TrimSpace(rest)
		}
	}
	return s
}

func findElement(n *html.Node, tag string) *html.Node {
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, tag); f != nil {
			return f
		}
	}
	return nil
}

// readCapped reads all of r, refusing more than limit bytes.
func readCapped(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: more than %d MB", ErrTooLarge, limit>>20)
	}
	return data, nil
}

// Block elements end a paragraph; line elements end a line within one.
var (
	paragraphTags = map[string]bool{
		"p": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
		"blockquote": true, "pre": true, "ul": true, "ol": true, "dl": true, "table": true,
		"hr": true, "div": true, "section": true, "article": true, "figure": true,
		"figcaption": true, "header": true, "footer": true, "aside": true, "nav": true,
		"main": true, "address": true, "details": true, "summary": true, "form": true,
		"fieldset": true, "caption": true, "center": true, "dialog": true, "hgroup": true,
		"menu": true, "body": true, "html": true,
	}
	lineTags = map[string]bool{"br": true, "li": true, "dt": true, "dd": true, "tr": true}
	skipTags = map[string]bool{
		"head": true, "script": true, "style": true, "noscript": true, "template": true,
		"svg": true, "math": true, "iframe": true, "canvas": true, "video": true,
		"audio": true, "object": true, "embed": true, "select": true, "button": true,
		"title": true,
	}
)

// HTMLText renders the visible text under n as plain text: paragraphs and
// other blocks separated by a blank line, list items and <br> on lines of
// their own, whitespace collapsed except inside <pre>.
func HTMLText(n *html.Node) string {
	var tb textBuilder
	tb.render(n, false)
	return normalizeText(tb.b.String())
}

type textBuilder struct {
	b     strings.Builder
	brk   int  // pending line breaks: 0 none, 1 line, 2 paragraph
	space bool // pending space between words
}

func (t *textBuilder) breakAt(n int) {
	if n > t.brk {
		t.brk = n
	}
}

func (t *textBuilder) write(s string) {
	if t.b.Len() > 0 {
		switch {
		case t.brk >= 2:
			t.b.WriteString("\n\n")
		case t.brk == 1:
			t.b.WriteByte('\n')
		case t.space:
			t.b.WriteByte(' ')
		}
	}
	t.brk, t.space = 0, false
	t.b.WriteString(s)
}

func (t *textBuilder) render(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		if pre {
			lines := strings.Split(n.Data, "\n")
			for i, ln := range lines {
				if i > 0 {
					t.breakAt(1)
				}
				if strings.TrimSpace(ln) != "" {
					t.write(ln)
				}
			}
			return
		}
		s := n.Data
		if s != "" && isSpaceByte(s[0]) {
			t.space = true
		}
		for i, w := range strings.Fields(s) {
			if i > 0 {
				t.space = true
			}
			t.write(w)
		}
		if s != "" && isSpaceByte(s[len(s)-1]) {
			t.space = true
		}
		return
	case html.ElementNode:
		if skipTags[n.Data] || hidden(n) {
			return
		}
		switch {
		case n.Data == "img":
			return
		case paragraphTags[n.Data]:
			t.breakAt(2)
			defer t.breakAt(2)
		case lineTags[n.Data]:
			t.breakAt(1)
			defer t.breakAt(1)
		case n.Data == "td" || n.Data == "th":
			t.space = true
			defer func() { t.space = true }()
		}
		if n.Data == "pre" {
			pre = true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t.render(c, pre)
	}
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'
}

// hidden reports elements marked hidden in the markup.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// dropLeadingByline removes a first paragraph that only repeats the byline
// ("By Tomas Brandt"), which readability leaves in the text when the byline
// sits inside the article: the author is kept in its own field, and the body
// should start with the report.
func dropLeadingByline(text, author string) string {
	first, rest, ok := strings.Cut(text, "\n\n")
	if !ok || author == "" || len(first) > 120 {
		return text
	}
	line := strings.TrimSpace(first)
	lower := strings.ToLower(line)
	for _, prefix := range []string{"by ", "von ", "par ", "por "} {
		lower = strings.TrimPrefix(lower, prefix)
	}
	if strings.Trim(lower, " .,;:|") == strings.ToLower(strings.TrimSpace(author)) {
		return rest
	}
	return text
}
