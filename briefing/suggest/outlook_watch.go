package suggest

// The Outlook's "Watch for:" indicators: the events and steps a
// forward-looking sentence names.

import (
	"strings"

	"github.com/briefdesk/briefdesk/internal/lazy"
)

// watchRe finds the things a forward-looking sentence says to watch:
// "on prisoner exchanges and monitoring arrangements".
var watchRe = lazy.RE(`\b(?:focusing on|focused on|focus on|including|such as|on)\s+((?:the )?[a-z][a-z-]+(?: [a-z][a-z-]+){0,5}(?:,? (?:and )?(?:the )?[a-z][a-z-]+(?: [a-z][a-z-]+){0,4})*)`)

// listSep splits "a, b and c".
var listSep = lazy.RE(`,\s*(?:and\s+)?|\s+and\s+`)

// ifRe finds a condition with a verb that names an event: "if the fighting
// escalates over the winter".
var ifRe = lazy.RE(`\bif (?:the )?([a-z]+(?: [a-z]+)?) (escalates|escalate|collapses|collapse|resumes|resume|stalls|stall|expires|expire|intensifies|intensify|spreads|spread|breaks down|break down|fails|fail)((?: over| in| before| during| by) (?:the )?[a-z]+(?: [a-z]+)?)?`)

// expiryRe finds a date something runs out: "the mandate, which expires on
// 31 March", "the truce expires at the end of the month".
var expiryRe = lazy.RE(`\b[Tt]he ([a-z]+(?: [a-z]+)?),? (?:which )?(?:expires|runs out|lapses|ends) (on|in|at|by) ((?:the end of (?:the )?[a-z]+)|[0-9]{1,2} [A-Z][a-z]+|[A-Z][a-z]+(?: [0-9]{1,2})?)`)

// ifNotRe finds a condition on a step not taken: "if the monitors were not
// deployed" -> "deployment of the monitors".
var ifNotRe = lazy.RE(`\b(?:if|unless) (?:the )?([a-z]+(?: [a-z]+)?) (?:is|are|was|were) (?:not )?(deployed|signed|extended|lifted|renewed|released|approved|ratified|withdrawn|implemented)\b`)

// untilRe finds the step a condition waits for: "sanctions will stay
// until its troops withdraw" -> "withdrawal of troops".
var untilRe = lazy.RE(`\b(?:until|unless|once) (?:the |its |their |his |her |all )?([\p{L}-]+(?: [a-z]+)?) ([a-z]+)\b`)

// untilDoneRe finds the step a condition waits for, told in the passive:
// "the guards will stay until a policing agreement is signed" -> "signing
// of a policing agreement".
var untilDoneRe = lazy.RE(`\b(?:until|unless|once) ((?:the |a |an |its |their |his |her |all )?[\p{L}-]+(?: [a-z]+)?) (?:is|are|was|were|has been|have been|had been) ([a-z]+)\b`)

var doneNoun = lazy.Of(wordMap, "done-nouns")

var eventNoun = lazy.Of(wordMap, "event-nouns")

// watchStop ends a watch item: clause words and time phrases.
var watchStop = lazy.Of(wordSet, "watch-stop")

// watchDangling are words besides danglingEnd that leave a watch item cut
// short: prepositions and comparisons a noun phrase does not end with.
var watchDangling = lazy.Of(wordSet, "watch-dangling")

// watchHeads are the nouns an indicator ends with: an event or step one can
// watch for ("the vote", "prisoner exchanges", "monitoring arrangements").
var watchHeads = lazy.Of(wordSet, "watch-heads")

// singular drops a plural's s: "exchanges" -> "exchange".
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies"):
		return strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "ss"):
		return w
	case strings.HasSuffix(w, "s"):
		return strings.TrimSuffix(w, "s")
	}
	return w
}

