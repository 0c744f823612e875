package briefing

// Provenance says where a suggested sentence came from: an article and the
// byte range [Start, End) of the sentence in that article's Text, so that
// Article.Text[Start:End] is exactly the source sentence.
type Provenance struct {
	ArticleID int64 `json:"article_id"`
	Start     int   `json:"start"`
	End       int   `json:"end"`
}

// Slice returns the text the provenance points to, or "" when the range does
// not fit text (for instance after the article was edited).
func (p Provenance) Slice(text string) string {
	if p.Start < 0 || p.End > len(text) || p.Start > p.End {
		return ""
	}
	return text[p.Start:p.End]
}

// Suggestion is one candidate text for a section, ready to insert, with the
// sentences it was drawn from.
type Suggestion struct {
	Section    Section      `json:"section"`
	Text       string       `json:"text"`
	Sources    []Provenance `json:"sources"`
	Score      float64      `json:"score"`
	Likelihood Likelihood   `json:"likelihood,omitempty"` // outlook only
}
