package suggest

// Whose words a sentence is: the speaker an attribution, a quotation or
// reported speech gives, which is never the actor the words are about.

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
	"github.com/briefdesk/briefdesk/briefing/suggest/sentence"
	"github.com/briefdesk/briefdesk/internal/lazy"
)

// othersWords reports whether the name at t[i:j] stands in someone else's
// words: inside a quotation ("“Valdor has lied,” Brenner said"), or before
// the comma of an attribution to another speaker ("Valdor has lied,
// Brenner said"). Such a sentence is the speaker's stance on the actor,
// never the actor's own.
func othersWords(t string, i, j int) bool {
	if insideQuote(t, i) {
		return true
	}
	if loc := pronounSaidRe.FindStringIndex(t); loc != nil && loc[1] <= i {
		return true // "…,” she said, before Brenner left: the quotation is hers
	}
	k := topCommas(t)
	if len(k) == 0 {
		return false
	}
	last := k[len(k)-1]
	if last < j {
		return false
	}
	tail := strings.TrimLeft(t[last+1:], " ")
	return attribution(tail) && !strings.Contains(tail, t[i:j])
}

// pronounSaidRe is a quotation attributed to a pronoun ("…,” he said"):
// a name after it is not the speaker (a pronoun does not point forward).
var pronounSaidRe = lazy.RE(`[,.!?…]["”’]\s+(?:he|she|they)\s+(?:said|says|told|added|asked|insisted|warned|replied|continued)\b`)

// reportVerbs are the verbs after which a sentence reports what their
// subject says or asks of others: "X tweeted that Y should back the bill".
var reportVerbs = lazy.Of(wordSet, "report-verbs")

// reportedBy reports whether mention m of the actor stands in what another
// person or body named before it in the sentence says, urges or claims
// ("Ada Vale tweeted that Kessel should sign", "Vale urged Kessel to
// sign"): the sentence is the speaker's stance on the actor, never the
// actor's own.
func (g *group) reportedBy(d *doc, m ner.Mention) bool {
	for _, o := range d.mentions {
		if o.Sentence != m.Sentence || o.End > m.Start || o.Type == ner.LOC || g.named(o.Text) {
			continue
		}
		between := d.art.Text[o.End:m.Start]
		if strings.ContainsAny(between, ";:\"“”") {
			continue // a quotation or a second clause: other rules decide
		}
		fs := strings.Fields(between)
		if n := len(fs); n >= 2 && n <= 25 && strings.EqualFold(fs[n-1], "that") {
			// "Rima Tasz, the historian who concluded in a book that
			// Kessel …": the that-clause of the speaker's verb
			for _, w := range fs[:n-1] {
				if reportVerbs()[bare(w)] {
					return true
				}
			}
		}
		for k := 0; k < len(fs) && k < 4; k++ {
			w := bare(fs[k])
			if reportVerbs()[w] {
				return true
			}
			if k > 0 && !speakerAdverbs()[w] {
				break // "Vale met Kessel", "Vale, who met Kessel": no report verb next to the speaker
			}
		}
	}
	return false
}

// speakerAdverbs may stand between a speaker and the verb of saying: an
// auxiliary or an adverb of time or manner ("Vale had long argued that
// …", "Vale has also claimed that …").
var speakerAdverbs = lazy.Of(wordSet, "speaker-adverbs")

// named reports whether t is one of the actor's names or part of one
// ("Vale" of "Ada Vale").
func (g *group) named(t string) bool {
	for f := range g.forms {
		if f == t || strings.Contains(f, t) || strings.Contains(t, f) {
			return true
		}
	}
	return false
}

// carriedQuote reports whether the sentence at [start, end) of text opens
// inside a quotation an earlier sentence of its paragraph opened (`"It
// ends the strike.` then `Both unions must back it," she wrote.`), and
// returns where that quotation closes in the sentence (when the sentence
// has no closing mark, the source lost one: unknown). A name before that
// point stands in the speaker's words.
func carriedQuote(text string, start, end int) (bool, int) {
	p := strings.LastIndex(text[:start], "\n\n") + 1
	prefix := text[p:start]
	if strings.Count(prefix, "\"")%2 == 0 && strings.LastIndex(prefix, "“") <= strings.LastIndex(prefix, "”") {
		return false, 0
	}
	k := strings.IndexAny(text[start:end], "\"“”")
	if k < 0 || text[start+k] != '"' && !strings.HasPrefix(text[start+k:], "”") {
		return false, 0
	}
	return true, start + k
}

