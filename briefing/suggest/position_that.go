package suggest

import "github.com/briefdesk/briefdesk/internal/lazy"

// A name after the "that" of a verb of belief or demand opens no clause of
// its own: the clause is what the verb's subject thinks or wants of it.

// believedOf reports whether the words fs before a name end in a belief
// verb's "that", with an article or a title between ("hoped that the
// council", "feared that Prime Minister").
func believedOf(fs []string) bool { return thatOf(fs, beliefVerbs()) }

// demandedOf reports whether the words fs before a name end in a demand
// verb's "that" ("insisted that the council"): what another wants of the
// name.
func demandedOf(fs []string) bool { return thatOf(fs, demandVerbs()) }

// demandVerbs take a "that" clause that is their subject's demand of
// another.
var demandVerbs = lazy.Of(wordSet, "demand-verbs")

// thatOf reports whether the words fs before a name end in the "that" of
// one of verbs, with an article or a title between.
func thatOf(fs []string, verbs map[string]bool) bool {
	if len(fs) == 0 {
		return false
	}
	k := len(fs) - 1
	for n := 0; k > 0 && n < 4 && isCapWord(fs[k]); n++ {
		k--
	}
	if b := bare(fs[k]); k > 0 && (b == "the" || b == "a" || b == "an") {
		k--
	}
	return k > 0 && bare(fs[k]) == "that" && verbs[bare(fs[k-1])]
}

// beliefVerbs take a "that" clause that is what their subject thinks,
// fears or hopes of another: "the minister feared that Pell would walk
// out" tells the minister's fear, not Pell's position.
var beliefVerbs = lazy.Of(wordSet, "belief-verbs")
