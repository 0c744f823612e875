package suggest

import (
	"sort"
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
	"github.com/briefdesk/briefdesk/internal/lazy"
)

// stanceCand is a sentence that may state an actor's stance.
type stanceCand struct {
	s     Sentence
	score float64
	agent bool   // the actor is the subject or speaker
	rep   string // the representative who speaks, when the sentence is theirs
	// repNames are the representative's names as written ("Aylin
	// Erdoğan-Kaya", "Erdoğan-Kaya"), to find it in the sentence.
	repNames []string
	// subject marks a sentence whose subject or speaker the actor is,
	// with any verb ("Name issued a statement"); agent implies it.
	subject bool
	// fallback marks a sentence that only names the actor: the item of an
	// actor that acts without a sentence of its own (a host, the head of a
	// delegation).
	fallback bool
}

// speechVerbs make their subject or speaker an actor with a position.
var speechVerbs = lazy.Of(wordSet, "speech-verbs")

// weakVerbs make their subject an actor, but say little about its position.
var weakVerbs = lazy.Of(wordSet, "weak-verbs")

// positionCues mark a sentence that carries a position: what an actor
// wants, refuses, proposes or blames.
var positionCues = lazy.Of(listEntries, "position-cues")

// agentScore rates mention m of sentence sp as the subject or speaker of a
// verb: 3 for a speech or position verb ("X said", "X's delegation
// insisted", "said X", "…," X told reporters), 1 for another verb ("X met"),
// 0 when the actor is only mentioned.
func agentScore(text string, sp sentenceRange, m ner.Mention) float64 {
	after := text[m.End:sp.end]
	rest := after
	possessive := false
	for _, p := range []string{"'s", "’s"} {
		if strings.HasPrefix(rest, p) {
			rest, possessive = rest[len(p):], true
		}
	}
	rest = skipAside(rest)
	fs := skipCoordinate(strings.Fields(rest))
	if possessive { // "Sarkand's delegation insisted", "Arvelia's defence ministry reported"
		n := 0
		for n < len(fs) && n < 3 && !verbWord(fs[n]) && !strings.ContainsAny(fs[n], ",.;:\"“”") {
			n++
		}
		if n == 0 || n >= len(fs) {
			return 0
		}
		fs = fs[n:]
	}
	if len(fs) > 0 {
		w := bare(fs[0])
		switch {
		case speechVerbs()[w]:
			return 3
		case perfectSpeech(w, fs):
			return 3 // "has agreed", "have already rejected"
		case (w == "would" || w == "will" || w == "must" || w == "cannot" || w == "could" || w == "should") && len(fs) > 1:
			if n := bare(fs[1]); n == "not" || n == "never" || speechVerbs()[n] || w == "must" && !passiveAfter(fs[1:]) {
				return 3 // "must withdraw", not "must be stopped": what others want done to it
			}
			return 1
		case weakVerbs()[w] || actorVerbs()[w]:
			return 1
		case pastTense(fs):
			return 1 // "the envoy Name issued a statement"
		}
	}
	// the speaker after the verb: "said EU foreign policy chief Margit Lindqvist"
	before := strings.TrimRight(text[sp.start:m.Start], " ")
	if m.Role != "" {
		before = strings.TrimRight(strings.TrimSuffix(before, m.Role), " ,")
	}
	before = strings.TrimRight(before, " ,")
	lw := strings.ToLower(lastWord(before))
	if lw == "said" || lw == "told" || lw == "added" || lw == "insisted" || lw == "warned" || lw == "says" {
		return 3
	}
	lb := strings.ToLower(before)
	if strings.HasSuffix(lb, "according to") {
		return 2
	}
	if k := strings.LastIndex(lb, "according to "); k >= 0 && nwords(lb[k:]) <= 8 && attributedBy(lb[k+len("according to "):]) {
		return 2 // "according to the new audit by the board", not "according to a letter sent to the board"
	}
	return 0
}

// attributedBy reports whether the words between "according to" and a
// name make the name the source ("the new audit by", "the latest
// figures from the"), not someone the source was sent to or is about:
// no verb, no "to", no clause mark.
func attributedBy(between string) bool {
	if strings.ContainsAny(between, ",;:\"“”") {
		return false
	}
	for _, w := range strings.Fields(between) {
		if w == "to" || w == "about" || w == "on" || verbWord(w) {
			return false
		}
	}
	return true
}

