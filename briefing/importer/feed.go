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
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// MaxFeedEntries caps the entries read from one feed; of a longer feed
// the newest MaxFeedEntries are read and an Item says how many were left.
const MaxFeedEntries = 1000

// errNotJSONFeed is JSON that names no JSON Feed version and lists no items.
var errNotJSONFeed = fmt.Errorf("%w: JSON that is not a feed", ErrUnsupported)

// TeaserWords is the length under which a feed entry's text is taken as a
// teaser, and the entry's page is fetched for the full article.
const TeaserWords = 150

const feedAccept = "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5"

// FromFeed reads an RSS, Atom or JSON feed from an http(s) URL or a file and
// returns one Item per entry, in feed order: title, link, author and date
// from the entry, the outlet from the feed's title. An entry whose text is
// a teaser (under TeaserWords words) has its page fetched with client (nil
// for a default one); a failed fetch keeps the feed's text (see feedEach).
func FromFeed(ctx context.Context, client *http.Client, urlOrPath string) ([]Item, error) {
	return collect(func(each func(Item)) error { return fromFeedEach(ctx, client, urlOrPath, each) })
}

func fromFeedEach(ctx context.Context, client *http.Client, urlOrPath string, each func(Item)) error {
	var data []byte
	var err error
	if isURL(urlOrPath) {
		ctx = withOrigin(ctx, urlOrPath)
		data, _, _, ctx, err = fetchUnderFeedDeadline(ctx, client, urlOrPath, feedAccept)
	} else {
		data, err = readFile(urlOrPath, MaxTextSize)
	}
	if err == nil {
		err = feedEach(ctx, client, data, urlOrPath, each)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", urlOrPath, err)
	}
	return nil
}

// IsFeed reports whether data looks like an RSS, Atom or JSON feed.
func IsFeed(data []byte) bool {
	return gofeed.DetectFeedType(bytes.NewReader(data)) != gofeed.FeedTypeUnknown
}

func parseFeed(data []byte) (*gofeed.Feed, error) {
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
	return feed, nil
}

// draft is one feed entry before its page, if any, is fetched.
type draft struct {
	feed          *gofeed.Feed
	e             *gofeed.Item
	m             Meta
	content, text string
	seq           int
}

func newDraft(feed *gofeed.Feed, e *gofeed.Item, seq int) draft {
	m := Meta{Title: strings.TrimSpace(e.Title), Outlet: strings.TrimSpace(feed.Title), URL: e.Link, Published: entryTime(e)}
	if len(e.Authors) > 0 && e.Authors[0] != nil {
		m.Author = e.Authors[0].Name
	}
	content := e.Content
	if strings.TrimSpace(content) == "" {
		content = e.Description
	}
	return draft{feed: feed, e: e, m: m, content: content, text: fragmentText(content), seq: seq}
}

// needsPage reports an entry that carries only a teaser and links a page.
func (d draft) needsPage() bool {
	return briefing.WordCount(d.text) < TeaserWords && isURL(d.e.Link)
}

// withPage fetches the entry's page within fctx, the feed's deadline. When
// that page cannot be fetched (404, refused, offline, the deadline passed)
// the entry is kept with the feed's own title, link, date and text, and the
// note says so ("feed text only: page failed: …"); the entry fails when ctx
// itself ends (the import was cancelled) or it has neither text nor title.
func (d draft) withPage(ctx, fctx context.Context, deadline time.Duration, client *http.Client) Item {
	page, err := FromURL(fctx, client, d.e.Link)
	switch {
	case err == nil:
		// The page's own metadata wins; the feed fills the gaps.
		fillEmpty(&page, d.m)
		page.Finish()
		return Item{Source: d.e.Link, Article: page, Waited: true, seq: d.seq}
	case ctx.Err() != nil || (d.text == "" && d.m.Title == ""):
		return Item{Source: d.e.Link, Err: fmt.Errorf("entry has only a teaser and its page failed: %w", err), Waited: true, seq: d.seq}
	}
	reason := strings.TrimPrefix(err.Error(), d.e.Link+": ")
	if fctx.Err() != nil {
		reason = fmt.Sprintf("the feed's deadline of %v passed", deadline)
	}
	if d.text == "" {
		d.text = d.m.Title // a headline-only entry is still worth its line in the archive
	}
	it := d.fromFeed("feed text only: page failed: " + reason)
	it.Waited = true
	return it
}

