package suggest

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
)

// cue is a phrase that marks a sentence as a sticking point, with a weight.
type cue struct {
	re     *regexp.Regexp
	hints  []string // the regexp is tried only when the lower-cased text holds one of these
	weight float64
	label  string
}

// cues builds cues from quadruples: regexp, hints ("a|b"), weight, label.
func cues(spec ...string) []cue {
	var out []cue
	for i := 0; i+3 < len(spec); i += 4 {
		w := 1.0
		switch spec[i+2] {
		case "2":
			w = 2
		case "3":
			w = 3
		}
		out = append(out, cue{regexp.MustCompile(`(?i)` + spec[i]), strings.Split(spec[i+1], "|"), w, spec[i+3]})
	}
	return out
}

// stickingCues: demands, refusals, conditions, deadlock, accusations.
var stickingCues = cues(
	`\bwithout (?:an? |the )?\w+(?: \w+)?,? (?:there (?:can|will|would) be )?no\b`, "without", "3", "Condition",
	`\bno (?:agreement|deal|breakthrough|compromise|consensus|progress)\b`, "no ", "3", "Deadlock",
	`\bwithout (?:an? )?(?:agreement|deal|breakthrough|compromise)\b`, "without", "3", "Deadlock",
	`\b(?:did not|didn't|failed to|could not|couldn't) (?:yield|reach|produce|agree|find|bridge|resolve)`, "not|n't|failed", "3", "Deadlock",
	`\bcompromise on\b`, "compromise", "2", "Deadlock",
	`\bunacceptable\b`, "unacceptable", "3", "Red line",
	`\bred lines?\b`, "red line", "3", "Red line",
	`\bnon-negotiable\b`, "negotiable", "3", "Red line",
	`\bprecondition`, "precondition", "3", "Precondition",
	`\bas a condition\b|\bon condition that\b|\bconditions? for\b`, "condition", "2", "Condition",
	`\bdemand(?:s|ed|ing)?\b`, "demand", "2", "Demand",
	`\binsist(?:s|ed|ing)?\b`, "insist", "2", "Demand",
	`\brefus(?:e|es|ed|ing)\b`, "refus", "2", "Refusal",
	`\breject(?:s|ed|ing|ion)?\b`, "reject", "2", "Refusal",
	`\bwould not\b|\bwill not\b|\bwon't\b|\bnever\b`, "not|won't|never", "1", "Refusal",
	`\b(?:never|not|refus\w*(?: to)?) (?:trade|cede|accept|give up|recogni[sz]e|surrender|hand over)\b`, "never|not|refus", "2", "Red line",
	`\b(?:not|never) cede\b|\bcede\b`, "cede", "2", "Refusal",
	`\baccus(?:e|es|ed|ing)\b`, "accus", "2", "Accusation",
	`\bbad faith\b`, "bad faith", "2", "Accusation",
	`\bblam(?:e|es|ed|ing)\b`, "blam", "1", "Accusation",
	`\bdeadlock|\bstalemate|\bimpasse|\bstall(?:s|ed)?\b|\bsticking point|\bstumbling block|\bobstacle|\bcollapsed\b|\bbroke down\b`, "deadlock|stalemate|impasse|stall|sticking|stumbling|obstacle|collapsed|broke down", "3", "Deadlock",
	`\bdispute[sd]?\b|\bdisagree(?:ment|s|d)?\b|\bat odds\b|\bdivided over\b|\bclash(?:es|ed)? over\b`, "disput|disagree|odds|divided|clash", "2", "Dispute",
	`\bcontrol (?:of|over)\b|\bterritor(?:y|ial)\b|\bsovereignty\b`, "control|territor|sovereign", "1", "Territory",
	`\bopposed?\b|\bobject(?:s|ed)? to\b`, "oppose|object", "1", "Opposition",
	// a demand with its object: "demanded that the mission share its
	// footage", "called for a withdrawal", "wants access to the site",
	// "requires a ceasefire before any talks"
	`\b(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|requir(?:e|es|ed|ing)) that\b|\binsist(?:s|ed|ing)? on\b|\bcall(?:s|ed|ing)? for\b|\bwants? (?:access to|guarantees)\b|\brequir(?:e|es|ed|ing) [^.;]{3,60}? before\b`,
	"demand|insist|requir|call|want", "3", "Demand",
	// a threat to leave or to stop something: "threatened to walk away",
	// "would leave the talks", "warned it would suspend"
	`\bthreaten(?:s|ed|ing)? to\b|\b(?:would|will|could|might|may|to) (?:walk (?:away|out)|leave the (?:talks|table|negotiations)|pull out|quit the|suspend|withdraw from|abandon|boycott|break off|halt)\b`,
	"threaten|walk|leave|pull out|quit|suspend|withdraw from|abandon|boycott|break off|halt", "3", "Threat",
	`\bwarn(?:s|ed|ing)? (?:that )?(?:it|they|he|she|\p{Lu}[\p{L}-]+) would\b`, "warn", "2", "Threat",
	// a condition: "only if", "as long as", "unless", "on condition that"
	`\bonly if\b|\bon (?:the )?condition that\b|\bprovided that\b`, "if|condition|provided", "3", "Condition",
	`\bunless\b|\b(?:as|so) long as\b|\bin exchange for\b|\buntil (?:the|its|their|all)\b`, "unless|long as|exchange|until", "2", "Condition",
	// an accusation or blame with its target: "accused X of", "blamed X for"
	`\baccus(?:e|es|ed|ing) [^.;]{1,60}? of\b|\bblam(?:e|es|ed|ing) [^.;]{1,60}? for\b`, "accus|blam", "3", "Accusation",
	// a refusal: "refused to", "declined to", "ruled out", "would not accept"
	`\b(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)) to\b|\brul(?:ed|es|ing) out\b|\b(?:would|will|could|did|does|do) not (?:accept|allow|agree to|permit|open|let|sign|attend|return to)\b|\bwon't (?:accept|allow)\b`,
	"refus|declin|ruled out|rules out|ruling out|not|won't", "3", "Refusal",
	// a rejected proposal: "rejected the proposal", "dismissed the plan"
	`\b(?:reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|turn(?:s|ed)? down) (?:the |a |an |its |their |his |her |any )?(?:[\p{L}-]+ ){0,2}(?:proposal|plan|draft|offer|text|initiative|resolution|compromise|idea|demand|request|terms)s?\b`,
	"reject|dismiss|turn", "3", "Rejection",
	// a disputed fact: "denied the claim", "disputed the figures"
	`\b(?:den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)) (?:that|the|any|a|an|its|their|claims?|reports?|responsibility|involvement)\b`, "den|disput", "3", "Denial",
)

