package suggest

import (
	"iter"
	"slices"
	"strings"

	"github.com/briefdesk/briefdesk/internal/lazy"
)

var issueRe = lazy.RE(`(?i)\b(?:control (?:of|over)|over|about|(?:talks|negotiations|vote|deal|agreement|compromise|stance|position|row|dispute|deadlock|impasse|differences|split|divisions?) on) ((?:the |a |an )?[\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+){0,3})`)

// issueRules name the object of a demand or refusal: the withdrawal a side
// wants, the territory it will not cede, what it accuses the other of. A
// refused act or a demand comes before an accusation in the same sentence:
// what a side refuses or asks for is the issue, what it accuses the other
// of is how it argues.
var issueRules = lazy.Value(func() []issueRule {
	return []issueRule{
		// what talks failed over, or a dispute is over, is the issue that
		// blocks agreement, named before any accusation the sentence also
		// makes: "talks collapsed over the Dorna corridor" -> "Dorna corridor"
		{lazy.RE(`(?i)\b(?:(?:collapsed|broke down|stalled|foundered|faltered|deadlocked|fell apart|failed|ended without (?:a |an )?(?:deal|agreement))\b[^.;:"“”]{0,20}?|(?:dispute|row|standoff|stand-off|feud|rift|quarrel|wrangling|disagreement|differences|impasse|deadlock) ) over ((?:the |a |an )?[\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+){0,5})`),
			func(m []string) string { return objectPhrase(m[1]) }},
		{lazy.RE(`(?i)\bwithdraw(?:al of)?(?: (?:its|their|all|the|his|her) (?:forces|troops|soldiers|army|units))? from ((?:the rest of )?(?:the )?[^,.;:"“”]+)`),
			func(m []string) string {
				return "Withdrawal from " + strings.TrimPrefix(trimPhrase(m[1]), "the rest of ")
			}},
		// a refused or demanded act named as its noun: "refused to withdraw
		// its guards from the ridge" -> "Withdrawal of guards from the ridge"
		{lazy.RE(`(?i)\b(?:refus\w* to|declin\w* to|(?:will|would|does|did|could) not|won't|wouldn't|never|demand\w* (?:that \S+ )?|call\w* on \S+ to|urg\w* \S+ to|insist\w* on) (withdraw(?:ing)?|remov(?:e|ing)|releas(?:e|ing)|recogni[sz](?:e|ing)|lift(?:ing)?|disarm(?:ing)?|disband(?:ing)?|extradit(?:e|ing)|reopen(?:ing)?|hand(?:ing)? over|return(?:ing)?|free(?:ing)?|pay(?:ing)?) (?:its |their |the |all |any |his |her |our )?([\p{L}'’-]+(?: [\p{L}'’-]+){0,6})`),
			func(m []string) string {
				verb := strings.ToLower(m[1])
				after, to := strings.CutPrefix(m[2], "to ")
				if to && infinitive(after) {
					return "" // "did not return to press the claim": an infinitive, not the act's object
				}
				prep := false // "refused to pay for the repairs": the object comes with its own preposition
				switch strings.ToLower(firstField(m[2])) {
				case "for", "into", "with", "on", "in", "from", "over", "back":
					prep = true
				}
				for stem, noun := range actNouns() {
					if strings.HasPrefix(verb, stem) {
						if to || prep {
							return noun + " " + objectPhrase6(m[2]) // "Return to the east bank", "Payment for the repairs"
						}
						return noun + " of " + objectPhrase6(m[2])
					}
				}
				return ""
			}},
		// the condition of a refusal is what blocks agreement: "would oppose
		// the bill unless the board promised a vote on pension rights" ->
		// "Vote on pension rights"
		{lazy.RE(`(?i)\b(?:oppos|reject|block|veto|boycott|vote against|withh[oe]ld|(?:not|never|won't|wouldn't) (?:support|back|sign|vote for|accept|approve|join|return))\w*\b[^.;:"“”]{0,80}?\b(?:unless|until) [^,.;:"“”]{1,60}? (?:promis|agree|guarantee|commit|allow|hold|schedul|grant|offer|accept|drop|withdr[ae]w|end|lift)\w*(?: to)? (?:a |an |the )?([\p{L}\p{N}'’"“”-]+(?: [\p{L}\p{N}'’"“”-]+){0,6})`),
			func(m []string) string {
				return objectPhrase6(strings.NewReplacer(`"`, "", "“", "", "”", "").Replace(m[1]))
			}}, // a quoted word stays in
		{lazy.RE(`(?i)\b(?:cede|trade|give up|hand over|surrender)s? (?:any |the |its |their )?(?:territory|land)\b.*\b(?:pre)?condition`),
			func([]string) string { return "Territorial precondition" }},
		{lazy.RE(`(?i)\b(?:cede|trade|give up|hand over|surrender)s? (?:any |the |its |their )?(?:territory|land)\b`),
			func([]string) string { return "Territorial concessions" }},
		{lazy.RE(`(?i)\b(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|requir(?:e|es|ed|ing)) that (?:the |its |their )?[\p{L}-]+(?: [\p{L}-]+)? (?:share|hand over|release|lift|return|remove|free|stop|end|halt|recogni[sz]e|give up|disband|pay|grant)[a-z]* (?:its |the |their |all |any )?([\p{L}-]+(?: [\p{L}-]+){0,3})`),
			func(m []string) string { return objectPhrase(m[1]) }},
		{lazy.RE(`(?i)\b(?:wants?|wanted|demand(?:s|ed)?|seek(?:s|ing)?|sought) (access to (?:the |its |their )?[\p{L}-]+(?: [\p{L}-]+){0,2})`),
			func(m []string) string { return objectPhrase(m[1]) }},
		// what a rejected deal would have done: "would not accept any deal
		// that left foreign troops in the valley" -> "Foreign troops in the valley"
		{lazy.RE(`(?i)\b(?:accept|sign|back|support|endorse)\w* (?:any|a|the) (?:deal|agreement|settlement|plan|accord|treaty) that (?:would )?(?:left|leaves?|kept|keeps?|allowed|allows?|let|lets|gave|gives?) ([^,.;:"“”]+)`),
			func(m []string) string { return objectPhrase6(m[1]) }},
		{lazy.RE(`(?i)\b(?:not|never|refus\w* to|won't) (accept|allow|permit|tolerate|open) (?:any |the |its |their )?([\p{L}-]+(?: [\p{L}-]+){0,4})`),
			func(m []string) string {
				if f := strings.Fields(m[2]); len(f) > 0 && issueEnd()[strings.ToLower(f[0])] {
					return "" // "which X refused to open to outsiders": the object came before
				}
				if (strings.EqualFold(m[1], "allow") || strings.EqualFold(m[1], "permit")) && strings.Contains(m[2], " to ") {
					return "" // "would not allow Farrow to use ...": a clause, not an object
				}
				if strings.EqualFold(m[1], "open") {
					return "Opening the " + objectPhrase(m[2])
				}
				return objectPhrase(m[2])
			}},
		// what a deal must contain: "any deal must include the bloc's
		// procurement market"
		{lazy.RE(`(?i)\b(?:deal|agreement|settlement|accord|treaty|bill|package)s? (?:must|should|would have to|has to) (?:include|cover|guarantee|contain|open) (?:the |its |their |any |all )?([\p{L}'’-]+(?: [\p{L}'’-]+){0,4})`),
			func(m []string) string { return objectPhrase(m[1]) }},
		{lazy.RE(`(?i)\b(?:reject|dismiss|turn)\w*(?: down)? (?:the |a |an |its |their |any )?((?:[\p{L}-]+ ){0,2}(?:proposal|plan|draft|offer|initiative|compromise|resolution))\b`),
			func(m []string) string { return objectPhrase(m[1]) }},
		{lazy.RE(`(?i)\b(?:oppos(?:e|es|ed|ing)|object(?:s|ed|ing)? to|protest(?:s|ed|ing)? against|challeng(?:e|es|ed|ing)|criti[cz]i[sz](?:e|es|ed|ing)) (?:the |a |an |any |its |their |his |her )?((?:[\p{L}-]+ ){0,3}(?:measure|bill|law|plan|policy|proposal|deal|agreement|decision|ruling|order|ban|rule|rules|tariffs?|sanctions|budget|reform|cuts?|tax|nomination|appointment|merger|extradition|deployment|strike|strikes|pipeline|treaty|resolution|amendment|move|changes|regulations))\b`),
			func(m []string) string { return objectPhrase(m[1]) }},
		{lazy.RE(`(?i)\blink(?:s|ed|ing)? ([\p{L}-]+(?: [\p{L}-]+)?) to ([\p{L}-]+(?: [\p{L}-]+)?)`),
			func(m []string) string { return "Linking " + objectPhrase(m[1]+" to "+m[2]) }},
		{lazy.RE(`(?i)\bthreaten(?:s|ed|ing)? to ([\p{L}-]+(?: [\p{L}'’-]+){0,3})`),
			func(m []string) string { return "Threat to " + objectPhrase(m[1]) }},
		{lazy.RE(`(?i)\bwithout (?:the |a |an )?([\p{L}-]+(?: [\p{L}-]+)?),? (?:there )?(?:can|will|would|could) (?:be )?no\b`),
			func(m []string) string { return strings.TrimSuffix(m[1], " there") }},
		// a refused act that has no noun of its own, named with its
		// refusal: "refused to leave the race" -> "Refusal to leave the
		// race", "refused to rule out a vote" -> "Refusal to rule out a
		// vote"; not what only withholds words ("declined to comment on
		// the tender"), nor an act left without its object ("refused to
		// treat her as ...": the label stops at the pronoun)
		{lazy.RE(`(?i)\b(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)) to ((?-i:[a-z])[a-z]+)((?: (?:out|up|down|off|back|away))?)((?: [\p{L}\p{N}'’-]+){1,10})`),
			func(m []string) string {
				obj := boundedPhrase(m[3], 6)
				head := contentHead(obj)
				if withheldWords()[m[1]] && head == "" || auxiliary()[m[1]] {
					return "" // "declined to comment on the tender", but not "refused to discuss the plan"
				}
				if head != "" {
					obj = head // "the revised plan put forward by ...": the text ends at its noun
				}
				l := completeIssue("Refusal to " + m[1] + m[2] + " " + obj)
				if len(strings.Fields(l)) < 3+len(strings.Fields(m[2]))+1 {
					return "" // "Refusal to treat" (her as ...): the act without its object
				}
				return l
			}},
		// what a side calls for or insists on, as a noun phrase: "called for
		// an independent inquiry", "insisted on a vote by the members"; not
		// the noun ("the call for calm", "the mayor's call for"), a clause
		// ("called for the board to resign"), a figure ("calls for 20
		// centimetres of snow") or what a text provides ("the plan calls
		// for two new bridges")
		{lazy.RE(`(?i)((?:\S+ ){0,3})\b(?:call(?:s|ed|ing)? for|insist(?:s|ed|ing)? on|demand(?:s|ed|ing)?) (?:the |an? )?([\p{L}][\p{L}\p{N}'’-]*(?: [\p{L}\p{N}'’-]+){0,10})`),
			func(m []string) string {
				before := strings.Fields(m[1])
				if len(before) > 0 && callNoun(before[len(before)-1]) || issueEnd()[strings.ToLower(firstField(m[2]))] {
					return "" // "the call for ...", "demanded to know", "demands of the crowd"
				}
				if _, after, ok := strings.Cut(firstWords(m[2], 99), " to "); ok && infinitive(after) && !plural(firstField(after)) {
					return "" // "called for the minister to resign", not "called for cuts to pensions"
				}
				if slices.ContainsFunc(before, func(w string) bool { return contentNouns()[strings.ToLower(strings.Trim(w, ",;:"))] }) {
					return "" // "the plans also call for ...": what a text provides, no side's demand
				}
				return boundedPhrase(m[2], 7)
			}},
		// what a side is accused of: a deed in -ing after the last "of" that
		// can hold it ("accused a group of officials of hiding the report"),
		// else a lower-case noun phrase ("of fraud"), never a name ("a
		// section of Kessan leaders")
		{lazy.RE(`(?i)\baccus(?:e|es|ed|ing) (?:[^.;]{2,80}? )?of (?:(?-i:[a-z])\pL*ly |later |then |also |even |once )?((?-i:[a-z])[\p{L}-]*ing\b[^,.;:"“”]*)`),
			func(m []string) string { return deedWords(m[1]) }},
		{lazy.RE(`(?i)\baccus(?:e|es|ed|ing) (?:[^,.;]{2,60}? )??of ((?-i:[a-z])[^,.;:"“”]+)`),
			func(m []string) string { return deedWords(m[1]) }},
		// a claim a side denies or disputes, as its noun phrase: "denied the
		// ministry's report" -> "The ministry's report", "disputed the
		// casualty figures"; not a clause ("denied that ..."), nor a person
		// denied something ("denied him bail", "was quietly denied the post"),
		// nor the noun ("the dispute grew")
		{lazy.RE(`(?i)(?:(\S+) )?(?:(?-i:[a-z]+ly) )?\b(?:den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)) (?:any |all )?((?:the )?(?:an? )?([\p{L}][\p{L}\p{N}'’-]*)(?: [\p{L}\p{N}'’-]+){0,10})`),
			func(m []string) string {
				before := strings.ToLower(m[1])
				if callNoun(before) || passiveAux(before) || issueEnd()[strings.ToLower(m[3])] {
					return "" // "the dispute escalated", "was denied the post", "denied that ...", "denied him bail"
				}
				o := boundedPhrase(m[2], 7)
				fs := strings.Fields(o)
				for i := 1; i < len(fs); i++ {
					if verbWord(fs[i]) || clauseVerb(fs, i) || irregularPast()[bare(fs[i])] {
						return "" // "denied the meeting took place": a clause, not a claim's name
					}
				}
				if a, rest, ok := strings.Cut(o, " "); ok && (strings.EqualFold(a, "a") || strings.EqualFold(a, "an")) {
					o = rest // "denied a swift vote" -> "swift vote"
				}
				return o
			}},
	}
})