// fromFeed makes the entry's article from what the feed says.
func (d draft) fromFeed(note string) Item {
	it := Item{Source: d.e.Link, seq: d.seq, Teaser: note != "", Note: note}
	if d.text == "" {
		it.Err = fmt.Errorf("entry %q: %w", d.m.Title, ErrNoText)
		it.Teaser, it.Note = false, ""
		return it
	}
	a := briefing.Article{Text: d.text, Language: d.feed.Language}
	if looksLikeHTML(d.content) {
		a.RawHTML = d.content
	}
	applyMeta(&a, d.m)
	finish(&a)
	it.Article = a
	return it
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
// Item per entry, an OPML list the entries of every feed it names, a page
// one Item. It is the entry point for a URL typed by the user, who need not
// know which it is.
func FromURLOrFeed(ctx context.Context, client *http.Client, rawURL string) ([]Item, error) {
	return collect(func(each func(Item)) error { return fromURLOrFeedEach(ctx, client, rawURL, each) })
}

func fromURLOrFeedEach(ctx context.Context, client *http.Client, rawURL string, each func(Item)) error {
	ctx = withOrigin(ctx, rawURL)
	body, ctype, final, ctx, err := fetchUnderFeedDeadline(ctx, client, rawURL, "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/x-opml,application/xml;q=0.9,*/*;q=0.5")
	if err != nil {
		return fmt.Errorf("%s: %w", rawURL, err)
	}
	mt, _, _ := mime.ParseMediaType(ctype)
	page := mt == "text/html" || mt == "application/xhtml+xml"
	switch {
	case !page && isOPML(body):
		if err := opmlEach(ctx, client, body, each); err != nil {
			return fmt.Errorf("%s: %w", rawURL, err)
		}
		return nil
	case !page && IsFeed(body):
		err := feedEach(ctx, client, body, rawURL, each)
		switch {
		case err == nil:
			return nil
		case !errors.Is(err, errNotJSONFeed):
			return fmt.Errorf("%s: %w", rawURL, err)
		}
		// Some other JSON: refused below for its content type.
	}
	a, err := articleFromResponse(body, ctype, final)
	if err != nil {
		return fmt.Errorf("%s: %w", rawURL, err)
	}
	each(Item{Source: rawURL, Article: a})
	return nil
}

// feedExts are file extensions Load reads as feeds; xmlExts those it reads
// as a feed or an OPML subscription list, whichever the file holds.
var (
	feedExts = map[string]bool{".rss": true, ".atom": true}
	xmlExts  = map[string]bool{".xml": true, ".opml": true}
)

// Load imports one source as the CLI and app receive it — an http(s) URL (a
// page, a feed or an OPML list), a feed file (.rss, .atom, .xml), an OPML
// file (.opml, .xml) or any file FromFile reads — and returns one Item per
// article, in feed order. A source that fails as a whole gives a single
// Item with Err set. client may be nil.
func Load(ctx context.Context, client *http.Client, source string) []Item {
	items, _ := collect(func(each func(Item)) error {
		LoadEach(ctx, client, source, each)
		return nil
	})
	return items
}

// LoadEach is Load handing each Item to each as soon as it is ready (a
// feed's entries in the order they finish), from the calling goroutine.
func LoadEach(ctx context.Context, client *http.Client, source string, each func(Item)) {
	var err error
	ext := strings.ToLower(filepath.Ext(source))
	switch {
	case isURL(source):
		err = fromURLOrFeedEach(ctx, client, source, each)
	case feedExts[ext]:
		err = fromFeedEach(ctx, client, source, each)
	case xmlExts[ext]:
		err = fromXMLFileEach(ctx, client, source, each)
	default:
		var a briefing.Article
		if a, err = FromFileContext(ctx, source); err == nil {
			each(Item{Source: source, Article: a})
		}
	}
	if err != nil {
		each(Item{Source: source, Err: err})
	}
}
