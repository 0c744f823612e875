package ner

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing/suggest/sentence"
)

// agree makes the mentions of one document consistent: a name typed by a
// strong cue somewhere gives its type to its other mentions, and a single
// word that is part of a person's full name ("Sokolov" after "Mikhail
// Sokolov") is that person. Names still untyped get the fallback type.
func (r *Recognizer) agree(text string, ms []Mention, sents []sentence.Span, sports bool) []Mention {
	r.peopleTables(text, ms)
	votes := map[string]map[string]int{}
	part := map[string]string{} // word of a multi-word name -> type of that name
	for _, m := range ms {
		if m.Type == "" {
			continue
		}
		k := strings.ToLower(m.Text)
		if votes[k] == nil {
			votes[k] = map[string]int{}
		}
		w := 1
		if m.sure {
			w = 3
		}
		if m.team {
			w = 4
		}
		votes[k][m.Type] += w
		if m.sure && (m.Type == PER || m.Type == ORG || strings.Contains(k, " of ")) {
			words := strings.Fields(m.Text)
			if m.Type != PER {
				words = words[len(words)-1:] // "Republic of Sarkand" -> Sarkand
			}
			if len(strings.Fields(m.Text)) > 1 {
				for _, wd := range words {
					lw := strings.ToLower(wd)
					if _, ok := part[lw]; !ok || m.Type == PER {
						if !r.g.first[lw] || m.Type != PER || wd == words[len(words)-1] {
							part[lw] = m.Type
						}
					}
				}
			}
		}
	}
	// the last word of any name typed as a person's, even by a fallback:
	// "Weeratunge" after "Dilan Weeratunge"
	surname := map[string]bool{}
	for _, m := range ms {
		if fs := strings.Fields(strings.ToLower(m.Text)); m.Type == PER && len(fs) > 1 {
			surname[fs[len(fs)-1]] = true
		}
	}
	// the last words of a person's full name: "Le Vasseur" after "Marine Le Vasseur"
	tails := map[string]bool{}
	for _, m := range ms {
		if m.sure && m.Type == PER {
			fs := strings.Fields(strings.ToLower(m.Text))
			for n := 1; n < len(fs)-1; n++ {
				tails[strings.Join(fs[n:], " ")] = true
			}
		}
	}
	// a surname alone that a cue types as a person's ("Morgan said"): the
	// doubtful full name ending in it ("Piers Morgan", whose first word is
	// also an English word) is that person
	lone := map[string]bool{}
	for _, m := range ms {
		if m.Type == PER && !strings.Contains(m.Text, " ") {
			lone[strings.ToLower(m.Text)] = true
		}
	}
	named := r.personWords(ms)
	out := ms[:0]
	for _, m := range ms {
		k := strings.ToLower(m.Text)
		if at, ok := named[k]; ok && m.Type == LOC && m.Start > at && !placeAt(text, m.Start, m.End) {
			m.Type = PER // "Dallas" after "Dallas Orme": the person, not the city
		} else if !m.sure {
			if t, ok := part[k]; ok && !strings.Contains(k, " ") {
				m.Type = t
			} else if tails[k] || surname[k] {
				m.Type = PER
			} else if best := argmax(votes[k]); best != "" && votes[k][best] >= 3 {
				m.Type = best
			}
		} else if t, ok := part[k]; ok && t == PER && m.team && !strings.Contains(k, " ") && !r.g.loc[k] {
			m.Type = PER // "4. Kerkelainen 146" after "Tavio Kerkelainen (Finland)": a standings row of people
		} else if best := argmax(votes[k]); best != "" && votes[k][best] > votes[k][m.Type] {
			m.Type = best // one name, one type in a document: the stronger evidence wins
		}
		if m.Type == "" && m.weak {
			if !r.givenBefore(text, m, sents, lone) {
				continue
			}
			m.Type = PER
		}
		if m.Type == "" {
			m.Type = fallbackType
			if !strings.Contains(m.Text, " ") {
				if !sports && (!m.acts || r.notName(m.Text)) {
					// a lone capitalised word that no list, cue or other
					// mention explains is an ordinary word in capitals, a
					// people or a language more often than an actor,
					// unless it stands where an actor does
					continue
				}
				m.Type = ORG
			}
		}
		out = append(out, m)
	}
	return out
}

// givenBefore reports whether the doubtful two-word name m is a given
// name before a surname that a cue types as a person's elsewhere: mid-
// sentence, its first word no title ("Commissioner Oder" is a title and a
// surname) and not a word that opens sentences ("Says Oder").
func (r *Recognizer) givenBefore(text string, m Mention, sents []sentence.Span, lone map[string]bool) bool {
	fs := strings.Fields(strings.ToLower(m.Text))
	if len(fs) != 2 || !lone[fs[1]] || r.g.title[fs[0]] || r.g.stopCap[fs[0]] {
		return false
	}
	k := sort.Search(len(sents), func(i int) bool { return sents[i].End > m.Start })
	if k == len(sents) {
		return false
	}
	before := strings.TrimRight(text[sents[k].Start:m.Start], " ")
	last, _ := utf8.DecodeLastRuneInString(before)
	return before != "" && !strings.ContainsRune("\"“‘'(:-—–", last)
}

