package briefing

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing/suggest/sentence"
)

func sentencesOf(t *testing.T, text string) []TextSpan {
	t.Helper()
	sp, err := sentence.NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	var out []TextSpan
	for _, s := range sp.Split(text) {
		out = append(out, TextSpan{s.Start, s.End})
	}
	return out
}

func TestQuotedSpansMarkTheQuotedClause(t *testing.T) {
	text := `ODESA — The quay stayed shut on Monday. "No ship leaves before the mines are cleared," the harbour master told reporters. Grain piled up.`
	b := &Brief{StickingPoints: []string{"Mine clearance — “no ship leaves before the mines are cleared” [1]"},
		Summary: "The port is closed [1]."}
	spans := QuotedSpans(text, sentencesOf(t, text), b)
	if len(spans) != 1 {
		t.Fatalf("spans = %+v, want one", spans)
	}
	if got := text[spans[0].Start:spans[0].End]; got != "No ship leaves before the mines are cleared" {
		t.Errorf("marked %q", got)
	}
	// Fewer than minUsedWords words in common mark nothing.
	short := "The quay stayed shut."
	if s := QuotedSpans(short, sentencesOf(t, short), &Brief{Summary: "The quay stayed shut."}); len(s) != 0 {
		t.Errorf("a four-word match was marked: %+v", s)
	}
	if s := QuotedSpans(text, sentencesOf(t, text), &Brief{}); len(s) != 0 {
		t.Errorf("an empty brief quotes %+v", s)
	}
	if s := QuotedSpans(text, nil, b); len(s) != 0 {
		t.Errorf("no sentences, yet spans %+v", s)
	}
}