// forecastCues map hedge words to a likelihood term; the first match in
// this order wins, so stronger and negated forms come first.
var forecastCues = []struct {
	re    *regexp.Regexp
	l     briefing.Likelihood
	w     float64
	hints []string
}{
	{regexp.MustCompile(`(?i)\b(?:no chance|impossible|ruled out|will never)\b`), briefing.AlmostNoChance, 2, strings.Split("chance|impossible|ruled|never", "|")},
	{regexp.MustCompile(`(?i)\b(?:highly|very|extremely) unlikely\b|\bremote (?:chance|possibility)\b`), briefing.VeryUnlikely, 3, strings.Split("unlikely|remote", "|")},
	{regexp.MustCompile(`(?i)\bunlikely\b|\bdoubt(?:s|ful|ed)?\b|\bslim (?:chance|hopes?)\b|\bnot expected\b|\bsceptic|\bskeptic`), briefing.Unlikely, 3, strings.Split("unlikely|doubt|slim|expected|sceptic|skeptic", "|")},
	{regexp.MustCompile(`(?i)\b(?:almost|virtually|all but) certain\b|\bcertain to\b|\binevitabl[ey]\b|\bwill certainly\b`), briefing.AlmostCertain, 3, strings.Split("certain|inevitab", "|")},
	{regexp.MustCompile(`(?i)\b(?:very|highly) likely\b|\bwidely expected\b|\balmost certainly\b`), briefing.VeryLikely, 3, strings.Split("likely|expected|certainly", "|")},
	{regexp.MustCompile(`(?i)\blikely\b|\bprobabl[ey]\b|\bexpect(?:s|ed)?\b|\bset to\b|\bpoised to\b|\bon track to\b|\bscheduled\b|\bplan(?:s|ned)? to\b|\bagreed to (?:continue|resume|meet)\b|\bwill (?:continue|resume|meet|hold)\b`), briefing.Likely, 3, strings.Split("likely|probab|expect|set to|poised|on track|schedul|plan|agreed to|will", "|")},
	{regexp.MustCompile(`(?i)\bhop(?:e|es|ed|ing) (?:to|that|for)\b|\brisks?\b|\brisked\b|\bat risk\b|\bjeopardi[sz]|\bthreatens to\b`), briefing.RoughlyEvenChance, 3,
		strings.Split("hop|risk|jeopard|threatens", "|")},
	{regexp.MustCompile(`(?i)\b(?-i:may)\b|\bmight\b|\bcould\b|\bpossibl[ey]\b|\bdoor (?:was |is )?(?:left )?open\b|\bleft the door open\b|\bchance\b|\brisk\b|\bwarn(?:s|ed|ing)?\b`), briefing.RoughlyEvenChance, 2, strings.Split("may|might|could|possib|door|chance|risk|warn", "|")},
	{regexp.MustCompile(`(?i)\bcontinu(?:e|es|ed|ing)\b|\bresum(?:e|es|ed|ption)\b|\bnext (?:week|month|year|round)\b|\bcoming (?:days|weeks|months)\b`), briefing.Likely, 2, strings.Split("continu|resum|next|coming", "|")},
	{regexp.MustCompile(`(?i)\b(?:due to (?:resume|meet|reconvene|return|hold|vote|expire|start|begin)|(?:is|are|was|were) scheduled (?:for|to)|next round|meet again|reconvene|(?:expires?|expiring|runs out|lapses) (?:on|in|at|by)|deadline|by the end of)\b`), briefing.Likely, 3,
		strings.Split("due to|scheduled|next round|meet again|reconvene|expir|runs out|lapses|deadline|by the end", "|")},
	{regexp.MustCompile(`(?i)\bwill\b|\bwould\b|\bintend(?:s|ed)? to\b|\bvow(?:s|ed)? to\b|\bpledg(?:e|es|ed) to\b`), briefing.Likely, 1, strings.Split("will|would|intend|vow|pledg", "|")},
}

