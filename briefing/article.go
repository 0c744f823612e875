package briefing

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
)

// Article is one news report in the archive.
type Article struct {
	ID         int64
	Title      string
	Outlet     string // publisher or site name
	Author     string // byline as given
	URL        string // canonical URL, "" when the article has none
	Published  time.Time
	ImportedAt time.Time
	Language   string // BCP 47 tag when known, e.g. "en"
	Text       string // body text; paragraphs separated by blank lines
	RawHTML    string // the page the text was extracted from, "" for plain text
	// ContentHash identifies the body for duplicate detection; see ContentHash.
	ContentHash string
	WordCount   int
}

// ArticleSummary is what an archive list shows: everything but the body.
type ArticleSummary struct {
	ID         int64
	Title      string
	Outlet     string
	Author     string
	URL        string
	Published  time.Time
	ImportedAt time.Time
	WordCount  int
}

// Summary returns the list view of a.
func (a Article) Summary() ArticleSummary {
	return ArticleSummary{ID: a.ID, Title: a.Title, Outlet: a.Outlet, Author: a.Author,
		URL: a.URL, Published: a.Published, ImportedAt: a.ImportedAt, WordCount: a.WordCount}
}

// Finish fills the derived fields (ContentHash, WordCount) and trims
// metadata, dropping control characters from it (see StripControl), so a
// terminal escape in an e-mail Subject is never stored, and caps it (see
// CapMetadata). Importers call it
// before handing an article to storage.
func (a *Article) Finish() {
	a.Title = strings.TrimSpace(collapseSpace(StripControl(a.Title)))
	a.Outlet = strings.TrimSpace(StripControl(a.Outlet))
	a.Author = strings.TrimSpace(StripControl(a.Author))
	a.URL = strings.TrimSpace(StripControl(a.URL))
	a.Language = strings.TrimSpace(StripControl(a.Language))
	CapMetadata(a)
	a.Text = strings.TrimSpace(a.Text)
	a.ContentHash = ContentHash(a.Text)
	a.WordCount = WordCount(a.Text)
}

// ContentHash returns a hex SHA-256 of text with whitespace runs collapsed and
// letters lower-cased, so the same report re-wrapped or re-cased hashes alike.
func ContentHash(text string) string {
	norm := strings.ToLower(collapseSpace(text))
	sum := sha256.Sum256([]byte(strings.TrimSpace(norm)))
	return hex.EncodeToString(sum[:])
}

// WordCount counts runs of letters or digits, the way a reader counts words;
// an apostrophe or hyphen joins a word and, alone, counts as one.
func WordCount(text string) int {
	n := 0
	for range countRule.Spans(text) {
		n++
	}
	return n
}

var countRule = WordRule{Join: InnerJoiners, JoinStarts: true}

func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
