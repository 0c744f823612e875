package ner

// Context cues type a name that no gazetteer, title or suffix explains by
// the words written around it, as a reader of news does: "shares in X",
// "the newspaper X", "X's chief executive" and "X, which makes ..." name a
// company or paper; "X, a town ...", "north of X" and "X, <country>" a
// place; "X, who" a person. They only retype names typed by a fallback
// (not sure), and the type they give is sure, so agreement carries it to
// the name's other mentions in the document.

// orgNounBefore are the nouns that introduce a company, paper or body by
// what it is: "the newspaper X", "Italian daily X", "carmaker X".
var orgNounBefore = lazySet("org-noun-before")

// orgAfterOf: "shares in X", "a stake in X", "the takeover of X".
var orgAfterOf = lazySet("org-after-of")

// orgNounAfter follow a company's name: "X shares", "a X spokesman".
var orgNounAfter = lazySet("org-noun-after")

// orgOwned follow a company's possessive: "X's chief executive", "X's board".
var orgOwned = lazySet("org-owned")

// orgWhichVerbs follow "X, which" for a company: "X, which makes ...".
var orgWhichVerbs = lazySet("org-which-verbs")

// placeAppos follow "X, a" or "X, the" for a place: "X, a town ...".
var placeAppos = lazySet("place-appos")

// directions before "of": "north of X", "20 km northeast of X".
var directions = lazySet("directions")

// placeAfterOf: "the mayor of X", "residents of X", "the streets of X".
var placeAfterOf = lazySet("place-after-of")

// placeNounAfter follow a place's name: "X province", "X residents".
var placeNounAfter = lazySet("place-noun-after")

// contextTypes retypes the fallback-typed mentions ms of the sentence toks
// by the words around them.
func (r *Recognizer) contextTypes(toks []Token, ms []Mention) {
	ti := 0
	for mi := range ms {
		m := &ms[mi]
		for ti < len(toks) && toks[ti].Start < m.Start {
			ti++
		}
		if ti >= len(toks) || toks[ti].Start != m.Start {
			continue
		}
		i, j := ti, ti
		for j < len(toks) && toks[j].End <= m.End {
			j++
		}
		if m.sure || m.team {
			continue
		}
		if typ, cue := r.contextType(toks, i, j, m.Type); typ != "" {
			traceRule(cue, typ, m)
			m.Type, m.sure = typ, true
		}
	}
}

// contextType is the type the words around toks[i:j] give by the first
// row of contextRules that matches, "" when none, and the row's name.
func (r *Recognizer) contextType(toks []Token, i, j int, typ string) (string, string) {
	c := r.newNameCtx("", toks, i, j, typ)
	if k := firstRule(contextRules, c); k >= 0 {
		return contextRules[k].typ, contextRules[k].name
	}
	return "", ""
}