// perfectSpeech reports whether fs opens with a perfect tense of a speech
// or position verb: "has agreed", "have long insisted", "had warned".
func perfectSpeech(w string, fs []string) bool {
	if w != "has" && w != "have" && w != "had" || len(fs) < 2 {
		return false
	}
	n := bare(fs[1])
	if (n == "also" || n == "already" || n == "long" || n == "repeatedly" || n == "previously" || n == "now") && len(fs) > 2 {
		n = bare(fs[2])
	}
	return speechVerbs()[n]
}

// passiveAfter reports whether fs opens with a passive: "be" and a
// participle ("be stopped", "be held to account", "be given").
func passiveAfter(fs []string) bool {
	if len(fs) < 2 || bare(fs[0]) != "be" {
		return false
	}
	w := bare(fs[1])
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || w == "held" || w == "made" || w == "told" || w == "brought" || w == "put"
}

// pastTense reports whether fs opens with a regular past-tense verb in
// active voice: a lower-case word in "-ed" not followed by "by" (which
// makes it a participle: "the plan backed by Arvelia").
func pastTense(fs []string) bool {
	w := fs[0]
	if len(w) < 5 || !strings.HasSuffix(w, "ed") || strings.ContainsAny(w, "-,.;:'’\"“”()") || !unicode.IsLower(rune(w[0])) {
		return false
	}
	return len(fs) < 2 || bare(fs[1]) != "by"
}

// sentenceRange is a sentence's byte range in its article.
type sentenceRange struct{ start, end int }

// skipAside skips a bracketed name or an appositive after a name:
// " (Михаил Соколов) said", ", the UN envoy, said".
func skipAside(s string) string {
	t := strings.TrimLeft(s, " ")
	if strings.HasPrefix(t, "(") {
		if i := strings.IndexByte(t, ')'); i > 0 && i < 80 {
			t = strings.TrimLeft(t[i+1:], " ")
		}
	}
	if strings.HasPrefix(t, ",") {
		body := t[1:]
		if i := strings.IndexByte(body, ','); i > 0 && i < 90 && !strings.ContainsAny(body[:i], ".;\"“”") {
			for _, w := range strings.Fields(body[:i]) {
				if speechVerbs()[bare(w)] {
					return body // ", said the plan ...": the comma closed an aside before the name
				}
			}
			return body[i+1:]
		}
		return body
	}
	return t
}

// skipCoordinate skips a coordinated name after a subject: "and the
// United States accused" -> "accused".
func skipCoordinate(fs []string) []string {
	if len(fs) < 2 || fs[0] != "and" {
		return fs
	}
	k := 1
	if fs[k] == "the" {
		k++
	}
	n := 0
	for k < len(fs) && n < 5 && (isCapWord(fs[k]) || fs[k] == "of") && !strings.ContainsAny(fs[k], ",.;:") {
		k++
		n++
	}
	if n == 0 {
		return fs
	}
	return fs[k:]
}

func isCapWord(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// bare lower-cases w and drops the punctuation around it.
func bare(w string) string {
	return strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }))
}

func verbWord(w string) bool {
	b := bare(w)
	return speechVerbs()[b] || weakVerbs()[b] || actorVerbs()[b]
}

// positionScore counts the position cues of a sentence, up to 3.
func positionScore(lower string) float64 {
	n := 0.0
	for _, c := range positionCues() {
		if strings.Contains(lower, c) {
			n++
			if n == 3 {
				break
			}
		}
	}
	return n
}

// logisticsPhrases mark a sentence that only reports a meeting.
var logisticsPhrases = lazy.Of(listEntries, "logistics-phrases")

