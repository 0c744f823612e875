// Package importer turns what an analyst brings in — pasted text, files
// (.txt, .md, .html, .eml, .docx, .pdf), web pages and feeds — into
// briefing.Article values ready for storage.
//
// It does no storage and no UI. Every Article it returns has had Finish
// called, and its Text is plain text whose paragraphs are separated by one
// blank line ("\n\n"), the shape the suggestion engine expects. Errors name
// the item (file path or URL) and the reason, and wrap one of the sentinel
// errors below so callers can tell "unsupported" from "empty" from "too large".
package importer

import (
	"errors"
	"fmt"
)

// Sentinel errors wrapped by the importers; test with errors.Is.
var (
	// ErrNoText means the item held no text after extraction and trimming.
	ErrNoText = errors.New("no text")
	// ErrUnsupported means the file type is not one the importer reads.
	ErrUnsupported = errors.New("unsupported file type")
	// ErrTooLarge means the item exceeds a size cap (file, download or archive).
	ErrTooLarge = errors.New("too large")
	// ErrBinary means a text file holds binary data.
	ErrBinary = errors.New("binary data, not text")
	// ErrMalformed means a structured file (docx, eml, pdf, feed) could not be parsed.
	ErrMalformed = errors.New("malformed")
	// ErrNoEntries means a feed parsed but holds no entries: nothing to
	// import, which is no failure (the report says "skipped").
	ErrNoEntries = errors.New("the feed holds no entries")
	// ErrLeftOut marks the Item that says how many entries of a feed over
	// MaxFeedEntries were left out: no failure either ("skipped").
	ErrLeftOut = errors.New("entries left out")
)

// sizeMB writes a size in MB with one decimal, rounded up, so a size over a
// limit never reads as the limit itself ("16.1 MB", not "16 MB").
func sizeMB(n int64) string {
	tenths := (n*10 + (1<<20 - 1)) >> 20
	return fmt.Sprintf("%d.%d MB", tenths/10, tenths%10)
}

// Size caps. A file or download past its cap is refused with ErrTooLarge
// rather than read into memory.
const (
	// MaxTextSize caps .txt, .md, .html and .eml files and downloaded pages.
	MaxTextSize = 16 << 20
	// MaxDocumentSize caps .docx and .pdf files on disk.
	MaxDocumentSize = 64 << 20
	// MaxUnpackedSize caps the total uncompressed size read from a .docx.
	MaxUnpackedSize = 50 << 20
	// MaxZipEntries caps the number of entries in a .docx archive.
	MaxZipEntries = 10000
	// MaxPDFContentSize caps the inflated page content streams of one PDF,
	// counted while streaming before the reader holds any of them.
	MaxPDFContentSize = 64 << 20
	// MaxPDFCMapSize caps each inflated font ToUnicode stream of a PDF
	// (real ones are kilobytes; a large CJK font's a few hundred), checked
	// while streaming before the reader interprets it: the reader keeps
	// every token of a CMap on a stack.
	MaxPDFCMapSize = 4 << 20
)
