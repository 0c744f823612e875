package suggest

import (
	"regexp"
	"strings"
)

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
