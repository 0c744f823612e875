package suggest

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/internal/lazy"
)

// nameBook is what the merges of names ask the recogniser's gazetteers.
type nameBook interface {
	Region(name string) bool // a country or world region
	Place(name string) bool  // any place the gazetteers know
	Given(word string) bool  // a given name
	OrgHead(word string) bool
}

// nameExtensions end the full name of a company or an institution whose
// short name is used alone: "Arvel Shipping Group" for "Arvel".
var nameExtensions = lazy.Of(wordSet, "name-extensions")

// extensions merges the names of one organisation that the index of
// organisations alone does not join, because the recogniser typed the
// short name as a person or a place, or because it is one word:
//   - a full name ending in an extension ("Tessaly State University",
//     "Arvel Shipping Group") takes in a shorter name it starts with
//     ("Tessaly State", "Arvel"), unless the shorter name is a known place
//     ("Kessan" before "Kessan Power Company" is the city) or a person's
//     full name ("Ines Valdor" before "Ines Valdor Foundation");
//   - a place before an organisation's name is a qualifier: "Varna Hawks"
//     and "Hawks", "Ostrian Coast Guard" and "Coast Guard" are one body,
//     when every name that qualifies it so names the same place ("U.S."
//     and "United States"). A body word alone ("Senate", "Army") is not
//     merged: it may be another country's.
func (ix *nameIndex) extensions(book nameBook) {
	longs := make([]string, 0, len(ix.orgs))
	for l := range ix.orgs {
		longs = append(longs, l)
	}
	sort.Strings(longs)
	for _, l := range longs {
		fs := strings.Fields(l)
		if len(fs) < 2 || !nameExtensions()[fs[len(fs)-1]] || ix.into[l] != "" {
			continue
		}
		for i := len(fs) - 1; i >= 1; i-- {
			short := strings.Join(fs[:i], " ")
			if book.Place(short) || aliasOf()[short] != "" || seatOf()[short] != "" {
				continue
			}
			if book.Given(fs[0]) && (i == 1 || ix.full[short] > 0) {
				continue
			}
			if _, ok := ix.into[short]; !ok {
				ix.into[short] = l
			}
		}
	}
	others := append([]string(nil), longs...)
	for k := range ix.full {
		others = append(others, k)
	}
	sort.Strings(others)
	shorts := append([]string(nil), longs...)
	for k := range ix.lone {
		shorts = append(shorts, k)
	}
	sort.Strings(shorts)
	for _, short := range shorts {
		if ix.into[short] != "" || !strings.Contains(short, " ") && book.OrgHead(short) {
			continue
		}
		var hits []string
		place := ""
		for _, l := range others {
			q, ok := strings.CutSuffix(l, " "+short)
			if !ok || ix.into[l] != "" {
				continue
			}
			if ix.orgs[l] == 0 { // a person's surname, or another club's name typed as a person
				hits = nil
				break
			}
			if !book.Place(q) && !ix.locs[q] && aliasOf()[q] == "" {
				hits = nil
				break
			}
			p := q
			if a := aliasOf()[q]; a != "" {
				p = strings.ToLower(a)
			}
			if place != "" && p != place {
				hits = nil
				break
			}
			place = p
			hits = append(hits, l)
		}
		if len(hits) == 0 {
			continue
		}
		sort.SliceStable(hits, func(i, j int) bool { return ix.orgs[hits[i]] > ix.orgs[hits[j]] })
		for _, h := range append([]string{short}, hits[1:]...) {
			ix.into[h] = hits[0]
		}
	}
}

// givenPrefix returns the one full name in all the articles whose given
// name starts with word, a shorter given name of three letters or more
// ("Leo" for "Leonardo Vantor", "Chris" for "Christopher Dale"); "" when
// none or more than one does, or word is also a surname there.
func (ix *nameIndex) givenPrefix(word string) string {
	if utf8.RuneCountInString(word) < 3 || len(ix.words[word]) > 0 {
		return ""
	}
	found := ""
	for k := range ix.full {
		fs := strings.Fields(k)
		if ix.into[k] != "" || len(fs) < 2 || fs[0] == word || !strings.HasPrefix(fs[0], word) {
			continue
		}
		if found != "" {
			return ""
		}
		found = k
	}
	return found
}

// acronymOptional are the short words of a body's name whose initial an
// acronym may keep or drop: "BOLI" and "BLI" both stand for "Bureau of
// Labor and Industries".
var acronymOptional = lazy.Of(wordSet, "acronym-optional")

// acronymsOf returns the acronyms that may stand for the name of words fs,
// whole or after its first words (a place or qualifier it opens with,
// "Tarrow" of "Tarrow Bureau of Labor"): the initials of its capitalised
// words, the parts of a hyphenated one each giving its own ("Anti-Fraud
// Office", "AFO"), each short word's initial kept or dropped, of two
// letters or more and only for a name without lower-case words other than
// the short ones.
func acronymsOf(fs []string) []string {
	var parts []string
	for _, w := range fs {
		ps := strings.Split(w, "-")
		if len(ps) == 1 || slices.ContainsFunc(ps, func(p string) bool {
			r, _ := utf8.DecodeRuneInString(p)
			return !unicode.IsUpper(r)
		}) {
			ps = []string{w}
		}
		parts = append(parts, ps...)
	}
	fs = parts
	var out []string
	for k := 0; k+2 <= len(fs); k++ {
		tails := []string{""}
		ok := true
		for _, w := range fs[k:] {
			r, _ := utf8.DecodeRuneInString(w)
			lw := strings.ToLower(w)
			switch {
			case acronymOptional()[lw] && len(tails) < 16:
				for _, t := range tails {
					tails = append(tails, t+string(unicode.ToLower(r)))
				}
			case unicode.IsUpper(r):
				for i := range tails {
					tails[i] += string(unicode.ToLower(r))
				}
			default:
				ok = false
			}
		}
		for _, t := range tails {
			if ok && utf8.RuneCountInString(t) >= 2 {
				out = append(out, t)
			}
		}
	}
	return out
}
