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
//   - actors: "Name (role) — stance [n]" (the lead before " — " prints bold);
//   - sticking points: "Issue — A vs B — sentence [n]" when the parties are known;
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
		lead := a.Name
		switch {
		case a.Role != "":
			lead += " (" + a.Role + ")"
		case a.rep != "":
			lead += " (" + a.rep + ")" // a country speaking through its representative
		}
		st := a.Stance[0]
		out[briefing.SectionActors] = append(out[briefing.SectionActors], briefing.Suggestion{
			Section: briefing.SectionActors, Text: lead + briefing.LeadSeparator + withCite(st.Text, cite(b, st.Prov)),
			Sources: []briefing.Provenance{st.Prov}, Score: a.score})
	}
	for _, p := range d.StickingPoints {
		text := p.Issue + briefing.LeadSeparator
		if len(p.Parties) >= 2 {
			text += strings.Join(p.Parties, " vs ") + briefing.LeadSeparator
		} else if len(p.Parties) == 1 {
			text += p.Parties[0] + briefing.LeadSeparator
		}
		text += withCite(p.Text, cite(b, p.Prov))
		out[briefing.SectionStickingPoints] = append(out[briefing.SectionStickingPoints], briefing.Suggestion{
			Section: briefing.SectionStickingPoints, Text: text, Sources: []briefing.Provenance{p.Prov}, Score: p.score})
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

// Fill writes the best candidates into the sections of b that are empty,
// leaving the analyst's own text alone: a 2–4 sentence summary, 3–6 actors,
// 2–4 sticking points and an outlook: the most likely development, one
// alternative when the text gives one, one assessment with a single ICD 203
// term restated from a hedged sentence ("Assessment: a comprehensive deal
// before the end of the year is unlikely (20–45%) [1].") and "Watch for:"
// indicators taken from the forward-looking sentences.
func Fill(b *briefing.Brief, d Draft) {
	sug := d.Suggestions(b)
	if b.Empty(briefing.SectionSummary) && len(sug[briefing.SectionSummary]) > 0 {
		b.Summary = sug[briefing.SectionSummary][0].Text
	}
	if b.Empty(briefing.SectionActors) {
		b.Actors = texts(sug[briefing.SectionActors], 6)
	}
	if b.Empty(briefing.SectionStickingPoints) {
		b.StickingPoints = texts(sug[briefing.SectionStickingPoints], 4)
	}
	if b.Empty(briefing.SectionOutlook) && len(sug[briefing.SectionOutlook]) > 0 {
		b.Outlook = sug[briefing.SectionOutlook][0].Text
	}
}

func texts(s []briefing.Suggestion, n int) []string {
	var out []string
	seen := map[briefing.Provenance]bool{}
	for _, x := range s {
		if len(out) == n {
			break
		}
		if len(x.Sources) > 0 && seen[x.Sources[0]] {
			continue // one sentence, one item
		}
		if len(x.Sources) > 0 {
			seen[x.Sources[0]] = true
		}
		out = append(out, x.Text)
	}
	return out
}
