package suggest

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/internal/lazy"
)

// yardstickWord finds a likelihood term in a sentence: a brief states one
// likelihood, in its assessment, so the development sentences quoted next to
// it should carry none.
var yardstickWord = lazy.RE(`(?i)\b(?:un)?likely\b|\bprobabl[ey]\b|\balmost certain|\beven chance\b|\bno chance\b`)

// hedgeRe finds a reported judgment: "Diplomats said a comprehensive deal
// before the end of the year was unlikely", "Officials believe talks are
// likely to resume".
var hedgeRe = lazy.RE(`(?i)\b(?:said|say|says|believe[sd]?|think|thinks|thought|expect(?:s|ed)?|agreed|noted|warned|conceded|acknowledged)(?: that)? ([^,;:"“”]{6,90}?) (was|is|were|are|seemed|seems|looked|looks|remained|remains|appeared|appears) ((?:very |highly |extremely )?(?:un)?likely)\b( to (?:[^,;:"“”.!?]|\.[0-9A-Za-z])+)?`)

// hedgeSubjRe finds a judgment stated directly: "A deal is unlikely to
// come before the summer".
var hedgeSubjRe = lazy.RE(`(?i)^([^,;:"“”]{6,90}?) (was|is|were|are) ((?:very |highly |extremely )?(?:un)?likely)\b( to (?:[^,;:"“”.!?]|\.[0-9A-Za-z])+)?`)

// hedgeToWords is the longest infinitive phrase an assessment restates; a
// longer one runs on into another clause.
const hedgeToWords = 25

// hedgeToCut are the words that open a second clause inside an
// infinitive phrase: "likely to hear the case next year but ...".
var hedgeToCut = lazy.RE(`\s(?:but|while|although|though|because|whereas|since|unless)\s`)

// discourseOpeners link a sentence to the one before: "However, ...".
var discourseOpeners = lazy.Of(wordSet, "discourse-openers")

// presentCopula gives the present tense of an assessment's copula.
var presentCopula = lazy.Of(wordMap, "present-copula")

// assessment derives one judgment sentence from a hedged forecast, in the
// present tense with the yardstick term and its band, or "" when the
// sentence states no judgment in a form it can restate.
func assessment(text string) (string, briefing.Likelihood) {
	body, _ := stripDateline(text)
	m := hedgeRe.FindStringSubmatch(body)
	if m == nil {
		if f := strings.Fields(body); len(f) > 2 && discourseOpeners()[strings.ToLower(strings.TrimRight(f[0], ","))] {
			body = strings.TrimSpace(body[len(f[0]):]) // "However, the vote is ..."
		}
		m = hedgeSubjRe.FindStringSubmatch(body)
		if m != nil {
			for _, w := range strings.Fields(m[1]) {
				if speechVerbs()[bare(w)] {
					return "", "" // "He said it was unlikely": the subject is a clause
				}
			}
		}
	}
	if m == nil {
		return "", ""
	}
	subj, verb, term, to := strings.TrimSpace(m[1]), strings.ToLower(m[2]), strings.ToLower(m[3]), strings.TrimRight(m[4], ". ")
	if loc := hedgeToCut.FindStringIndex(to); loc != nil {
		to = to[:loc[0]]
	}
	if len(strings.Fields(to)) > hedgeToWords {
		return "", "" // a phrase that runs on is no judgment one can restate
	}
	for f := strings.Fields(subj); len(f) > 2 && discourseOpeners()[strings.ToLower(strings.TrimRight(f[0], ","))]; f = f[1:] {
		subj = strings.Join(f[1:], " ") // "However, the vote ...": the judgment on its own
	}
	if freeStarters()[strings.ToLower(firstWord(subj))] {
		return "", "" // "While we think it is unlikely": a subordinate clause
	}
	if k := strings.LastIndex(" "+subj+" ", " that "); k >= 0 && whenWords()[strings.ToLower(firstWord(subj))] {
		// "said on Monday that the vote is likely to ...": the clause after that
		subj = strings.TrimSpace(subj[min(k+len(" that ")-1, len(subj)):])
	}
	if len(strings.Fields(subj)) < 2 || whWords()[strings.ToLower(firstWord(subj))] {
		return "", "" // "it was unlikely", "what he says is likely": nothing to restate
	}
	if rest := body[strings.Index(body, m[0])+len(m[0]):]; to == "" && !clauseEnds(rest) {
		// "a deal is unlikely while the shelling goes on": the judgment
		// with its condition; "likely of local descent": of no event
		cond := judgmentCondition(rest)
		if cond == "" {
			return "", ""
		}
		to = " " + cond
	}
	var l briefing.Likelihood
	switch {
	case strings.HasSuffix(term, "unlikely") && term != "unlikely":
		l = briefing.VeryUnlikely
	case term == "unlikely":
		l = briefing.Unlikely
	case term == "likely":
		l = briefing.Likely
	default:
		l = briefing.VeryLikely
	}
	verb = presentCopula()[verb] + ""
	if verb == "" {
		verb = strings.ToLower(m[2])
	}
	if verb == "is" && strings.HasSuffix(strings.ToLower(m[2]), "re") {
		verb = "are"
	}
	subj = lowerFirst(subj)
	lo, hi := l.Range()
	return fmt.Sprintf("%s %s %s%s (%d–%d%%)", subj, verb, l, to, lo, hi), l
}

