package ner

import (
	"strings"

	"github.com/briefdesk/briefdesk/internal/lazy"
)

// nameRules type a capitalised name by what it is made of and by the words
// just before and after it. Order matters: the first row that matches wins.
// (It is set in init because two rows call classify, which reads it; the
// table is built when first used.)
var nameRules func() []rule

func init() { nameRules = lazy.Value(nameRuleTable) }

func nameRuleTable() []rule {
	return []rule{
		// what the name is made of
		{name: "known-pair", sure: true, what: "two or more known places or bodies joined by hyphens: each is a name of its own",
			match: func(c *nameCtx) bool { return len(c.r.knownParts(c.name)) > 1 },
			split: func(c *nameCtx) []Mention { return c.r.knownParts(c.name) },
			pos: []string{"The [Kenya-Uganda] talks ended.", "Trade in the [NATO-Russia] council stalled.",
				"The [Kenya-South Sudan] border reopened.", "The [New Zealand-Sri Lanka] series was drawn."},
			neg: []string{"The [Kenya-Dunmaro] talks ended.", "The [Nairobi-based] group left."}},
		{name: "known-place", typ: LOC, sure: true, what: "a place in the gazetteers",
			match: func(c *nameCtx) bool { return c.r.g.loc[c.whole] },
			pos:   []string{"Talks opened in [Nairobi] on Monday."}, neg: []string{"[Tarrow Pavilion] opened."}},
		{name: "known-body", typ: ORG, sure: true, what: "an organisation in the gazetteers",
			match: func(c *nameCtx) bool { return c.r.g.org[c.whole] },
			pos:   []string{"[NATO] agreed."}, neg: []string{"[Dunmaro] agreed."}},
		{name: "the-body", typ: ORG, sure: true, what: "a legislature's or government's common noun, capitalised, after the: the Cabinet, the Assembly",
			match: func(c *nameCtx) bool { return c.n() == 1 && c.prev == "the" && c.next != "of" && bodyNouns()[c.whole] },
			pos:   []string{"The bill now goes to the [Assembly] for a vote.", "Ministers in the [Cabinet] disagreed."},
			neg:   []string{"[Assembly] of parts begins at dawn.", "The [Assembly] of Tarrow Elders met.", "A [Cabinet] reshuffle is due."}},
		{name: "not-actor", what: "a demonym or other capitalised word that is no actor, or a name ending in an event's, prize's, alert's or illness's word",
			match: func(c *nameCtx) bool {
				g := c.r.g
				return g.notActor[c.whole] || g.miscHead[c.last] && !g.orgHead[c.last] && !(g.orgOfHead[c.first] && strings.Contains(c.whole, " of "))
			},
			pos: []string{"The [Tarrow Cup] ended.", "[Kenyan] dancers came.", "No [Silver Alert] was issued.", "Cases of [Dorvan Valley Fever] rose."}, neg: []string{"The [Tarrow Union] met."}},
		{name: "eponym", what: "a name before the illness, law or effect it names: no actor",
			match: func(c *nameCtx) bool {
				e := eponymNouns()
				return e[c.next] || (c.next == "'s" || c.next == "’s") && e[c.next2]
			},
			pos: []string{"He has [Dravnik]'s disease.", "A case of [Tarrow] syndrome was found."}, neg: []string{"[Dravnik]'s office said no."}},
		{name: "people", what: "a people or its adjective, with a compass word or place before it: no actor",
			match: func(c *nameCtx) bool {
				if c.n() < 2 {
					return false
				}
				g := c.r.g
				if g.notActor[strings.TrimSuffix(c.whole, "s")] {
					return true
				}
				if !g.notActor[strings.TrimSuffix(c.last, "s")] {
					return false
				}
				for _, t := range c.name[:c.n()-1] {
					if lw := strings.ToLower(t.Text); !compass()[lw] && !g.loc[lw] {
						return false
					}
				}
				return true
			},
			pos: []string{"Many [South Africans] left.", "Most [Central Africans] stayed."}, neg: []string{"Many [South African Airways] staff left."}},
		{name: "lone-letter", what: "a name ending in a single letter",
			match: func(c *nameCtx) bool { return len([]rune(c.last)) == 1 },
			pos:   []string{"Play in [Section B] resumed."}, neg: []string{"Play in [Section Bel] resumed."}},
		{name: "party-tag", what: "a party's letter and a state in brackets after a lawmaker's name: no actor",
			match: func(c *nameCtx) bool { return c.n() == 1 && c.prev == "(" && c.next == ")" && partyTag(c.whole) },
			pos:   []string{"Senator Mara Quillen ([D-NY]) spoke.", "Tom Avery ([R-Ohio]) replied."},
			neg:   []string{"Fighters of the ([Al-Tarrow]) brigade left.", "Mara Quillen ([Ab-Ohio]) replied."}},
		{name: "org-first", typ: ORG, sure: true, what: "a club's or company's first word, no given name after it",
			match: func(c *nameCtx) bool {
				return c.n() > 1 && c.r.g.orgFirst[c.first] && !c.r.g.first[strings.ToLower(c.name[1].Text)]
			},
			pos: []string{"[Sporting Dunmaro] won."}, neg: []string{"[Sporting Maria] won."}},
		{name: "place-plural", typ: ORG, sure: true, what: "a place and a capitalised plural: a team",
			match: func(c *nameCtx) bool {
				return c.n() > 1 && c.r.g.loc[joinLower(c.name[:c.n()-1])] && teamPlural(c.name[c.n()-1].Text)
			},
			pos: []string{"The [Nairobi Herons] won."}, neg: []string{"The [Tarrow Herons] won."}},
		{name: "initial", typ: PER, sure: true, what: "an initial and a name",
			match: func(c *nameCtx) bool { return c.n() > 1 && initialName(c.name[0].Text) },
			pos:   []string{"[K. Osei] spoke."}, neg: []string{"[Kofi Osei] spoke."}},
		{name: "person-after-prefix", typ: PER, sure: true, what: "origin, party, title or team words before a given name",
			// a name ending in an organisation's word is a body, whatever
			// given name it holds ("National Maria Service")
			match: func(c *nameCtx) bool { return c.n() > 2 && !c.r.g.orgHead[c.last] && c.r.personAfterPrefix(c.name) > 0 },
			split: func(c *nameCtx) []Mention {
				p := c.r.personAfterPrefix(c.name)
				if c.r.hasBodyHead(c.name[:p]) {
					// "the University of Lisbon Ines Orta": the body, then the person
					pm := mention(c.text, c.name[p:], PER, true)
					pm.Role = c.r.roleAround(c.text, c.toks, c.i+p, c.j)
					return append(c.r.classify(c.text, c.toks, c.i, c.i+p), pm)
				}
				var out []Mention
				for m := 0; m < p; m++ {
					if n, typ := c.r.lookup(c.name[m:p]); n > 0 {
						out = append(out, mention(c.text, c.name[m:m+n], typ, true))
						m += n - 1
					}
				}
				pm := mention(c.text, c.name[p:], PER, true)
				pm.Role = c.r.roleAround(c.text, c.toks, c.i+p, c.j)
				return append(out, pm)
			},
			pos: []string{"Then [Velorian Maria Kessie] scored.", "A professor at the [University of Lisbon Ines Orta] said so."}, neg: []string{"Then [Maria Kessie] scored.", "The [National Maria Service] said."}},
		{name: "origin-before-player", typ: PER, sure: true, what: "a place or demonym before a given name or initial",
			match: func(c *nameCtx) bool {
				g := c.r.g
				return c.n() > 2 && (g.loc[c.first] || g.org[c.first] || g.notActor[c.first] || demonymSuffix(c.first)) && !g.first[c.first] &&
					(g.first[strings.ToLower(c.name[1].Text)] || initialName(c.name[1].Text))
			},
			split: func(c *nameCtx) []Mention {
				out := c.r.classify(c.text, c.toks, c.i, c.i+1)
				return append(out, mention(c.text, c.name[1:], PER, true))
			},
			pos: []string{"Then [Kenya K. Osei] scored."}, neg: []string{"Then [K. Osei] scored."}},
		{name: "compass-place", typ: LOC, sure: true, what: "a compass word before a known place: a part of it",
			match: func(c *nameCtx) bool {
				rest := joinLower(c.name[1:])
				return c.n() > 1 && compass()[c.first] && (c.r.g.loc[rest] || c.r.geoPlace(rest))
			},
			pos: []string{"Rain fell on [Southern Malawi]."}, neg: []string{"Rain fell on [Southern Dunmaro]."}},
		{name: "demonym-region", typ: LOC, sure: true, what: "a demonym before a known region that is no country: a part of it",
			match: func(c *nameCtx) bool {
				rest := joinLower(c.name[1:])
				return c.n() > 1 && c.r.g.notActor[c.first] && c.r.g.loc[rest] && !c.r.g.country[rest] && !c.r.g.city[rest]
			},
			pos: []string{"Ice melted in the [Canadian Arctic]."}, neg: []string{"Ice melted in the [Canadian Tarrow]."}},
		{name: "not-actor-first", what: "a demonym before a name that no body's word ends or joins: the rest is typed alone",
			match: func(c *nameCtx) bool {
				return c.n() > 1 && c.r.g.notActor[c.first] && !c.r.g.orgHead[c.last] && !c.r.bodyJoined(c.name[1:])
			},
			split: func(c *nameCtx) []Mention { return c.r.classify(c.text, c.toks, c.i+1, c.j) },
			pos:   []string{"Many [Kenyan Orthodox] priests came."},
			neg:   []string{"The [Kenyan Tarrow Union] met.", "The [Kenyan Academy of Tarrow Arts] met."}},
		{name: "article-town", typ: LOC, sure: true, what: "a Romance or Germanic article and a GeoNames town",
			match: func(c *nameCtx) bool { return c.n() >= 2 && articles()[c.first] && c.r.geoPlace(c.whole) },
			pos:   []string{"They fled to [La Libertad]."}, neg: []string{"They read [La Vostrana]."}},
		{name: "article", typ: ORG, what: "an article that starts the name of a paper, party or firm",
			match: func(c *nameCtx) bool { return c.n() == 2 && articles()[c.first] && !c.r.g.first[c.last] },
			pos:   []string{"[Il Vespertino] ran the story.", "[Al Nahar] ran the story."}, neg: []string{"[El Carlos] ran the story."}},
		{name: "body-joined", typ: ORG, sure: true, what: "a body's head before of, for or on",
			match: func(c *nameCtx) bool { return c.n() > 2 && c.r.bodyJoined(c.name) },
			pos:   []string{"The [Panel on Soil Health] met."}, neg: []string{"The [Lake of Tarrow] froze."}},
		{name: "org-head", typ: ORG, sure: true, what: "a name ending in an organisation's word",
			match: func(c *nameCtx) bool { return c.n() > 1 && c.r.g.orgHead[c.last] },
			pos:   []string{"[Northbridge Holdings] said so.", "[Kessan Motor] raised prices."}, neg: []string{"[Northbridge Hotel] said so."}},
		{name: "org-of-head", typ: ORG, sure: true, what: "an organisation's word just before of",
			match: func(c *nameCtx) bool {
				for k := 1; k+1 < c.n(); k++ {
					if strings.EqualFold(c.name[k].Text, "of") && c.r.g.orgOfHead[strings.ToLower(c.name[k-1].Text)] {
						return true
					}
				}
				return false
			},
			pos: []string{"The [Government of Tarrow] fell.", "The [Dorvik Chamber of Commerce] said trade fell."},
			neg: []string{"The [Lake of Tarrow] froze."}},
		{name: "loc-head", typ: LOC, sure: true, what: "a name ending in a place's or facility's word",
			match: func(c *nameCtx) bool { return c.n() > 1 && c.r.g.locHead[c.last] },
			pos:   []string{"They met at the [Mardell Hotel]."}, neg: []string{"They met at [Mardell Holdings]."}},
		{name: "state-of", typ: LOC, sure: true, what: "the formal name of a state",
			match: func(c *nameCtx) bool { return c.n() > 2 && stateHeads()[c.first] && strings.Contains(c.whole, " of ") },
			pos:   []string{"The [Republic of Sarkand] voted."}, neg: []string{"The [Republic Tarrow] voted."}},
		{name: "place-first", typ: LOC, sure: true, what: "a place's or building's first word",
			match: func(c *nameCtx) bool { return c.n() > 1 && placeFirst()[c.first] },
			pos:   []string{"They camped by [Lake Tarrow]."}, neg: []string{"They camped by [Tarrow]."}},

		// the words around the name
		{name: "title-before", typ: PER, sure: true, what: "a title just before the name",
			match: func(c *nameCtx) bool { return c.r.g.title[c.prev] && !c.r.g.orgHead[c.last] },
			pos:   []string{"They met envoy [Dravnik] on Monday."}, neg: []string{"They met [Dravnik] on Monday."}},
		{name: "occupation-before", typ: PER, sure: true, what: "a lower-case occupation noun just before the name: rapper X, novelist X",
			match: func(c *nameCtx) bool {
				return c.i > 0 && c.r.g.occupation[c.prev] && !isCap(c.toks[c.i-1].Text) && !c.r.g.orgHead[c.last] && !c.r.g.locHead[c.last]
			},
			pos: []string{"Fans cheered rapper [Mellow Dravnik] on Monday.", "The novelist [Kestrel] said so."}, neg: []string{"Fans cheered [Mellow Dravnik] on Monday.", "The designer [Tarvo Group] said so."}},
		{name: "given-name", typ: PER, sure: true, what: "a name that starts with a given name",
			match: func(c *nameCtx) bool { return c.r.g.first[c.first] && c.n() > 1 },
			pos:   []string{"They met [Maria Dravnik] on Monday."}, neg: []string{"They met [Dravnik] on Monday."}},
		{name: "of-town", typ: LOC, sure: true, what: "the town, city, village, province, region or capital of X",
			match: func(c *nameCtx) bool {
				switch c.prev2 {
				case "town", "city", "village", "province", "region", "capital":
					return c.prev == "of"
				}
				return false
			},
			pos: []string{"They reached the town of [Kelvarro]."}, neg: []string{"They reached the heart of [Kelvarro]."}},
		{name: "caps-word", what: "a unit, time zone, office or ordinary word in capitals",
			match: func(c *nameCtx) bool {
				return c.n() == 1 && isAllCaps(c.name[0].Text) && (notActorAcronyms()[c.first] || c.r.usuallyLower(c.name[0].Text))
			},
			pos: []string{"It ran at 40 [MPH] then."}, neg: []string{"The [NCDA] said so."}},
		{name: "acronym", typ: ORG, what: "an acronym of up to six letters: a body",
			match: func(c *nameCtx) bool { return isAllCaps(c.name[0].Text) && c.n() == 1 && len(c.name[0].Text) <= 6 },
			pos:   []string{"The [NCDA] said so."}, neg: []string{"The [NCDAVELMAR] said so."}},
		{name: "said-people", typ: PER, sure: true, what: "two or three words before said, told, who, the last no body's name",
			match: func(c *nameCtx) bool {
				return c.n() > 1 && c.personVerbAfter() && !c.r.g.org[c.last] && !c.r.g.orgHead[c.last]
			},
			pos: []string{"[Tarrow Dravnik] said it would rain."},
			neg: []string{"[Tarrow Dravnik] said in a statement it would rain.", "The [Dunmaro Treasury] said it would act."}},
		{name: "said-person", typ: PER, what: "one word before said, told, who",
			match: func(c *nameCtx) bool { return c.n() == 1 && c.personVerbAfter() && !c.r.notName(c.name[0].Text) },
			pos:   []string{"Later [Dravnik] said it would rain."}, neg: []string{"Later [Sarkandia] said it would rain.", "[Elders] said it would rain."}},
		{name: "lone-org-head", what: "an organisation's word alone",
			match: func(c *nameCtx) bool {
				return c.r.g.orgHead[c.last] && c.n() == 1 && !c.r.common(c.name[0].Text)
			},
			pos: []string{"Shares of [Holdings] rose."}, neg: []string{"Shares of [Dunmaro] rose."}},
		{name: "common-word", what: "one ordinary word, mostly seen in lower case",
			match: func(c *nameCtx) bool { return c.n() == 1 && c.r.common(c.name[0].Text) },
			pos:   []string{"He said [Weather] would decide."}, neg: []string{"He said [Dunmaro] would act."}},
		{name: "after-preposition", typ: LOC, what: "one or two words after in, near, at, from, to",
			match: func(c *nameCtx) bool { return locPrep()[c.prev] && c.n() <= 2 && !c.allOrdinary() },
			pos:   []string{"Fighting spread near [Kelvarro]."}, neg: []string{"Fighting spread and [Kelvarro] fell.", "Funds went to [Dryland Farming]."}},
		{name: "lone-given-or-surname", typ: PER, what: "a known given name or surname alone",
			match: func(c *nameCtx) bool {
				g := c.r.g
				return c.n() == 1 && (g.first[c.first] || g.last[c.first]) && !g.loc[c.first] && !g.org[c.first]
			},
			pos: []string{"Later [Maria] left."}, neg: []string{"Later [Dunmaro] left."}},
		{name: "demonym-adjective", what: "an adjective of a place before a lower-case word",
			match: func(c *nameCtx) bool {
				return c.n() == 1 && demonymSuffix(c.first) && c.next != "" && !isCap(c.toks[c.j].Text)
			},
			pos: []string{"Then [Arvelian] forces left."}, neg: []string{"They welcomed the [Arvelian]"}},
		{name: "the-ordinary", what: "the and an ordinary English noun",
			match: func(c *nameCtx) bool { return c.prev == "the" && c.n() == 1 && c.r.g.ordinary(c.first) },
			pos:   []string{"It gives the [Constitution] a role."}, neg: []string{"It gives the [Dunmaro] a role."}},
		{name: "the-place-noun", typ: LOC, what: "the X corridor, the X border",
			match: func(c *nameCtx) bool { return c.prev == "the" && c.n() == 1 && placeNouns()[c.next] },
			pos:   []string{"They shut the [Dorna] corridor."}, neg: []string{"They shut the [Dorna] office."}},
		{name: "the-name", weak: true, what: "the and one unknown name: an actor only if another mention says what it is",
			match: func(c *nameCtx) bool { return c.prev == "the" && c.n() == 1 },
			pos:   []string{"They shut the [Dorna] office."}, neg: []string{"They shut [Dorna] office."}},
		{name: "place-suffix", typ: LOC, what: "one word ending like a country: -ia, -land, -stan",
			match: func(c *nameCtx) bool { return c.n() == 1 && placeSuffix(c.first) },
			pos:   []string{"Troops left [Tarvania] quietly."}, neg: []string{"Troops left [Tarvano] quietly."}},

		// fallbacks
		{name: "usually-lower", what: "one word seen in lower case mid-sentence",
			match: func(c *nameCtx) bool { return c.n() == 1 && c.r.usuallyLower(c.name[0].Text) },
			pos:   []string{"Then [Security] was tight."}, neg: []string{"Then [Dunmaro] was tight."}},
		{name: "geonames", typ: LOC, what: "a GeoNames region or town",
			match: func(c *nameCtx) bool { return c.r.geoPlace(c.whole) },
			pos:   []string{"Then [Mirandela] was quiet."}, neg: []string{"Then [Dunmaro] was quiet."}},
		{name: "place-in-name", typ: ORG, what: "a known place inside a name with no person's name in it",
			match: func(c *nameCtx) bool {
				if !c.unknownPair() {
					return false
				}
				for _, t := range c.name {
					if lw := strings.ToLower(t.Text); c.r.g.loc[lw] && !c.r.g.first[lw] {
						return true
					}
				}
				return false
			},
			pos: []string{"Prices quoted by [Ontario Pork] rose."}, neg: []string{"Prices quoted by [Tarrow Pork] rose."}},
		{name: "romanised-name", typ: PER, sure: true, what: "a short family name and a given name of two syllables joined by a hyphen, as Korean and Chinese names are romanised",
			match: func(c *nameCtx) bool {
				return c.n() == 2 && len([]rune(c.first)) <= 5 && syllableName(c.name[1].Text)
			},
			pos: []string{"[Sin Jae-ho] met the press.", "Later [Bo Ying-mei] left."}, neg: []string{"[Velmoria Jae-ho] met the press.", "[Sin Jaeho] met the press."}},
		{name: "ordinary-word-name", weak: true, what: "a name with no person's name that starts or ends with an ordinary word: an actor only if another mention says so",
			match: func(c *nameCtx) bool {
				return c.unknownPair() && (c.r.usuallyLower(c.name[0].Text) || c.r.ordinaryTail(c.name) || len(c.first) > 4 && c.r.g.ordinary(c.first)) && !c.r.g.last[c.first]
			},
			pos: []string{"Crowds filled [Tarrow Pavilion] early."}, neg: []string{"Crowds met [Tarrow Dravnik] early."}},
		{name: "the-name-body", typ: ORG, what: "the, an unknown name and a body's word in lower case: the X party, the X coalition",
			match: func(c *nameCtx) bool {
				return c.prev == "the" && c.unknownPair() && c.nextLower() && c.r.g.orgHead[c.next]
			},
			pos: []string{"Members of the [Wakiro Tamsa] coalition marched."}, neg: []string{"Members of [Wakiro Tamsa] marched.", "Members of the [Wakiro Tamsa] family marched."}},
		{name: "the-unknown-name", weak: true, what: "the and an unknown name of two or more words: no person, an actor only if another mention says what it is",
			match: func(c *nameCtx) bool { return c.prev == "the" && c.unknownPair() },
			pos:   []string{"Officials at the [Casa Dorvana] declined to comment."}, neg: []string{"Officials met [Casa Dorvana] on Monday."}},
		{name: "unknown-name", typ: PER, what: "two to four capitalised words no other row explains",
			match: func(c *nameCtx) bool { return c.n() >= 2 && c.n() <= 4 },
			pos:   []string{"Crowds met [Tarrow Dravnik] early."}, neg: []string{"Crowds met [Dravnik] early."}},
	}
}

