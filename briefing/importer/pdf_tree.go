package importer

import (
	"bytes"
	"fmt"
	"io"
	"strconv"

	"github.com/ledongthuc/pdf"
)

// The PDF reader follows an xref /Prev chain and descends the page tree
// without noticing a cycle: a /Prev that points at its own section, or a
// /Kids that lists its own node, loops for ever. These checks run first.

// maxXrefSections caps the /Prev chain; maxPageTreeDepth caps the page tree
// (real files nest a few levels).
const (
	maxXrefSections  = 1000
	maxPageTreeDepth = 32
)

// checkXrefChain follows startxref and the /Prev entries of the raw file
// and refuses a chain that returns to a section already read. What it
// cannot follow it leaves to the reader.
func checkXrefChain(data []byte) error {
	i := bytes.LastIndex(data, []byte("startxref"))
	if i < 0 {
		return nil
	}
	off, ok := leadingInt(data[i+len("startxref"):])
	seen := map[int64]bool{}
	for ok {
		if seen[off] {
			return fmt.Errorf("%w: the xref /Prev chain loops (offset %d again)", ErrMalformed, off)
		}
		if len(seen) >= maxXrefSections {
			return fmt.Errorf("%w: more than %d xref sections", ErrMalformed, maxXrefSections)
		}
		seen[off] = true
		if off < 0 || off >= int64(len(data)) {
			return nil
		}
		sec := data[off:]
		// The section's dictionary ends where its data starts: the
		// trailer's end (startxref) for a table, "stream" for a stream.
		end := bytes.Index(sec, []byte("startxref"))
		if s := bytes.Index(sec, []byte("stream")); s >= 0 && (end < 0 || s < end) && !bytes.HasPrefix(sec, []byte("xref")) {
			end = s
		}
		if end < 0 {
			return nil
		}
		p := bytes.Index(sec[:end], []byte("/Prev"))
		if p < 0 {
			return nil
		}
		off, ok = leadingInt(sec[p+len("/Prev"):])
	}
	return nil
}

// leadingInt reads the integer after optional white space.
func leadingInt(b []byte) (int64, bool) {
	b = bytes.TrimLeft(b, " \t\r\n\f\x00")
	n := 0
	for n < len(b) && n < 19 && b[n] >= '0' && b[n] <= '9' {
		n++
	}
	v, err := strconv.ParseInt(string(b[:n]), 10, 64)
	return v, err == nil
}

// pdfPages walks the page tree from the catalog and returns its pages in
// order, at most limit of them. A tree deeper than maxPageTreeDepth (a node
// that lists itself or an ancestor among its kids) is refused.
func pdfPages(r *pdf.Reader, limit int) ([]pdf.Page, error) {
	var pages []pdf.Page
	visits := 0
	var walk func(v pdf.Value, depth int) error
	walk = func(v pdf.Value, depth int) error {
		if depth > maxPageTreeDepth {
			return fmt.Errorf("%w: the page tree is more than %d levels deep (it lists itself?)", ErrMalformed, maxPageTreeDepth)
		}
		visits++
		if visits > 4*limit+1000 {
			return fmt.Errorf("%w: the page tree has too many nodes", ErrMalformed)
		}
		switch v.Key("Type").Name() {
		case "Page":
			if len(pages) >= limit {
				return fmt.Errorf("%w: more than %d pages", ErrTooLarge, limit)
			}
			pages = append(pages, pdf.Page{V: v})
		case "Pages":
			kids := v.Key("Kids")
			for i := 0; i < kids.Len(); i++ {
				if err := walk(kids.Index(i), depth+1); err != nil {
					return err
				}
			}
		}
		return nil
	}
	err := walk(r.Trailer().Key("Root").Key("Pages"), 0)
	return pages, err
}

// checkContentSize inflates the content streams of pages, discarding what
// it reads, and refuses them when together they pass limit bytes: the
// reader would otherwise hold each whole stream in memory (a 36 KB file can
// inflate to gigabytes).
func checkContentSize(pages []pdf.Page, limit int64) error {
	left := limit
	for _, p := range pages {
		c := p.V.Key("Contents")
		streams := []pdf.Value{c}
		if c.Kind() == pdf.Array {
			streams = streams[:0]
			for i := 0; i < c.Len(); i++ {
				streams = append(streams, c.Index(i))
			}
		}
		for _, st := range streams {
			if st.Kind() != pdf.Stream {
				continue
			}
			rd := st.Reader()
			n, _ := io.Copy(io.Discard, io.LimitReader(rd, left+1))
			rd.Close()
			if left -= n; left < 0 {
				return fmt.Errorf("%w: page content inflates past %d MB (a PDF bomb?)", ErrTooLarge, limit>>20)
			}
		}
	}
	return nil
}

// checkFontStreams inflates the ToUnicode stream (or streams) of every font
// the pages use, discarding what it reads, and refuses one that passes
// limit bytes. They are the other streams the reader decompresses and
// interprets, token by token into memory, for each page that uses the
// font. A page's resources are looked up through its /Parent chain as the
// reader does, but never more than maxPageTreeDepth levels up.
func checkFontStreams(pages []pdf.Page, limit int64) error {
	for _, p := range pages {
		res := p.V.Key("Resources")
		for v, depth := p.V, 0; res.IsNull() && !v.IsNull() && depth < maxPageTreeDepth; depth++ {
			v = v.Key("Parent")
			res = v.Key("Resources")
		}
		fonts := res.Key("Font")
		for _, name := range fonts.Keys() {
			tu := fonts.Key(name).Key("ToUnicode")
			streams := []pdf.Value{tu}
			if tu.Kind() == pdf.Array {
				streams = streams[:0]
				for i := 0; i < tu.Len() && i < 64; i++ {
					streams = append(streams, tu.Index(i))
				}
			}
			for _, st := range streams {
				if st.Kind() != pdf.Stream {
					continue
				}
				rd := st.Reader()
				n, _ := io.Copy(io.Discard, io.LimitReader(rd, limit+1))
				rd.Close()
				if n > limit {
					return fmt.Errorf("%w: the ToUnicode map of font %s inflates past %d MB (a PDF bomb?)", ErrTooLarge, name, limit>>20)
				}
			}
		}
	}
	return nil
}