// outlookWords are the word lists the assessment reads, loaded together
// on first use: whWords open a clause that asks or names something unknown
// (no event that can be likely), whenWords the time of a saying between
// its verb and "that" ("said on Monday that").
var outlookWords = lazy.Value(func() [2]map[string]bool {
	return [2]map[string]bool{wordSet("wh-words"), wordSet("when-words")}
})

func whWords() map[string]bool   { return outlookWords()[0] }
func whenWords() map[string]bool { return outlookWords()[1] }

// judgmentConditions open the condition a judgment holds under: "unlikely
// while the shelling goes on", "likely unless the court intervenes".
var judgmentConditions = lazy.Of(wordSet, "judgment-conditions")

// judgmentCondition returns the condition that rest, the text right after
// a judgment's term, opens with, up to its clause's end ("while fighting
// goes on along the front"), or "" when rest opens with none or the
// condition runs on past twelve words.
func judgmentCondition(rest string) string {
	c := strings.TrimSpace(rest)
	if i := strings.IndexAny(c, ",;:.!?\"“”("); i >= 0 {
		if c[i] == ',' && whWords()[strings.ToLower(firstField(c[i+1:]))] {
			return "" // "unless the court, which meets ..., intervenes": cut mid-clause
		}
		c = c[:i]
	}
	fs := strings.Fields(c)
	if len(fs) < 3 || len(fs) > 12 || !judgmentConditions()[strings.ToLower(fs[0])] {
		return ""
	}
	return strings.Join(fs, " ")
}

// clauseEnds reports whether rest, the text after a judgment, ends its
// clause: "A deal was unlikely." but not "was likely the cause".
func clauseEnds(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	return rest == "" || strings.ContainsRune(".,;:!?\"”’)", []rune(rest)[0])
}

// lowerFirst lower-cases the first word of a phrase unless it is a name or
// an acronym.
func lowerFirst(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return s
	}
	switch strings.ToLower(f[0]) {
	case "a", "an", "the", "any", "talks", "further", "new", "no", "some", "more", "another":
		return strings.ToLower(s[:1]) + s[1:]
	}
	return s
}

