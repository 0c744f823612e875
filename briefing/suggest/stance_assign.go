package suggest

import (
	"slices"
	"strings"

	"github.com/briefdesk/briefdesk/internal/lazy"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
)

// representatives gives a country or body the stance sentences of the
// people who speak for it: a role that names it ("Arvelian Foreign
// Minister", "EU foreign policy chief", "Washington's special envoy") or a
// possessive before the person ("Sarkand's chief negotiator, ... Aylin
// Erdoğan-Kaya"). acts[i] was made from groups[i].
func representatives(acts []Actor, groups []*group) {
	byName := map[string]int{}
	for i, a := range acts {
		if a.Type != ner.PER && a.Acts {
			byName[strings.ToLower(a.Name)] = i
		}
	}
	// an alias names the actor it is a form of unless another actor goes
	// by it as its own name ("White House", an actor of its own, is also
	// a form of the country where it acts for it)
	for i, a := range acts {
		if a.Type == ner.PER || !a.Acts {
			continue
		}
		for _, al := range a.Aliases {
			if _, own := byName[strings.ToLower(al)]; !own {
				byName[strings.ToLower(al)] = i
			}
		}
	}
	// a place not yet an actor may still be the state its officials speak
	// for ("talks between Arvelia and Sarkand ... Arvelian Foreign Minister
	// Ines Valdor said"): placeLookup finds it by its name or demonym
	places := map[string]int{}
	for i, a := range acts {
		if a.Type == ner.LOC && !a.Acts {
			places[strings.ToLower(a.Name)] = i
		}
	}
	find := func(w string, names map[string]int, acting bool) int {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(w), "'s"), "’s")
		if i, ok := names[w]; ok {
			return i
		}
		if len(w) >= 5 {
			for i, a := range acts {
				n := strings.ToLower(a.Name)
				if a.Type == ner.LOC && a.Acts == acting && len(n) >= 4 && !strings.Contains(n, " ") &&
					strings.HasPrefix(w, n[:len(n)-1]) && len(w)-len(n) <= 3 {
					return i // a demonym: Arvelian -> Arvelia, Ukrainian -> Ukraine
				}
			}
		}
		return -1
	}
	lookup := func(w string) int { return find(w, byName, true) }
	placeLookup := func(w string) int { return find(w, places, false) }
	for pi, p := range acts {
		if p.Type != ner.PER {
			continue
		}
		country := -1
		if !pastOffice(p.Role) {
			country = roleOwner(p.Role, lookup)
		}
		if country >= 0 && localOffice(p.Role) && ownedBySeat(p.Role, acts[country]) {
			country = -1 // "Velm Mayor Ada Kessie" speaks for Velm, not the state Velm is the capital of
		}
		if country >= 0 && acts[country].Type == ner.LOC && !office(p.Role) {
			country = -1 // "Kessan rancher": a place where one lives, not one spoken for
		}
		if country < 0 {
			var between string
			country, between = possessiveOwner(groups[pi], lookup)
			if country >= 0 && acts[country].Type == ner.LOC && !office(between) {
				country = -1 // "Kessan's best-known rancher Ines Valdor"
			}
		}
		if country < 0 && !pastOffice(p.Role) {
			if c := roleOwner(p.Role, placeLookup); c >= 0 && stateRole(p.Role, c, placeLookup) {
				country = c
				acts[c].Acts = true // it acts through them
			}
		}
		if country < 0 {
			continue
		}
		c := &acts[country]
		acts[pi].speaksOf = c.Name
		for _, pc := range p.cands {
			if !pc.subject {
				continue
			}
			rc := stanceCand{s: pc.s, score: pc.score - 0.5, agent: true, rep: strings.TrimSpace(p.Role + " " + p.Name),
				repNames: append([]string{p.Name}, p.Aliases...)}
			dup := false
			for k, own := range c.cands {
				if own.s.Prov == pc.s.Prov {
					dup = true
					switch {
					case !pc.agent:
						// "White House spokesman Name issued a statement": the
						// body, named only in the title of its spokesman, acts
						// through them
						if !own.agent && !own.subject && p.Role != "" && strings.Contains(pc.s.Text, p.Role+" "+p.Name) &&
							roleOwner(p.Role, lookup) == country {
							c.cands[k].rep, c.cands[k].repNames, c.cands[k].subject = rc.rep, rc.repNames, true
						}
					case !own.agent && rc.score > own.score:
						c.cands[k] = rc // the country is only named; its representative speaks
					}
				}
			}
			if !dup && pc.agent {
				c.cands = append(c.cands, rc)
			}
		}
		sortCands(c.cands)
	}
}

// stateRole reports whether role is the name or demonym of the place
// country (found by lookup), then an office of its state: "Arvelian
// Foreign Minister", "Kessan ambassador", not "Velm Mayor" nor "Velm
// attorney".
func stateRole(role string, country int, lookup func(string) int) bool {
	fs := strings.Fields(role)
	for k := 1; k < len(fs) && k <= 3; k++ {
		if lookup(strings.Join(fs[:k], " ")) != country {
			continue
		}
		office := strings.Join(fs[k:], " ")
		rest := strings.ToLower(office) + " "
		opens := func(o string) bool { return strings.HasPrefix(rest, o+" ") }
		if highOffice(office) && slices.ContainsFunc(highOffices(), opens) || slices.ContainsFunc(stateRoles(), opens) {
			return true
		}
	}
	return false
}

