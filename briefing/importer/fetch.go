package importer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"mime"
	"net/http"
	nurl "net/url"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// Limits of a download.
const (
	// FetchTimeout bounds one download when the client sets no timeout.
	FetchTimeout = 30 * time.Second
	// MaxRedirects is how many redirects a download follows.
	MaxRedirects = 5
)

// UserAgent is sent with every download.
const UserAgent = "Briefdesk/1.0 (article archive; +https://github.com/briefdesk/briefdesk)"

// FromURL downloads a web page and extracts its article like FromHTML,
// keeping the raw page. Only http and https URLs are fetched; the download
// is bounded by ctx, FetchTimeout (when client sets none), MaxRedirects
// and MaxTextSize; the response must be HTML (or plain text, imported as
// text). The article's URL is the canonical form of the final URL after
// redirects. client may be nil for a default client.
func FromURL(ctx context.Context, client *http.Client, rawURL string) (briefing.Article, error) {
	body, ctype, final, err := fetch(ctx, client, rawURL, "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5")
	if err != nil {
		return briefing.Article{}, fmt.Errorf("%s: %w", rawURL, err)
	}
	a, err := articleFromResponse(body, ctype, final)
	if err != nil {
		return briefing.Article{}, fmt.Errorf("%s: %w", rawURL, err)
	}
	return a, nil
}

func articleFromResponse(body []byte, ctype, final string) (briefing.Article, error) {
	mt, _, _ := mime.ParseMediaType(ctype)
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml" || (mt == "" && sniffHTML(body)):
		return fromHTMLBytes(body, ctype, final)
	case mt == "text/plain":
		text, err := decodeText(body)
		if err != nil {
			return briefing.Article{}, err
		}
		return FromText(text, Meta{URL: final})
	}
	return briefing.Article{}, fmt.Errorf("%w: content type %q is not a web page", ErrUnsupported, mt)
}

func sniffHTML(b []byte) bool {
	return strings.HasPrefix(http.DetectContentType(b), "text/html")
}

// checkURL accepts absolute http and https URLs only.
func checkURL(raw string) (*nurl.URL, error) {
	u, err := nurl.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, fmt.Errorf("bad URL: %v", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("%w: only http and https URLs are fetched, not %q", ErrUnsupported, u.Scheme+":")
	}
	if u.Host == "" {
		return nil, errors.New("bad URL: no host")
	}
	return u, nil
}

// fetch GETs rawURL within the limits and returns the body, its content type
// and the final URL after redirects.
func fetch(ctx context.Context, client *http.Client, rawURL, accept string) (body []byte, ctype, final string, err error) {
	u, err := checkURL(rawURL)
	if err != nil {
		return nil, "", "", err
	}
	c := http.Client{}
	if client != nil {
		c = *client // a copy: the caller's client keeps its own settings
	}
	if c.Timeout == 0 {
		c.Timeout = FetchTimeout
	}
	var own *http.Transport
	c.Transport, own = guarded(c.Transport, allowedAddresses(ctx, u.String()))
	if own != nil {
		defer own.CloseIdleConnections() // a transport per download keeps no connections behind
	}
	next := c.CheckRedirect
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) > MaxRedirects {
			return fmt.Errorf("more than %d redirects", MaxRedirects)
		}
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return fmt.Errorf("redirect to a %s: URL refused", req.URL.Scheme)
		}
		if next != nil {
			return next(req, via)
		}
		return nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, "", "", err
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", accept)
	resp, err := c.Do(req)
	if err != nil {
		return nil, "", "", fmt.Errorf("fetch failed: %w", unwrapURLError(err))
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, "", "", fmt.Errorf("HTTP %s", resp.Status)
	}
	if resp.ContentLength > MaxTextSize {
		return nil, "", "", fmt.Errorf("%w: %s, the limit is %d MB", ErrTooLarge, sizeMB(resp.ContentLength), MaxTextSize>>20)
	}
	body, err = readCapped(resp.Body, MaxTextSize)
	if err != nil {
		return nil, "", "", err
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, "", "", ErrNoText
	}
	return body, resp.Header.Get("Content-Type"), resp.Request.URL.String(), nil
}

// unwrapURLError drops the *url.Error wrapper, whose text repeats the URL
// the caller already names.
func unwrapURLError(err error) error {
	var ue *nurl.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
