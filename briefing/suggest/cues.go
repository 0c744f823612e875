package suggest

import (
	"regexp"
	"sort"
	"strings"

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
	`\b(?:not|never) cede\b|\bcede\b`, "cede", "2", "Refusal",
	`\baccus(?:e|es|ed|ing)\b`, "accus", "2", "Accusation",
	`\bbad faith\b`, "bad faith", "2", "Accusation",
	`\bblam(?:e|es|ed|ing)\b`, "blam", "1", "Accusation",
	`\bdeadlock|\bstalemate|\bimpasse|\bstall(?:s|ed)?\b|\bsticking point|\bstumbling block|\bobstacle`, "deadlock|stalemate|impasse|stall|sticking|stumbling|obstacle", "3", "Deadlock",
	`\bdispute[sd]?\b|\bdisagree(?:ment|s|d)?\b|\bat odds\b|\bdivided over\b|\bclash(?:es|ed)? over\b`, "disput|disagree|odds|divided|clash", "2", "Dispute",
	`\bcontrol (?:of|over)\b|\bterritor(?:y|ial)\b|\bsovereignty\b`, "control|territor|sovereign", "1", "Territory",
	`\bopposed?\b|\bobject(?:s|ed)? to\b`, "oppose|object", "1", "Opposition",
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
	{regexp.MustCompile(`(?i)\bcontinu(?:e|es|ed|ing)\b|\bresum(?:e|es|ed|ption)\b|\bnext (?:week|month|year|round)\b|\bcoming (?:days|weeks|months)\b`), briefing.Likely, 2, strings.Split("continu|resum|next|coming", "|")},
	{regexp.MustCompile(`(?i)\bmay\b|\bmight\b|\bcould\b|\bpossibl[ey]\b|\bdoor (?:was |is )?(?:left )?open\b|\bleft the door open\b|\bchance\b|\brisk\b|\bwarn(?:s|ed|ing)?\b`), briefing.RoughlyEvenChance, 2, strings.Split("may|might|could|possib|door|chance|risk|warn", "|")},
	{regexp.MustCompile(`(?i)\bwill\b|\bwould\b|\bintend(?:s|ed)? to\b|\bvow(?:s|ed)? to\b|\bpledg(?:e|es|ed) to\b`), briefing.Likely, 1, strings.Split("will|would|intend|vow|pledg", "|")},
}

// futureCues raise a forecast's score: time frames and forward verbs.
var futureCues = regexp.MustCompile(`(?i)\bnext (?:week|month|year|round|session)\b|\bcoming (?:days|weeks|months|year)\b|\bby the end of\b|\bbefore the end of\b|\bwithin (?:days|weeks|months|a year)\b|\bin the (?:coming|next)\b|\bover the (?:winter|summer|spring|autumn)\b|\bthis (?:quarter|year|month)\b|\bfuture\b|\boutlook\b|\bwindow\b`)

// concreteCues mark a development the parties have agreed or scheduled.
var concreteCues = regexp.MustCompile(`(?i)\bagreed to (?:continue|resume|meet|hold|reconvene)\b|\bscheduled\b|\bwill (?:meet|resume)\b|\bset to (?:meet|resume)\b`)

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
			p := Point{Sentence: d.sentenceOf(i), score: score - 0.02*float64(i)}
			p.Parties = parties(d, i, s.Start+at, acts)
			p.Issue = issue(s.Text, label)
			if len(p.Parties) >= 2 {
				p.score += 1
			}
			out = append(out, p)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
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
		name := side(acts, actorName(acts, m))
		if name == "" || seen[name] {
			continue
		}
		seen[name] = true
		if m.Start < cueAt {
			before = append(before, name)
		} else {
			after = append(after, name)
		}
	}
	if len(before) > 0 && len(after) > 0 {
		return []string{strings.Join(before, ", "), strings.Join(after, ", ")}
	}
	return append(before, after...)
}

// side returns the country a person speaks for, when the role names one,
// else the actor itself.
func side(acts []Actor, name string) string {
	if name == "" {
		return ""
	}
	for _, a := range acts {
		if a.Name != name || a.Type != ner.PER || a.Role == "" {
			continue
		}
		role := strings.ToLower(a.Role)
		for _, c := range acts {
			if c.Type == ner.LOC && c.Acts && len(c.Name) >= 4 {
				for _, w := range strings.Fields(role) {
					if strings.HasPrefix(w, strings.ToLower(c.Name)) {
						return c.Name
					}
				}
			}
		}
	}
	return name
}

// actorName returns the name of the acting actor a mention belongs to.
func actorName(acts []Actor, m ner.Mention) string {
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

// issue labels a sticking point: the thing fought over when the sentence
// says ("control of the Dorna corridor"), else the kind of cue.
func issue(s, label string) string {
	lower := strings.ToLower(s)
	if i := strings.Index(lower, "control of "); i >= 0 {
		return capitalize(trimPhrase(s[i:]))
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
			if hinted(lower, []string{"agreed to", "schedul", "will meet", "will resume", "set to"}) && concreteCues.MatchString(s.Text) {
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