// issueHints hold, for each rule of issueRules in order, lower-case words
// one of which its every match contains: a rule runs only on a sentence
// that holds one (labelling the points was a tenth of a draft's time).
var issueHints = lazy.Value(func() [][]string {
	return [][]string{
		{" over "},
		{"withdraw"},
		{"withdraw", "remov", "releas", "recogni", "lift", "disarm", "disband", "extradit", "reopen", "hand", "return", "free", "pay"},
		{"unless", "until"},
		{"condition"},
		{"territor", "land"},
		{" that "},
		{"access to"},
		{" that "},
		{"accept", "allow", "permit", "tolerat", "open"},
		{"must", "should", "have to", "has to"},
		{"reject", "dismiss", "turn"},
		{"oppos", "object", "protest", "challeng", "critic", "critiz"},
		{"link"},
		{"threaten"},
		{"without"},
		{"refus", "declin"},
		{"call", "insist", "demand"},
		{"accus"},
		{"accus"},
		{"den", "disput"},
	}
})

// lawsuitRules name what a lawsuit seeks or is about; they run only on a
// sentence that holds "su" (sue, suit, lawsuit).
var lawsuitRules = lazy.Value(func() []issueRule {
	return []issueRule{
		// what a lawsuit seeks or is about: "sued the agency to stop its
		// inquiry" -> "Lawsuit to stop its inquiry"
		{lazy.RE(`(?i)\b(?:su(?:e|es|ed|ing)|lawsuits? against|suit against) [^,.;]{1,60}? (?:over|for) ([a-z][^,.;:"“”]+)`),
			func(m []string) string { return "Lawsuit over " + objectPhrase(m[1]) }},
		{lazy.RE(`(?i)\b(?:su(?:e|es|ed|ing)|lawsuits? against|suit against) [^,.;]{1,60}? to (stop|block|halt|prevent|end|overturn|force) ([a-z][^,.;:"“”]+)`),
			func(m []string) string { return "Lawsuit to " + strings.ToLower(m[1]) + " " + objectPhrase(m[2]) }},
		// a lawsuit that says only whom it is against: "sued the port
		// authority" -> "Lawsuit against the port authority"; "filed a
		// civil rights suit against the county" -> "Civil rights suit against
		// the county"
		{lazy.RE(`\b(?:(?:filed|brought|lodged|launched|filing|bringing) (?:an? |the )?((?:[\p{L}$\p{N}.,-]+ ){0,3}?)(?:lawsuit|suit|legal challenge) against|(?i:lawsuits? against)|su(?:e|es|ed|ing)) ((?:the )?\p{Lu}[\p{L}\p{N}'’.&\x{2024}-]*(?: (?:of |for |and |the )?\p{Lu}[\p{L}\p{N}'’.&\x{2024}-]*){0,5})`),
			func(m []string) string {
				kind := strings.TrimSpace(m[1])
				if kind == "" || strings.ContainsAny(kind, "$0123456789") || slices.ContainsFunc(strings.Fields(kind), func(w string) bool { return issueEnd()[strings.ToLower(w)] }) {
					kind = "Lawsuit"
				} else {
					kind += " lawsuit"
				}
				return kind + " against " + strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(m[2], ".,"), " and"), " of")
			}},
	}
})

