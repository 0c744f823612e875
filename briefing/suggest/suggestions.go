package suggest

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/internal/lazy"
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
// ready to insert into b with citation markers [n] from b's sources. There
// is one composer: the first candidate of a section is what Fill writes in
// it when it is empty (the summary and the outlook as one paragraph, the
// actors and the sticking points item by item), and the others are the
// items it was packed from, written by the same renderers:
//   - summary: each summary sentence alone, as Fill would write it;
//   - actors: the actors Fill left out, "Name (role) — position [n]";
//   - sticking points: the other points that name their issue and a side,
//     "Issue — A vs B — gap [n]";
//   - outlook: each forward-looking sentence alone, its ICD 203 term in
//     Suggestion.Likelihood.
//
// Every candidate gives the spans it quotes as its Sources.
func (d Draft) Suggestions(b *briefing.Brief) map[briefing.Section][]briefing.Suggestion {
	// what Fill writes in an empty brief with b's sources
	var p briefing.Brief
	p.Sources = b.Sources
	Fill(&p, d)
	return d.listed(b, &p)
}

// Propose is the assistant's Suggest: it fills the empty sections of b (as
// Fill does) and returns the candidates of every section (as Suggestions
// does), composing the brief once when b is empty.
func Propose(b *briefing.Brief, d Draft) map[briefing.Section][]briefing.Suggestion {
	for _, sec := range briefing.Sections {
		if !b.Empty(sec) {
			sug := d.Suggestions(b)
			Fill(b, d)
			return sug
		}
	}
	Fill(b, d)
	return d.listed(b, b)
}

// listed lists the candidates of every section: first the items of p, the
// brief Fill composed, then the others.
func (d Draft) listed(b, p *briefing.Brief) map[briefing.Section][]briefing.Suggestion {
	out := map[briefing.Section][]briefing.Suggestion{}
	seen := map[string]bool{}
	add := func(sec briefing.Section, text string, srcs []briefing.Provenance, score float64, l briefing.Likelihood) {
		if text == "" || seen[string(sec)+"\x00"+text] {
			return
		}
		seen[string(sec)+"\x00"+text] = true
		out[sec] = append(out[sec], briefing.Suggestion{Section: sec, Text: text, Sources: srcs, Score: score, Likelihood: l})
	}
	spans := d.spanFinder(p)
	n := 0.0
	add(briefing.SectionSummary, p.Summary, spans.of(p.Summary), 2, "")
	for _, it := range p.Actors {
		add(briefing.SectionActors, it, spans.ofItem(it), 2-n/100, "")
		n++
	}
	n = 0
	for _, it := range p.StickingPoints {
		add(briefing.SectionStickingPoints, it, spans.of(it), 2-n/100, "")
		n++
	}
	add(briefing.SectionOutlook, p.Outlook, spans.of(p.Outlook), 2, outlookTerm(d.Outlook, p.Summary))

	for i, s := range d.Summary {
		sl := summarySlot(s, b, nil)
		o := sl.opts[sl.pref]
		add(briefing.SectionSummary, o.text, []briefing.Provenance{o.src.Prov}, 1/float64(i+2), "")
	}
	for _, a := range d.Actors {
		if !a.Acts || len(a.Stance) == 0 {
			continue
		}
		sl := actorSlot(a, b)
		if len(sl.opts) == 0 {
			continue
		}
		o := sl.opts[sl.pref]
		add(briefing.SectionActors, o.text, []briefing.Provenance{o.src.Prov}, a.score, "")
	}
	for _, pt := range d.StickingPoints {
		if !pointQualifies(pt) {
			continue // no issue named, no side, or no disagreement
		}
		sl := pointSlot(pt, d, b)
		if len(sl.opts) == 0 {
			continue
		}
		o := sl.opts[sl.pref]
		add(briefing.SectionStickingPoints, o.text, []briefing.Provenance{o.src.Prov}, pt.score, "")
	}
	for _, f := range d.Outlook {
		add(briefing.SectionOutlook, withCite(f.Text, cite(b, f.Prov)), []briefing.Provenance{f.Prov}, f.score, f.Likelihood)
	}
	return out
}