// logistics reports whether a sentence only reports a meeting.
func logistics(lower string) bool {
	for _, w := range logisticsPhrases() {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// stanceCandidates scores the sentences that mention the actor: best when
// it is the subject or speaker of a speech or position verb and the
// sentence carries a position.
// at is a sentence of an article.
type at struct {
	d *doc
	i int
}

func (g *group) stanceCandidates() []stanceCand {
	best := map[at]int{}
	skip := map[at]bool{}
	var cands []stanceCand
	for _, mr := range g.mentions {
		d, m := mr.d, mr.m
		if m.Sentence >= len(d.sents) {
			continue
		}
		sp := d.sents[m.Sentence]
		k := at{d, m.Sentence}
		if skip[k] {
			continue
		}
		if boilerplate(sp.Text) || g.unfitAt(k) {
			skip[k] = true
			continue
		}
		if inCarriedQuote(d.art.Text, sp.Start, sp.End, m) ||
			othersWords(d.art.Text[sp.Start:sp.End], m.Start-sp.Start, m.End-sp.Start) || g.reportedBy(d, m) {
			continue // a sentence about the actor in someone else's words
		}
		agent := agentScore(d.art.Text, sentenceRange{sp.Start, sp.End}, m)
		lower := strings.ToLower(sp.Text)
		pos := positionScore(lower)
		if agent == 0 && (pos == 0 || otherSpeaker(sp.Text, m.Start-sp.Start, m.End-sp.Start)) {
			continue // only mentioned, or mentioned in a sentence someone else says
		}
		score := agent + pos
		if agent == 0 {
			if before := strings.Fields(d.art.Text[sp.Start:m.Start]); g.otherAgent(d, sp, m) || demandedOf(before) || unnamedAgent(before) {
				continue // "Vale urged Kessel to sign", "insisted that Kessel sign": Vale's position on Kessel, not Kessel's
			}
			score = pos * 0.5 // mentioned, not acting: someone else's position
		}
		if logistics(lower) && agent < 3 {
			score -= 1
		}
		if n := len(strings.Fields(sp.Text)); n > 40 {
			score -= 0.5
		}
		score -= 0.02 * float64(m.Sentence)
		// a writer's own account in the first person ("I don't blame
		// Vale"): the last of the actor's sentences, never its own words
		narr := narratorsWords(sp.Text, m.Start-sp.Start, m.End-sp.Start)
		if narr {
			score -= 3
		}
		c := stanceCand{s: d.sentenceOf(m.Sentence), score: score, agent: agent >= 3 && !narr, subject: agent >= 1 && !narr}
		if j, ok := best[k]; ok {
			if score > cands[j].score {
				cands[j] = c
			}
			continue
		}
		best[k] = len(cands)
		cands = append(cands, c)
	}
	if len(cands) == 0 && g.typ[ner.LOC] < g.typ[ner.PER]+g.typ[ner.ORG] {
		cands = g.fallbackCands(skip) // a place that acts has a sentence of its own
	}
	sortCands(cands)
	return cands
}

// fallbackCands are the sentences that name the actor, short and early
// ones first, for an actor that is never the subject or speaker of a
// sentence with a position.
func (g *group) fallbackCands(skip map[at]bool) []stanceCand {
	var out []stanceCand
	seen := map[at]bool{}
	for _, mr := range g.mentions {
		d, m := mr.d, mr.m
		k := at{d, m.Sentence}
		if m.Sentence >= len(d.sents) || seen[k] || skip[k] || boilerplate(d.sents[m.Sentence].Text) || g.unfitAt(k) {
			continue
		}
		seen[k] = true
		sp := d.sents[m.Sentence]
		if inCarriedQuote(d.art.Text, sp.Start, sp.End, m) ||
			othersWords(sp.Text, m.Start-sp.Start, m.End-sp.Start) ||
			otherSpeaker(sp.Text, m.Start-sp.Start, m.End-sp.Start) || g.otherAgent(d, sp, m) {
			continue
		}
		s := d.sentenceOf(m.Sentence)
		score := 0.1 - 0.002*float64(nwords(s.Text)) - 0.0001*float64(m.Sentence)
		if narratorsWords(sp.Text, m.Start-sp.Start, m.End-sp.Start) {
			score -= 1 // a writer's first-person account: the last resort
		}
		out = append(out, stanceCand{s: s, score: score, fallback: true})
	}
	return out
}

func sortCands(c []stanceCand) {
	sort.SliceStable(c, func(i, j int) bool { return c[i].score > c[j].score })
}

// topStance returns up to two stance sentences, best first, preferring for
// the first one a good sentence not already used by another actor.
func topStance(cands []stanceCand, used map[briefing.Provenance]bool) []Sentence {
	if len(cands) == 0 {
		return nil
	}
	first := 0
	if used[cands[0].s.Prov] {
		for i, c := range cands {
			if !used[c.s.Prov] && (c.score >= 2.5 && c.score >= cands[0].score-2.5 || !c.agent) {
				first = i
				break
			}
		}
	}
	out := []Sentence{cands[first].s}
	for i, c := range cands {
		if i != first && c.s.Prov != out[0].Prov {
			out = append(out, c.s)
			break
		}
	}
	return out
}

// unfitAt is unfit for a sentence, each sentence tested once per draft.
func (g *group) unfitAt(k at) bool {
	v, ok := g.unfit[k]
	if !ok {
		v = unfit(k.d.sents[k.i].Text)
		g.unfit[k] = v
	}
	return v
}
