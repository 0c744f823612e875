package suggest

import (
	"slices"
	"strings"

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
	before, after = oneName(before, nil, acts), oneName(after, before, acts)
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
	w := wordAfterCue(t, at)
	return w == "with" || w == "against"
}

// reciprocal reports whether the cue at byte offset at of t has its two
// sides after it: "a dispute between X and Y", "talks between".
func reciprocal(t string, at int) bool {
	w := wordAfterCue(t, at)
	return w == "between" || w == "among"
}

// wordAfterCue returns the word after the cue word at byte offset at of t,
// "" when there is none.
func wordAfterCue(t string, at int) string {
	if at < 0 || at >= len(t) {
		return ""
	}
	if w := strings.Fields(t[at:]); len(w) > 1 {
		return w[1]
	}
	return ""
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

// oneName drops from side each name that is another name of one before it
// in side or of one in other: one actor under two names is one party.
func oneName(side, other []string, acts []Actor) []string {
	var out []string
	for _, n := range side {
		if !aliasSide(n, out, acts) && !aliasSide(n, other, acts) {
			out = append(out, n)
		}
	}
	return out
}

// aliasSide reports whether the side named n and one of others are one
// actor under two names: one goes by the other as an alias ("United
// States", which "the White House" stands for where it acts for it, and
// the White House's own item).
func aliasSide(n string, others []string, acts []Actor) bool {
	seat := func(x, y string) bool {
		lx := strings.ToLower(x)
		return strings.EqualFold(seatOf()[lx], y) || strings.EqualFold(aliasOf()[lx], y)
	}
	for _, m := range others {
		if seat(n, m) || seat(m, n) {
			return true // "White House" and "United States": a seat and its country
		}
		for _, a := range acts {
			if a.Name == n && goesBy(a, m) || a.Name == m && goesBy(a, n) {
				return true
			}
		}
	}
	return false
}

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
