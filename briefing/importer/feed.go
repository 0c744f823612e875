package importer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"path/filepath"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// MaxFeedEntries caps the entries read from one feed; a longer feed is
// refused rather than flooding the archive.
const MaxFeedEntries = 1000

// errNotJSONFeed is JSON that names no JSON Feed version and lists no items.
var errNotJSONFeed = fmt.Errorf("%w: JSON that is not a feed", ErrUnsupported)

// TeaserWords is the length under which a feed entry's text is taken as a
// teaser, and the entry's page is fetched for the full article.
const TeaserWords = 150

// FromFeed reads an RSS, Atom or JSON feed from an http(s) URL or a file and
// returns one Item per entry: title, link, author and date from the entry,
// the outlet from the feed's title. An entry whose text is a teaser (under
// TeaserWords words) has its page fetched with client (nil for a default
// one); a failed fetch makes that item's Err, the other entries go on.
func FromFeed(ctx context.Context, client *http.Client, urlOrPath string) ([]Item, error) {
	var data []byte
	var err error
	if isURL(urlOrPath) {
		ctx = withOrigin(ctx, urlOrPath)
		data, _, _, err = fetch(ctx, client, urlOrPath, "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5")
	} else {
		data, err = readFile(urlOrPath, MaxTextSize)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", urlOrPath, err)
	}
	items, err := feedItems(ctx, client, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", urlOrPath, err)
	}
	for i := range items {
		if items[i].Source == "" {
			items[i].Source = fmt.Sprintf("%s#%d", urlOrPath, i+1)
		}
	}
	return items, nil
}

// IsFeed reports whether data looks like an RSS, Atom or JSON feed.
func IsFeed(data []byte) bool {
	return gofeed.DetectFeedType(bytes.NewReader(data)) != gofeed.FeedTypeUnknown
}

func feedItems(ctx context.Context, client *http.Client, data []byte) ([]Item, error) {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: not a feed: %v", ErrMalformed, err)
	}
	if feed.FeedType == "json" && feed.FeedVersion == "" && len(feed.Items) == 0 {
		// JSON that names no JSON Feed version and lists no items is some
		// other JSON document, not an empty feed.
		return nil, errNotJSONFeed
	}
	if len(feed.Items) == 0 {
		return nil, ErrNoEntries
	}
	if len(feed.Items) > MaxFeedEntries {
		return nil, fmt.Errorf("%w: %d entries, the limit is %d", ErrTooLarge, len(feed.Items), MaxFeedEntries)
	}
	var items []Item
	for _, e := range feed.Items {
		if err := ctx.Err(); err != nil {
			items = append(items, Item{Source: e.Link, Err: err})
			continue
		}
		a, note, err := feedEntry(ctx, client, feed, e)
		items = append(items, Item{Source: e.Link, Article: a, Err: err, Teaser: note != "", Note: note})
	}
	return items, nil
}

// feedEntry turns one entry into an article, fetching its page when the
// entry carries only a teaser. When that page cannot be fetched (404,
// refused, offline) the entry is kept with the feed's own title, link,
// date and text, and note says so ("feed text only: page failed: …"); only
// an entry with neither text nor title then fails.
func feedEntry(ctx context.Context, client *http.Client, feed *gofeed.Feed, e *gofeed.Item) (briefing.Article, string, error) {
	m := Meta{Title: strings.TrimSpace(e.Title), Outlet: strings.TrimSpace(feed.Title), URL: e.Link}
	if len(e.Authors) > 0 && e.Authors[0] != nil {
		m.Author = e.Authors[0].Name
	}
	if e.PublishedParsed != nil {
		m.Published = *e.PublishedParsed
	} else if e.UpdatedParsed != nil {
		m.Published = *e.UpdatedParsed
	}
	content := e.Content
	if strings.TrimSpace(content) == "" {
		content = e.Description
	}
	text := fragmentText(content)
	note := ""
	if briefing.WordCount(text) < TeaserWords && isURL(e.Link) {
		page, err := FromURL(ctx, client, e.Link)
		switch {
		case err == nil:
			// The page's own metadata wins; the feed fills the gaps.
			fillEmpty(&page, m)
			page.Finish()
			return page, "", nil
		case ctx.Err() != nil || (text == "" && m.Title == ""):
			return briefing.Article{}, "", fmt.Errorf("entry has only a teaser and its page failed: %w", err)
		}
		note = "feed text only: page failed: " + strings.TrimPrefix(err.Error(), e.Link+": ")
		if text == "" {
			text = m.Title // a headline-only entry is still worth its line in the archive
		}
	}
	if text == "" {
		return briefing.Article{}, "", fmt.Errorf("entry %q: %w", m.Title, ErrNoText)
	}
	a := briefing.Article{Text: text, Language: feed.Language}
	if looksLikeHTML(content) {
		a.RawHTML = content
	}
	applyMeta(&a, m)
	if a.Title == "" {
		a.Title = titleFromText(a.Text)
	}
	a.Finish()
	return a, note, nil
}

func fillEmpty(a *briefing.Article, m Meta) {
	if a.Title == "" {
		a.Title = m.Title
	}
	if a.Outlet == "" {
		a.Outlet = m.Outlet
	}
	if a.Author == "" {
		a.Author = m.Author
	}
	if a.Published.IsZero() {
		a.Published = m.Published
	}
}

func looksLikeHTML(s string) bool {
	return strings.Contains(s, "<") && strings.Contains(s, ">")
}

// fragmentText renders an HTML fragment (or plain text) as plain text.
func fragmentText(s string) string {
	if !looksLikeHTML(s) {
		return normalizeText(html.UnescapeString(s))
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return ""
	}
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, n := range nodes {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
		root.AppendChild(n)
	}
	return HTMLText(root)
}

// FromURLOrFeed fetches rawURL once and imports what it is: a feed gives one
// Item per entry, a page one Item. It is the entry point for a URL typed by
// the user, who need not know which of the two it is.
func FromURLOrFeed(ctx context.Context, client *http.Client, rawURL string) ([]Item, error) {
	ctx = withOrigin(ctx, rawURL)
	body, ctype, final, err := fetch(ctx, client, rawURL, "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", rawURL, err)
	}
	mt, _, _ := mime.ParseMediaType(ctype)
	if mt != "text/html" && mt != "application/xhtml+xml" && IsFeed(body) {
		items, err := feedItems(ctx, client, body)
		switch {
		case err == nil:
			return items, nil
		case !errors.Is(err, errNotJSONFeed):
			return nil, fmt.Errorf("%s: %w", rawURL, err)
		}
		// Some other JSON: refused below for its content type.
	}
	a, err := articleFromResponse(body, ctype, final)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", rawURL, err)
	}
	return []Item{{Source: rawURL, Article: a}}, nil
}

// feedExts are file extensions Load reads as feeds.
var feedExts = map[string]bool{".rss": true, ".atom": true}

// Load imports one source as the CLI and app receive it — an http(s) URL (a
// page or a feed), a feed file (.rss, .atom) or any file FromFile reads —
// and returns one Item per article. A source that fails as a whole gives a
// single Item with Err set. client may be nil.
func Load(ctx context.Context, client *http.Client, source string) []Item {
	var items []Item
	var err error
	switch {
	case isURL(source):
		items, err = FromURLOrFeed(ctx, client, source)
	case feedExts[strings.ToLower(filepath.Ext(source))]:
		items, err = FromFeed(ctx, client, source)
	default:
		var a briefing.Article
		a, err = FromFile(source)
		items = []Item{{Source: source, Article: a}}
	}
	if err != nil {
		return []Item{{Source: source, Err: err}}
	}
	return items
}