// futureCues raise a forecast's score: time frames and forward verbs.
var futureCues = regexp.MustCompile(`(?i)\bdeadline\b|\bexpires? (?:on|in|at|by)\b|\bdue to\b|\bscheduled for\b|\bnext (?:week|month|year|round|session)\b|\bcoming (?:days|weeks|months|year)\b|\bby the end of\b|\bbefore the end of\b|\bwithin (?:days|weeks|months|a year)\b|\bin the (?:coming|next)\b|\bover the (?:winter|summer|spring|autumn)\b|\bthis (?:quarter|year|month)\b|\bfuture\b|\boutlook\b|\bwindow\b`)

// concreteCues mark a development the parties have agreed or scheduled.
var concreteCues = regexp.MustCompile(`(?i)\bagreed to (?:continue|resume|meet|hold|reconvene)\b|\bscheduled\b|\bwill (?:meet|resume)\b|\bset to (?:meet|resume)\b|\bdue to (?:resume|meet|reconvene)\b`)

// stickingPoints scores each sentence for disagreement cues and attaches
// the actors it names as the parties.
func stickingPoints(docs []*doc, acts []Actor) []Point {
	var out []Point
	for _, d := range docs {
		for i, s := range d.sents {
			if boilerplate(s.Text) {
				continue
			}
			score, label := 0.0, ""
			best, at := 0.0, -1
			lower := strings.ToLower(s.Text)
			for _, c := range stickingCues {
				if !hinted(lower, c.hints) {
					continue
				}
				if loc := c.re.FindStringIndex(s.Text); loc != nil {
					score += c.weight
					if c.weight > best {
						best, label, at = c.weight, c.label, loc[0]
					}
				}
			}
			if score < 3 {
				continue
			}
			p := Point{Sentence: d.sentenceOf(i), score: score - 0.02*float64(i), sent: i, kind: label}
			p.Parties = parties(d, i, s.Start+at, acts)
			p.Issue = issue(s.Text, label)
			if len(p.Parties) >= 2 {
				p.score += 1
			}
			out = append(out, p)
		}
	}
	resolveAnaphora(out)
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	return mergePoints(out)
}

