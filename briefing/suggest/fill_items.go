package suggest

import (
	"slices"
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
	"github.com/briefdesk/briefdesk/internal/lazy"
)

// positionWords is the length an actor's position should keep when it can.
const positionWords = 22

// actorSlot returns the ways to write an actor's item (see ownSlot), none
// when its best stance sentence has no clause to quote. One that acts
// without a sentence of its own is listed with a sentence that names it.
func actorSlot(a Actor, b *briefing.Brief) slot {
	s, _ := ownSlot(a, b)
	return s
}

// ownSlot returns the ways to write an actor's item: its position, the
// actor's own clause of a stance sentence, and the shorter clauses of it
// that keep its start; found is false when no stance sentence has the actor
// as subject or speaker and the options are clauses of a sentence that
// names it, those that name it first.
func ownSlot(a Actor, b *briefing.Brief) (s slot, found bool) {
	forms := actorForms(a)
	var spans []Sentence
	for _, st := range a.Stance {
		if asked(st) {
			continue
		}
		if pos, ok := positionOf(core(st), forms); ok {
			var cs []Sentence
			for _, c := range clauses(pos) {
				if c.Prov.Start == pos.Prov.Start || c.Text == pos.Text {
					cs = append(cs, c)
				}
			}
			if spans = itemSpans(cs); len(spans) > 0 {
				found = true
				break
			}
		}
	}
	for _, st := range a.Stance {
		if len(spans) > 0 {
			break
		}
		if asked(st) || onlyAddressed(st.Text, forms) {
			continue // "…," Vale told [the Courier]: the outlet's item is not Vale's words
		}
		// a clause that names the actor; else a longer one that does. A
		// clause that does not name it is someone else's: "X lobbied for
		// the bill, while Y ..." is no item of Y's
		var naming, long []Sentence
		for _, c := range clauses(core(st)) {
			if !startsUpper(c.Text) || !namesActor(c.Text, forms) && !namesActor(c.Text, a.people) {
				continue
			}
			c = withoutSubject(c, forms)
			if nwords(c.Text) <= 25 {
				naming = append(naming, c)
			} else if nwords(c.Text) <= 40 && !strandedEnd(c.Text) {
				long = append(long, c)
			}
		}
		if spans = itemSpans(naming); len(spans) == 0 {
			spans = itemSpans(long)
		}
	}
	if len(spans) == 0 {
		return slot{}, false
	}
	return slotOf(spans, actorLead(a), b, positionWords), found
}

// fromSaying returns t from its first verb of saying on ("The Trust said
// in a statement" -> "said in a statement"), t when it has none.
func fromSaying(t string) string {
	fs := strings.Fields(t)
	for i, w := range fs {
		if sayingVerbs()[strings.ToLower(w)] {
			return strings.Join(fs[i:], " ")
		}
	}
	return t
}

// subjectJoiners join a name to more of the subject: "Brandt and ...".
var subjectJoiners = lazy.Of(wordSet, "subject-joiners")

// withoutSubject drops the actor's name from the start of a clause it is
// the subject of, as the item's lead already names it: "Ilko Brandt closed
// the fish market" is written "closed the fish market". The clause is kept
// whole when a joiner follows the name ("Brandt and his deputy"), when the
// name is part of a longer one, or when it would leave a position of
// fewer than four words (a bare "resigned on Monday" says little).
func withoutSubject(c Sentence, forms []string) Sentence {
	for _, f := range forms {
		rest, ok := strings.CutPrefix(c.Text, f+" ")
		if !ok {
			continue
		}
		next := firstWord(rest)
		if next == "" || !unicode.IsLower([]rune(next)[0]) || subjectJoiners()[strings.ToLower(bare(next))] || nwords(rest) < minPositionWords+1 {
			return c
		}
		return span(c, len(f)+1, len(c.Text))
	}
	return c
}