// inCarriedQuote reports whether mention m of the sentence at [start, end)
// stands in a quotation an earlier sentence opened (carriedQuote) that is
// not a body's statement naming itself (bodySaid).
func inCarriedQuote(text string, start, end int, m ner.Mention) bool {
	carried, shut := carriedQuote(text, start, end)
	return carried && m.Start < shut && !(m.Type != ner.PER && bodySaid(text[shut:end]))
}

// bodySaid reports whether tail, from a closing quotation mark on, opens
// with an attribution to a body by a pronoun or a common noun ('…," it
// announced', '…," the ministry said'): a body's statement names the body
// in the third person ("As such, Kessel Foods has paused ..."), so the
// name is the speaker's own.
func bodySaid(tail string) bool {
	fs := strings.Fields(strings.ToLower(strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(tail, `"`), "”"), ", ")))
	if len(fs) > 2 && fs[0] == "the" && bodyNoun(fs[1]) {
		fs = fs[1:] // "the ministry said" reads as "it said"
	} else if len(fs) < 2 || fs[0] != "it" {
		return false
	}
	return sayingVerbs()[strings.TrimRight(fs[1], ",.")]
}

// bodyNoun reports whether w names a body as a speaker: "the ministry
// said". (A switch, not a data list: a list read lazily costs the package
// an allocation at start-up, which TestNothingLoadedAtInit bounds.)
func bodyNoun(w string) bool {
	switch w {
	case "company", "firm", "group", "ministry", "government", "agency", "party", "union", "organisation", "organization",
		"council", "board", "league", "network", "bank", "department":
		return true
	}
	return false
}

// insideQuote reports whether offset i of t is inside a quotation.
func insideQuote(t string, i int) bool {
	before := t[:i]
	if strings.Count(before, "\"")%2 == 1 {
		return true
	}
	return strings.LastIndex(before, "“") > strings.LastIndex(before, "”")
}

// speakerRe is a named speaker: "Brenner said", "Ines Brenner told".
var speakerRe = lazy.RE(`\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2} (?:said|says|told|added|wrote|writes)\b`)

// otherSpeaker reports whether t, which names an actor at t[i:j], is said
// by someone else: a named speaker other than the actor ("In a blog post,
// Brenner said Ostria ...", "To Ostria's credit, Brenner said, ...").
func otherSpeaker(t string, i, j int) bool {
	for _, loc := range speakerRe.FindAllStringIndex(t, -1) {
		if loc[1] <= i || loc[0] >= j {
			if k := strings.LastIndexByte(t[loc[0]:loc[1]], ' '); !strings.Contains(t[i:j], t[loc[0]:loc[0]+k]) &&
				!strings.Contains(t[loc[0]:loc[0]+k], t[i:j]) {
				return true
			}
		}
	}
	return false
}

// otherAgent reports whether a person or body other than the actor is the
// subject or speaker of a speech or position verb in the sentence of
// mention m: the sentence is their position on the actor.
func (g *group) otherAgent(d *doc, sp sentence.Span, m ner.Mention) bool {
	for _, o := range d.mentions {
		if o.Sentence != m.Sentence || o.Type == ner.LOC || g.named(o.Text) {
			continue
		}
		if nextTo(d.art.Text, m, o) {
			continue // "the Kessan envoy Ada Vale", "Kessa's negotiator Ada Vale": one who speaks for the actor
		}
		if agentScore(d.art.Text, sentenceRange{sp.Start, sp.End}, o) >= 3 {
			return true
		}
	}
	return false
}

