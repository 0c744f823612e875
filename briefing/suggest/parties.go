package suggest

import (
	"slices"
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
	"github.com/briefdesk/briefdesk/internal/lazy"
)

// parties names the sides of sentence i of d: the actors named before the
// cue at byte offset cueAt, then those after it; a person whose role names
// a country stands for that country ("Arvelian Foreign Minister" -> Arvelia).
//
// two reports whether the text names two parties or more, reporters and
// repeated names counted: the cue strength of the point, kept apart from
// the sides shown.
func parties(d *doc, i, cueAt int, acts []Actor) (sides []string, two bool) {
	var before, after []string
	var afterAt []namedAt // where the names after the cue are
	named := 0
	seen := map[string]bool{}
	deed := -1 // where the deed an accusation alleges starts: the names in it are no sides
	if sp := d.sents[i]; cueAt >= sp.Start && cueAt < sp.End {
		if loc := accusationRe.FindStringSubmatchIndex(sp.Text[cueAt-sp.Start:]); loc != nil {
			deed = cueAt + loc[2]
		}
	}
	for _, m := range d.mentions {
		if m.Sentence != i {
			continue
		}
		an := actorName(acts, m)
		if mediatorNamed(acts, an) {
			continue // a mediator is never a side
		}
		name := side(acts, an)
		if noun := partisanAfter(d.art.Text, m.End); name != "" && noun != "" {
			name += "'s " + noun // "Ada Vale's supporters": not Ada Vale herself
		}
		if name == "" || seen[name] {
			continue
		}
		if modifierUse(d.art.Text, m) {
			continue // "the Kharan programme": a name that only qualifies a noun
		}
		if m.Type == ner.LOC && !actorUse(d.art.Text, m) && placeOnly(d.art.Text, m) {
			continue // "from the Kessel valley": a place, not a party
		}
		if m.Type == ner.LOC && qualifiesPerson(d, m) {
			continue // "Kessel rancher Ines Valdor": the person is the side
		}
		if m.Start < cueAt && m.Type == ner.PER && pressTeller(d.art.Text, m.Start, m.End, cueAt) {
			continue // "Velm Radio reporter Ada Vale said ...": she tells of the dispute
		}
		seen[name] = true
		named++
		if reporter(name) {
			continue // a news agency reports the dispute, it is no side of it
		}
		if m.Start < cueAt {
			before = append(before, name)
		} else if deed < 0 || m.Start < deed {
			after = append(after, name)
			afterAt = append(afterAt, namedAt{name, m.Start, m.End})
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
			named++
			if sp.Start+at[0] < cueAt {
				before = append(before, a.Name)
			} else {
				after = append(after, a.Name)
				afterAt = append(afterAt, namedAt{a.Name, sp.Start + at[0], sp.Start + at[0] + len(head)})
			}
		}
	}
	two = named >= 2
	listed := listedFirst(d.art.Text, afterAt)
	if lo, hi, ok := passiveAgent(sp.Text, cueAt-sp.Start); ok {
		// "X is accused by Y of ...": Y accuses X; the others named after
		// the cue stay on X's side
		var agent, rest []string
		for _, n := range after {
			if in := occurrences(sp.Text[lo:hi], n); len(in) > 0 {
				agent = append(agent, n)
			} else {
				rest = append(rest, n)
			}
		}
		if len(agent) > 0 {
			before, after = agent, append(before, rest...)
		}
	}
	after = distinctSide(after, before)
	before, after = withoutCounsel(before, after, acts), withoutCounsel(after, before, acts)
	if len(after) == 0 && len(before) >= 2 && otherSideAfter(sp.Text, cueAt-sp.Start) {
		// "X rallied around Y, whose standoff with the authorities ...":
		// the dispute is the nearest name's, its other side is not one of
		// the actors; the names further back are no side of it
		return before[len(before)-1:], two
	}
	before, after = firstN(before, 2), firstN(after, 2)
	if len(after) == 0 && len(before) > 0 && deed >= 0 && passiveAt(sp.Text, cueAt-sp.Start) {
		// "X and Y were accused of fraud": the accused stand together,
		// their accuser is not named among the sides
		return []string{strings.Join(before, ", ")}, two
	}
	if len(before) > 0 && len(after) > 0 {
		return []string{strings.Join(before, ", "), strings.Join(after, ", ")}, two
	}
	if one := slices.DeleteFunc(slices.Clone(after), func(n string) bool { return !listed[n] }); len(before) == 0 && len(one) > 1 && !reciprocal(sp.Text, cueAt-sp.Start) {
		// "(they) refused to serve X and Y, which ...": those the cue is
		// aimed at, in one list, are one side; the other is not named
		return []string{strings.Join(one, ", ")}, two
	}
	all := append(before, after...)
	if len(all) > 2 {
		return []string{all[0], strings.Join(all[1:min(3, len(all))], ", ")}, two
	}
	return all, two
}

