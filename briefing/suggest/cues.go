package suggest

import (
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/internal/lazy"
)

// cue is a phrase that marks a sentence as a sticking point, with a weight.
type cue struct {
	re     *lazy.Filtered
	hints  []string // the regexp is tried only when the lower-cased text holds one of these
	weight float64
	label  string
}

// cues returns a table of cues from quadruples: regexp, hints ("a|b"),
// weight, label. The table is built when first used.
func cues(spec ...string) func() []cue {
	return lazy.Value(func() []cue { return buildCues(spec) })
}

func buildCues(spec []string) []cue {
	var out []cue
	for i := 0; i+3 < len(spec); i += 4 {
		w := 1.0
		switch spec[i+2] {
		case "2":
			w = 2
		case "3":
			w = 3
		}
		out = append(out, cue{lazy.Compile(`(?i)` + spec[i]), strings.Split(spec[i+1], "|"), w, spec[i+3]})
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
	// "would leave the talks", "warned it would suspend"; a threat with
	// nothing after its verb is a thing's own fate, no one's threat to
	// another ("the shop threatened to close, so ...")
	`\bthreaten(?:s|ed|ing)? to [\p{L}-]+ [\p{L}“"‘']|\b(?:would|will|could|might|may|to) (?:walk (?:away|out)|leave the (?:talks|table|negotiations)|pull out|quit the|suspend|withdraw from|abandon|boycott|break off|halt)\b`,
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
	// a dispute named with its other side: "in a dispute with the land
	// agency", "a standoff between the port and the union"
	`\b(?:dispute|row|standoff|stand-off|feud|quarrel|spat|showdown|war of words|legal battle)s? (?:with|between|against)\b`,
	"dispute|row with|row between|row against|rows with|standoff|stand-off|feud|quarrel|spat |spats |showdown|war of words|legal battle", "3", "Dispute",
	// a lawsuit against a side: "sued the agency", "filed a suit against";
	// the verb in lower case whatever the table's (?i): "Sue" is a given
	// name ("Ada Sue told them")
	`\b(?-i:su(?:e|es|ed|ing)) (?:the |a |an |its |their |his |her )?\p{Lu}|\b(?:filed|brought|lodged|launched) (?:a |an )?(?:lawsuit|suit|complaint|legal challenge|case) against\b|\blawsuits? against\b`,
	" sue | sues | sued | suing |suit against|suits against|complaint against|challenge against|case against", "3", "Lawsuit",
	// a disputed fact: "denied the claim", "disputed the figures"
	`\b(?:den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)) (?:that|the|any|a|an|its|their|claims?|reports?|responsibility|involvement)\b`, "den|disput", "3", "Denial",
)

// noDisputeRe finds the words of a cue that state no disagreement: a
// spokesman who "declined to comment", a call "for comment", a call for
// help or an ambulance, a report "denied any" symptoms.
var noDisputeRe = lazy.RE(`(?i)\bdeclin(?:e|es|ed|ing) to (?:comment|say|discuss|confirm|answer|elaborate|respond|speak|identify|name|provide|release|disclose|give|be interviewed|talk)\b|\brefus(?:e|es|ed|ing) to (?:comment|be interviewed|answer questions)\b|\b(?:not|n't) (?:immediately )?(?:respond|return)\w*\b[^.;]{0,40}?\bcalls?\b(?: for comment)?|\bcall(?:s|ed|ing)? for (?:comment|help|an ambulance|medical (?:help|attention)|backup|additional (?:personnel|officers)|EMS|a mix)\b`)

// noDisputeHints are stems one of which every match of noDisputeRe contains.
var noDisputeHints = lazy.Of(listEntries, "no-dispute-hints")

// blankOut replaces each match of a rule in t by as many spaces, keeping
// t's byte offsets; replace is the rule's ReplaceAllStringFunc.
func blankOut(replace func(string, func(string) string) string, t string) string {
	return replace(t, func(m string) string { return strings.Repeat(" ", len(m)) })
}

// maskNoDispute blanks the no-dispute phrases of t, keeping its byte offsets.
func maskNoDispute(t string) string {
	if !hinted(strings.ToLower(t), noDisputeHints()) {
		return t
	}
	return blankOut(noDisputeRe.ReplaceAllStringFunc, t)
}

// forecastCues map hedge words to a likelihood term; the first match in
// this order wins, so stronger and negated forms come first.
type forecastCue struct {
	re    *lazy.Filtered
	l     briefing.Likelihood
	w     float64
	hints []string
}

var forecastCues = lazy.Value(func() []forecastCue {
	return []forecastCue{
		{lazy.Compile(`(?i)\b(?:no chance|impossible|ruled out|will never)\b`), briefing.AlmostNoChance, 2, strings.Split("chance|impossible|ruled|never", "|")},
		{lazy.Compile(`(?i)\b(?:highly|very|extremely) unlikely\b|\bremote (?:chance|possibility)\b`), briefing.VeryUnlikely, 3, strings.Split("unlikely|remote", "|")},
		{lazy.Compile(`(?i)\bunlikely\b|\bdoubt(?:s|ful|ed)?\b|\bslim (?:chance|hopes?)\b|\bnot expected\b|\bsceptic|\bskeptic`), briefing.Unlikely, 3, strings.Split("unlikely|doubt|slim|expected|sceptic|skeptic", "|")},
		{lazy.Compile(`(?i)\b(?:almost|virtually|all but) certain\b|\bcertain to\b|\binevitabl[ey]\b|\bwill certainly\b`), briefing.AlmostCertain, 3, strings.Split("certain|inevitab", "|")},
		{lazy.Compile(`(?i)\b(?:very|highly) likely\b|\bwidely expected\b|\balmost certainly\b`), briefing.VeryLikely, 3, strings.Split("likely|expected|certainly", "|")},
		{lazy.Compile(`(?i)\blikely\b|\bprobabl[ey]\b|\bexpect(?:s|ed)?\b|\bset to\b|\bpoised to\b|\bon track to\b|\bscheduled\b|\bplan(?:s|ned)? to\b|\bagreed to (?:continue|resume|meet)\b|\bwill (?:continue|resume|meet|hold)\b`), briefing.Likely, 3, strings.Split("likely|probab|expect|set to|poised|on track|schedul|plan|agreed to|will", "|")},
		{lazy.Compile(`(?i)\bhop(?:e|es|ed|ing) (?:to|that|for)\b|\brisks?\b|\brisked\b|\bat risk\b|\bjeopardi[sz]|\bthreatens to\b`), briefing.RoughlyEvenChance, 3,
			strings.Split("hop|risk|jeopard|threatens", "|")},
		{lazy.Compile(`(?i)\b(?-i:may)\b|\bmight\b|\bcould\b|\bpossibl[ey]\b|\bdoor (?:was |is )?(?:left )?open\b|\bleft the door open\b|\bchance\b|\brisk\b|\bwarn(?:s|ed|ing)?\b`), briefing.RoughlyEvenChance, 2, strings.Split("may|might|could|possib|door|chance|risk|warn", "|")},
		{lazy.Compile(`(?i)\bcontinu(?:e|es|ed|ing)\b|\bresum(?:e|es|ed|ption)\b|\bnext (?:week|month|year|round)\b|\bcoming (?:days|weeks|months)\b`), briefing.Likely, 2, strings.Split("continu|resum|next|coming", "|")},
		{lazy.Compile(`(?i)\b(?:due to (?:resume|meet|reconvene|return|hold|vote|expire|start|begin)|(?:is|are|was|were) scheduled (?:for|to)|next round|meet again|reconvene|(?:expires?|expiring|runs out|lapses) (?:on|in|at|by)|deadline|by the end of)\b`), briefing.Likely, 3,
			strings.Split("due to|scheduled|next round|meet again|reconvene|expir|runs out|lapses|deadline|by the end", "|")},
		// a condition for a change: "sanctions will stay until the troops
		// withdraw", "the border would not reopen until ..."
		{lazy.Compile(`(?i)\b(?:stay|stays|remain|remains|continue|continues|be kept|be maintained)(?: in (?:place|force))? until\b|\bnot (?:be lifted|be eased|end|resume|reopen|return) (?:\w+ )?until\b`), briefing.Likely, 2, []string{"until"}},
		{lazy.Compile(`(?i)\bwill\b|\bwould\b|\bintend(?:s|ed)? to\b|\bvow(?:s|ed)? to\b|\bpledg(?:e|es|ed) to\b`), briefing.Likely, 1, strings.Split("will|would|intend|vow|pledg", "|")},
	}
})

// futureCues raise a forecast's score: time frames and forward verbs.
var futureCues = lazy.RE(`(?i)\bdeadline\b|\bexpires? (?:on|in|at|by)\b|\bdue to\b|\bscheduled for\b|\bnext (?:week|month|year|round|session)\b|\bcoming (?:days|weeks|months|year)\b|\bby the end of\b|\bbefore the end of\b|\bwithin (?:days|weeks|months|a year)\b|\bin the (?:coming|next)\b|\bover the (?:winter|summer|spring|autumn)\b|\bthis (?:quarter|year|month)\b|\bfuture\b|\boutlook\b|\bwindow\b`)

// concreteCues mark a development the parties have agreed or scheduled.
var concreteCues = lazy.RE(`(?i)\bagreed to (?:continue|resume|meet|hold|reconvene)\b|\bscheduled\b|\bwill (?:meet|resume)\b|\bset to (?:meet|resume)\b|\bdue to (?:resume|meet|reconvene)\b`)

// stickingPoints scores each sentence for disagreement cues and attaches
// the actors it names as the parties.
func stickingPoints(docs []*doc, acts []Actor) []Point {
	var out []Point
	cs, hs := stickingCues(), stickingHints()
	for _, d := range docs {
		for i, s := range d.sents {
			if boilerplate(s.Text) {
				continue
			}
			score, label := 0.0, ""
			best, at := 0.0, -1
			text := s.Text
			held := hs.index.present(strings.ToLower(text))
			for k, c := range cs {
				if !held.any(hs.masks[k]) {
					continue // hinted(lower, c.hints) is false
				}
				if loc := c.re.FindStringIndex(text); loc != nil {
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
			var two bool
			p.Parties, two = parties(d, i, s.Start+at, acts)
			p.Issue = rawIssue(s.Text, label)
			if two {
				p.score += 1
			}
			out = append(out, p)
		}
	}
	resolveAnaphora(out)
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	out = mergePoints(out)
	for i := range out {
		out[i].Issue = displayIssue(out[i])
	}
	return out
}

// scheduledCues mark a step the parties have agreed or scheduled.
var scheduledCues = lazy.Of(listEntries, "scheduled-cues")

// retrospectiveRe finds an expectation measured after the fact, which
// forecasts nothing: "lasted longer than we expected", "fewer than had
// been feared", "as you would expect", "thought to have survived", "the
// fall was inevitable", "it could have been worse", "crews are more likely
// to fall ill" (a comparison, not a forecast), "before the boat was set to
// leave", "had been due to sail", "missed the deadline", "a deadline that
// has already passed".
var retrospectiveRe = lazy.RE(`(?i)\b(?:than|as) (?:(?:the |many |most |some )?[\w'’]+ )?(?:had |have |has |was |were )?(?:been |originally |initially |widely |first )?(?:expected|predicted|forecast|anticipated|feared|hoped|thought|projected|estimated)\b|\bas (?:\w+ ){0,2}(?:would|might|could|may) (?:have )?(?:expected|expect|guess|imagine|predict)\b|\b(?:expected|likely|thought|believed|feared|estimated) to have (?:been )?\w+|\b(?:was|were|had been) (?:all but |almost |virtually )?inevitable\b|\b(?:times|twice) (?:as|more) (?:un)?likely\b|\b(?:could|would|should|might|may|must)(?: not|n't|n’t)? (?:well |probably |never |easily )?have (?:been )?\w+|\b(?:are|were|have been) (?:\w+ )?(?:more|less) (?:un)?likely to\b|\b(?:before|after|when|until) (?:[\w'’]+ ){1,5}(?:was|were) (?:set|scheduled|due|slated) to\b|\bhad (?:\w+ly )?been (?:set|scheduled|due|slated) to\b|\bmiss(?:ed|es)? (?:a |an |the |its |their |his |her |this |last )?(?:[\w'’-]+ ){0,2}deadline\b|\bdeadlines? (?:that |which )?(?:'s |’s |has |have |had )?(?:already |long )?(?:passed|expired|lapsed)\b`)

// forwardRe finds a verb form that looks ahead: a modal, or an
// expectation, plan or schedule with its infinitive ("is due to meet",
// "plans to", "likely to").
var forwardRe = lazy.RE(`(?i)\b(?:will|would|could|may|might|can|shall|should|must|won't|wouldn't|couldn't|can't)\b|'ll\b|’ll\b|\b(?:expect(?:s|ed)?|likely|unlikely|set|due|poised|plan(?:s|ned)?|intend(?:s|ed)?|hop(?:e|es|ed)|aim(?:s|ed)?|going|about|bound|track|vow(?:s|ed)?|pledg(?:e|es|ed)|promis(?:e|es|ed)|threaten(?:s|ed)?|scheduled|certain|agreed|want(?:s|ed)?|seek(?:s)?|prepar(?:e|es|ed|ing)) to\b|\b(?:is|was|are|were|seems?|seemed|looks?|looked|remains?|remained|appears?|appeared|be|been|'s|’s) (?:still |now |very |highly |quite |increasingly |extremely )?(?:un)?(?:likely|possible|probable)(?: to\b| that\b|\s*[,.;:!?"”)\]]|\s*$)|\bexpect(?:s|ed|ing)? (?:[\w'’-]+ ){1,4}to\b|\bhop(?:e|es|ed|ing) (?:for|that)\b|\brisk(?:s|ed)? (?:a|an|the|further|more|losing|being|[a-z]+ing)\b|\bwarn(?:s|ed|ing)? (?:of|that)\b|\bscheduled for\b|\bnext\b|\bcoming\b|\bupcoming\b|\blater (?:this|today|in)\b|\bsoon\b|\bfuture\b`)

// modalIn reports whether lower (a sentence in lower case) holds a modal
// verb: the quick test that most forward-looking sentences pass before
// forwardRe is run.
func modalIn(lower string) bool {
	for _, w := range strings.FieldsFunc(lower, func(r rune) bool {
		return r == ' ' || r == ',' || r == '.' || r == ';' || r == '"' || r == '“' || r == '”'
	}) {
		switch w {
		case "will", "would", "could", "may", "might", "can", "shall", "should", "must", "won't", "wouldn't", "couldn't", "can't", "won’t", "wouldn’t", "couldn’t", "can’t":
			return true
		}
		if strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll") {
			return true
		}
	}
	return false
}

// counterfactualRe finds a conditional about a past that did not happen:
// "she would be alive today if the crew had called for help", "had the
// gate been shut, the flood would have stopped". It forecasts nothing,
// whatever hedge it holds ("it is possible she would be alive ..."). A
// reported condition ahead ("the ferry would resume if the union had
// signed by Friday") is no counterfactual.
var counterfactualRe = lazy.RE(`(?i)\bwould (?:still |not |never )?(?:have|be (?:\w+ ){0,3}(?:today|now|alive))\b[^.;:]*\bif\b[^.;:]*\bhad\b|\bif\b[^.;:]*\bhad (?:not |never |only )?(?:been |\w+(?:ed|en|wn|ne|ght|ld|de)\b)[^.;:]*\bwould (?:still |not |never )?(?:have|be (?:\w+ ){0,3}(?:today|now|alive))\b|(?:^|[,;] )had (?:\w+ ){1,5}(?:been|\w+ed)\b[^.;:]*\bwould (?:not |never )?have\b`)

// retrospectiveHints are stems one of which every match of
// retrospectiveRe contains (keep in step).
var retrospectiveHints = lazy.Of(listEntries, "retrospective-hints")

// maskRetrospective blanks the after-the-fact expectations of t, keeping
// its byte offsets.
func maskRetrospective(t string) string {
	return blankOut(retrospectiveRe.ReplaceAllStringFunc, t)
}

// noCommentRe finds a modal that only says somebody could not be reached
// or would not comment: "the harbour board would not comment", "will not say when".
// It forecasts nothing.
var noCommentRe = lazy.RE(`(?i)\b(?:could|would|will|can)(?: not|n't|n’t) (?:immediately |yet |publicly )?(?:be reached|comment|confirm|say|discuss|elaborate|disclose|speculate)\b|\bcannot (?:comment|confirm|say|discuss|disclose)\b`)

// maskNoComment blanks the no-comment phrases of t, keeping its byte
// offsets.
func maskNoComment(t string) string {
	return blankOut(noCommentRe.ReplaceAllStringFunc, t)
}

// pastOpenerRe is a time in the past that opens a sentence: "Earlier
// this month,", "Last year,", "In 2009,", "Two years ago,", "At the time,".
var pastOpenerRe = lazy.RE(`^(?i:(?:earlier|late|last) (?:this |that )?(?:week|month|year|spring|summer|autumn|fall|winter|decade|season)|(?:back )?in (?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?(?:1[89]|20)\d\d|(?:\w+ )?(?:years?|months?|weeks?|decades?) (?:ago|earlier|before)|at the time|back then|previously|in the past)\b[ ,]`)

// plainFuture reports whether t holds a plain future: "will", "won't",
// "'ll".
func plainFuture(t string) bool {
	for _, w := range strings.Fields(strings.ToLower(t)) {
		w = strings.Trim(w, ",.;:!?\"“”()")
		if w == "will" || w == "won't" || w == "won’t" || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll") {
			return true
		}
	}
	return false
}

// pastFramed reports whether t tells the past from a time it opens with
// ("Earlier this month, prosecutors said they would seek ...", "In 2009,
// the council was due to vote ..."): a modal in it looked ahead from
// then, and it forecasts nothing unless the rest names a time ahead or a
// plain future ("Last week, the ministry said talks will resume").
func pastFramed(t string) bool {
	loc := pastOpenerRe.FindStringIndex(t)
	if loc == nil {
		return false
	}
	rest := t[loc[1]:]
	return !futureCues.MatchString(rest) && !plainFuture(rest)
}

// question reports whether t asks rather than states: "What comes next?"
func question(t string) bool {
	return strings.HasSuffix(strings.TrimRight(t, "\"”’' )"), "?")
}

// forecasts scores forward-looking sentences and suggests a likelihood; a
// question forecasts nothing, nor does an expectation measured after the
// fact (maskRetrospective).
func forecasts(docs []*doc) []Forecast {
	var out []Forecast
	cs, hs := forecastCues(), forecastHints()
	for _, d := range docs {
		n := len(d.sents)
		for i, s := range d.sents {
			if boilerplate(s.Text) || question(s.Text) || counterfactualRe.MatchString(s.Text) || pastFramed(s.Text) || ownVoice(s.Text) {
				continue
			}
			score := 0.0
			var l briefing.Likelihood
			st := maskNoComment(s.Text)
			lower := strings.ToLower(st)
			held := hs.index.present(lower)
			text := st
			for pass := 0; pass < 2; pass++ {
				score, l = 0, ""
				for k, c := range cs {
					if held.any(hs.masks[k]) && c.re.MatchString(text) { // hinted(lower, c.hints)
						if l == "" {
							l = c.l
						}
						score += c.w
					}
				}
				if l == "" || pass == 1 || !hinted(lower, retrospectiveHints()) {
					break
				}
				text = maskRetrospective(st) // read the cues again without the looks back
			}
			ltext := lower
			if text != st {
				ltext = strings.ToLower(text) // without the looks back ("could have been")
			}
			if l == "" {
				continue
			}
			future := futureCues.MatchString(text)
			if future {
				score += 2
			}
			if held.any(hs.masks[len(cs)]) && concreteCues.MatchString(text) { // hinted(lower, scheduledCues())
				score++ // a step the parties have agreed or scheduled
			}
			// a forecast looks ahead: a time ahead, a modal or a verb of
			// expectation (read last, as it is the dearest test)
			if score < 3 || !future && !modalIn(ltext) && !forwardRe.MatchString(text) {
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