// watchItems extracts up to n indicators from forward-looking sentences.
func watchItems(sents []string, n int) []string {
	var out []string
	seen := map[string]bool{}
	add := func(item string, strict bool) {
		item = strings.TrimSpace(item)
		for _, art := range []string{"the ", "a ", "an "} {
			item = strings.TrimPrefix(item, art)
		}
		item = strings.TrimSpace(strings.TrimSuffix(item, " for"))
		fs := strings.Fields(item)
		if len(fs) < 2 {
			return // "the ground", "decisions": a single word names no event
		}
		if danglingEnd()[bare(fs[len(fs)-1])] || watchDangling()[bare(fs[len(fs)-1])] {
			return // "legitimacy of", "relationship between": a phrase cut short
		}
		if item == "" || len(out) == n || seen[item] || len(strings.Fields(item)) > 8 {
			return
		}
		for _, w := range strings.Fields(item) {
			if strict && stopWords()[w] && w != "of" {
				return
			}
		}
		head := fs[len(fs)-1] // "prisoner exchanges"; "sequencing of relief"
		for i, f := range fs {
			if f == "of" && i > 0 {
				head = fs[i-1]
				break
			}
		}
		if strict && !watchHeads()[singular(bare(head))] {
			return // "an empty stomach", "the monetary front": no event to watch
		}
		seen[item] = true
		out = append(out, item)
	}
	for _, s := range sents {
		for _, m := range watchRe.FindAllStringSubmatch(s, -1) {
			list := m[1]
			for _, part := range listSep.Split(list, -1) {
				fs := strings.Fields(part)
				for i, f := range fs {
					if watchStop()[f] {
						fs = fs[:i]
						break
					}
				}
				if len(fs) >= 2 || (len(fs) == 1 && strings.HasSuffix(fs[0], "s")) {
					add(strings.Join(fs, " "), true)
				}
			}
		}
		for _, m := range expiryRe.FindAllStringSubmatch(s, -1) {
			add("expiry of the "+m[1]+" "+m[2]+" "+m[3], false)
		}
		for _, m := range ifNotRe.FindAllStringSubmatch(s, -1) {
			if noun, ok := doneNoun()[m[2]]; ok {
				add(noun+" of the "+m[1], false)
			}
		}
		for _, m := range untilDoneRe.FindAllStringSubmatch(s, -1) {
			if noun, ok := doneNoun()[m[2]]; ok {
				np := m[1]
				for _, own := range []string{"its ", "their ", "his ", "her "} {
					if rest, ok := strings.CutPrefix(np, own); ok {
						np = "the " + rest // whose it is, the sentence said before
					}
				}
				add(noun+" of "+np, false)
			}
		}
		for _, m := range untilRe.FindAllStringSubmatch(s, -1) {
			if noun, ok := doneNoun()[m[2]]; ok && !stopWords()[firstField(m[1])] {
				add(noun+" of "+m[1], false) // "until its troops withdraw" -> "withdrawal of troops"
			}
		}
		for _, m := range ifRe.FindAllStringSubmatch(s, -1) {
			v := m[2]
			switch {
			case strings.HasPrefix(v, "break"):
				v = "break down"
			case strings.HasSuffix(v, "ies"):
				v = strings.TrimSuffix(v, "ies") + "y"
			case strings.HasSuffix(v, "s"):
				v = strings.TrimSuffix(v, "s")
			}
			noun, ok := eventNoun()[v]
			if !ok {
				continue
			}
			add(noun+" of the "+m[1]+m[3], false)
		}
	}
	return out
}

// pronounSubject reports whether t opens with "he", "she" or "they": a
// sentence that names who it is about only in the one before it ("She
// added that the appeal would be filed next week").
func pronounSubject(t string) bool {
	switch firstLower(t) {
	case "he", "she", "they":
		return true
	}
	return pronounSpeaker(t)
}

// pronounSpeaker reports whether the quotation t opens with is given to
// "he", "she" or "they" alone: "“Talks will resume,” he said."
func pronounSpeaker(t string) bool {
	for _, end := range []string{",” ", ",\" ", "” ", "\" "} {
		i := strings.Index(t, end)
		if i < 0 {
			continue
		}
		fs := strings.Fields(t[i+len(end):])
		if len(fs) < 2 {
			return false
		}
		switch fs[0] {
		case "he", "she", "they":
			return sayingVerbs()[bare(fs[1])]
		}
		return false
	}
	return false
}

// speakerless reports whether t is a quotation and nothing else: words
// whose speaker the sentence does not give ("“Talks will resume soon.”").
func speakerless(t string) bool {
	t = strings.TrimSpace(t)
	open, close := "", ""
	switch {
	case strings.HasPrefix(t, `"`):
		open, close = `"`, `"`
	case strings.HasPrefix(t, "“"):
		open, close = "“", "”"
	default:
		return false
	}
	rest := t[len(open):]
	end := strings.Index(rest, close)
	return end >= 0 && strings.Trim(rest[end+len(close):], " .!?") == ""
}