// accusationRe matches an accusation at its verb, up to the word that opens
// the deed it alleges: "accused the council of ...", "sued the firm over
// ...", "blamed the rebels for ...". The names inside the deed ("of
// breaking into Kessan Bank computers") are what is alleged, not who
// stands against whom.
var accusationRe = lazy.RE(`^(?i:accus|blam|charg|suspect|convict|su(?:e|es|ed|ing)\b|criticis|criticiz|condemn|indict)[a-z]*\b[^.;:]*?\b((?:of|for|over|with))\b`)

// passiveAgent finds the agent of a passive cue at byte offset at of t:
// "was accused by the council of" gives the span of "the council"; ok is
// false when the cue is not passive.
func passiveAgent(t string, at int) (lo, hi int, ok bool) {
	if !passiveAt(t, at) {
		return 0, 0, false
	}
	rest := t[at:]
	verbEnd := strings.IndexByte(rest, ' ')
	if verbEnd < 0 {
		return 0, 0, false
	}
	by := strings.Index(rest[verbEnd:], " by ")
	if by < 0 || by > 12 {
		return 0, 0, false
	}
	lo = at + verbEnd + by + len(" by ")
	hi = len(t)
	for _, stop := range []string{",", " of ", " for ", " over ", ";", "."} {
		if i := strings.Index(t[lo:], stop); i >= 0 && lo+i < hi {
			hi = lo + i
		}
	}
	return lo, hi, true
}

// passiveAt reports whether the cue at byte offset at of t is a passive
// verb: "was accused", "have also been blamed".
func passiveAt(t string, at int) bool {
	if at <= 0 || at >= len(t) {
		return false
	}
	prev := strings.Fields(t[:at])
	if len(prev) == 0 {
		return false
	}
	aux := bare(prev[len(prev)-1])
	if strings.HasSuffix(aux, "ly") && len(prev) > 1 {
		aux = bare(prev[len(prev)-2]) // "was repeatedly accused"
	}
	switch aux {
	case "is", "are", "was", "were", "been", "being", "be", "get", "got":
		return true
	}
	return false
}

// otherSideAfter reports whether the cue at byte offset at of t names its
// other side after it: "standoff with", "dispute against", "row with".
func otherSideAfter(t string, at int) bool {
	if at < 0 || at >= len(t) {
		return false
	}
	w := strings.Fields(t[at:])
	return len(w) > 1 && (w[1] == "with" || w[1] == "against")
}

// distinctSide drops from b the names that stand for a name of a ("Gary
// McKinnon" vs "McKinnon"): one party is never both sides.
func distinctSide(b, a []string) []string {
	var out []string
	for _, n := range b {
		same := false
		for _, m := range a {
			if sameName(n, m) {
				same = true
				break
			}
		}
		if !same {
			out = append(out, n)
		}
	}
	return out
}

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

// sameName reports whether two names share a word of four letters or more.
func sameName(a, b string) bool {
	for _, x := range strings.Fields(strings.ToLower(a)) {
		if len(x) < 4 {
			continue
		}
		for _, y := range strings.Fields(strings.ToLower(b)) {
			if x == y {
				return true
			}
		}
	}
	return false
}

func firstN(ss []string, n int) []string {
	if len(ss) > n {
		return ss[:n]
	}
	return ss
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
var modifierFollow = lazy.Of(wordSet, "modifier-follow")

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
	return !modifierFollow()[w] && !verbWord(w) && !strings.HasSuffix(w, "ed")
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
	press := false
	if fs := strings.Fields(text[:start]); len(fs) > 0 && pressRoles()[strings.ToLower(fs[len(fs)-1])] {
		press = true
	}
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

// namedAt is a name and where it is in the text.
type namedAt struct {
	name       string
	start, end int
}

// listedFirst returns the names that open the list of names at, in the
// order of the text, when they are two or more joined by nothing but
// "and", "or", commas and determiners ("X, Y and the Z") and the list is
// all of them or ends at a comma (", which ..."); nil otherwise.
func listedFirst(text string, at []namedAt) map[string]bool {
	spans := slices.Clone(at)
	slices.SortStableFunc(spans, func(a, b namedAt) int { return a.start - b.start })
	n := 1
	for ; n < len(spans); n++ {
		if spans[n].start < spans[n-1].end {
			continue
		}
		gap := text[spans[n-1].end:spans[n].start]
		joined := true
		for _, w := range strings.Fields(gap) {
			switch strings.ToLower(strings.Trim(w, ",")) {
			case "", "and", "or", "the", "his", "her", "its", "their":
			default:
				joined = false
			}
		}
		if !joined {
			if !strings.HasPrefix(gap, ",") {
				return nil
			}
			break
		}
	}
	if n < 2 {
		return nil
	}
	out := map[string]bool{}
	for _, sp := range spans[:n] {
		out[sp.name] = true
	}
	return out
}

// reciprocal reports whether the cue at byte offset at of t has its two
// sides after it: "a dispute between X and Y", "talks between".
func reciprocal(t string, at int) bool {
	if at < 0 || at >= len(t) {
		return false
	}
	w := strings.Fields(t[at:])
	return len(w) > 1 && (w[1] == "between" || w[1] == "among")
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
