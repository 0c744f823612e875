package suggest

import (
	"fmt"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// cite returns " [n]" for the article behind p, or "" when it is not a source of b.
func cite(b *briefing.Brief, p briefing.Provenance) string {
	if b == nil {
		return ""
	}
	if n := b.SourceNumber(p.ArticleID); n > 0 {
		return fmt.Sprintf(" [%d]", n)
	}
	return ""
}

// withCite appends the citation marker to a sentence, keeping its final
// punctuation after the marker: "Talks ended [1]."
func withCite(text, marker string) string {
	if marker == "" {
		return text
	}
	for _, end := range []string{".", "!", "?"} {
		if strings.HasSuffix(text, end) {
			return strings.TrimSuffix(text, end) + marker + end
		}
	}
	return text + marker
}

// Suggestions returns the candidates for each section, best first, as text
// ready to insert into b with citation markers [n] from b's sources:
//   - summary: the drafted summary as one paragraph, then each sentence alone;
//   - actors: "Name (role) — position [n]" (the lead before " — " prints bold),
//     the position being the actor's own clause of its stance sentence;
//   - sticking points: "Issue — A vs B — gap [n]" when the parties are known,
//     the gap being the shortest span that states it (only points that name
//     their issue and a side);
//   - outlook: first the composed outlook (see Fill), then each forward-looking
//     sentence alone, its ICD 203 term in Suggestion.Likelihood.
func (d Draft) Suggestions(b *briefing.Brief) map[briefing.Section][]briefing.Suggestion {
	out := map[briefing.Section][]briefing.Suggestion{}
	if len(d.Summary) > 0 {
		var parts []string
		var provs []briefing.Provenance
		for _, s := range d.Summary {
			parts = append(parts, withCite(s.Text, cite(b, s.Prov)))
			provs = append(provs, s.Prov)
		}
		out[briefing.SectionSummary] = append(out[briefing.SectionSummary], briefing.Suggestion{
			Section: briefing.SectionSummary, Text: strings.Join(parts, " "), Sources: provs, Score: 1})
		for i, s := range d.Summary {
			out[briefing.SectionSummary] = append(out[briefing.SectionSummary], briefing.Suggestion{
				Section: briefing.SectionSummary, Text: withCite(s.Text, cite(b, s.Prov)),
				Sources: []briefing.Provenance{s.Prov}, Score: 1 / float64(i+2)})
		}
	}
	for _, a := range d.Actors {
		if !a.Acts || len(a.Stance) == 0 {
			continue
		}
		sl, _ := actorSlot(a, b)
		if len(sl.opts) == 0 {
			continue
		}
		o := sl.opts[sl.pref]
		out[briefing.SectionActors] = append(out[briefing.SectionActors], briefing.Suggestion{
			Section: briefing.SectionActors, Text: o.text, Sources: []briefing.Provenance{o.src.Prov}, Score: a.score})
	}
	for _, p := range d.StickingPoints {
		if !pointQualifies(p) {
			continue // no issue named, no side, or no disagreement
		}
		sl := pointSlot(p, d.Actors, b)
		if len(sl.opts) == 0 {
			continue
		}
		o := sl.opts[sl.pref]
		out[briefing.SectionStickingPoints] = append(out[briefing.SectionStickingPoints], briefing.Suggestion{
			Section: briefing.SectionStickingPoints, Text: o.text, Sources: []briefing.Provenance{o.src.Prov}, Score: p.score})
	}
	if text, provs, l := outlook(d.Outlook, b); text != "" {
		top := 0.0
		if len(d.Outlook) > 0 {
			top = d.Outlook[0].score + 1
		}
		out[briefing.SectionOutlook] = append(out[briefing.SectionOutlook], briefing.Suggestion{
			Section: briefing.SectionOutlook, Text: text, Sources: provs, Score: top, Likelihood: l})
	}
	for _, f := range d.Outlook {
		out[briefing.SectionOutlook] = append(out[briefing.SectionOutlook], briefing.Suggestion{
			Section: briefing.SectionOutlook, Text: withCite(f.Text, cite(b, f.Prov)), Sources: []briefing.Provenance{f.Prov},
			Score: f.score, Likelihood: f.Likelihood})
	}
	return out
}
