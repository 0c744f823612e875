package importer

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// checkFinished asserts that Finish ran and the text has the agreed shape.
func checkFinished(t *testing.T, a briefing.Article) {
	t.Helper()
	if a.ContentHash != briefing.ContentHash(a.Text) || a.WordCount != briefing.WordCount(a.Text) || a.WordCount == 0 {
		t.Errorf("Finish not called: hash %q words %d", a.ContentHash, a.WordCount)
	}
	if a.Title == "" {
		t.Error("empty title")
	}
	for i := 0; i+2 < len(a.Text); i++ {
		if a.Text[i] == '\n' && a.Text[i+1] == '\n' && a.Text[i+2] == '\n' {
			t.Fatalf("more than one blank line between paragraphs: %q", a.Text)
		}
	}
}
