package suggest

import (
	"strings"

	"github.com/briefdesk/briefdesk/internal/lazy"
)

// onlySaying reports whether a span says only that, where, when or to whom
// someone spoke: a saying verb ("said", "told") followed by nothing but
// names, numbers and words of occasion ("said in a statement on
// Thursday", "told The Lusan Courier in 2009", "told reporters at the
// Lusan fairground"), or that somebody could not be reached. Such a span
// holds no position.
func onlySaying(text string) bool {
	for _, rel := range []string{", who ", ", which ", ", where "} {
		if k := strings.Index(text, rel); k > 0 {
			text = text[:k] // "…, who were invited to the palace": about the audience
		}
	}
	words := strings.Fields(strings.TrimRight(text, ` .,;:!"”’'`))
	if len(words) == 0 || len(words) > 16 {
		return false
	}
	if unreachable(words) {
		return true
	}
	if !sayingVerbs()[strings.ToLower(words[0])] {
		return false
	}
	occasion := occasionWords()
	place := -1 // index of the last "at/in/outside/near" seen
	for i, w := range words[1:] {
		w = strings.Trim(w, `"“”‘’'(),`)
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		lw := strings.ToLower(w)
		switch {
		case w == "":
		case lw == "at" || lw == "in" || lw == "outside" || lw == "near":
			place = i
		case occasion[lw], startsUpper(w): // names, outlets, dates, numbers
		case i >= len(words)-3 && place >= 0 && i-place <= 4 && !auxiliary()[lw] && !pronouns()[lw]:
			// the last two words of a place phrase: "at the Lusan
			// fairground", "at the Kessan town hall"
		default:
			return false
		}
	}
	return true
}

// unreachable reports whether words say only that somebody could not be
// reached ("the ministry could not be reached on Sunday"): a subject of at
// most five words, "could not" or "couldn't" (an adverb may stand in
// between), "be reached", and then only words of occasion. Somebody's
// absence is not a position.
func unreachable(words []string) bool {
	for i := 1; i+1 < len(words) && i <= 8; i++ {
		if strings.ToLower(words[i]) != "be" || strings.ToLower(strings.Trim(words[i+1], ".,")) != "reached" {
			continue
		}
		j := i - 1
		if j > 0 && strings.HasSuffix(strings.ToLower(words[j]), "ly") {
			j-- // "immediately"
		}
		neg := strings.ToLower(words[j])
		switch {
		case neg == "couldn't" || neg == "couldn’t":
		case neg == "not" && j > 0 && strings.ToLower(words[j-1]) == "could":
			j--
		default:
			return false
		}
		if j > 5 {
			return false
		}
		for _, w := range words[i+2:] {
			if lw := strings.ToLower(strings.Trim(w, ".,")); !occasionWords()[lw] && !startsUpper(w) {
				return false
			}
		}
		return true
	}
	return false
}

// sayingVerbs and occasionWords are the two halves of onlySaying (see
// data/README.md).
var (
	sayingVerbs   = lazy.Of(wordSet, "saying-verbs")
	occasionWords = lazy.Of(wordSet, "occasion-words")
)