// personVerbAfter reports whether a word of speech or "who" follows the
// name, outside "said in a statement", and the name does not look like a
// country's.
func (c *nameCtx) personVerbAfter() bool {
	return personVerb()[c.next] && c.n() <= 3 && !placeSuffix(c.last) && !inStatement(c.toks, c.j)
}

// unknownPair reports whether the name has two to four words and neither
// starts with a known given name nor ends with a known surname.
func (c *nameCtx) unknownPair() bool {
	return c.n() >= 2 && c.n() <= 4 && !c.r.g.first[c.first] && !c.r.g.last[c.last]
}

// allOrdinary reports whether every word of the name is an ordinary
// English word ("Dryland Farming", "Liberty").
func (c *nameCtx) allOrdinary() bool {
	for _, t := range c.name {
		if !c.r.g.ordinary(t.Text) {
			return false
		}
	}
	return true
}

// partyTag reports whether w, in lower case, is a party's letter (D, R or
// I), a hyphen and a state or its abbreviation: "d-ny", "r-texas", "i-vt.".
func partyTag(w string) bool {
	head, tail, ok := strings.Cut(w, "-")
	if !ok || len(head) != 1 || !strings.Contains("dri", head) || len(strings.Trim(tail, ".")) < 2 {
		return false
	}
	for _, r := range tail {
		if (r < 'a' || r > 'z') && r != '.' {
			return false
		}
	}
	return true
}