// composeOutlook composes the outlook paragraph: the best forward-looking
// sentence, one alternative when the text gives one, one assessment with a
// single yardstick term derived from a hedged sentence, and "Watch for:"
// indicators; with up to extra further developments after the first one,
// for Fill to reach the section's budget. It returns the text, its sources
// and the term.
func composeOutlook(fs []Forecast, b *briefing.Brief, extra int) (string, []briefing.Provenance, briefing.Likelihood) {
	whole := fs[:0:0]
	var unsaid, unnamed []Forecast
	for _, f := range fs {
		switch {
		case unbalancedQuotes(f.Text):
			// no item opens or closes mid-quotation
		case speakerless(f.Text):
			unsaid = append(unsaid, f)
		case pronounSubject(f.Text):
			unnamed = append(unnamed, f)
		default:
			whole = append(whole, f)
		}
	}
	// words without their speaker come last, and before them a sentence
	// whose subject is only "he", "she" or "they": the outlook leads with
	// them only when no sentence that names who looks ahead
	fs = slices.Concat(whole, unnamed, unsaid)
	if len(fs) == 0 {
		return "", nil, ""
	}
	// the assessment: the best forecast whose judgment can be restated
	judg, term, hedge := "", briefing.Likelihood(""), -1
	for i, f := range fs {
		if a, l := assessment(f.Text); a != "" {
			judg, term, hedge = a, l, i
			break
		}
	}
	// developments: forecasts without a likelihood term of their own
	var devs []Forecast
	alt, more := false, 0
	for i, f := range fs {
		if i == hedge || yardstickWord.MatchString(f.Text) || unbalancedQuotes(f.Text) {
			continue // no item opens or closes mid-quotation
		}
		isAlt := isAlternative(f)
		if isAlt && alt || !isAlt && len(devs) > 0 && more >= extra ||
			slices.ContainsFunc(devs, func(d Forecast) bool { return overlap(f.Text, d.Text) >= 0.5 }) {
			continue // no room for it, or the same forecast again from another report
		}
		switch {
		case !isAlt && len(devs) == 0:
			devs = append(devs, f)
		case !isAlt:
			devs = append(devs, f)
			more++
		default: // the alternative may come before the development in the ranking
			devs = append(devs, f)
			alt = true
		}
	}
	// the alternative goes last
	sort.SliceStable(devs, func(i, j int) bool { return !isAlternative(devs[i]) && isAlternative(devs[j]) })
	main := false
	for _, f := range devs {
		main = main || !isAlternative(f)
	}
	if !main && hedge != 0 {
		// no development without a term of its own: the best forecast leads
		lead := fs[0]
		for _, f := range fs {
			if !unbalancedQuotes(f.Text) {
				lead = f // no item opens or closes mid-quotation
				break
			}
		}
		var alts []Forecast
		for _, f := range devs {
			if f.Prov != lead.Prov {
				alts = append(alts, f)
			}
		}
		devs = []Forecast{lead}
		if len(alts) > 0 {
			devs = append(devs, alts[0]) // one alternative
		} else {
			for i, f := range fs {
				if f.Prov != lead.Prov && i != hedge && isAlternative(f) && !yardstickWord.MatchString(f.Text) && !unbalancedQuotes(f.Text) {
					devs = append(devs, f)
					break
				}
			}
		}
	}
	var devParts, parts []string
	var provs []briefing.Provenance
	var texts []string
	for _, f := range devs {
		devParts = append(devParts, ended(withCite(f.Text, cite(b, f.Prov))))
		provs = append(provs, f.Prov)
		texts = append(texts, f.Text)
	}
	if len(devParts) > 0 {
		parts = append(parts, strings.Join(devParts, " "))
	}
	if judg != "" {
		parts = append(parts, "Assessment: "+withCite(judg+".", cite(b, fs[hedge].Prov)))
		provs = append(provs, fs[hedge].Prov)
	} else if len(devs) > 0 && yardstickWord.MatchString(devs[0].Text) {
		term = devs[0].Likelihood // the sentence states its own likelihood
	}
	// no hedge in the sources: nothing is said about likelihood, the
	// analyst adds it
	// indicators from the developments, then from the other forecasts
	for i, f := range fs {
		if i < 4 && i != hedge {
			texts = append(texts, f.Text)
		}
	}
	if w := watchItems(texts, 3); len(w) > 0 {
		parts = append(parts, "Watch for: "+strings.Join(w, ", ")+".")
	}
	// The assessment and the indicators each start a line, where the page
	// prints their labels bold.
	return strings.Join(parts, "\n"), provs, term
}

// ended gives running text its full stop: a sentence that ended a
// paragraph without one ("… funding [1]") would run into the next.
func ended(t string) string {
	if strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") {
		return t
	}
	return t + "."
}

// isAlternative reports whether a forecast states a possibility or a
// condition rather than the most likely development.
func isAlternative(f Forecast) bool {
	return f.Likelihood == briefing.RoughlyEvenChance || strings.Contains(f.Text, " if ")
}

// overlap is the share of a's content words that b also has.
func overlap(a, b string) float64 {
	wa := words(a)
	if len(wa) == 0 {
		return 0
	}
	in := map[string]bool{}
	for _, w := range words(b) {
		in[w] = true
	}
	n := 0
	for _, w := range wa {
		if in[w] {
			n++
		}
	}
	return float64(n) / float64(len(wa))
}
