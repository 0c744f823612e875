package importer

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestFinishContract pins what finish guarantees every importer: an untitled
// article is titled from the first words of its text, a given title is
// kept, and Article.Finish has run (metadata cleaned, text trimmed, hash and
// word count set).
func TestFinishContract(t *testing.T) {
	cases := []struct {
		name      string
		in        briefing.Article
		wantTitle string
	}{
		{"untitled takes the first words", briefing.Article{Text: "  Talks end in Geneva\n\nThe delegations left.  "}, "Talks end in Geneva"},
		{"long first line is cut at twelve words", briefing.Article{Text: "one two three four five six seven eight nine ten eleven twelve thirteen"}, "one two three four five six seven eight nine ten eleven twelve…"},
		{"a title is kept and cleaned", briefing.Article{Title: "  Summit \t ends\x07 ", Text: "Body text here."}, "Summit ends"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := c.in
			a.Author, a.Outlet = " Ann Lee\x00 ", "\tThe Ledger "
			finish(&a)
			if a.Title != c.wantTitle {
				t.Errorf("title %q, want %q", a.Title, c.wantTitle)
			}
			if a.Author != "Ann Lee" || a.Outlet != "The Ledger" {
				t.Errorf("metadata not cleaned: author %q outlet %q", a.Author, a.Outlet)
			}
			if a.Text == "" || a.Text != strings.TrimSpace(a.Text) {
				t.Errorf("text not trimmed: %q", a.Text)
			}
			if a.ContentHash == "" || a.ContentHash != briefing.ContentHash(a.Text) {
				t.Errorf("content hash %q not set from the text", a.ContentHash)
			}
			if a.WordCount == 0 || a.WordCount != briefing.WordCount(a.Text) {
				t.Errorf("word count %d not set from the text", a.WordCount)
			}
		})
	}
}