// knownParts returns a mention for each part of a name joined by hyphens
// ("Kenya-Uganda", "NATO-Russia", "Kenya-South Sudan") when every part is
// a known place or body, typed as the gazetteer types it (a country,
// region or body when the name has two or more words); nil otherwise.
func (r *Recognizer) knownParts(name []Token) []Mention {
	var out []Mention
	var words []string // the words of the part so far
	start := -1
	end := func(stop int) bool { // the part ends at byte stop
		lw := strings.ToLower(strings.Join(words, " "))
		typ := ""
		switch {
		case len(lw) < 2 || !isCap(words[0]):
		case len(name) > 1 && !r.g.country[lw] && !r.g.region[lw] && !r.g.org[lw]:
			// two cities joined are often one area: "the Dallas-Fort Worth area"
		case r.g.loc[lw]:
			typ = LOC
		case r.g.org[lw]:
			typ = ORG
		}
		if typ == "" {
			return false
		}
		out = append(out, Mention{Text: strings.Join(words, " "), Type: typ, Start: start, End: stop, sure: true})
		words, start = nil, -1
		return true
	}
	hyphens := 0
	for _, t := range name {
		at := t.Start
		for k, piece := range strings.Split(t.Text, "-") {
			if k > 0 {
				hyphens++
				if len(words) == 0 || !end(at-1) {
					return nil
				}
			}
			if piece == "" {
				return nil
			}
			if start < 0 {
				start = at
			}
			words = append(words, piece)
			at += len(piece) + 1
		}
	}
	if hyphens == 0 || !end(name[len(name)-1].End) {
		return nil
	}
	return out
}