// issueRule names the issue of a sentence the rule matches; make returns
// "" when the match names none.
type issueRule struct {
	re   *lazy.Regexp
	make func(m []string) string
}

// ruleLabels yields, in order, the labels the issue rules and then the
// lawsuit rules make of the sentence s (lower is s in lower case), each rule
// tried only on a sentence that holds its words.
func ruleLabels(s, lower string) iter.Seq[string] {
	return func(yield func(string) bool) {
		hints := issueHints()
		for k, r := range issueRules() {
			if !hinted(lower, hints[k]) {
				continue
			}
			if m := r.re.FindStringSubmatch(s); m != nil && !yield(r.make(m)) {
				return
			}
		}
		if !strings.Contains(lower, "su") {
			return
		}
		for _, r := range lawsuitRules() {
			if m := r.re.FindStringSubmatch(s); m != nil && !yield(r.make(m)) {
				return
			}
		}
	}
}

// issue labels a sticking point: the thing fought over when the sentence
// says ("Control of the Dorna corridor", "Withdrawal from the Donetsk
// region", "Territorial precondition"), else the kind of cue.
func issue(s, label string) string {
	return unmaskStops(issueOf(maskStops(s), label))
}

func issueOf(s, label string) string {
	lower := strings.ToLower(s)
	if i := strings.Index(lower, "control of "); i >= 0 {
		if l := completeIssue(trimPhrase(s[i:])); l != "" && !strings.EqualFold(l, "control") {
			return l
		}
	}
	for l := range ruleLabels(s, lower) {
		if l = completeIssue(l); l != "" && l != "Withdrawal from" {
			return l
		}
	}
	for _, m := range issueRe.FindAllStringSubmatchIndex(s, -1) {
		phrase := completeIssue(trimPhrase(s[m[2]:m[3]]))
		if len(strings.Fields(phrase)) >= 2 && !strings.HasPrefix(strings.ToLower(phrase), "the talks") {
			return phrase
		}
	}
	return label
}

