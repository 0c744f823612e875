package briefing

import (
	"strings"
)

// Which sentences of an article a brief quotes, so the reader can mark them.

// minUsedWords is how many consecutive words of a sentence the brief must
// quote for the reader to mark them: fewer would mark common phrases
// ("the talks ended") that the analyst did not take from this article.
const minUsedWords = 6

// TextSpan is a byte range [Start, End) of a text.
type TextSpan struct{ Start, End int }

// QuotedSpans returns the parts of text (the article with ID articleID)
// that brief b quotes from it, given the byte ranges of text's sentences
// (from the assistant's sentence splitter, briefing/suggest/sentence).
// Suggestions are extractive (a sentence or a clause of it, without its
// dateline, final stop or quotation marks), so the longest run of a
// sentence's words that the brief's text cited to this article contains,
// compared without case and punctuation, is what the analyst kept, even
// after editing the text around it. Only text cited to the article counts
// (see citedText): wire copy repeats a phrase across outlets, and a quote
// cited to one of them is not taken from the others.
func QuotedSpans(text string, sentences []TextSpan, b *Brief, articleID int64) []TextSpan {
	if b == nil {
		return nil
	}
	brief := citedText(b, articleID)
	if brief == "" {
		return nil
	}
	var out []TextSpan
	for _, s := range sentences {
		words := quoteWordSpans(text[s.Start:s.End], s.Start)
		if len(words) < minUsedWords {
			continue
		}
		norm := make([]string, len(words))
		for i, w := range words {
			norm[i] = w.norm
		}
		contains := func(i, j int) bool {
			return strings.Contains(brief, " "+strings.Join(norm[i:j], " ")+" ")
		}
		// Longest run of words the brief contains (two pointers: a run
		// that is contained stays contained when it shrinks).
		bestI, bestJ := 0, 0
		i := 0
		for j := minUsedWords; j <= len(words); j++ {
			for i < j-minUsedWords && !contains(i, j) {
				i++
			}
			if contains(i, j) && j-i > bestJ-bestI {
				bestI, bestJ = i, j
			}
		}
		if bestJ > bestI {
			out = append(out, TextSpan{Start: words[bestI].start, End: words[bestJ-1].end})
		}
	}
	return out
}

// quoteWord is a word of the article with its byte range and matching form.
type quoteWord struct {
	start, end int
	norm       string
}

// quoteWordSpans splits s (which starts at byte offset base of the article)
// into words: runs of letters and digits, with inner apostrophes and
// hyphens, lower-cased for matching.
func quoteWordSpans(s string, base int) []quoteWord {
	var out []quoteWord
	for sp := range quoteRule.Spans(s) {
		out = append(out, quoteWord{base + sp.Start, base + sp.End, strings.ToLower(strings.TrimRight(s[sp.Start:sp.End], InnerJoiners))})
	}
	return out
}

var quoteRule = WordRule{Join: InnerJoiners}

// quoteWords is text as its lower-cased words, for matching.
func quoteWords(text string) []string {
	ws := quoteWordSpans(text, 0)
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.norm
	}
	return out
}
