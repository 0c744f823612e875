package suggest

import (
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/internal/lazy"
)

// The words of an issue label that the issue rules take from a sentence:
// the object of a demand or a refusal, the deed of an accusation, an act
// named by its verb in -ing.

// infinitive reports whether the words after a "to" are a verb's (the
// rest of an infinitive: "press the claim") rather than a place or a
// party's ("the east bank", "Kessan"): a lower-case word that is no
// determiner.
func infinitive(after string) bool {
	w := firstField(after)
	if w == "" || startsUpper(w) {
		return false
	}
	switch strings.ToLower(w) {
	case "the", "a", "an", "its", "their", "his", "her", "our", "all", "any", "this", "that", "these", "those":
		return false
	}
	return true
}

// actNouns names an act by its noun, keyed by the verb's stem.
var actNouns = lazy.Of(wordMap, "act-nouns")

// withheldWords are the verbs after "declined to" or "refused to" that
// withhold only words, which is no act at issue: "comment", "say".
var withheldWords = lazy.Of(wordSet, "withheld-words")

// callNoun reports whether the word before "call for" or "demand" makes
// it the noun, not the verb: a determiner, a possessive, a number or a
// word that qualifies a noun ("the call for", "Vale's demand", "the 2019
// call for", "growing calls for").
func callNoun(before string) bool {
	w := strings.ToLower(strings.Trim(before, ",;:\"“”‘’("))
	if w == "" {
		return false
	}
	return nounMarkers()[w] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") ||
		unicode.IsDigit([]rune(w)[0])
}

// plural reports whether w looks like a plural noun rather than a verb's
// base form after "to": "pensions", not "discuss" or "resign".
func plural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// contentNouns are texts and schemes whose content "calls for" or
// "demands" something: "the plan calls for two bridges" is what it
// provides, not a side's demand.
var contentNouns = lazy.Of(wordSet, "content-nouns")

// nounMarkers are the words before "call" or "demand" that make it a noun.
var nounMarkers = lazy.Of(wordSet, "noun-markers")

// boundedPhrase keeps the object of a demand or refusal: up to n words,
// cut at a clause word; an object that runs on past n words is cut back to
// before its last function word, so that no phrase ends halfway ("getting
// rid of its offices in the old town hall" -> "getting rid of its offices").
func boundedPhrase(s string, n int) string {
	fs := cutAtStop(strings.Fields(firstWords(s, 99)), true)
	if j, ok := wholePhrase(fs, n); ok {
		fs = fs[:j]
	}
	if len(fs) > n {
		next := strings.ToLower(fs[n])
		fs = fs[:n]
		if next == "of" || !issueEnd()[next] && !placePreps()[next] {
			// cut inside a phrase: back to before its last function word
			for i := n - 1; i >= 2; i-- {
				if issueEnd()[strings.ToLower(fs[i])] && !namesJoined(fs, i) {
					fs = fs[:i]
					break
				}
			}
		}
	}
	for len(fs) > 1 && placePreps()[strings.ToLower(fs[len(fs)-1])] {
		fs = fs[:len(fs)-1]
	}
	return strings.Join(fs, " ")
}

// phraseGlue are the function words that keep a noun phrase going: "of",
// determiners, possessives.
var phraseGlue = lazy.Of(wordSet, "phrase-glue")

// wholePhrase returns how many words of fs to keep when n fit: all of
// them when they fit, else n, or up to three words more when the phrase
// at the cut runs on and ends there ("computer" | "servers and ...", "the
// death of" | "his brother"), so that a label does not stop inside a
// noun phrase. ok is false when the phrase runs on further.
func wholePhrase(fs []string, n int) (int, bool) {
	if len(fs) <= n {
		return len(fs), true
	}
	for j := n; j <= n+3 && j <= len(fs); j++ {
		if j == len(fs) || phraseBreak(fs, j) {
			return j, true
		}
	}
	return n, false
}

// phraseBreak reports whether a phrase ends before word j of fs: the word
// before it is a content word that closes no clause mark, and word j opens
// a new phrase or clause (a preposition, a conjunction, an auxiliary, a
// verb) rather than going on with this one.
func phraseBreak(fs []string, j int) bool {
	prev, w := bare(fs[j-1]), bare(fs[j])
	if issueEnd()[prev] || phraseGlue()[prev] {
		return false
	}
	return issueEnd()[w] && !phraseGlue()[w] || objectStop()[w] || verbWord(w) || irregularPast()[w] ||
		strings.HasSuffix(w, "ly") && j+1 < len(fs) && participle(bare(fs[j+1])) // "affair allegedly occurring"
}

// participle reports whether w looks like a verb's participle or past
// tense: "occurring", "signed", "took".
func participle(w string) bool {
	return len(w) >= 5 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) || irregularPast()[w]
}

// irregularPast are past tenses that end in no -ed: "took", "began".
var irregularPast = lazy.Of(wordSet, "irregular-past")

// passiveAux reports whether w makes the participle after it passive: "was
// denied the post" is what someone did not get, not what they deny.
func passiveAux(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got":
		return true
	}
	return false
}

// namesJoined reports whether word i of fs is an "and" between two names
// ("for Ines and Marta Orta"), which joins them rather than a clause.
func namesJoined(fs []string, i int) bool {
	return fs[i] == "and" && i+1 < len(fs) && startsUpper(fs[i-1]) && startsUpper(fs[i+1])
}

// objectPhrase6 is objectPhrase with room for a place after the object
// ("guards from the east bank"), cut at a clause word all the same.
func objectPhrase6(s string) string {
	return strings.Join(cutAtStop(strings.Fields(firstWords(s, 7)), false), " ")
}

// cutAtStop cuts the words of an object at its first clause word (after
// the first word); with names, not at an "and" between two names.
func cutAtStop(fs []string, names bool) []string {
	for i, f := range fs {
		if i > 0 && objectStop()[strings.ToLower(f)] && !(names && namesJoined(fs, i)) {
			return fs[:i]
		}
	}
	return fs
}

// objectStop ends the object of a demand or refusal: a clause word.
var objectStop = lazy.Of(wordSet, "object-stop")

// objectPhrase keeps the object of a demand or refusal: up to 5 words, cut
// at a clause word ("the site to inspectors while ..." -> "site to
// inspectors"), a leading article dropped.
func objectPhrase(s string) string {
	fs := cutAtStop(strings.Fields(firstWords(s, 9)), false)
	if len(fs) > 0 && (strings.EqualFold(fs[0], "the") || strings.EqualFold(fs[0], "a") || strings.EqualFold(fs[0], "an")) {
		fs = fs[1:]
	}
	if j, ok := wholePhrase(fs, 5); ok {
		fs = fs[:j]
	} else {
		fs = fs[:5]
	}
	return strings.Join(fs, " ")
}

// deedWords keeps the deed an accusation names: up to six words, cut at
// the first clause mark, the first of two coordinated deeds kept whole.
func deedWords(s string) string {
	return strings.Join(upTo(strings.Fields(firstWords(s, 99)), 6), " ")
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

// contentHead returns s up to and with its first noun that names a text
// with a content ("the revised plan" of "the revised plan put forward by
// the mediators"), or "" when s names none: what one refuses to discuss
// is then the text, not a question put to one.
func contentHead(s string) string {
	fs := strings.Fields(s)
	for i, w := range fs {
		if contentNouns()[strings.ToLower(strings.Trim(w, ",;:"))] {
			return strings.Join(fs[:i+1], " ")
		}
	}
	return ""
}