// anaphoraRe finds a reference back to another side's demand: "Sokolov
// called the demand unacceptable".
var anaphoraRe = regexp.MustCompile(`(?i)\b(?:the|this|that|such a|their|its) (?:demand|condition|precondition|proposal|request|ultimatum)\b`)

// resolveAnaphora gives a one-party point that answers "the demand" the
// party of the nearest earlier point of the same article as the other side,
// and records the nearest earlier demand as what it refers to. ps is in
// reading order.
func resolveAnaphora(ps []Point) {
	for i := range ps {
		p := &ps[i]
		if !anaphoraRe.MatchString(p.Text) {
			continue
		}
		for j := i - 1; j >= 0 && ps[j].Prov.ArticleID == p.Prov.ArticleID && p.sent-ps[j].sent <= 3; j-- {
			if demandKind[ps[j].kind] && p.ref == (briefing.Provenance{}) {
				p.ref = ps[j].Prov
			}
			if len(p.Parties) == 1 && len(ps[j].Parties) == 1 && ps[j].Parties[0] != p.Parties[0] {
				p.Parties = []string{p.Parties[0], ps[j].Parties[0]}
			}
			if p.ref != (briefing.Provenance{}) && len(p.Parties) != 1 {
				break
			}
		}
	}
}

// demandKind are the cue labels of a demand that "the demand" can refer to.
var demandKind = map[string]bool{"Demand": true, "Condition": true, "Precondition": true}

// genericIssueWords do not identify an issue on their own.
var genericIssueWords = map[string]bool{"control": true, "region": true, "agreement": true, "deal": true,
	"talks": true, "plan": true, "peace": true, "revised": true, "any": true, "full": true, "there": true,
	"deadlock": true, "condition": true, "demand": true, "refusal": true, "dispute": true, "red": true,
	"line": true, "opposition": true, "accusation": true, "territory": true}

// issueKeys are the words that identify an issue label.
func issueKeys(label string) map[string]bool {
	k := map[string]bool{}
	for _, w := range words(label) {
		if !genericIssueWords[w] {
			k[w] = true
		}
	}
	return k
}

// mergePoints keeps one point per issue: points whose labels share a
// specific word ("corridor", "withdrawal") and that share a party or an
// article are merged into the strongest one, parties unioned and the more
// specific label kept; then a point that answers an earlier demand ("called
// the demand unacceptable") joins the point holding that demand when they
// share a party. ps is sorted best first.
func mergePoints(ps []Point) []Point {
	var out []Point
	var keys []map[string]bool
	var refs [][]briefing.Provenance
	for _, p := range ps {
		merged := false
		pk := issueKeys(p.Issue)
		for k := range out {
			if p.ref != (briefing.Provenance{}) {
				break // "rejected the demand": it joins the demand it answers, below
			}
			q := &out[k]
			if !sharesKey(keys[k], pk) {
				continue
			}
			if q.Prov.ArticleID != p.Prov.ArticleID && !sharesParty(q.Parties, p.Parties) {
				continue
			}
			absorb(q, p)
			for w := range pk {
				keys[k][w] = true
			}
			refs[k] = append(refs[k], p.ref)
			merged = true
			break
		}
		if !merged {
			out = append(out, p)
			keys = append(keys, pk)
			refs = append(refs, []briefing.Provenance{p.ref})
		}
	}
	// anaphora: "the demand" joins the point that holds the demand
	for changed := true; changed; {
		changed = false
		for i := 0; i < len(out) && !changed; i++ {
			for _, r := range refs[i] {
				if r == (briefing.Provenance{}) {
					continue
				}
				j := holder(out, r)
				if j < 0 || j == i || !sharesParty(out[i].Parties, out[j].Parties) {
					continue
				}
				a, b := min(i, j), max(i, j) // keep the stronger point
				label := out[j].Issue
				absorb(&out[a], out[b])
				if label != out[j].kind {
					out[a].Issue = label // the issue is the demand's object, not the answer's words
				}
				refs[a] = append(refs[a], refs[b]...)
				for w := range keys[b] {
					keys[a][w] = true
				}
				out = append(out[:b], out[b+1:]...)
				keys = append(keys[:b], keys[b+1:]...)
				refs = append(refs[:b], refs[b+1:]...)
				changed = true
				break
			}
		}
	}
	return out
}

