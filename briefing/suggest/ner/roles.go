package ner

import (
	"strings"
)

// titleWords may appear in lower case inside a role: "EU foreign policy chief".
var titleWords = wordSet("title-words")

// roleAround finds the role written next to a person's name toks[i:j]:
// "EU foreign policy chief Margit Lindqvist", "Washington's special envoy,
// Daniel Okafor", "Jean-Pierre Moreau, the UN envoy,".
func (r *Recognizer) roleAround(text string, toks []Token, i, j int) string {
	// before the name
	k := i - 1
	if k >= 0 && toks[k].Text == "," {
		k--
	}
	end := k
	hasTitle := false
	for k >= 0 && end-k < 6 {
		w := toks[k].Text
		lw := strings.ToLower(w)
		switch {
		case r.g.title[lw] && (!isCap(w) || k == end || hasTitle):
			hasTitle = true
		case titleWords[lw] && hasTitle:
		case (lw == "'s" || lw == "’s") && hasTitle:
		case hasTitle && isCap(w) && (r.qualifier(w) || r.g.org[lw]):
		case hasTitle && isCap(w):
			// a capitalised body before the title: "United Nations envoy"
			n := 0
			for s := k; s >= 0 && k-s < 4 && isCap(toks[s].Text); s-- {
				if n2, _ := r.lookup(toks[s : k+1]); n2 == k+1-s {
					n = k + 1 - s
				}
			}
			if n == 0 {
				goto done
			}
			k -= n - 1
		default:
			goto done
		}
		k--
	}
done:
	if hasTitle && end >= 0 {
		return text[toks[k+1].Start:toks[end].End]
	}
	// after the name: ", the UN envoy,"
	k = j
	if k < len(toks) && toks[k].Text == "," {
		k++
		start := k
		if k < len(toks) && (toks[k].Text == "the" || toks[k].Text == "a" || toks[k].Text == "an") {
			k++
			start = k
		}
		for k < len(toks) && k-start < 6 {
			lw := strings.ToLower(toks[k].Text)
			if lw == "," || lw == "." {
				break
			}
			k++
		}
		if k < len(toks) && k > start && toks[k].Text == "," {
			for m := start; m < k; m++ {
				if r.g.title[strings.ToLower(toks[m].Text)] {
					return text[toks[start].Start:toks[k-1].End]
				}
			}
		}
	}
	return ""
}

// rolePrefix returns the end of the title words at the start of toks[i:j]
// and the role they spell ("Foreign Minister", "Arvelian Foreign Minister").
func (r *Recognizer) rolePrefix(text string, toks []Token, i, j int) (int, string) {
	k := i
	for k < j {
		if n := r.titleAt(toks[k:j]); n > 0 {
			k += n
			continue
		}
		// a qualifier followed by a title: "U.S. President", "Arvelian Foreign Minister"
		if k+1 < j && r.titleAt(toks[k+1:j]) > 0 && r.qualifier(toks[k].Text) {
			k++
			continue
		}
		// a known body followed by a title: "Federal Reserve Chairman"
		if n, _ := r.lookup(toks[k:j]); n > 0 && k+n < j && r.titleAt(toks[k+n:j]) > 0 {
			k += n
			continue
		}
		break
	}
	// a lone title word that may also be a surname or company ("General") needs a name after it
	if k == i {
		return i, ""
	}
	return k, text[toks[i].Start:toks[k-1].End]
}

// titleAt returns the length of the longest title at the start of toks.
func (r *Recognizer) titleAt(toks []Token) int {
	for n := min(4, len(toks)); n > 0; n-- {
		if r.g.title[joinLower(toks[:n])] {
			return n
		}
	}
	return 0
}

// qualifier reports whether w can qualify a title: a demonym, a country or body.
func (r *Recognizer) qualifier(w string) bool {
	lw := strings.ToLower(w)
	return r.g.notActor[lw] || r.g.loc[lw] || r.g.org[lw] || demonymLike(lw)
}

func demonymLike(lw string) bool {
	for _, suf := range []string{"ian", "ean", "ese", "ish", "ani", "iot", "i", "an"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+3 {
			return true
		}
	}
	return false
}