// onlyAddressed reports whether every mention of the actor in t is the one
// spoken to ("told ESPN", "in an interview with the Courier"): the
// sentence is someone else's words, not about what the actor did.
func onlyAddressed(t string, forms []string) bool {
	n := 0
	for _, f := range forms {
		for _, at := range occurrences(t, f) {
			if !addressee(t[:at]) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// asked reports whether s is a question the copy asks (a subheading, an
// interviewer's line), not one its speaker asks in a quotation.
func asked(s Sentence) bool {
	return !s.Quoted && strings.HasSuffix(strings.TrimRight(s.Text, ` "”’`), "?")
}

// itemSpans keeps the spans that can be an actor's item: none that opens
// or ends inside a quotation, and those that do not end in "…, diplomats
// said" when there are any (the actor is the speaker: the attribution adds
// nothing to its position).
func itemSpans(spans []Sentence) []Sentence {
	var whole, own, dangling []Sentence
	for _, sp := range spans {
		if nwords(sp.Text) < minPositionWords || onlySaying(sp.Text) {
			continue // "said Tuesday", "told reporters", "will not", "said in a report": no position
		}
		if asked(sp) {
			continue // a question the copy asks (a subheading): nobody's position
		}
		if balancedQuotes(shown(sp)) {
			if strandedEnd(sp.Text) {
				// a quotation that ends on a stranded word: only when
				// nothing else is there, and never a short reply that
				// needs the question it answers ("Not that I know of")
				if nwords(sp.Text) >= 8 {
					dangling = append(dangling, sp)
				}
				continue
			}
			whole = append(whole, sp)
		}
	}
	if len(whole) == 0 {
		whole = dangling
	}
	if len(whole) == 0 {
		// the words before a quotation the sentence leaves open, unless
		// they only say who spoke where ("said in a statement: …")
		for _, sp := range spans {
			if k := strings.IndexAny(sp.Text, "\"“”("); k > 0 && !sp.Quoted {
				c := span(sp, 0, len(strings.TrimRight(sp.Text[:k], " ,:;")))
				if fs := strings.Fields(c.Text); len(fs) >= 4 && balancedQuotes(c.Text) && !strandedEnd(c.Text) && !onlySaying(fromSaying(c.Text)) {
					whole = append(whole, c)
				}
			}
		}
	}
	for _, sp := range whole {
		if k := topCommas(sp.Text); len(k) == 0 || !attribution(sp.Text[k[len(k)-1]+1:]) {
			own = append(own, sp)
		}
	}
	if len(own) > 0 {
		return own
	}
	return whole
}

// minPositionWords is the fewest words an actor's position has: a verb
// and what it is about ("rejected the plan").
const minPositionWords = 3

// danglingEnd are words a span cannot end with: it would stop mid-phrase.
var danglingEnd = lazy.Of(wordSet, "dangling-end")

// strandedEnd reports whether a span ends on a word that leaves its phrase
// open: a dangling word ("of", "the") or a possessive ("on the network's").
func strandedEnd(t string) bool {
	fs := strings.Fields(t)
	if len(fs) == 0 {
		return false
	}
	last := strings.TrimRight(fs[len(fs)-1], ",;:")
	return danglingEnd()[bare(last)] || strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s")
}

// balancedQuotes reports whether every quotation and bracket t opens it
// also closes, and none closes before it opens.
func balancedQuotes(t string) bool {
	if strings.Count(t, "\"")%2 == 1 || strings.Count(t, "(") != strings.Count(t, ")") {
		return false
	}
	depth := 0
	for _, r := range t {
		switch r {
		case '“':
			depth++
		case '”':
			if depth--; depth < 0 {
				return false
			}
		}
	}
	return depth == 0
}

// namesActor reports whether t names the actor by one of its forms.
func namesActor(t string, forms []string) bool {
	for _, f := range forms {
		if len(occurrences(t, f)) > 0 {
			return true
		}
	}
	return false
}

// slotOf renders spans as items, shortest first, preferring the longest
// one of at most pref words (else the shortest).
func slotOf(spans []Sentence, lead string, b *briefing.Brief, pref int) slot {
	var s slot
	for _, sp := range byLength(spans) {
		t := item(lead, sp, b)
		s.opts = append(s.opts, option{text: t, src: sp, words: briefing.WordCount(t)})
		if nwords(sp.Text) <= pref {
			s.pref = len(s.opts) - 1
		}
	}
	return s
}

// actorAlternatives returns the items an actor could have from its other
// stance sentences where it is the subject or speaker, best first.
func actorAlternatives(a Actor, b *briefing.Brief) []slot {
	var out, named []slot
	for _, c := range a.cands {
		if len(a.Stance) > 0 && c.s.Prov == a.Stance[0].Prov || c.rep != "" {
			continue
		}
		alt := a
		alt.Stance = []Sentence{c.s}
		s, ok := ownSlot(alt, b)
		switch {
		case len(s.opts) == 0:
		case ok && c.agent:
			out = append(out, s)
		default:
			// a sentence that only names the actor: the last resort when
			// its own sentences are printed in another section
			named = append(named, s)
		}
	}
	return append(out, named...)
}

// unbalancedQuotes reports whether t opens or closes a quotation or a
// bracket it does not also close or open.
func unbalancedQuotes(t string) bool {
	open, close := strings.Index(t, "“"), strings.Index(t, "”")
	return strings.Count(t, `"`)%2 == 1 || strings.Count(t, "“") != strings.Count(t, "”") ||
		strings.Count(t, "(") != strings.Count(t, ")") || close >= 0 && (open < 0 || close < open)
}

// actorEntry is an actor with the ways to write its item, best first.
type actorEntry struct {
	a    Actor
	alts []slot
}

// onePerPerson keeps one item for a person who is both an actor and the
// representative a country or body speaks through ("Velm (Harbour Master
// Ivo Tal)" and "Ivo Tal (Harbour Master)"): the body's item, which names
// both, in the better of the two places.
func onePerPerson(es []actorEntry) []actorEntry {
	out := slices.Clone(es)
	for i := 0; i < len(out); i++ {
		body := out[i].a
		if body.rep == "" || body.Type == ner.PER {
			continue
		}
		for j := 0; j < len(out); j++ {
			if p := out[j].a; p.Type != ner.PER || !slices.ContainsFunc(body.repNames, func(n string) bool { return goesBy(p, n) }) {
				continue
			}
			if j < i {
				out[j] = out[i]
				out = slices.Delete(out, i, i+1)
				i--
			} else {
				out = slices.Delete(out, j, j+1)
			}
			break
		}
	}
	return out
}

// goesBy reports whether the actor is called name, in any case.
func goesBy(a Actor, name string) bool {
	return strings.EqualFold(a.Name, name) || slices.ContainsFunc(a.Aliases, func(al string) bool { return strings.EqualFold(al, name) })
}