// absorb merges point p into q: parties unioned, the more specific label
// kept, p's sentences added to q's.
func absorb(q *Point, p Point) {
	if len(p.Issue) > len(q.Issue) {
		q.Issue = p.Issue
	}
	q.Parties = unionParties(q.Parties, p.Parties)
	q.also = append(q.also, p.Sentence)
	q.also = append(q.also, p.also...)
	sort.SliceStable(q.also, func(i, j int) bool { return q.also[i].Prov.Start < q.also[j].Prov.Start })
}

// holder returns the index of the point in ps that holds the sentence at
// r, or -1.
func holder(ps []Point, r briefing.Provenance) int {
	for i, p := range ps {
		if p.Prov == r {
			return i
		}
		for _, s := range p.also {
			if s.Prov == r {
				return i
			}
		}
	}
	return -1
}

func sharesKey(a, b map[string]bool) bool {
	for w := range a {
		if b[w] {
			return true
		}
	}
	return false
}

// partyNames flattens sides ("A, B") into names.
func partyNames(sides []string) []string {
	var out []string
	for _, s := range sides {
		out = append(out, strings.Split(s, ", ")...)
	}
	return out
}

func sharesParty(a, b []string) bool {
	for _, x := range partyNames(a) {
		for _, y := range partyNames(b) {
			if x == y {
				return true
			}
		}
	}
	return false
}

// unionParties adds b's names missing from a: to the second side when a
// has one side, else to the side they stand on in b.
func unionParties(a, b []string) []string {
	have := map[string]bool{}
	for _, n := range partyNames(a) {
		have[n] = true
	}
	var extra []string
	for _, n := range partyNames(b) {
		if !have[n] {
			have[n] = true
			extra = append(extra, n)
		}
	}
	if len(extra) == 0 {
		return a
	}
	out := append([]string(nil), a...)
	switch len(out) {
	case 0:
		return []string{strings.Join(extra, ", ")}
	case 1:
		return append(out, strings.Join(extra, ", "))
	}
	out[1] += ", " + strings.Join(extra, ", ")
	return out
}

// parties names the sides of sentence i of d: the actors named before the
// cue at byte offset cueAt, then those after it; a person whose role names
// a country stands for that country ("Arvelian Foreign Minister" -> Arvelia).
func parties(d *doc, i, cueAt int, acts []Actor) []string {
	var before, after []string
	seen := map[string]bool{}
	for _, m := range d.mentions {
		if m.Sentence != i {
			continue
		}
		an := actorName(acts, m)
		if mediatorNamed(acts, an) {
			continue // a mediator is never a side
		}
		name := side(acts, an)
		if name == "" || seen[name] {
			continue
		}
		if modifierUse(d.art.Text, m) {
			continue // "the Kharan programme": a name that only qualifies a noun
		}
		if m.Type == ner.LOC && !actorUse(d.art.Text, m) && placeOnly(d.art.Text, m) {
			continue // "from the Kessel valley": a place, not a party
		}
		seen[name] = true
		if m.Start < cueAt {
			before = append(before, name)
		} else {
			after = append(after, name)
		}
	}
	// "the council", "the alliance": a body named by the head noun of its name
	sp := d.sents[i]
	lower := strings.ToLower(sp.Text)
	for _, a := range acts {
		fs := strings.Fields(a.Name)
		if !a.Acts || a.mediator || a.Type != ner.ORG || len(fs) < 2 || seen[a.Name] {
			continue
		}
		head := "the " + strings.ToLower(fs[len(fs)-1])
		if at := occurrences(lower, head); len(at) > 0 {
			seen[a.Name] = true
			if sp.Start+at[0] < cueAt {
				before = append(before, a.Name)
			} else {
				after = append(after, a.Name)
			}
		}
	}
	if len(before) > 0 && len(after) > 0 {
		return []string{strings.Join(before, ", "), strings.Join(after, ", ")}
	}
	all := append(before, after...)
	if len(all) > 2 {
		return []string{all[0], strings.Join(all[1:], ", ")}
	}
	return all
}