// stateRoles are the offices, besides the high offices, whose holder
// speaks for a state: "ambassador", "chief negotiator".
var stateRoles = lazy.Of(listEntries, "state-roles")

// pastOffice reports whether a role is one held before ("former FBI
// Director", "ex-minister"): its holder no longer speaks for the body.
func pastOffice(role string) bool {
	lr := strings.ToLower(role)
	return slices.ContainsFunc(pastOfficeWords(), func(w string) bool { return strings.HasPrefix(lr, w) })
}

// pastOfficeWords open a role held before: "former ", "ex-".
var pastOfficeWords = lazy.Of(listEntries, "past-office")

// officeWords, with roleNouns, make a role an office held for what it names.
var officeWords = lazy.Of(wordSet, "office-words")

// localOffice reports whether a role is an office of a city or a
// district: "Velm Mayor", "Velm County Sheriff".
func localOffice(role string) bool {
	for _, w := range strings.Fields(role) {
		if localOffices()[bare(w)] {
			return true
		}
	}
	return false
}

// localOffices are the offices of a city or a district: "mayor".
var localOffices = lazy.Of(wordSet, "local-offices")

// ownedBySeat reports whether the role names the actor only by a city
// that stands for it (its capital, "Velm" for Ostria), not by its own name.
func ownedBySeat(role string, a Actor) bool {
	for _, w := range strings.Fields(role) {
		b := strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(w), "'s"), "’s")
		if seatOf()[b] != "" && !strings.EqualFold(b, a.Name) {
			return true
		}
	}
	return false
}

// office reports whether a role is an office held for the place it names
// ("Kessan Mayor", "Ostrian Foreign Minister"), not a description of where
// someone lives or works ("Kessan rancher"). A role that names a body
// ("Harbour Board chairman") is always held for it.
func office(role string) bool {
	for _, w := range strings.Fields(role) {
		if b := bare(w); roleNouns()[b] || officeWords()[b] {
			return true
		}
	}
	return false
}

// roleOwner returns the actor a role names, or -1: the longest run of the
// role's words that is an actor's name, so that "White House spokesman"
// finds the White House and "Foreign Ministry spokeswoman" the ministry.
func roleOwner(role string, lookup func(string) int) int {
	fs := strings.Fields(role)
	for n := min(len(fs), 4); n >= 1; n-- {
		for i := 0; i+n <= len(fs); i++ {
			if c := lookup(strings.Join(fs[i:i+n], " ")); c >= 0 {
				return c
			}
		}
	}
	return -1
}

// possessiveOwner finds "X's chief negotiator, [role] Name" before a
// mention of the person g and returns the actor X, or -1, and the words
// between X's and the name.
func possessiveOwner(g *group, lookup func(string) int) (int, string) {
	for _, mr := range g.mentions {
		d, m := mr.d, mr.m
		if m.Sentence >= len(d.sents) {
			continue
		}
		before := d.art.Text[d.sents[m.Sentence].Start:m.Start]
		if m.Role != "" {
			before = strings.TrimSuffix(strings.TrimRight(before, " "), m.Role)
		}
		fs := strings.Fields(strings.TrimRight(before, " ,"))
		for k := len(fs) - 1; k >= 0 && k >= len(fs)-5; k-- {
			if verbWord(fs[k]) {
				break // "X's junior senator, said Name": the title is someone else's
			}
			if w := strings.ToLower(fs[k]); w == "and" || w == "but" || w == "or" || k < len(fs)-1 && strings.HasSuffix(w, ",") {
				break // "X's budget every year, and Name": another clause's possessive
			}
			if strings.HasSuffix(fs[k], "'s") || strings.HasSuffix(fs[k], "’s") {
				if c := lookup(fs[k]); c >= 0 {
					return c, strings.Join(fs[k+1:], " ") + " " + m.Role
				}
				break
			}
		}
	}
	return -1, ""
}

// assignStances picks each actor's stance, in the order the actors are
// listed, so that two actors share a sentence only when one of them has no
// other good one.
func assignStances(acts []Actor) {
	used := map[briefing.Provenance]bool{}
	// who speaks first, and a country before the people who speak for it:
	// a sentence goes to the actor that is its subject or speaker, and a
	// representative's words are the stance of the country they speak for
	// ("Dastan (Foreign Minister Leyla Əliyeva) — rejected ...")
	var order []int
	for _, pass := range []func(a *Actor) bool{
		func(a *Actor) bool { return a.speaksOf == "" && agentCand(a.cands) },
		func(a *Actor) bool { return a.speaksOf != "" && agentCand(a.cands) },
		func(a *Actor) bool { return !agentCand(a.cands) },
	} {
		for i := range acts {
			if pass(&acts[i]) {
				order = append(order, i)
			}
		}
	}
	for _, i := range order {
		a := &acts[i]
		a.Stance = topStance(a.cands, used)
		a.rep, a.repNames = "", nil
		if len(a.Stance) == 0 || !a.Acts {
			continue
		}
		for _, c := range a.cands {
			if c.s.Prov == a.Stance[0].Prov {
				if used[c.s.Prov] && !c.agent {
					a.Stance = nil // only named in another actor's sentence
				}
				a.rep, a.repNames = c.rep, c.repNames
				break
			}
		}
		if len(a.Stance) > 0 {
			used[a.Stance[0].Prov] = true
		}
	}
}

// agentCand reports whether the actor is the subject or speaker of one of
// its stance sentences.
func agentCand(cands []stanceCand) bool {
	for _, c := range cands {
		if c.agent {
			return true
		}
	}
	return false
}
