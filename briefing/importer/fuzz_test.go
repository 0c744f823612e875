package importer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// Fuzz targets: each parser must return an article or an error for any
// input, never panic, and a returned article must have the agreed shape.

func checkFuzzArticle(t *testing.T, text string, err error) {
	if err != nil {
		return
	}
	if !utf8.ValidString(text) {
		t.Fatalf("invalid UTF-8 in text %q", text)
	}
	if strings.Contains(text, "\n\n\n") || strings.TrimSpace(text) != text || text == "" {
		t.Fatalf("badly shaped text %q", text)
	}
}

func FuzzFromHTML(f *testing.F) {
	if page, err := os.ReadFile("testdata/news-page.html"); err == nil {
		f.Add(page)
	}
	for _, s := range []string{
		"<html><body><p>Путин и Erdoğan.</p></body></html>",
		"<p>a<br>b</p><pre>x\n  y</pre><table><tr><td>1</td><td>2</td></tr></table>",
		"<html><head><meta charset=windows-1252></head><body>caf\xe9</body></html>",
		"", "<", "<div class=ad>x</div>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		a, err := FromHTML(bytes.NewReader(page), "https://example.com/a")
		checkFuzzArticle(t, a.Text, err)
	})
}

func FuzzFromText(f *testing.F) {
	for _, s := range []string{
		"Talks stall\n\nBy Lena Hartmann, Northbridge Wire — 12 November 2026\n\nBody.",
		"# Title\nbody", "\r\n\r\n", "By \n\nx", "Путин\n\n\xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := FromText(s, Meta{})
		checkFuzzArticle(t, a.Text, err)
	})
}

func FuzzMarkdown(f *testing.F) {
	if md, err := os.ReadFile("testdata/report.md"); err == nil {
		f.Add(string(md))
	}
	for _, s := range []string{"---\ntitle: x\n---\n# y\n", "Title\n===\n\n* a\n* b\n", "```\ncode\n", "| a | b |\n|---|---|\n| 1 | 2 |"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc := parseMarkdown(s)
		if strings.Contains(doc.Text, "\n\n\n") {
			t.Fatalf("badly shaped text %q", doc.Text)
		}
	})
}

func FuzzCanonicalURL(f *testing.F) {
	for _, s := range []string{"HTTPS://Example.com:443/a?utm_source=x&b=2&a=1#f", "not a url", "http://[::1]:80/", "https://x/?;&="} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := CanonicalURL(s)
		if twice := CanonicalURL(once); twice != once {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, once, twice)
		}
	})
}

func FuzzFromEmail(f *testing.F) {
	if msg, err := os.ReadFile("testdata/wire-call.eml"); err == nil {
		f.Add(msg)
	}
	for _, s := range []string{
		"Subject: x\r\nContent-Type: text/html\r\n\r\n<p>a</p>",
		"Subject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: multipart/alternative; boundary=c\r\n\r\n--c\r\n\r\nhi\r\n--c--\r\n--b--",
		"Subject: Caf\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, msg []byte) {
		a, err := FromEmail(bytes.NewReader(msg))
		checkFuzzArticle(t, a.Text, err)
	})
}

func FuzzFromDocx(f *testing.F) {
	f.Add(makeDocx(f, para("Title", "Grain talks")+para("", "Путин met Erdoğan."), "<dc:creator>A</dc:creator>"))
	f.Add(makeDocx(f, "<w:p><w:del><w:r><w:t>x</w:t></w:r></w:del></w:p>", ""))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := FromDocx(data)
		checkFuzzArticle(t, a.Text, err)
	})
}

func FuzzFeed(f *testing.F) {
	f.Add([]byte(fmt.Sprintf(teaserFeed, "", fullEntry())))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>t</title><content type="html">&lt;p&gt;Путин&lt;/p&gt;</content></entry></feed>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","content_text":"Erdoğan spoke."}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		// No client is used: entries without an http(s) link are never fetched.
		items, err := collect(func(each func(Item)) error {
			return feedEach(context.Background(), &http.Client{Transport: failingTransport{}}, data, "fuzz.rss", each)
		})
		if err != nil {
			return
		}
		for _, it := range items {
			checkFuzzArticle(t, it.Article.Text, it.Err)
		}
	})
}

// failingTransport refuses every request, so fuzzing never touches the network.
type failingTransport struct{}

func (failingTransport) RoundTrip(*http.Request) (*http.Response, error) {
	return nil, errors.New("network disabled in fuzzing")
}