// mediatorNamed reports whether the actor called name is a go-between.
func mediatorNamed(acts []Actor, name string) bool {
	for _, a := range acts {
		if a.Name == name {
			return a.mediator
		}
	}
	return false
}

// modifierFollow are the words after "the Name" that still leave the name
// a noun of its own: prepositions, conjunctions, auxiliaries.
var modifierFollow = map[string]bool{"and": true, "or": true, "but": true, "on": true, "of": true, "in": true,
	"to": true, "for": true, "with": true, "at": true, "by": true, "from": true, "over": true, "about": true,
	"against": true, "that": true, "which": true, "who": true, "would": true, "will": true, "could": true,
	"should": true, "must": true, "may": true, "might": true, "can": true, "did": true, "does": true, "as": true,
	"into": true, "after": true, "before": true, "under": true, "not": true, "also": true, "itself": true}

// modifierUse reports whether a name after "the" only qualifies the noun
// that follows it: "the Kharan programme", "the Brenna valley".
func modifierUse(text string, m ner.Mention) bool {
	if !strings.EqualFold(lastWord(text[:m.Start]), "the") {
		return false
	}
	rest := text[m.End:]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	w := firstWord(strings.TrimLeft(rest, " "))
	if w == "" || !unicode.IsLower([]rune(w)[0]) {
		return false
	}
	return !modifierFollow[w] && !verbWord(w) && !strings.HasSuffix(w, "ed")
}

// placeOnly reports whether a place name is used as a location: after a
// place preposition or before a word like "valley" or "corridor".
func placeOnly(text string, m ner.Mention) bool {
	switch strings.ToLower(lastWord(text[:m.Start])) {
	case "in", "at", "from", "near", "into", "to", "across", "towards", "toward", "around":
		return true
	}
	switch strings.ToLower(firstWord(strings.TrimLeft(text[m.End:], " "))) {
	case "valley", "corridor", "region", "border", "river", "province", "district", "area", "peninsula",
		"pass", "basin", "coast", "plain", "enclave", "strait", "front", "line", "sea":
		return true
	}
	return false
}

// side returns the country a person speaks for, when the role or the text
// names one ("Arvelian Foreign Minister", "Sarkand's chief negotiator"),
// else the actor itself.
func side(acts []Actor, name string) string {
	if name == "" {
		return ""
	}
	for _, a := range acts {
		if a.Name == name && a.speaksOf != "" {
			return a.speaksOf
		}
	}
	return name
}

// actorName returns the name of the acting actor a mention belongs to; a
// capital stands for its country when that country acts ("Kyiv withdraw").
func actorName(acts []Actor, m ner.Mention) string {
	if c := seatOf[strings.ToLower(m.Text)]; c != "" {
		for _, a := range acts {
			if a.Acts && a.Name == c {
				return c
			}
		}
	}
	for _, a := range acts {
		if !a.Acts {
			continue
		}
		if a.Name == m.Text {
			return a.Name
		}
		for _, al := range a.Aliases {
			if al == m.Text {
				return a.Name
			}
		}
	}
	return ""
}

var issueRe = regexp.MustCompile(`(?i)\b(?:control (?:of|over)|over|on|about|of) ((?:the |a |an )?[\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+){0,3})`)