// rawIssue is the broad label points are merged by: the object of any
// "over", "on", "about" or "of" when no rule names the issue. It may be a
// fragment; the label shown is displayIssue's.
func rawIssue(s, label string) string {
	return unmaskStops(rawIssueOf(maskStops(s), label))
}

func rawIssueOf(s, label string) string {
	lower := strings.ToLower(s)
	if i := strings.Index(lower, "control of "); i >= 0 {
		return capitalize(trimPhrase(s[i:]))
	}
	for l := range ruleLabels(s, lower) {
		if l = strings.TrimSpace(l); l != "" {
			return capitalize(l)
		}
	}
	for _, m := range rawIssueRe.FindAllStringSubmatchIndex(s, -1) {
		phrase := trimPhrase(s[m[2]:m[3]])
		if len(strings.Fields(phrase)) >= 2 && !strings.HasPrefix(strings.ToLower(phrase), "the talks") {
			return capitalize(phrase)
		}
	}
	return label
}

var rawIssueRe = lazy.RE(`(?i)\b(?:control (?:of|over)|over|on|about|of) ((?:the |a |an )?[\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+){0,3})`)

// displayIssue names a merged point's issue as a complete noun phrase: the
// merged label when one of its sentences names it so, else the first such
// label of its sentences, else the kind of its cue (a point without an
// issue, which Fill leaves out).
func displayIssue(p Point) string {
	var labels []string
	for _, s := range append([]Sentence{p.Sentence}, p.also...) {
		if l := issue(s.Text, p.kind); l != p.kind {
			labels = append(labels, l)
		}
	}
	if l := completeIssue(p.Issue); l != "" {
		for _, x := range labels {
			if x == l {
				return l
			}
		}
	}
	if len(labels) > 0 {
		return labels[0]
	}
	return p.kind
}

