package ner

import "strings"

// months start a date in a dateline: "MOSCOW, Dec 6 (Reuters) -".
var months = lazySet("months")

// dateline finds the place of a dateline at the start of a line: words in
// capitals, optionally ", Region", then a date or a wire credit:
// "GENEVA 2024-03-01", "TARVANO, Valdoria 2024-03-01", "KESTRAVIK, Dec 6 (Reuters) -".
// It returns the token ranges of the place names.
func dateline(text string, toks []Token) [][2]int {
	var out [][2]int
	for k := range toks {
		if k > 0 && !strings.ContainsRune(text[toks[k-1].End:toks[k].Start], '\n') {
			continue
		}
		j := k
		for j < len(toks) && j-k < 4 && isAllCaps(toks[j].Text) {
			if j > k && strings.ContainsRune(text[toks[j-1].End:toks[j].Start], '\n') {
				break
			}
			j++
		}
		if j == k || j == k+1 && weekdays()[strings.ToLower(toks[k].Text)] {
			continue // "FRIDAY, DECEMBER 6": a date heading, no place
		}
		spans := [][2]int{{k, j}}
		n := j
		if n < len(toks) && toks[n].Text == "," {
			e := n + 1
			for e < len(toks) && e-n <= 3 && isCap(toks[e].Text) && hasLetter(toks[e].Text) && !months()[strings.ToLower(strings.TrimSuffix(toks[e].Text, "."))] {
				e++
			}
			if e > n+1 {
				spans = append(spans, [2]int{n + 1, e})
			}
			n = e
			if n < len(toks) && toks[n].Text == "," {
				n++
			}
		}
		if n >= len(toks) {
			continue
		}
		w := toks[n].Text
		date := strings.Count(w, "-") == 2 && isNumber(w) ||
			months()[strings.ToLower(strings.TrimSuffix(w, "."))] && n+1 < len(toks) && isNumber(toks[n+1].Text) ||
			w == "(" && n+1 < len(toks) && isCap(toks[n+1].Text)
		if date {
			out = append(out, spans...)
		}
	}
	return out
}

// applyDateline types the places of datelines in toks as LOC, replacing
// the mentions they overlap.
func (r *Recognizer) applyDateline(text string, toks []Token, ms []Mention) []Mention {
	for _, sp := range dateline(text, toks) {
		s, e := toks[sp[0]].Start, toks[sp[1]-1].End
		lw := strings.ToLower(text[s:e])
		if r.g.org[lw] && !r.g.loc[lw] {
			continue
		}
		out := ms[:0:0]
		for _, m := range ms {
			if m.End <= s || m.Start >= e {
				out = append(out, m)
			}
		}
		out = append(out, mention(text, toks[sp[0]:sp[1]], LOC, true))
		ms = out
	}
	return ms
}
