package suggest

import (
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
	"github.com/briefdesk/briefdesk/internal/lazy"
)

// aliasOf maps well-known alternative names to one canonical name. Capitals
// and seats of government are here too, but they are merged with their
// country only when they are used as an actor ("Washington said").
var aliasOf = lazy.Of(wordMap, "aliases")

// seatOf maps a capital or seat of government to its country, for
// metonymy: "Washington accused...", "Moscow's demand".
var seatOf = lazy.Of(wordMap, "seats")

// actorVerbs follow a name used as an actor.
var actorVerbs = lazy.Of(wordSet, "actor-verbs")

// actorUse reports whether the mention m of text is used as an actor: a
// possessive, or followed by a verb, and not after a place preposition.
func actorUse(text string, m ner.Mention) bool {
	before := strings.ToLower(lastWord(text[:m.Start]))
	switch before {
	case "in", "at", "to", "from", "near", "into", "via", "outside", "inside", "across", "of", "around", "toward", "towards":
		return false
	}
	after := strings.TrimLeft(text[m.End:min(len(text), m.End+120)], " ")
	if strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s") {
		return true
	}
	// past a coordinated name: "Arvelia and Sarkand agreed"
	if fs := skipCoordinate(strings.Fields(after)); len(fs) < len(strings.Fields(after)) && len(fs) > 0 {
		after = strings.Join(fs, " ")
	}
	w := strings.ToLower(firstWord(after))
	// the state acting through its people: "Arvelian officials said",
	// "Arvelia's forces" (above), "Arvelia officials"
	return actorVerbs()[w] || stateBodies()[w] && actorVerbs()[strings.ToLower(firstWord(strings.TrimLeft(after[len(w):], " ")))]
}

// stateBodies act for the place named before them: "Kessel officials said".
var stateBodies = lazy.Of(wordSet, "state-bodies")

// group collects the mentions of one actor.
type group struct {
	key        string
	typ        map[string]int
	forms      map[string]int // surface form -> count
	formType   map[string]string
	formTypes  map[string]map[string]int // surface form -> type -> count
	roles      []string
	acts       bool
	mentions   []mref
	firstOrder int
	docs       map[*doc]bool
	unfit      map[at]bool // sentences that cannot be an item, shared by the groups of a draft
	people     []string    // the people who act for a state: "Ostrian officials"
}

type mref struct {
	d *doc
	m ner.Mention
}