// issueRules name the object of a demand or refusal: the withdrawal a side
// wants, the territory it will not cede, what it accuses the other of.
var issueRules = []struct {
	re   *regexp.Regexp
	make func(m []string) string
}{
	{regexp.MustCompile(`(?i)\bwithdraw(?:al of)?(?: (?:its|their|all|the|his|her) (?:forces|troops|soldiers|army|units))? from ((?:the rest of )?(?:the )?[^,.;:"“”]+)`),
		func(m []string) string {
			return "Withdrawal from " + strings.TrimPrefix(trimPhrase(m[1]), "the rest of ")
		}},
	{regexp.MustCompile(`(?i)\b(?:cede|trade|give up|hand over|surrender)s? (?:any |the |its |their )?(?:territory|land)\b.*\b(?:pre)?condition`),
		func([]string) string { return "Territorial precondition" }},
	{regexp.MustCompile(`(?i)\b(?:cede|trade|give up|hand over|surrender)s? (?:any |the |its |their )?(?:territory|land)\b`),
		func([]string) string { return "Territorial concessions" }},
	{regexp.MustCompile(`(?i)\b(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|requir(?:e|es|ed|ing)) that (?:the |its |their )?[\p{L}-]+(?: [\p{L}-]+)? (?:share|hand over|release|lift|return|remove|free|stop|end|halt|recogni[sz]e|give up|disband|pay|grant)[a-z]* (?:its |the |their |all |any )?([\p{L}-]+(?: [\p{L}-]+){0,3})`),
		func(m []string) string { return objectPhrase(m[1]) }},
	{regexp.MustCompile(`(?i)\b(?:wants?|wanted|demand(?:s|ed)?|seek(?:s|ing)?|sought) (access to (?:the |its |their )?[\p{L}-]+(?: [\p{L}-]+){0,2})`),
		func(m []string) string { return objectPhrase(m[1]) }},
	{regexp.MustCompile(`(?i)\b(?:not|never|refus\w* to|won't) (accept|allow|permit|tolerate|open) (?:any |the |its |their )?([\p{L}-]+(?: [\p{L}-]+){0,4})`),
		func(m []string) string {
			if strings.EqualFold(m[1], "open") {
				return "Opening the " + objectPhrase(m[2])
			}
			return objectPhrase(m[2])
		}},
	{regexp.MustCompile(`(?i)\b(?:reject|dismiss|turn)\w*(?: down)? (?:the |a |an |its |their |any )?((?:[\p{L}-]+ ){0,2}(?:proposal|plan|draft|offer|initiative|compromise|resolution))\b`),
		func(m []string) string { return objectPhrase(m[1]) }},
	{regexp.MustCompile(`(?i)\blink(?:s|ed|ing)? ([\p{L}-]+(?: [\p{L}-]+)?) to ([\p{L}-]+(?: [\p{L}-]+)?)`),
		func(m []string) string { return "Linking " + objectPhrase(m[1]+" to "+m[2]) }},
	{regexp.MustCompile(`(?i)\bthreaten(?:s|ed|ing)? to ([\p{L}-]+(?: [\p{L}-]+){0,3})`),
		func(m []string) string { return "Threat to " + objectPhrase(m[1]) }},
	{regexp.MustCompile(`(?i)\bwithout (?:the |a |an )?([\p{L}-]+(?: [\p{L}-]+)?),? (?:there )?(?:can|will|would|could) (?:be )?no\b`),
		func(m []string) string { return strings.TrimSuffix(m[1], " there") }},
	{regexp.MustCompile(`(?i)\baccus(?:e|es|ed|ing) [^,.;]{2,60}? of ([a-z][^,.;:"“”]+)`),
		func(m []string) string { return firstWords(m[1], 6) }},
}

// objectStop ends the object of a demand or refusal: a clause word.
var objectStop = map[string]bool{"while": true, "if": true, "unless": true, "until": true, "because": true,
	"as": true, "and": true, "but": true, "with": true, "which": true, "that": true, "first": true, "when": true,
	"once": true, "so": true, "or": true}

