package ner

import "strings"

// titleAbbrevs are titles written as an abbreviation with its stop:
// data/title-abbrevs.txt.
var titleAbbrevs = lazySet("title-abbrevs")

// abbrevTitleAt returns the length of the abbreviated titles at the start
// of toks, each with its stop written straight after it ("Sgt.", "Maj.
// Gen."), or 0.
func abbrevTitleAt(toks []Token) int {
	n := 0
	for n+1 < len(toks) && toks[n+1].Text == "." && toks[n+1].Start == toks[n].End && inSet(titleAbbrevs(), toks[n].Text) && isCap(toks[n].Text) {
		n += 2
	}
	return n
}

// nameAfterTitle reports whether the title words are followed right away
// by a name of their own (a capitalised word that is no title or
// qualifier): "Vice President Ada Kessie" is another person, while
// "director of the Kessan Lottery" is a role with its body.
func (r *Recognizer) nameAfterTitle(rest []Token) bool {
	for _, t := range rest {
		lw := strings.ToLower(t.Text)
		if r.g.title[lw] || titleWords()[lw] {
			continue
		}
		return isCap(t.Text) && !r.qualifier(t.Text)
	}
	return false
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
		if k+1 < j && r.titleAt(toks[k+1:j]) > 0 && r.qualifier(toks[k].Text) && r.titleQualifier(toks[k].Text) {
			k++
			continue
		}
		// a known body followed by a title: "Federal Reserve Chairman"
		if n, _ := r.lookup(toks[k:j]); n > 0 && k+n < j && r.titleAt(toks[k+n:j]) > 0 {
			k += n
			continue
		}
		// up to three words of an unknown body before a title, where the
		// run does not start with a given name unless a body word ends
		// it or the run is a county's or a district's name: "Velcor Union
		// President Ada Mensah", "ASUU President ...", "Madison Police
		// Officer Ada Kessie", "Dale County Sheriff Ines Orta"
		// a given name before a demonym is a qualifier's word ("Roman
		// Catholic Bishop Ada Kessie")
		if given := r.g.first[strings.ToLower(toks[i].Text)] && !(i+1 < j && r.g.notActor[strings.ToLower(toks[i+1].Text)]); k == i {
			// a compass word and a demonym count as one word ("East
			// Timorese Roman Catholic Bishop Ada Kessie")
			short := i + 3
			if i+1 < j && compass()[strings.ToLower(toks[i].Text)] && demonymSuffix(strings.ToLower(toks[i+1].Text)) {
				short++
			}
			for p := i + 1; p < j && p <= i+6; p++ {
				if n := r.titleAt(toks[p:j]); n > 0 && p+n < j && (p <= short && (!given || r.g.locHead[strings.ToLower(toks[p-1].Text)]) || r.hasBodyHead(toks[i:p])) {
					k = p
					break
				}
			}
			if k > i {
				continue
			}
		}
		break
	}
	// a lone title word that may also be a surname or company ("General") needs a name after it
	if k == i {
		return i, ""
	}
	// a title word in or before a nickname's quotes is the nickname's
	// (`Tomas "Pope" Arrieta`, `Ms ‘Bapu’ Orta`): a name never opens
	// with a quotation mark
	if k < j && strings.ContainsAny(toks[k].Text, "\"“”‘’") || k > i && strings.ContainsAny(toks[k-1].Text, "\"“”‘’") {
		return i, ""
	}
	return k, text[toks[i].Start:toks[k-1].End]
}

// titleAt returns the length of the longest title at the start of toks,
// with the words that may qualify it before it: "Special Envoy", "Senior
// Deputy Minister".
func (r *Recognizer) titleAt(toks []Token) int {
	m := 0
	for m < len(toks) && m < 3 && inSet(titleWords(), toks[m].Text) && !inSet(r.g.title, toks[m].Text) {
		m++
	}
	if n := abbrevTitleAt(toks[m:]); n > 0 {
		return m + n // "Sgt. Ada Kessie", "Staff Sgt.", "Maj. Gen."
	}
	if m >= len(toks) || !inSet(r.g.titleFirst, toks[m].Text) {
		return 0
	}
	for n := min(4, len(toks)-m); n > 0; n-- {
		if r.g.title[joinLower(toks[m:m+n])] {
			return m + n
		}
	}
	return 0
}

// trailingTitle returns the start of a title (and a body in capitals just
// before it) that ends the run toks[i:j], or i when none does or the run is
// nothing else.
func (r *Recognizer) trailingTitle(toks []Token, i, j int) int {
	for q := i + 1; q < j; q++ {
		if n := r.titleAt(toks[q:j]); n == j-q {
			if p := strings.ToLower(toks[q-1].Text); joiners()[p] || r.g.first[p] {
				// "Ministry of Justice", "Ada King", "Bureau of the Prime
				// Minister": the title is part of the name, though a
				// portfolio word before a title is not ("Ministry of
				// Trade Secretary": the ministry, then its title)
				if q+1 < j && inSet(titleWords(), toks[q].Text) && r.titleAt(toks[q+1:j]) == j-q-1 && !r.g.title[joinLower(toks[q:j])] {
					continue
				}
				return i
			}
			if q-1 > i && (isAllCaps(toks[q-1].Text) || r.g.org[strings.ToLower(toks[q-1].Text)]) {
				q--
			}
			return q
		}
	}
	return i
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

// titleQualifier reports whether w may qualify a title at the start of a
// run: a place or body ("Kenyan President"), but not a given name that
// looks like a demonym ("Hassan Sheikh Omar" is one person).
func (r *Recognizer) titleQualifier(w string) bool {
	lw := strings.ToLower(w)
	return r.g.loc[lw] || r.g.org[lw] || !r.g.first[lw]
}