// actors groups the named mentions of all documents into actors, merging
// aliases, and picks each actor's stance sentences. An actor the lead
// sentences name (the summary's candidates) ranks higher: the bottom line
// is about the story's principals.
func actors(docs []*doc, book nameBook, lead []Sentence) []Actor {
	region := book.Region
	groups := map[string]*group{}
	unfitCache := map[at]bool{}
	var order []*group
	add := func(key string, d *doc, m ner.Mention) {
		g := groups[key]
		if g == nil {
			g = &group{key: key, typ: map[string]int{}, forms: map[string]int{}, formType: map[string]string{}, firstOrder: len(order),
				formTypes: map[string]map[string]int{}, unfit: unfitCache,
				docs: map[*doc]bool{}}
			groups[key] = g
			order = append(order, g)
		}
		g.typ[m.Type]++
		g.forms[m.Text]++
		if g.formTypes[m.Text] == nil {
			g.formTypes[m.Text] = map[string]int{}
		}
		g.formTypes[m.Text][m.Type]++
		if _, ok := g.formType[m.Text]; !ok {
			g.formType[m.Text] = m.Type
		}
		if m.Role != "" {
			g.roles = append(g.roles, m.Role)
		}
		if m.Type != ner.LOC || actorUse(d.art.Text, m) {
			g.acts = true
		}
		g.mentions = append(g.mentions, mref{d, m})
		g.docs[d] = true
	}
	ix := newNameIndex(docs, book)
	for _, d := range docs {
		// full names of people in this document, for surnames and first
		// names: the nearest full name before a mention, else any in the
		// document, else the only one in all the articles
		docByWord, byWord := map[string]string{}, map[string]string{}
		surnames := map[string]string{} // surname -> the article's full name
		for _, m := range d.mentions {
			if core := personCore(m.Text); m.Type == ner.PER && strings.Contains(core, " ") {
				fs := strings.Fields(strings.ToLower(core))
				if _, ok := surnames[surnameOf(fs)]; !ok {
					surnames[surnameOf(fs)] = ix.person(m.Text)
				}
				for _, w := range []string{fs[0], surnameOf(fs)} {
					if _, ok := docByWord[w]; !ok {
						docByWord[w] = ix.person(m.Text)
					}
				}
			}
		}
		var prev *ner.Mention
		for i := range d.mentions {
			m := d.mentions[i]
			key := canonKey(m.Text)
			lk := strings.ToLower(m.Text)
			if m.Type == ner.PER {
				lk = strings.ToLower(personCore(m.Text))
				key = canonKey(lk)
			}
			if m.Type == ner.PER && strings.Contains(lk, " ") {
				key = ix.person(m.Text)
				fs := strings.Fields(lk)
				byWord[surnameOf(fs)] = key
				if _, ok := byWord[fs[0]]; !ok || ix.words[fs[0]][key] > 0 {
					byWord[fs[0]] = key
				}
				// a given name and two surnames: the first surname alone is
				// the person too ("Reyes" after "Ana Reyes Varga"), unless
				// it is another full name's own word
				if w, ok := firstOfTwoSurnames(fs, book); ok && startsUpper(strings.Fields(personCore(m.Text))[1]) && !ix.othersWord(w, key) {
					if _, taken := byWord[w]; !taken {
						byWord[w] = key
					}
				}
			}
			surname := "" // "Romney" after "Mitt Romney": the person, though a town has the name
			if m.Type == ner.LOC && !strings.Contains(lk, " ") {
				if surname = surnames[lk]; surname == "" {
					surname = ix.onlySurname(lk)
				}
			}
			switch {
			case ix.nick[canonKey(m.Text)] != "":
				key = ix.nick[canonKey(m.Text)] // "El Lobo" after `Tomas "El Lobo" Arrieta`
				m.Type = ner.PER
			case aliasOf()[lk] != "":
				key = canonKey(aliasOf()[lk])
			case seatOf()[lk] != "" && actorUse(d.art.Text, m):
				key = canonKey(seatOf()[lk])
				m.Type = ner.LOC
			case singleName(m, lk) && byWord[lk] != "":
				key = byWord[lk]
			case surname != "" && !region(m.Text) && actorUse(d.art.Text, m):
				key = surname // a country stays the country
				m.Type = ner.PER
			case singleName(m, lk) && docByWord[lk] != "":
				key = docByWord[lk]
			case singleName(m, lk) && ix.only(lk) != "":
				key = ix.only(lk)
			case m.Type == ner.PER && singleName(m, lk) && ix.givenPrefix(lk) != "":
				key = ix.givenPrefix(lk) // "Leo" after "Leonardo Vantor"
			case m.Type == ner.ORG && ix.acro[strings.ReplaceAll(lk, ".", "")] != "":
				key = ix.org(ix.acro[strings.ReplaceAll(lk, ".", "")])
			case strings.HasPrefix(lk, "republic of "):
				key = canonKey(m.Text[len("republic of "):])
			case ix.compass(lk) != "":
				key = ix.compass(lk)
			case m.Type == ner.ORG || ix.orgs[ix.into[key]] > 0:
				key = ix.org(key) // or a short name typed otherwise: "Arvel" for "Arvel Group"
			}
			// a name in brackets right after a person is the same person in another script
			if prev != nil && prev.Type == ner.PER && m.Type == ner.PER {
				gap := strings.TrimSpace(d.art.Text[prev.End:m.Start])
				if gap == "(" || gap == "（" {
					key = ix.person(prev.Text)
					if k, ok := byWord[strings.ToLower(prev.Text)]; ok && !strings.Contains(prev.Text, " ") {
						key = k
					}
					// the surname in the other script is the same person too
					if fs := strings.Fields(m.Text); len(fs) > 1 {
						byWord[strings.ToLower(fs[len(fs)-1])] = key
					}
				}
			}
			add(key, d, m)
			prev = &d.mentions[i]
		}
	}
	addGroupMentions(docs, groups)
	var out []Actor
	for _, g := range order {
		a := g.actor(len(docs))
		a.Name, a.aka = akaLabel(a.Name, ix.aka[g.key])
		if g.inLead(lead) {
			a.score += 0.4
		}
		if !a.Acts || notActor(g, a, book) {
			a.Acts = false
		}
		out = append(out, a)
	}
	representatives(out, order)
	for i := range out {
		out[i].mediator = order[i].mediates(out[i])
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Acts != out[j].Acts {
			return out[i].Acts
		}
		return out[i].score > out[j].score
	})
	assignStances(out)
	return out
}