// fallbackType is the type of a capitalised name no cue explains.
const fallbackType = PER

func argmax(v map[string]int) string {
	best, n := "", 0
	for _, t := range []string{PER, ORG, LOC} {
		if v[t] > n {
			best, n = t, v[t]
		}
	}
	return best
}

// notName reports whether a lone capitalised word is an ordinary word
// rather than a name: an English word ("Malnutrition"), a contraction
// ("I'm"), a plural of a people ("Velorians") or a word with digits.
func (r *Recognizer) notName(w string) bool {
	lw := strings.ToLower(w)
	if strings.ContainsAny(lw, "'’0123456789") || r.g.ordinary(lw) || r.g.notActor[lw] {
		return true
	}
	s, ok := strings.CutSuffix(lw, "s")
	return ok && (r.g.notActor[s] || r.g.ordinary(s) || demonymSuffix(s) || strings.HasSuffix(s, "an"))
}

// personWords gives the names of places that are also given names or
// surnames ("Jordan", "Victoria", "Dallas") and that a person the document
// names in full bears ("Jordan Vell", "Ines Victoria"), with where that
// full name is first written. Such a word alone after the full name,
// where no place stands, is that person.
func (r *Recognizer) personWords(ms []Mention) map[string]int {
	var first map[string]int
	for _, m := range ms {
		fs := strings.Fields(m.Text)
		if m.Type != PER || len(fs) < 2 || strings.Contains(m.Text, " of ") {
			continue // "Kingdom of Kessa" typed a person's is no person's name
		}
		for i, w := range []string{fs[0], fs[len(fs)-1]} {
			lw := strings.ToLower(w)
			if _, ok := first[lw]; ok || strings.ToUpper(w) == w || !r.Place(lw) || !r.g.first[lw] && !r.g.givenPlaces[lw] && !r.g.last[lw] {
				continue
			}
			other := fs[(1-i)*(len(fs)-1)]
			if strings.ToUpper(other) == other {
				continue // "Kessan SUV", "Ama Kessan UN": no person's name ends or starts in capitals
			}
			if lo := strings.ToLower(other); r.Region(lw) && !r.g.first[lo] && !r.g.last[lo] && (r.g.ordinary(lo) || r.Place(lo) || r.g.notActor[lo]) {
				continue // "Miss Kenya Pageant": a country is a person's name only beside a known name or one that is no word
			}
			if first == nil {
				first = map[string]int{}
			}
			first[lw] = m.Start
		}
	}
	return first
}

// placeAt reports whether the name at text[start:end] stands where a place
// does: after a preposition of place or direction ("in X", "from X", "to
// X") or before a comma and another capitalised name ("X, Texas").
func placeAt(text string, start, end int) bool {
	before := strings.TrimRight(text[:start], " ")
	prev := strings.ToLower(before[strings.LastIndexAny(before, " \n\t(")+1:])
	if locPrep()[prev] || placeLinks()[prev] {
		return true
	}
	after := text[end:]
	if rest, ok := strings.CutPrefix(after, ", "); ok && rest != "" {
		r0, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsUpper(r0)
	}
	return false
}

// peopleTables types as people the entries of a table of people: a
// table's entries are of one kind, so a full name the table typed a side's
// ("Ivo Tal 71 68") is a person's where the lines around it, two either
// way, hold at least two people's full names and no more sides' than
// people's ("Ada Vale 70 69, Ivo Tal 71 68, Pia Lorent 72 66"). A known
// body or a name with a body's or place's word stays a side.
func (r *Recognizer) peopleTables(text string, ms []Mention) {
	if !slices.ContainsFunc(ms, func(m Mention) bool { return m.team }) {
		return // no table
	}
	var starts []int // where each line after the first starts
	for i := range len(text) {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	line := func(m Mention) int { n, _ := slices.BinarySearch(starts, m.Start+1); return n }
	var lines []int
	people, sides := map[int]int{}, map[int]int{}
	for _, m := range ms {
		l := -1
		if strings.Contains(m.Text, " ") && (m.team || m.Type == PER) {
			l = line(m)
			if m.team {
				sides[l]++
			} else {
				people[l]++
			}
		}
		lines = append(lines, l)
	}
	if len(people) == 0 || len(sides) == 0 {
		return
	}
	for i := range ms {
		m := &ms[i]
		if !m.team || lines[i] < 0 || !r.personLike(m.Text) {
			continue
		}
		p, s := 0, 0
		for l := lines[i] - 2; l <= lines[i]+2; l++ {
			p, s = p+people[l], s+sides[l]
		}
		if p >= 2 && p >= s {
			m.Type, m.team = PER, false
		}
	}
}

// personLike reports whether a name of two or three words may be a
// person's: no known body, and no word of a body's or place's name.
func (r *Recognizer) personLike(name string) bool {
	fs := strings.Fields(strings.ToLower(name))
	if len(fs) > 3 || r.g.org[strings.Join(fs, " ")] {
		return false
	}
	for _, w := range fs {
		if r.g.orgHead[w] || r.g.orgFirst[w] || r.g.locHead[w] || r.g.loc[w] {
			return false
		}
	}
	return true
}
