package suggest

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// longArticle makes an article of about n words from the fixtures.
func longArticle(b *testing.B, id int64, n int) briefing.Article {
	parts := []string{article(b, 1, "valmora.md").Text, article(b, 2, "kyiv-talks.txt").Text}
	var sb strings.Builder
	for i := 0; briefing.WordCount(sb.String()) < n; i++ {
		sb.WriteString(parts[i%2])
		sb.WriteString("\n\n")
	}
	return briefing.Article{ID: id, Text: sb.String()}
}

func BenchmarkStartup(b *testing.B) {
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDraft1000Words(b *testing.B) {
	e := newEngine(b)
	a := []briefing.Article{longArticle(b, 1, 1000)}
	b.ReportMetric(float64(briefing.WordCount(a[0].Text)), "words")
	for b.Loop() {
		e.Draft(a)
	}
}

func BenchmarkDraft20Articles(b *testing.B) {
	e := newEngine(b)
	var arts []briefing.Article
	for i := range 20 {
		arts = append(arts, longArticle(b, int64(i+1), 600))
	}
	for b.Loop() {
		// what the app's Suggest does: draft, fill the brief, list the
		// candidates
		d := e.Draft(arts)
		Propose(&briefing.Brief{}, d)
	}
}