// courtesyTitles are titles before a name that give no role: "Mr", "Ms".
var courtesyTitles = lazy.Of(wordSet, "courtesy-titles")

// actor turns a group into an Actor: its best name, type, role and stance.
func (g *group) actor(ndocs int) Actor {
	a := Actor{Acts: g.acts, people: g.people}
	// type: majority
	best := 0
	for _, t := range []string{ner.PER, ner.ORG, ner.LOC} {
		if g.typ[t] > best {
			a.Type, best = t, g.typ[t]
		}
	}
	// name: the canonical alias when it is a known name, else the longest form
	// written in Latin script if any, most frequent on ties, with its
	// diacritics when it is written with and without them
	forms := make([]string, 0, len(g.forms))
	for f := range g.forms {
		forms = append(forms, f)
	}
	sort.Slice(forms, func(i, j int) bool {
		fi, fj := forms[i], forms[j]
		if latin(fi) != latin(fj) {
			return latin(fi)
		}
		if shouted(fi) != shouted(fj) {
			return !shouted(fi) // "Union City", not a dateline's "UNION CITY"
		}
		// the full name with its nickname: `Tomas “El Lobo” Arrieta`
		if nicked(fi, g.key) != nicked(fj, g.key) {
			return nicked(fi, g.key)
		}
		if canonKey(fi) == g.key != (canonKey(fj) == g.key) {
			return canonKey(fi) == g.key
		}
		if len(strings.Fields(fi)) != len(strings.Fields(fj)) {
			return len(strings.Fields(fi)) > len(strings.Fields(fj))
		}
		if g.forms[fi] != g.forms[fj] {
			return g.forms[fi] > g.forms[fj]
		}
		if len(fi) != len(fj) && briefing.Fold(fi) == briefing.Fold(fj) {
			return len(fi) > len(fj) // "Bérard", as its owner writes it, not "Berard"
		}
		return fi < fj
	})
	a.Name = forms[0]
	// the type of the name as written, when its mentions agree on one
	// more often than on any other ("Ines Valdor" is a person even when
	// "Valdor" alone was typed as an organisation)
	if t := argmaxType(g.formTypes[a.Name]); t != "" {
		a.Type = t
	}
	if canonKey(a.Name) != g.key {
		for _, v := range aliasOf() {
			if canonKey(v) == g.key {
				a.Name = v
			}
		}
		for _, v := range seatOf() {
			if canonKey(v) == g.key {
				a.Name = v
			}
		}
	}
	for _, f := range forms {
		if f == a.Name {
			a.named = true
		} else {
			a.Aliases = append(a.Aliases, f)
			a.AliasTypes = append(a.AliasTypes, g.aliasType(f, a.Type))
		}
	}
	// role: the longest one given; a courtesy title says nothing of it
	for _, r := range g.roles {
		if fs := strings.Fields(r); len(fs) == 0 || courtesyTitles()[strings.ToLower(strings.TrimSuffix(fs[len(fs)-1], "."))] {
			continue // "Mr", and a capitalised word glued before it ("Should Mr")
		}
		if len(r) > len(a.Role) {
			a.Role = r
		}
	}
	a.mentions = len(g.mentions)
	for _, r := range g.mentions {
		if r.m.Sentence < len(r.d.sents) {
			a.named1 = r.d.sentenceOf(r.m.Sentence) // where the sources first name it
			break
		}
	}
	a.cands = g.stanceCandidates()
	a.Stance = topStance(a.cands, nil)
	a.score = g.rank(a, ndocs)
	return a
}

// argmaxType returns the type counted most often, "" on a tie or none.
func argmaxType(n map[string]int) string {
	best, bn, tie := "", 0, false
	for _, t := range []string{ner.PER, ner.ORG, ner.LOC} {
		switch {
		case n[t] > bn:
			best, bn, tie = t, n[t], false
		case n[t] == bn && bn > 0:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// aliasType is the type of a form of an actor of type typ: typ when some
// mention of the form has it (a surname typed once as an organisation is
// still the person's), else the type its mentions have most often, else
// the first one's ("Kremlin" stays an organisation of the place Russia).
func (g *group) aliasType(form, typ string) string {
	n := g.formTypes[form]
	if n[typ] > 0 {
		return typ
	}
	if t := argmaxType(n); t != "" {
		return t
	}
	return g.formType[form]
}
