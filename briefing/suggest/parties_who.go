package suggest

import (
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
	"github.com/briefdesk/briefdesk/internal/lazy"
)

// Who a name in a point's sentence stands for as a side (parties): the
// actor, the state a representative speaks for, the group a possessive
// qualifies; and who is no side at all: counsel against its client, a
// go-between, a place that only says where, a news agency or a reporter.

// withoutCounsel drops from side the people whose role says they speak
// for a party named in either side ("Vale's lawyer" where Vale is one):
// the party is the side, and its counsel never stands against it.
func withoutCounsel(side, other []string, acts []Actor) []string {
	var out []string
	for _, n := range side {
		if !counselFor(n, append(append([]string(nil), side...), other...), acts) {
			out = append(out, n)
		}
	}
	return out
}

// counselFor reports whether the actor named n has a role of counsel for
// another of names: "Ines Valdor's attorney".
func counselFor(n string, names []string, acts []Actor) bool {
	for _, a := range acts {
		if a.Name != n || a.Type != ner.PER || a.Role == "" {
			continue
		}
		counsel := false
		for _, w := range strings.Fields(a.Role) {
			counsel = counsel || counselWords()[bare(w)]
		}
		if !counsel {
			return false
		}
		var ws []string // the role's words without their possessives: "brek's" -> "brek"
		for _, w := range strings.Fields(a.Role) {
			ws = append(ws, strings.ToLower(bareWord(w)))
		}
		owner := strings.Join(ws, " ")
		for _, m := range names {
			if m != n && sameName(owner, m) {
				return true
			}
		}
	}
	return false
}

// counselWords name those who speak for a party: "attorney", "spokesman".
var counselWords = lazy.Of(wordSet, "counsel-words")

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
var modifierFollow = lazy.Of(wordSet, "modifier-follow")

// modifierUse reports whether a name after a determiner or "of" only
// qualifies the noun that follows it: "the Kharan programme", "the Brenna
// valley", "a Velm fan", "hacking of Velm computers". The people who act
// for it are not such a noun: "the Velm officials".
func modifierUse(text string, m ner.Mention) bool {
	switch strings.ToLower(lastWord(text[:m.Start])) {
	case "the", "a", "an", "of", "his", "her", "its", "their":
	default:
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
	return !modifierFollow()[w] && !verbWord(w) && !strings.HasSuffix(w, "ed") && !groupNouns()[w] && !stateBodies()[w]
}

// qualifiesPerson reports whether the place m says where the person named
// right after it comes from: one or two lower-case words between them
// ("Kessel rancher Ines Valdor", "Tarvo city official Oder Pell").
func qualifiesPerson(d *doc, m ner.Mention) bool {
	for _, n := range d.mentions {
		if n.Sentence != m.Sentence || n.Start <= m.End || n.Type != ner.PER {
			continue
		}
		between := strings.Fields(d.art.Text[m.End:n.Start])
		if len(between) == 0 || len(between) > 2 {
			return false
		}
		for _, w := range between {
			if !unicode.IsLower([]rune(w)[0]) || strings.ContainsAny(w, ",;:.") {
				return false
			}
		}
		return true
	}
	return false
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
	if c := seatOf()[strings.ToLower(m.Text)]; c != "" {
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

// newsAgencies are the wire services and picture agencies that credit a
// report or a photo.
var newsAgencies = lazy.Of(wordSet, "news-agencies")

// reporter reports whether name is a news agency.
func reporter(name string) bool { return newsAgencies()[strings.ToLower(name)] }

// pressRoles end the role of someone who reports the news.
var pressRoles = lazy.Of(wordSet, "press-roles")

// pressTeller reports whether the person named at text[start:end] is a
// journalist (a press role right before the name, or in the apposition
// after it) who, by a speech verb before the cue at byte offset cueAt,
// tells of the cue: "Velm Radio reporter Ada Vale said the board refused
// ...", "Ada Vale, a reporter for Velm Radio, said ...".
func pressTeller(text string, start, end, cueAt int) bool {
	press := pressRoles()[strings.ToLower(lastWord(text[:start]))]
	between := text[end:cueAt]
	if rest, ok := strings.CutPrefix(between, ", "); ok && !press {
		if k := strings.IndexByte(rest, ','); k > 0 {
			for _, w := range strings.Fields(rest[:k]) {
				press = press || pressRoles()[strings.ToLower(w)]
			}
		}
	}
	if !press {
		return false
	}
	for _, w := range strings.Fields(between) {
		if speechVerbs()[bare(w)] || reportVerbs()[bare(w)] {
			return true
		}
	}
	return false
}

// partisanNouns, after a name's possessive, are people who side with or
// against its owner without being it.
var partisanNouns = lazy.Of(wordSet, "partisan-nouns")

// partisanAfter returns the partisan noun a name ending at byte offset end
// of text owns ("'s supporters"), "" when none follows.
func partisanAfter(text string, end int) string {
	rest, ok := strings.CutPrefix(text[end:], "'s ")
	if !ok {
		rest, ok = strings.CutPrefix(text[end:], "’s ")
	}
	if !ok {
		return ""
	}
	if w := bare(firstField(rest)); partisanNouns()[w] {
		return w
	}
	return ""
}
