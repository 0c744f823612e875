package suggest

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"

	"github.com/briefdesk/briefdesk/internal/lazy"
)

// citeMark is a citation marker " [n]" in a section's text.
var citeMark = lazy.RE(`\s*\[\d+\]`)

// usedText holds the quoted spans a brief's sections already print, so
// that no source sentence is used in two sections: the summary's sentences
// and the outlook's developments.
type usedText struct {
	chunks []string
	in     []briefing.Section // the section that prints each chunk
}

// addText records the sentences of running text printed in section sec.
func (u *usedText) addText(sec briefing.Section, t string) {
	for _, line := range strings.Split(t, "\n") {
		if strings.HasPrefix(line, "Assessment:") || strings.HasPrefix(line, "Watch for:") {
			continue // the brief's own words, not a quotation
		}
		if sec.Bulleted() {
			// an item's lead and sides are no quotation
			if i := strings.LastIndex(line, briefing.LeadSeparator); i >= 0 {
				line = line[i+len(briefing.LeadSeparator):]
			}
		}
		for _, c := range citeMark.Split(line, -1) {
			if c = squashText(c); len(strings.Fields(c)) >= 5 {
				u.chunks = append(u.chunks, c)
				u.in = append(u.in, sec)
			}
		}
	}
}

// has reports whether t, or a span of at least five words within it, is
// already printed.
func (u *usedText) has(t string) bool {
	_, ok := u.where(t)
	return ok
}

// where returns the section that already prints t or a span of at least
// five words within it.
func (u *usedText) where(t string) (briefing.Section, bool) {
	t = squashText(t)
	if len(strings.Fields(t)) < 5 {
		return "", false
	}
	for i, c := range u.chunks {
		if strings.Contains(t, c) || strings.Contains(c, t) {
			return u.in[i], true
		}
	}
	return "", false
}

// shares is where, and also finds a printed chunk that t overlaps by
// sharedRunWords words in a row: another clause of a sentence a section
// prints, which an actor's item does not quote again.
func (u *usedText) shares(t string) (briefing.Section, bool) {
	if sec, ok := u.where(t); ok {
		return sec, ok
	}
	tw := strings.Fields(squashText(t))
	for i, c := range u.chunks {
		if sharedRun(tw, strings.Fields(c), sharedRunWords) {
			return u.in[i], true
		}
	}
	return "", false
}

// sharedRunWords is how many words in a row two spans share when they are
// cut from one source sentence: a clause printed in one section and
// another clause of its sentence that overlaps it ("accused Orun of bad
// faith, a day after the talks" beside "Velm's allies accused Orun of bad
// faith").
const sharedRunWords = 6

// sharedRun reports whether a and b hold the same n words in a row.
func sharedRun(a, b []string, n int) bool {
	if len(a) < n || len(b) < n {
		return false
	}
	for i := 0; i+n <= len(a); i++ {
		for j := 0; j+n <= len(b); j++ {
			if a[i] != b[j] {
				continue
			}
			k := 1
			for k < n && a[i+k] == b[j+k] {
				k++
			}
			if k == n {
				return true
			}
		}
	}
	return false
}

// repeats returns the section that prints t or nearly all of it: a
// chunk t contains, one that contains t when t keeps more than two thirds
// of its words, or one that t ends and that t opens with the verb of,
// after a subject and nothing else: the whole predicate of a printed
// sentence, of which the item's lead names the subject ("said talks would
// resume next week" after "The mediators, led by Ada Kessie, said talks
// would resume next week"), or another cut of the sentence a printed
// clause is cut from, that shares its words in part ("accused Orun of bad
// faith, a day after the talks" beside "Velm's allies accused Orun of bad
// faith"). A short clause of a printed sentence (an
// actor's position cut from it, "refused to withdraw" from "Talks ended
// after Orun refused to withdraw") is a digest, not a repeat.
func (u *usedText) repeats(t string) (briefing.Section, bool) {
	t = squashText(t)
	fs := strings.Fields(t)
	if len(fs) < 5 {
		return "", false
	}
	for i, c := range u.chunks {
		if strings.Contains(t, c) || strings.Contains(c, t) && 3*len(fs) > 2*len(strings.Fields(c)) ||
			strings.HasSuffix(c, " "+t) && verbWord(fs[0]) && subjectOnly(strings.TrimSuffix(c, " "+t)) ||
			!strings.Contains(c, t) && sharedRun(fs, strings.Fields(c), sharedRunWords) {
			return u.in[i], true
		}
	}
	return "", false
}

// subjectOnly reports whether the words before a clause are its subject
// alone, as plain as a name with its title: no verb of their own but a
// participle before "by" ("the monitors, led by Ada Kessie,"), no "and" or
// "but", and none of the words that open a tail (tail-subordinators: a
// conjunction as in "talks ended after Orun", but also an article or a
// preposition, so "a spokesman for Velm" is not taken for a bare subject).
func subjectOnly(pre string) bool {
	fs := strings.Fields(pre)
	for k, w := range fs {
		b := bare(w)
		if tailSubordinators()[b] || b == "and" || b == "but" {
			return false
		}
		if verbWord(w) && !(k+1 < len(fs) && bare(fs[k+1]) == "by") {
			return false
		}
	}
	return true
}

// squashText lower-cases t, drops quotation marks and the punctuation at its
// ends and collapses spaces.
func squashText(t string) string {
	t = strings.NewReplacer(`"`, "", "“", "", "”", "", "‘", "", "’", "'").Replace(strings.ToLower(t))
	return strings.Trim(strings.Join(strings.Fields(t), " "), " .,;:!?-—")
}
