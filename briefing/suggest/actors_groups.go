package suggest

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
	"github.com/briefdesk/briefdesk/internal/lazy"
)

// groupNouns are the people who act for a state or a bloc after its
// demonym: "Ostrian officials", "European allies", "Kesseli troops".
var groupNouns = lazy.Of(wordSet, "group-nouns")

// demonymEnds end a demonym.
var demonymEnds = lazy.Of(listEntries, "demonym-ends")

// groupPhrases returns the byte ranges of "Demonym noun" phrases in t and
// of their demonyms: [start, end, demonym end].
func groupPhrases(t string) [][3]int {
	var out [][3]int
	prevStart, prevEnd := -1, -1
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j := i
		for j < len(t) {
			r2, n2 := utf8.DecodeRuneInString(t[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			j += n2
		}
		if prevStart >= 0 && groupNouns()[t[i:j]] && strings.TrimSpace(t[prevEnd:i]) == "" && i-prevEnd <= 2 {
			out = append(out, [3]int{prevStart, j, prevEnd})
		}
		prevStart, prevEnd = -1, -1
		if unicode.IsUpper(r) && j-i > 3 {
			w := t[i:j]
			for _, e := range demonymEnds() {
				if strings.HasSuffix(w, e) && strings.ToUpper(w) != w {
					prevStart, prevEnd = i, j
					break
				}
			}
		}
		i = j
	}
	return out
}

// irregularDemonyms are the demonyms whose state a prefix does not find.
var irregularDemonyms = lazy.Of(wordMap, "irregular-demonyms")

// stateOf returns the group of the state or bloc a demonym names: a place
// whose name the demonym extends ("Ostrian" -> Ostria, "Kesseli" ->
// Kessel), or a known irregular one; nil when none acts in the articles.
func stateOf(demonym string, groups map[string]*group) *group {
	l := strings.ToLower(demonym)
	if k, ok := irregularDemonyms()[l]; ok {
		return groups[k]
	}
	for k, g := range groups {
		if g.typ[ner.LOC] == 0 || strings.Contains(k, " ") || len(k) < 4 {
			continue
		}
		stem := k
		if strings.HasSuffix(k, "a") || strings.HasSuffix(k, "e") || strings.HasSuffix(k, "y") {
			stem = k[:len(k)-1]
		}
		if strings.HasPrefix(l, stem) && len(l)-len(k) <= 4 && len(l) > len(k)-1 {
			return g
		}
	}
	return nil
}

// addGroupMentions makes the people who act for a state its mentions:
// "Ostrian officials said" is Ostria acting, and the country is listed as
// an actor even when it is never the subject of a sentence itself.
func addGroupMentions(docs []*doc, groups map[string]*group) {
	for _, d := range docs {
		for _, loc := range groupPhrases(d.art.Text) {
			g := stateOf(d.art.Text[loc[0]:loc[2]], groups)
			si := sentenceAt(d, loc[0])
			if g == nil || si < 0 {
				continue
			}
			m := ner.Mention{Text: d.art.Text[loc[0]:loc[1]], Type: ner.LOC, Start: loc[0], End: loc[1], Sentence: si}
			g.mentions = append(g.mentions, mref{d, m})
			g.docs[d] = true
			g.acts = true
			if !slices.Contains(g.people, m.Text) {
				g.people = append(g.people, m.Text)
			}
		}
	}
}

// sentenceAt returns the index of the sentence of d that holds offset i, -1
// when none does.
func sentenceAt(d *doc, i int) int {
	lo, hi := 0, len(d.sents)
	for lo < hi {
		mid := (lo + hi) / 2
		switch {
		case d.sents[mid].End <= i:
			lo = mid + 1
		case d.sents[mid].Start > i:
			hi = mid
		default:
			return mid
		}
	}
	return -1
}