// innerStop stands for the stop of an abbreviation or a decimal while an
// issue is read: the rules end a phrase at a stop, and "the C.I.A.'s use",
// "U.S. buyers" or "$2.5 million" go on.
const innerStop = "\u2024"

// innerStopRe finds such stops: initials ("C.I.A.", "U.S."), an initial
// before a name ("J. Orlan"), a decimal point.
var innerStopRe = lazy.RE(`\b(?:\p{Lu}\.){2,}|\b\p{Lu}\.\s\p{Lu}|\pN\.\pN`)

// maskStops writes the inner stops of s as innerStop.
func maskStops(s string) string {
	if !hasInnerStop(s) {
		return s
	}
	return innerStopRe.ReplaceAllStringFunc(s, func(m string) string { return strings.ReplaceAll(m, ".", innerStop) })
}

// unmaskStops writes innerStop back as a stop.
func unmaskStops(s string) string { return strings.ReplaceAll(s, innerStop, ".") }

// hasInnerStop is the quick test for innerStopRe: a stop after a capital
// that opens a word, or between two digits.
func hasInnerStop(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] != '.' {
			continue
		}
		p := s[i-1]
		if p >= 'A' && p <= 'Z' && (i == 1 || s[i-2] == ' ' || s[i-2] == '.' || s[i-2] == '(') || p >= '0' && p <= '9' && s[i+1] >= '0' && s[i+1] <= '9' {
			return true
		}
	}
	return false
}
