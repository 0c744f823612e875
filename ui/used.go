package ui

import (
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/suggest/sentence"
)

// minUsedLen keeps short, common sentences ("Talks ended.") from being
// marked as used merely because the brief happens to contain the words.
const minUsedLen = 24

// usedSpans returns the sentences of text that the brief quotes: accepted
// suggestions keep their source sentence verbatim (give or take a dateline,
// the final full stop and the citation marker), so a verbatim match finds
// them even after the analyst edited the text around them.
func usedSpans(sp *sentence.Splitter, text string, b *briefing.Brief) []span {
	if sp == nil || b == nil {
		return nil
	}
	var sb strings.Builder
	for _, s := range briefing.Sections {
		sb.WriteString(b.Text(s))
		sb.WriteByte('\n')
	}
	brief := normalizeForMatch(sb.String())
	if brief == "" {
		return nil
	}
	var out []span
	for _, s := range sp.Split(text) {
		core := normalizeForMatch(strings.TrimRight(s.Text, ".!?\"”’' "))
		if i := strings.Index(core, " — "); i >= 0 && i < 40 {
			core = core[i+len(" — "):] // a dateline the suggestion dropped
		}
		if len(core) >= minUsedLen && strings.Contains(brief, core) {
			out = append(out, span{start: s.Start, end: s.End, kind: spanUsed})
		}
	}
	return out
}

// normalizeForMatch collapses white space so line breaks do not matter.
func normalizeForMatch(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}
