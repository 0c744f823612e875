package ui

import (
	"sort"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/suggest/sentence"
)

// span is a highlighted byte range of the body.
type span struct {
	start, end int
	kind       int // spanUsed, spanTerm or spanMark; the higher wins
}

// The kinds of highlight, weakest first.
const (
	spanPlain = iota
	spanUsed  // a sentence the open brief quotes
	spanTerm  // a search term
	spanMark  // the source sentence of the selected candidate
)

func (r *readerPane) highlights() []span {
	var spans []span
	if r.mark.ArticleID == r.article.ID && r.mark.Slice(r.article.Text) != "" {
		spans = append(spans, span{r.mark.Start, r.mark.End, spanMark})
	}
	spans = append(spans, termSpans(r.query, r.article.Text)...)
	if b := r.d.openBrief(); b.ID != 0 && b.SourceNumber(r.article.ID) != 0 {
		spans = append(spans, usedSpans(r.d.splitter(), r.article.Text, b, r.article.ID)...)
	}
	return spans
}

// bodySegments splits text into RichText paragraphs with highlighted spans.
func bodySegments(text string, spans []span) []widget.RichTextSegment {
	if strings.TrimSpace(text) == "" {
		return []widget.RichTextSegment{&widget.TextSegment{Text: "(no text)", Style: widget.RichTextStyleParagraph}}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var segs []widget.RichTextSegment
	for _, para := range paragraphs(text) {
		pieces := splitSpans(text, para[0], para[1], spans)
		for i, pc := range pieces {
			style := widget.RichTextStyleInline
			switch pc.kind {
			case spanUsed:
				// Colour, not italics: Fyne 2.7 shifts the wrapped rows of an
				// italic inline segment to the right.
				style.ColorName = theme.ColorNameSuccess
			case spanTerm:
				style.ColorName = theme.ColorNamePrimary
			case spanMark:
				style.ColorName = theme.ColorNamePrimary
				style.TextStyle = fyne.TextStyle{Bold: true}
			}
			style.Inline = i < len(pieces)-1
			t := collapseSpace(pc.text)
			if i == 0 {
				t = strings.TrimLeft(t, " ")
			}
			t = strings.TrimRight(t, " ")
			segs = append(segs, &widget.TextSegment{Text: t, Style: style})
		}
	}
	return segs
}

// paragraphs returns the byte ranges of the blank-line separated paragraphs.
func paragraphs(text string) [][2]int {
	var out [][2]int
	start := 0
	for start < len(text) {
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) != "" {
			out = append(out, [2]int{start, end})
		}
		start = end + 2
	}
	return out
}

type piece struct {
	text string
	kind int // spanPlain … spanMark
}

// splitSpans cuts text[from:to] at highlight boundaries. Where a term falls
// inside the source sentence the sentence wins.
func splitSpans(text string, from, to int, spans []span) []piece {
	kind := make([]int, to-from)
	for _, s := range spans {
		for i := max(s.start, from); i < min(s.end, to); i++ {
			if kind[i-from] < s.kind {
				kind[i-from] = s.kind
			}
		}
	}
	var out []piece
	i := 0
	for i < len(kind) {
		j := i
		for j < len(kind) && kind[j] == kind[i] {
			j++
		}
		out = append(out, piece{text: text[from+i : from+j], kind: kind[i]})
		i = j
	}
	return leadingSpaces(out)
}

// leadingSpaces moves white space at the end of a piece to the start of the
// next one, dropping pieces left empty. Fyne's RichText (2.7) can break a
// word of an inline segment one letter into the end of a row when the
// segment starts with that word; a segment that starts with a space breaks
// at the space instead.
func leadingSpaces(ps []piece) []piece {
	out := ps[:0]
	carry := ""
	for k, p := range ps {
		t := carry + p.text
		carry = ""
		if k < len(ps)-1 {
			trimmed := strings.TrimRightFunc(t, unicode.IsSpace)
			carry = t[len(trimmed):]
			t = trimmed
		}
		if t != "" {
			out = append(out, piece{text: t, kind: p.kind})
		}
	}
	return out
}

// collapseSpace turns every run of white space into one space, keeping a
// space at either edge so that pieces joined inline keep their word gaps.
func collapseSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// usedSpans marks the parts of text (the article with ID articleID) that
// brief b quotes from it (none without a sentence splitter).
func usedSpans(sp *sentence.Splitter, text string, b *briefing.Brief, articleID int64) []span {
	if sp == nil {
		return nil
	}
	var sentences []briefing.TextSpan
	for _, s := range sp.Split(text) {
		sentences = append(sentences, briefing.TextSpan{Start: s.Start, End: s.End})
	}
	var out []span
	for _, q := range briefing.QuotedSpans(text, sentences, b, articleID) {
		out = append(out, span{start: q.Start, end: q.End, kind: spanUsed})
	}
	return out
}