// objectPhrase keeps the object of a demand or refusal: up to 5 words, cut
// at a clause word ("the site to inspectors while ..." -> "site to
// inspectors"), a leading article dropped.
func objectPhrase(s string) string {
	fs := strings.Fields(firstWords(s, 6))
	for i, f := range fs {
		if i > 0 && objectStop[strings.ToLower(f)] {
			fs = fs[:i]
			break
		}
	}
	if len(fs) > 0 && (strings.EqualFold(fs[0], "the") || strings.EqualFold(fs[0], "a") || strings.EqualFold(fs[0], "an")) {
		fs = fs[1:]
	}
	if len(fs) > 5 {
		fs = fs[:5]
	}
	return strings.Join(fs, " ")
}

// firstWords keeps up to n words of s, cut at the first clause mark.
func firstWords(s string, n int) string {
	if i := strings.IndexAny(s, ",.;:\"“”()"); i >= 0 {
		s = s[:i]
	}
	fs := strings.Fields(s)
	if len(fs) > n {
		fs = fs[:n]
	}
	return strings.Join(fs, " ")
}

// issue labels a sticking point: the thing fought over when the sentence
// says ("Control of the Dorna corridor", "Withdrawal from the Donetsk
// region", "Territorial precondition"), else the kind of cue.
func issue(s, label string) string {
	lower := strings.ToLower(s)
	if i := strings.Index(lower, "control of "); i >= 0 {
		return capitalize(trimPhrase(s[i:]))
	}
	for _, r := range issueRules {
		if m := r.re.FindStringSubmatch(s); m != nil {
			if l := strings.TrimSpace(r.make(m)); l != "" && l != "Withdrawal from " {
				return capitalize(l)
			}
		}
	}
	for _, m := range issueRe.FindAllStringSubmatchIndex(s, -1) {
		phrase := trimPhrase(s[m[2]:m[3]])
		if len(strings.Fields(phrase)) >= 2 && !strings.HasPrefix(strings.ToLower(phrase), "the talks") {
			return capitalize(phrase)
		}
	}
	return label
}

// trimPhrase cuts a phrase at the first clause boundary, keeping up to 6 words.
func trimPhrase(s string) string {
	if i := strings.IndexAny(s, ",.;:\"“”()"); i >= 0 {
		s = s[:i]
	}
	fs := strings.Fields(s)
	for i, f := range fs {
		if i > 0 && (stopAfter[strings.ToLower(f)]) {
			fs = fs[:i]
			break
		}
	}
	if len(fs) > 6 {
		fs = fs[:6]
	}
	return strings.Join(fs, " ")
}

var stopAfter = map[string]bool{"and": true, "but": true, "that": true, "which": true, "who": true, "as": true,
	"after": true, "before": true, "because": true, "while": true, "when": true, "if": true, "to": true, "in": true,
	"on": true, "at": true, "for": true, "was": true, "were": true, "is": true, "are": true, "had": true, "has": true}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = []rune(strings.ToUpper(string(r[0])))[0]
	return string(r)
}

// forecasts scores forward-looking sentences and suggests a likelihood.
func forecasts(docs []*doc) []Forecast {
	var out []Forecast
	for _, d := range docs {
		n := len(d.sents)
		for i, s := range d.sents {
			if boilerplate(s.Text) {
				continue
			}
			score := 0.0
			var l briefing.Likelihood
			lower := strings.ToLower(s.Text)
			for _, c := range forecastCues {
				if hinted(lower, c.hints) && c.re.MatchString(s.Text) {
					if l == "" {
						l = c.l
					}
					score += c.w
				}
			}
			if l == "" {
				continue
			}
			if futureCues.MatchString(s.Text) {
				score += 2
			}
			if hinted(lower, []string{"agreed to", "schedul", "will meet", "will resume", "set to", "due to"}) && concreteCues.MatchString(s.Text) {
				score++ // a step the parties have agreed or scheduled
			}
			if score < 3 {
				continue
			}
			// later sentences of a report tend to hold the outlook
			if n > 1 {
				score += 0.5 * float64(i) / float64(n-1)
			}
			out = append(out, Forecast{Sentence: d.sentenceOf(i), Likelihood: l, score: score})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	return out
}

// hinted reports whether lower contains one of the hints.
func hinted(lower string, hints []string) bool {
	for _, h := range hints {
		if strings.Contains(lower, h) {
			return true
		}
	}
	return false
}