// spanFinder finds the source spans a composed text quotes: each stretch
// of it before a citation marker [n] is a span of article n's sentences.
type spanFinder struct {
	b     *briefing.Brief
	sents map[int64][]Sentence // an article's sentences
}

func (d Draft) spanFinder(b *briefing.Brief) spanFinder {
	f := spanFinder{b: b, sents: map[int64][]Sentence{}}
	for _, c := range d.pool {
		s := c.d.sentenceOf(c.i)
		f.sents[s.Prov.ArticleID] = append(f.sents[s.Prov.ArticleID], s)
	}
	return f
}

// quoteCiteRe is a citation marker with the sentence end after it.
var quoteCiteRe = lazy.RE(` \[(\d+)\][.!?]?`)

// ofItem is of for an actor item; one that points to the section quoting
// its sentence ("Name — see the Summary [1]") has the spans of that
// section cited to the same source that name the actor, or all of them
// when none does.
func (f spanFinder) ofItem(it string) []briefing.Provenance {
	lead, body := briefing.SplitLead(it)
	rest, ok := strings.CutPrefix(strings.TrimPrefix(body, briefing.LeadSeparator), seePrefix)
	if !ok {
		return f.of(it)
	}
	var text string
	for _, sec := range briefing.Sections {
		if strings.HasPrefix(seePrefix+rest, seeText(sec)+" [") {
			text = f.b.Text(sec)
		}
	}
	id := int64(0)
	if m := quoteCiteRe.FindStringSubmatch(rest); m != nil {
		num, _ := strconv.Atoi(m[1])
		for _, s := range f.b.Sources {
			if s.N == num {
				id = s.ArticleID
			}
		}
	}
	name, _, _ := strings.Cut(lead, " (")
	if f := strings.Fields(name); len(f) > 1 {
		name = f[len(f)-1] // a person is named by surname too
	}
	var all, naming []briefing.Provenance
	for _, p := range f.of(text) {
		if p.ArticleID != id {
			continue
		}
		all = append(all, p)
		for _, s := range f.sents[id] {
			if s.Prov.Start <= p.Start && p.End <= s.Prov.End && strings.Contains(s.Text, name) {
				naming = append(naming, p)
				break
			}
		}
	}
	if len(naming) > 0 {
		return naming
	}
	return all
}

// of returns the provenance of every span text quotes verbatim, in order;
// a restated judgment ("Assessment: … is unlikely") quotes none.
func (f spanFinder) of(text string) []briefing.Provenance {
	var out []briefing.Provenance
	from := 0
	for _, m := range quoteCiteRe.FindAllStringSubmatchIndex(text, -1) {
		part := strings.TrimSpace(text[from:m[0]])
		from = m[1]
		num, _ := strconv.Atoi(text[m[2]:m[3]])
		id := int64(0)
		for _, s := range f.b.Sources {
			if s.N == num {
				id = s.ArticleID
			}
		}
		if i := strings.LastIndex(part, briefing.LeadSeparator); i >= 0 {
			part = part[i+len(briefing.LeadSeparator):] // an item's lead is no quotation
		}
		part = strings.TrimSuffix(strings.TrimPrefix(part, "“"), "”")
		if k := strings.LastIndex(part, ": "); k >= 0 && k < 20 {
			part = part[k+2:] // a run-in label: "Watch for: …"
		}
		if len(part) < 3 {
			continue
		}
		for _, s := range f.sents[id] {
			if k := strings.Index(s.Text, part); k >= 0 {
				out = append(out, briefing.Provenance{ArticleID: id, Start: s.Prov.Start + k, End: s.Prov.Start + k + len(part)})
				break
			}
		}
	}
	return out
}

// outlookTerm is the likelihood the composed outlook states: that of its
// assessment, the first forecast whose judgment can be restated and that
// the summary does not quote (see outlookWithout).
func outlookTerm(fs []Forecast, summary string) briefing.Likelihood {
	var u usedText
	u.addText(briefing.SectionSummary, summary)
	for _, f := range fs {
		if u.has(f.Text) {
			continue
		}
		if a, l := assessment(f.Text); a != "" {
			return l
		}
	}
	return ""
}
