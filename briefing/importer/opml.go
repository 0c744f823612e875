package importer

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// MaxOPMLFeeds caps the feeds read from one OPML subscription list.
const MaxOPMLFeeds = 1000

type opmlOutline struct {
	XMLURL   string        `xml:"xmlUrl,attr"`
	Outlines []opmlOutline `xml:"outline"`
}

type opmlDoc struct {
	Body struct {
		Outlines []opmlOutline `xml:"outline"`
	} `xml:"body"`
}

// isOPML reports whether data's root element is <opml>.
func isOPML(data []byte) bool {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	for {
		tok, err := d.Token()
		if err != nil {
			return false
		}
		if se, ok := tok.(xml.StartElement); ok {
			return strings.EqualFold(se.Name.Local, "opml")
		}
	}
}

// opmlFeeds lists the feed URLs of an OPML list (nested outlines too), each
// once, in order.
func opmlFeeds(data []byte) ([]string, error) {
	var doc opmlDoc
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	if err := d.Decode(&doc); err != nil {
		return nil, fmt.Errorf("%w: not an OPML list: %v", ErrMalformed, err)
	}
	seen := map[string]bool{}
	var out []string
	var walk func([]opmlOutline)
	walk = func(list []opmlOutline) {
		for _, o := range list {
			if u := strings.TrimSpace(o.XMLURL); u != "" && !seen[u] {
				seen[u] = true
				out = append(out, u)
			}
			walk(o.Outlines)
		}
	}
	walk(doc.Body.Outlines)
	return out, nil
}

// opmlEach imports every feed an OPML list names, one after another; a
// feed that fails gives its own failed Item and the others go on. Only
// http(s) feed URLs are read: a list names no files to open.
func opmlEach(ctx context.Context, client *http.Client, data []byte, each func(Item)) error {
	feeds, err := opmlFeeds(data)
	if err != nil {
		return err
	}
	if len(feeds) == 0 {
		return fmt.Errorf("%w: the OPML list names no feeds", ErrNoEntries)
	}
	for i, f := range feeds {
		base := i * (MaxFeedEntries + 1)
		if i >= MaxOPMLFeeds {
			each(Item{Source: f, seq: base, Err: fmt.Errorf("%w: the OPML list names %d feeds, the limit is %d: left out %d", ErrLeftOut, len(feeds), MaxOPMLFeeds, len(feeds)-MaxOPMLFeeds)})
			return nil
		}
		switch {
		case ctx.Err() != nil:
			err = errors.New("cancelled")
		case !isURL(f):
			err = fmt.Errorf("%w: an OPML list's feed is read from an http(s) URL only, not %q", ErrUnsupported, f)
		default:
			err = fromFeedEach(ctx, client, f, func(it Item) { it.seq += base; each(it) })
		}
		if err != nil {
			each(Item{Source: f, seq: base, Err: err})
		}
	}
	return nil
}

// fromXMLFileEach reads a .xml or .opml file as the feed or OPML list it
// holds.
func fromXMLFileEach(ctx context.Context, client *http.Client, path string, each func(Item)) error {
	data, err := readFile(path, MaxTextSize)
	switch {
	case err != nil:
	case isOPML(data):
		err = opmlEach(ctx, client, data, each)
	case IsFeed(data):
		err = feedEach(ctx, client, data, path, each)
	default:
		err = fmt.Errorf("%w %q (not a feed or an OPML list)", ErrUnsupported, strings.ToLower(filepath.Ext(path)))
	}
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// feedOrList reports, for a file a folder walk meets, whether an .xml file
// holds a feed or an OPML list (other XML is passed over); any other file
// passes.
func feedOrList(path string) bool {
	if strings.ToLower(filepath.Ext(path)) != ".xml" {
		return true
	}
	f, err := os.Open(path)
	if err != nil {
		return true // the import names the reason
	}
	defer f.Close()
	head, _ := io.ReadAll(io.LimitReader(f, 64<<10))
	return isOPML(head) || IsFeed(head)
}
