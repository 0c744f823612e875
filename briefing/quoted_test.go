package briefing

import (
	"slices"
	"strings"
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
		Summary: "The port is closed [1].", Sources: []Source{{N: 1, ArticleID: 10}}}
	spans := QuotedSpans(text, sentencesOf(t, text), b, 10)
	if len(spans) != 1 {
		t.Fatalf("spans = %+v, want one", spans)
	}
	if got := text[spans[0].Start:spans[0].End]; got != "No ship leaves before the mines are cleared" {
		t.Errorf("marked %q", got)
	}
	// Fewer than minUsedWords words in common mark nothing.
	short := "The quay stayed shut."
	if s := QuotedSpans(short, sentencesOf(t, short), &Brief{Summary: "The quay stayed shut [1].", Sources: b.Sources}, 10); len(s) != 0 {
		t.Errorf("a four-word match was marked: %+v", s)
	}
	if s := QuotedSpans(text, sentencesOf(t, text), &Brief{Sources: b.Sources}, 10); len(s) != 0 {
		t.Errorf("an empty brief quotes %+v", s)
	}
	if s := QuotedSpans(text, nil, b, 10); len(s) != 0 {
		t.Errorf("no sentences, yet spans %+v", s)
	}
}

// Wire copy puts the same words in several outlets' articles; the brief
// quotes them from the one it cites.
func TestQuotedSpansMarkOnlyTheCitedArticle(t *testing.T) {
	shared := "The convoy will cross the river at dawn"
	two := "TIRAN — " + shared + ", a ministry spokesman said on Tuesday. Roads were closed."
	five := "Officials confirmed that " + shared + ". Markets fell."
	sources := []Source{{N: 1, ArticleID: 41}, {N: 2, ArticleID: 42}, {N: 3, ArticleID: 43}, {N: 4, ArticleID: 44}, {N: 5, ArticleID: 45}}
	marked := func(text string, b *Brief, id int64) string {
		var got []string
		for _, s := range QuotedSpans(text, sentencesOf(t, text), b, id) {
			got = append(got, text[s.Start:s.End])
		}
		return strings.Join(got, " / ")
	}
	for _, c := range []struct {
		name      string
		brief     *Brief
		two, five string // what each article has marked
	}{
		{"text cited to one source marks only that source's article",
			&Brief{Summary: "The ministry said the convoy will cross the river at dawn [2]. Markets fell [5].", Sources: sources},
			shared, ""},
		{"a marker that lists several sources cites the text to each",
			&Brief{StickingPoints: []string{"Timing — the convoy will cross the river at dawn [2, 5]"}, Sources: sources},
			shared, shared},
		{"markers side by side cite the same text",
			&Brief{Outlook: "The convoy will cross the river at dawn [5] [2].", Sources: sources},
			shared, shared},
		{"text after a line's last marker is cited to none",
			&Brief{Summary: "Roads were closed [2]. The convoy will cross the river at dawn.", Sources: sources},
			"", ""},
		{"an uncited brief marks nothing",
			&Brief{Summary: "The convoy will cross the river at dawn.", Sources: sources},
			"", ""},
		{"a marker cites only the text back to the previous one",
			&Brief{Summary: "The convoy will cross the river at dawn [5]; roads were closed [2].", Sources: sources},
			"", shared},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := marked(two, c.brief, 42); got != c.two {
				t.Errorf("article [2] marked %q, want %q", got, c.two)
			}
			if got := marked(five, c.brief, 45); got != c.five {
				t.Errorf("article [5] marked %q, want %q", got, c.five)
			}
			if got := marked(five, c.brief, 99); got != "" {
				t.Errorf("an article the brief does not cite marked %q", got)
			}
		})
	}
}

func TestParseCitation(t *testing.T) {
	for _, c := range []struct {
		in   string
		nums []int
		l    int
	}{
		{"[2] more", []int{2}, 3},
		{"[1, 3].", []int{1, 3}, 6},
		{"[1,3]", []int{1, 3}, 5},
		{"[a]", nil, 0},
		{"[1 3]", nil, 0},
		{"[]", nil, 0},
		{"[12", nil, 0},
		{"[1,]", nil, 0},
	} {
		nums, l := parseCitation(c.in)
		if l != c.l || !slices.Equal(nums, c.nums) {
			t.Errorf("parseCitation(%q) = %v, %d; want %v, %d", c.in, nums, l, c.nums, c.l)
		}
	}
}
