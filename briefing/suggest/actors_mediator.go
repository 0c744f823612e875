package suggest

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
	"github.com/briefdesk/briefdesk/internal/lazy"
)

// mediatorWords name a go-between in a role or an appositive: "UN envoy",
// "the head of the mission", "the chair", "facilitator".
var mediatorWords = lazy.Of(listEntries, "mediator-words")

// neutralBody are organisations whose envoys mediate or observe.
var neutralBody = lazy.Of(wordSet, "neutral-bodies")

// mediatorVerbs follow a go-between: "Wójcik chaired", "with X mediating".
var mediatorVerbs = lazy.Of(wordSet, "mediator-verbs")

func mediatorWord(lower string) bool {
	for _, w := range mediatorWords() {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// mediates reports whether the actor is a go-between rather than a side: a
// person whose role or appositive names a mediator's post without an owner
// ("United Nations envoy", "The head of the mission, X," but not
// "Washington's special envoy"), or anyone the text shows chairing,
// mediating or brokering ("X chaired", "with X mediating", "mediated by X").
func (g *group) mediates(a Actor) bool {
	if a.speaksOf != "" && !neutralBody()[strings.ToLower(a.speaksOf)] {
		return false // a side's own envoy
	}
	if a.Type == ner.PER {
		r := strings.ToLower(a.Role)
		if a.Role != "" && !strings.Contains(r, "'s") && !strings.Contains(r, "’s") && mediatorWord(r) {
			return true
		}
	}
	for _, mr := range g.mentions {
		d, m := mr.d, mr.m
		if m.Sentence >= len(d.sents) {
			continue
		}
		sp := d.sents[m.Sentence]
		before := d.art.Text[sp.Start:m.Start]
		if m.Role != "" {
			before = strings.TrimSuffix(strings.TrimRight(before, " "), m.Role)
		}
		lb := strings.ToLower(strings.TrimRight(before, " "))
		if strings.HasSuffix(lb, "mediated by") || strings.HasSuffix(lb, "brokered by") || strings.HasSuffix(lb, "chaired by") {
			return true
		}
		// an appositive: "The head of the mission, Małgorzata Wójcik,"
		if a.Type == ner.PER && strings.HasSuffix(lb, ",") {
			app := lb[:len(lb)-1]
			if k := strings.LastIndexAny(app, ",;:(\"“"); k >= 0 {
				app = app[k+1:]
			}
			if mediatorWord(app) && !strings.Contains(app, "'s") && !strings.Contains(app, "’s") && len(strings.Fields(app)) <= 6 {
				return true
			}
		}
		if w := firstField(skipAside(d.art.Text[m.End:sp.End])); mediatorVerbs()[bare(w)] {
			return true
		}
	}
	return false
}