// nextTo reports whether mentions a and b stand in one noun phrase, at
// most four words and no punctuation apart: a body and the person who
// speaks for it ("the Kessan envoy Ada Vale", "Kessa's negotiator Ada
// Vale"), a place and its people.
func nextTo(text string, a, b ner.Mention) bool {
	if b.Start < a.End {
		a, b = b, a
	}
	if b.Start < a.End {
		return false // overlapping
	}
	between := text[a.End:b.Start]
	fs := strings.Fields(between)
	if len(fs) > 4 || strings.ContainsAny(between, ",;:\"“”()") {
		return false
	}
	for _, w := range fs {
		if verbWord(w) || phraseBreaks()[bare(w)] {
			return false // "Vale demanded on Monday that Kessa", "Kessa and Vale"
		}
	}
	return true
}

// phraseBreaks are the words that end a noun phrase: prepositions,
// conjunctions and "that".
var phraseBreaks = lazy.Of(wordSet, "phrase-breaks")

// firstPersonRe is a first-person singular word: "I" before a lower-case
// word or as a contraction ("I was", "I'm"), "me", "my", "myself"; not the
// numeral of "World War I" or "Elizabeth I".
var firstPersonRe = lazy.RE(`(?:^|[^\p{L}\p{N}'’-])(?:I(?:['’](?:m|ve|d|ll)\b| \p{Ll})|(?:me|my|myself)\b)`)

// narratorsWords reports whether the name at t[i:j] stands in a writer's
// or speaker's own account in the first person: outside quotation marks
// both, with the name not the speaker of an attribution ("For that
// reason I don't blame Vale", "Every morning Vale would call me"). The
// one who says "I" is not the one they name, so the sentence is never
// the named actor's stance.
func narratorsWords(t string, i, j int) bool {
	if !firstPersonHint(t) || insideQuote(t, i) {
		return false
	}
	found := false
	for _, loc := range firstPersonRe.FindAllStringIndex(t, -1) {
		if !insideQuote(t, loc[1]-1) && !romanNumeral(t, loc[0]) {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	before, after := strings.Fields(t[:i]), strings.Fields(t[j:])
	inverted := len(before) > 0 && sayingVerbs()[bare(before[len(before)-1])] &&
		!(len(before) > 1 && (before[len(before)-2] == "I" || strings.EqualFold(before[len(before)-2], "we")))
	if len(after) > 0 && sayingVerbs()[bare(after[0])] || inverted {
		return false // "Vale said I …", "…, said Vale": the name is the speaker; not "I think Vale ..."
	}
	return true
}

// romanNumeral reports whether the "I" matched at or right after offset
// at of t follows a capitalised word that is not the sentence's first: the
// numeral of "Hall I", "Elizabeth I".
func romanNumeral(t string, at int) bool {
	k := strings.Index(t[at:], "I")
	if k < 0 || !strings.HasPrefix(t[at+k:], "I ") {
		return false
	}
	before := strings.Fields(t[:at+k])
	return len(before) > 1 && startsUpper(before[len(before)-1])
}

// firstPersonHint is the quick test before firstPersonRe: a sentence
// without "I" before a space or an apostrophe, "me" or "my" has no first
// person.
func firstPersonHint(t string) bool {
	return strings.Contains(t, "I ") || strings.Contains(t, "I'") || strings.Contains(t, "I’") ||
		strings.Contains(t, "me") || strings.Contains(t, "my")
}

// unnamedAgent reports whether the words fs before a name open with a
// subject that is someone named only by a role and a verb that is their
// act: "the committee's chairman asked Kessel to hand over its files" is
// the chairman's demand of Kessel, not Kessel's position. A verb of saying
// is left out: what "a spokesman said" Kessel will do may be Kessel's own.
func unnamedAgent(fs []string) bool {
	for len(fs) > 0 && discourseOpeners()[bare(fs[0])] {
		fs = fs[1:]
	}
	if len(fs) < 3 {
		return false
	}
	switch bare(fs[0]) {
	case "the", "a", "an":
	default:
		return false
	}
	role := false
	for i, w := range fs[1:min(len(fs), 10)] {
		if verbWord(w) {
			return role && i > 0 && !sayingVerbs()[bare(w)]
		}
		if strings.ContainsAny(w, ",;:\"“”()") {
			return false // an apposition or a quotation: no plain subject
		}
		b := strings.TrimSuffix(bare(w), "s")
		role = role || roleNouns()[b] || officeWords()[b] || roleNouns()[bare(w)] || officeWords()[bare(w)]
	}
	return false
}
