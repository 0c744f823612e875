package suggest

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
)

// actorLead is "Name (role)", the bold lead of an actor item.
func actorLead(a Actor) string {
	// a name the source broke after its hyphen ("Al- Mansouri") is
	// written whole
	lead := strings.ReplaceAll(a.Name, "- ", "-")
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
	if a.aka != "" && a.aka != a.Name {
		// the other name the text gives the person: "Ada Lark (a.k.a. Ada Morrow; singer)"
		lead += " (a.k.a. " + a.aka
		if role != "" {
			lead += "; " + role
		}
		return lead + ")"
	}
	switch {
	case role != "":
		lead += " (" + role + ")"
	case a.rep != "":
		lead += " (" + repRole(a) + ")" // a country speaking through its representative
	case a.speaksOf != "" && a.speaksOf != a.Name:
		lead += " (" + a.speaksOf + ")" // a person speaking for a country or body
	}
	return lead
}

// acronymOf returns the acronym an organisation also goes by in the
// reports, when it is made of its name's initials ("European Space Agency"
// written "ESA" too), or "".
func acronymOf(a Actor) string {
	in := initials(a.Name)
	if a.Type != ner.ORG && (a.Type != ner.PER || len(in) < 3) || len(in) < 2 {
		return "" // a person's name has no acronym, but a movement typed as one does ("the VKK")
	}
	asWord := "" // "Esa": written so only when no report writes it in capitals
	for _, al := range a.Aliases {
		caps := strings.ToUpper(al) == al
		if len(al) < 2 || len(al) > 8 || !caps && !wordAcronym(al) {
			continue
		}
		if k := strings.ToLower(strings.ReplaceAll(al, ".", "")); k == in || a.Type == ner.ORG && slices.Contains(acronymsOf(strings.Fields(a.Name)), k) {
			if !caps {
				asWord = cmp.Or(asWord, al)
				continue
			}
			return al // "Tarrow Bureau of Labor and Industries (BOLI)"
		}
	}
	return asWord
}

// wordAcronym reports whether w is an acronym written as a word, as some
// papers write one they say as a word: "Esa", "Nato".
func wordAcronym(w string) bool {
	r := []rune(w)
	return len(r) >= 3 && unicode.IsUpper(r[0]) && strings.ToLower(string(r[1:])) == string(r[1:]) && !strings.ContainsAny(w, ". -'’")
}

// repRole is the role of the representative a body speaks through, less
// the body's name or its acronym, which the label already gives: "the
// Velm Harbour Board (VHB)" with "VHB chairman Ivo Tal" is "(chairman Ivo
// Tal)".
func repRole(a Actor) string {
	r := withoutOwner(a.rep, strings.TrimPrefix(a.Name, "The "))
	if acr := acronymOf(a); acr != "" {
		r = withoutOwner(r, acr)
	}
	return r
}

// withoutOwner drops the body's own name from its representative's role:
// "White House spokesman Name" under the White House is "spokesman Name",
// "geologist at the Tessaly Survey Institute Name" under the institute
// "geologist Name". The name may be written shorter in the role than in
// the label: two words or more of its opening (all of a one-word name).
func withoutOwner(rep, owner string) string {
	rw, ow := strings.Fields(rep), strings.Fields(owner)
	for p := range rw {
		n := 0
		for p+n < len(rw)-1 && n < len(ow) && bareWord(rw[p+n]) == bareWord(ow[n]) {
			n++
		}
		if n < 2 && (n == 0 || n < len(ow)) {
			continue
		}
		q := p
		if q > 0 && strings.EqualFold(rw[q-1], "the") {
			q--
		}
		if q > 0 && ner.RolePrep(rw[q-1]) {
			q--
		}
		return strings.Join(append(append([]string(nil), rw[:q]...), rw[p+n:]...), " ")
	}
	return rep
}

// bareWord is a word of a name without its possessive, its apostrophes
// plain: "Children’s" and "Children's" are one word.
func bareWord(w string) string {
	w = strings.ReplaceAll(w, "’", "'")
	return strings.TrimSuffix(w, "'s")
}
