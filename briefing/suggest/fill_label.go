package suggest

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
)

// actorLead is "Name (role)", the bold lead of an actor item.
func actorLead(a Actor) string {
	lead := a.Name
	if acr := acronymOf(a); acr != "" {
		lead += " (" + acr + ")" // the short form the reports also use
	}
	role := a.Role
	if strings.HasPrefix(role, "'s") || strings.HasPrefix(role, "’s") {
		role = "" // "the council's envoy": the role lost its owner
	}
	if unbalancedQuotes(role) {
		// `director of "The Long Field`: the title's closing mark is
		// after the name the role stands before
		role = strings.NewReplacer(`"`, "", "“", "", "”", "").Replace(role)
	}
	switch {
	case role != "":
		lead += " (" + role + ")"
	case a.rep != "":
		lead += " (" + withoutOwner(a.rep, a.Name) + ")" // a country speaking through its representative
	case a.speaksOf != "" && a.speaksOf != a.Name:
		lead += " (" + a.speaksOf + ")" // a person speaking for a country or body
	}
	return lead
}

// acronymOf returns the acronym an organisation also goes by in the
// reports, when it is made of its name's initials ("European Space Agency"
// written "ESA" too), or "".
func acronymOf(a Actor) string {
	if a.Type != ner.ORG {
		return ""
	}
	in := initials(a.Name)
	if len(in) < 2 {
		return ""
	}
	for _, al := range a.Aliases {
		if len(al) >= 2 && len(al) <= 8 && strings.ToUpper(al) == al && strings.ToLower(strings.ReplaceAll(al, ".", "")) == in {
			return al
		}
	}
	return ""
}

// withoutOwner drops the body's own name from its representative's role:
// "White House spokesman Name" under the White House is "spokesman Name".
func withoutOwner(rep, owner string) string {
	for _, o := range []string{owner + "'s ", owner + "’s ", owner + " "} {
		if r, ok := strings.CutPrefix(rep, o); ok && strings.TrimSpace(r) != "" {
			return r
		}
	}
	// the body's name as the rep's role is shorter than the one the
	// label prints ("Tessaly University Ada Kessie" for "Tessaly
	// University at Lusan"): two words or more of the owner's opening
	rw, ow := strings.Fields(rep), strings.Fields(owner)
	n := 0
	for n < len(rw)-1 && n < len(ow) && strings.TrimSuffix(strings.TrimSuffix(rw[n], "'s"), "’s") == ow[n] {
		n++
	}
	if n >= 2 {
		return strings.Join(rw[n:], " ")
	}
	return rep
}
