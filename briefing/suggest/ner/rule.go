package ner

import "strings"

// The rules that type a capitalised name are ordered, typed tables
// (nameRules in rules_name.go, contextRules in rules_context.go): the
// first row whose match holds decides. Each row names what it matches,
// the type it gives and invented examples, with the name in [brackets],
// that TestRuleExamples runs: a positive example must be matched first by
// its row, a negative one not by its row. Adding a rule is adding a row.

// nameCtx is what a rule sees of the capitalised run toks[i:j].
type nameCtx struct {
	r                  *Recognizer
	text               string
	toks               []Token
	i, j               int
	name               []Token
	whole, first, last string // lower case: the name, its first and last word
	prev, prev2        string // lower case: the two words before the name
	next, next2, next3 string // lower case: the three words after it
	typ                string // the type the name has so far (context rules)
}

func (r *Recognizer) newNameCtx(text string, toks []Token, i, j int, typ string) *nameCtx {
	lower := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return strings.ToLower(toks[k].Text)
	}
	name := toks[i:j]
	return &nameCtx{r: r, text: text, toks: toks, i: i, j: j, name: name,
		whole: joinLower(name), first: lower(i), last: lower(j - 1),
		prev: lower(i - 1), prev2: lower(i - 2), next: lower(j), next2: lower(j + 1), next3: lower(j + 2), typ: typ}
}

// n is the number of words in the name.
func (c *nameCtx) n() int { return len(c.name) }

// nextLower reports whether the name ends the sentence or a lower-case
// word follows it.
func (c *nameCtx) nextLower() bool { return c.j >= len(c.toks) || !isCap(c.toks[c.j].Text) }

// rule is one row of a rule table.
type rule struct {
	name  string // short name, also the trace label
	typ   string // the type it gives: PER, ORG, LOC, or "" for no actor
	sure  bool   // a strong cue, which wins in agreement, or a fallback
	weak  bool   // with typ "": a name kept only if another mention types it
	what  string // what it matches
	match func(c *nameCtx) bool
	// split, when set, makes the mentions instead of one mention of typ
	// over the whole name (a person after a prefix, say)
	split    func(c *nameCtx) []Mention
	pos, neg []string // invented examples, the name in [brackets]
}

// apply makes the mentions the row gives the name.
func (ru *rule) apply(c *nameCtx) []Mention {
	if ru.split != nil {
		return ru.split(c)
	}
	if ru.typ == "" && !ru.weak {
		return nil
	}
	m := mention(c.text, c.name, ru.typ, ru.sure)
	m.weak = ru.weak
	return []Mention{m}
}

// firstRule returns the index of the first row of rules that matches c, or -1.
func firstRule(rules []rule, c *nameCtx) int {
	for k := range rules {
		if rules[k].match(c) {
			return k
		}
	}
	return -1
}

// classify types a name without a title prefix by the first row of
// nameRules that matches it.
func (r *Recognizer) classify(text string, toks []Token, i, j int) []Mention {
	c := r.newNameCtx(text, toks, i, j, "")
	if k := firstRule(nameRules(), c); k >= 0 {
		ms := nameRules()[k].apply(c)
		if traceCues {
			for i := range ms {
				traceRule(nameRules()[k].name, ms[i].Type, &ms[i])
			}
		}
		return ms
	}
	m := mention(text, c.name, "", false)
	m.acts = c.n() == 1 && r.acts(toks, i, j)
	return []Mention{m}
}
