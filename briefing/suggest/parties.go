package suggest

import (
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
)

// parties names the sides of sentence i of d: the actors named before the
// cue at byte offset cueAt, then those after it; a person whose role names
// a country stands for that country ("Arvelian Foreign Minister" -> Arvelia).
func parties(d *doc, i, cueAt int, acts []Actor) []string {
	var before, after []string
	seen := map[string]bool{}
	for _, m := range d.mentions {
		if m.Sentence != i {
			continue
		}
		an := actorName(acts, m)
		if mediatorNamed(acts, an) {
			continue // a mediator is never a side
		}
		name := side(acts, an)
		if name == "" || seen[name] {
			continue
		}
		if modifierUse(d.art.Text, m) {
			continue // "the Kharan programme": a name that only qualifies a noun
		}
		if m.Type == ner.LOC && !actorUse(d.art.Text, m) && placeOnly(d.art.Text, m) {
			continue // "from the Kessel valley": a place, not a party
		}
		seen[name] = true
		if m.Start < cueAt {
			before = append(before, name)
		} else {
			after = append(after, name)
		}
	}
	// "the council", "the alliance": a body named by the head noun of its name
	sp := d.sents[i]
	lower := strings.ToLower(sp.Text)
	for _, a := range acts {
		fs := strings.Fields(a.Name)
		if !a.Acts || a.mediator || a.Type != ner.ORG || len(fs) < 2 || seen[a.Name] {
			continue
		}
		head := "the " + strings.ToLower(fs[len(fs)-1])
		if at := occurrences(lower, head); len(at) > 0 {
			seen[a.Name] = true
			if sp.Start+at[0] < cueAt {
				before = append(before, a.Name)
			} else {
				after = append(after, a.Name)
			}
		}
	}
	if len(before) > 0 && len(after) > 0 {
		return []string{strings.Join(before, ", "), strings.Join(after, ", ")}
	}
	all := append(before, after...)
	if len(all) > 2 {
		return []string{all[0], strings.Join(all[1:], ", ")}
	}
	return all
}

// mediatorNamed reports whether the actor called name is a go-between.
func mediatorNamed(acts []Actor, name string) bool {
	for _, a := range acts {
		if a.Name == name {
			return a.mediator
		}
	}
	return false
}

// modifierFollow are the words after "the Name" that still leave the name
// a noun of its own: prepositions, conjunctions, auxiliaries.
var modifierFollow = map[string]bool{"and": true, "or": true, "but": true, "on": true, "of": true, "in": true,
	"to": true, "for": true, "with": true, "at": true, "by": true, "from": true, "over": true, "about": true,
	"against": true, "that": true, "which": true, "who": true, "would": true, "will": true, "could": true,
	"should": true, "must": true, "may": true, "might": true, "can": true, "did": true, "does": true, "as": true,
	"into": true, "after": true, "before": true, "under": true, "not": true, "also": true, "itself": true}

// modifierUse reports whether a name after "the" only qualifies the noun
// that follows it: "the Kharan programme", "the Brenna valley".
func modifierUse(text string, m ner.Mention) bool {
	if !strings.EqualFold(lastWord(text[:m.Start]), "the") {
		return false
	}
	rest := text[m.End:]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	w := firstWord(strings.TrimLeft(rest, " "))
	if w == "" || !unicode.IsLower([]rune(w)[0]) {
		return false
	}
	return !modifierFollow[w] && !verbWord(w) && !strings.HasSuffix(w, "ed")
}

// placeOnly reports whether a place name is used as a location: after a
// place preposition or before a word like "valley" or "corridor".
func placeOnly(text string, m ner.Mention) bool {
	switch strings.ToLower(lastWord(text[:m.Start])) {
	case "in", "at", "from", "near", "into", "to", "across", "towards", "toward", "around":
		return true
	}
	switch strings.ToLower(firstWord(strings.TrimLeft(text[m.End:], " "))) {
	case "valley", "corridor", "region", "border", "river", "province", "district", "area", "peninsula",
		"pass", "basin", "coast", "plain", "enclave", "strait", "front", "line", "sea":
		return true
	}
	return false
}

// side returns the country a person speaks for, when the role or the text
// names one ("Arvelian Foreign Minister", "Sarkand's chief negotiator"),
// else the actor itself.
func side(acts []Actor, name string) string {
	if name == "" {
		return ""
	}
	for _, a := range acts {
		if a.Name == name && a.speaksOf != "" {
			return a.speaksOf
		}
	}
	return name
}

// actorName returns the name of the acting actor a mention belongs to; a
// capital stands for its country when that country acts ("Kyiv withdraw").
func actorName(acts []Actor, m ner.Mention) string {
	if c := seatOf[strings.ToLower(m.Text)]; c != "" {
		for _, a := range acts {
			if a.Acts && a.Name == c {
				return c
			}
		}
	}
	for _, a := range acts {
		if !a.Acts {
			continue
		}
		if a.Name == m.Text {
			return a.Name
		}
		for _, al := range a.Aliases {
			if al == m.Text {
				return a.Name
			}
		}
	}
	return ""
}