// contextRules retype a name typed by a fallback by the words around it.
// Order matters: the first row that matches wins.
var contextRules = []rule{
	// a person
	{name: "who", typ: PER, sure: true, what: "X, who; X, 45,",
		match: func(c *nameCtx) bool {
			return c.next == "," && (c.next2 == "who" || isNumber(c.next2) && c.next3 == ",")
		},
		pos: []string{"[Dravnik], who chairs the panel, spoke.", "[Osterlund], 54, left."}, neg: []string{"[Dravnik], which chairs the panel, spoke."}},
	{name: "kin-before", typ: PER, sure: true, what: "his daughter X; the boy's uncle X: a relative named after the kin noun",
		match: func(c *nameCtx) bool { return kinNouns()[c.prev] && c.n() <= 3 },
		pos:   []string{"Her daughter [Summer Vale] was sitting next to her.", "The boy's uncle [Rocky Tarn] spoke."},
		neg:   []string{"Her daughter and [Summer Vale] left.", "The boy's [Rocky Tarn] bike was found."}},
	// a place
	{name: "place-appos", typ: LOC, sure: true, what: "X, a town; X, the capital",
		match: func(c *nameCtx) bool {
			return c.next == "," && (c.next2 == "a" || c.next2 == "the") && placeAppos()[c.next3]
		},
		pos: []string{"Shelling hit [Kelvarro], a town near the border."}, neg: []string{"Shelling hit [Kelvarro], a firm near the border."}},
	{name: "of-place", typ: LOC, sure: true, what: "north of X; the mayor of X",
		match: func(c *nameCtx) bool { return c.prev == "of" && (directions()[c.prev2] || placeAfterOf()[c.prev2]) },
		pos:   []string{"Farms north of [Tessaly] burned.", "The mayor of [Tessaly] resigned."}, neg: []string{"The head of [Tessaly] resigned."}},
	{name: "place-noun", typ: LOC, sure: true, what: "X province; X residents",
		match: func(c *nameCtx) bool { return placeNounAfter()[c.next] && c.nextLower() },
		pos:   []string{"[Dravenna] province was quiet."}, neg: []string{"[Dravenna] Province Council was quiet."}},
	{name: "comma-region", typ: LOC, sure: true, what: "X, <country or region> ending the phrase",
		match: func(c *nameCtx) bool { return c.next == "," && c.r.placeAfterComma(c.toks, c.j+1) },
		pos:   []string{"[Brackley Fen], Ohio, has a new mayor."}, neg: []string{"[Brackley Fen], Ohio's mayor, spoke."}},
	// a company or paper
	{name: "org-noun-before", typ: ORG, sure: true, what: "the newspaper X; carmaker X",
		match: func(c *nameCtx) bool { return orgNounBefore()[c.prev] },
		pos:   []string{"The newspaper [La Vostrana] reported it."}, neg: []string{"The reporter [La Vostrana] reported it."}},
	{name: "shares-in", typ: ORG, sure: true, what: "shares in X; a stake in X; the takeover of X",
		match: func(c *nameCtx) bool {
			switch c.prev {
			case "in", "of", "for", "with":
				return orgAfterOf()[c.prev2]
			}
			return false
		},
		pos: []string{"Shares in [Veltrano Massip] rose."}, neg: []string{"Prices in [Veltrano Massip] rose."}},
	{name: "org-noun-after", typ: ORG, sure: true, what: "X shares; a X spokesman; the X refinery, supermarket chain",
		match: func(c *nameCtx) bool { return orgNounAfter()[c.next] && c.nextLower() },
		pos:   []string{"Analysts expect [Brunel Oskarvik] shares to rise.", "Workers at the [Dorvane] refinery struck.", "Sales at the [Velmora] supermarket chain rose."}, neg: []string{"Analysts expect [Brunel Oskarvik] to rise."}},
	{name: "org-possessive", typ: ORG, sure: true, what: "X's chief executive; X's board",
		match: func(c *nameCtx) bool { return (c.next == "'s" || c.next == "’s") && orgOwned()[c.next2] },
		pos:   []string{"[Pardoe Ventrix]'s chief executive resigned."}, neg: []string{"[Pardoe Ventrix]'s wife resigned."}},
	{name: "which-verb", typ: ORG, sure: true, what: "X, which makes ...",
		match: func(c *nameCtx) bool {
			return c.next == "," && (c.next2 == "which" || c.next2 == "that") && orgWhichVerbs()[c.next3]
		},
		pos: []string{"[Ostrel Danvik], which makes tractors, cut jobs."}, neg: []string{"[Ostrel Danvik], who makes tractors, cut jobs."}},
	{name: "which", typ: ORG, sure: true, what: "X, which (not a place): a person is who",
		match: func(c *nameCtx) bool { return c.next == "," && c.next2 == "which" && c.typ != LOC },
		pos:   []string{"[Ostrel Danvik], which lost money, cut jobs."}, neg: []string{"[Ostrel Danvik], who lost money, cut jobs."}},
	{name: "statement", typ: ORG, sure: true, what: "X said in a statement",
		match: func(c *nameCtx) bool { return inStatement(c.toks, c.j) },
		pos:   []string{"[Lomax Quarrel] said in a statement that it would appeal."}, neg: []string{"[Lomax Quarrel] said that it would appeal."}},
	{name: "in-place", typ: LOC, sure: true, what: "in X, near X, outside X: where something happens (a fallback's guess only)",
		match: func(c *nameCtx) bool {
			return (c.prev == "in" || c.prev == "near" || c.prev == "outside")
		},
		pos: []string{"Police in [Los Tarrow] arrested two men.", "Floods hit farms near [Las Brenna]."}, neg: []string{"Talks with [Los Tarrow] resumed."}},
}

// placeAfterComma reports whether toks[k:] starts with a country or region
// that ends the phrase: "Tarvano, Valdoria, said" but not "X, Germany's".
func (r *Recognizer) placeAfterComma(toks []Token, k int) bool {
	for n := min(3, len(toks)-k); n > 0; n-- {
		w := joinLower(toks[k : k+n])
		if !r.g.country[w] && !r.g.region[w] {
			continue
		}
		e := k + n
		if e < len(toks) && e > 0 && (isCap(toks[e].Text) || toks[e].Text == "'s" || toks[e].Text == "’s") {
			return false
		}
		return true
	}
	return false
}

// inStatement reports whether toks[j:] reads "said in a statement", which
// a company or body does more often than a person whose name is unknown.
func inStatement(toks []Token, j int) bool {
	return j+3 < len(toks) && toks[j].Text == "said" && toks[j+1].Text == "in" && toks[j+2].Text == "a" && toks[j+3].Text == "statement"
}
