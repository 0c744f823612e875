package suggest

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
	"github.com/briefdesk/briefdesk/internal/lazy"
)

// nameIndex holds, over all the articles of a draft, the full names of the
// people and the names of the organisations, so that a name used alone in
// another sentence or article joins the actor it stands for: a surname or a
// first name after a full name ("Ines Valdor" ... "Valdor said"), a full
// name with a middle name or initial ("Ines M. Valdor"), with a title or a
// heading word glued before it or a caption after it ("Minister Ines
// Valdor", "WATCH Ines Valdor", "Ines Valdor Speaks Out"), an acronym
// after its expansion, the short form of an organisation ("Weather
// Service", "Amnesty").
type nameIndex struct {
	full  map[string]int            // full-name key -> mentions
	words map[string]map[string]int // first name or surname -> full-name keys -> mentions
	acro  map[string]string         // initials -> organisation key
	into  map[string]string         // a name's key -> the key of the name it is a form of
	orgs  map[string]int            // organisation key -> mentions
	locs  map[string]bool           // place keys
	lone  map[string]bool           // one-word names typed as persons ("Zolters")
	// docsOf holds the articles each full name is written in
	docsOf map[string]map[*doc]bool
	nick   map[string]string    // a nickname's key -> the full name's ("el lobo")
	aka    map[string][2]string // a full name's key -> it and the other name the text equates with it, as written
	// written holds each full name as first written, without its title
	written map[string]string
}

// othersWord reports whether w is the given name or surname of a full
// name other than key.
func (ix *nameIndex) othersWord(w, key string) bool {
	for k := range ix.words[w] {
		if k != key {
			return true
		}
	}
	return false
}

func newNameIndex(docs []*doc, book nameBook) *nameIndex {
	ix := &nameIndex{full: map[string]int{}, words: map[string]map[string]int{}, acro: map[string]string{},
		into: map[string]string{}, orgs: map[string]int{}, locs: map[string]bool{}, lone: map[string]bool{}, docsOf: map[string]map[*doc]bool{},
		nick: map[string]string{}, aka: map[string][2]string{}, written: map[string]string{}}
	for _, d := range docs {
		for _, m := range d.mentions {
			switch {
			case m.Type == ner.PER && strings.Contains(personCore(m.Text), " "):
				k := personKey(m.Text)
				ix.full[k]++
				if ix.written[k] == "" {
					ix.written[k] = personCore(m.Text)
				}
				if nick, rest := nickname(m.Text); nick != "" {
					// the nickname alone, and with the surname: "Pato Orta"
					ix.nick[canonKey(nick)] = k
					if fs := strings.Fields(rest); len(fs) > 1 {
						ix.nick[canonKey(nick+" "+fs[len(fs)-1])] = k
					}
				}
				// a name of three words or more by its initials: "the VKK"
				// for a movement the recogniser took for a person's name
				if in := initials(m.Text); len(in) >= 3 && ix.acro[in] == "" {
					ix.acro[in] = k
				}
				if ix.docsOf[k] == nil {
					ix.docsOf[k] = map[*doc]bool{}
				}
				ix.docsOf[k][d] = true
			case m.Type == ner.PER:
				ix.lone[canonKey(personCore(m.Text))] = true
			case m.Type == ner.LOC:
				ix.locs[canonKey(m.Text)] = true
			case m.Type == ner.ORG:
				ix.orgs[canonKey(m.Text)]++
				if in := initials(m.Text); len(in) >= 2 && strings.Contains(m.Text, " ") {
					ix.acro[in] = canonKey(m.Text)
				}
				// the initials of its head words after a place: "the D.A."
				// after "the Kent County District Attorney"; "BOLI" for
				// "the Tarrow Bureau of Labor and Industries"
				for _, tail := range acronymsOf(strings.Fields(m.Text)) {
					if _, taken := ix.acro[tail]; !taken {
						ix.acro[tail] = canonKey(m.Text)
					}
				}
			}
		}
	}
	ix.people()
	ix.organisations(book)
	ix.extensions(book)
	for k, n := range ix.full {
		if _, ok := ix.into[k]; ok {
			continue
		}
		fs := strings.Fields(k)
		ws := []string{fs[0], surnameOf(fs)}
		if w, ok := firstOfTwoSurnames(fs, book); ok {
			ws = append(ws, w)
		}
		for _, w := range ws {
			if ix.words[w] == nil {
				ix.words[w] = map[string]int{}
			}
			ix.words[w][k] += n
		}
	}
	ix.statedAliases(docs)
	return ix
}

// people merges the forms of one person's full name: a name inside a
// longer one (a word glued before or after it joins the name used as often
// or more), and a name with a middle name or initial or a generational
// suffix ("Ines Maria Valdor", "Ines M. Valdor", "Ivo Tal Jr.") into the
// one without it, also when that one has a familiar given name ("Jim
// Orlan" for "James T. Orlan Jr.").
func (ix *nameIndex) people() {
	byGiven := map[string]string{}           // two-word names with the given name in full
	suffixes := map[string]map[string]bool{} // given name and surname -> generational suffixes
	for k := range ix.full {
		fs := strings.Fields(k)
		if len(fs) == 2 {
			if g := fullGiven(k); byGiven[g] == "" || k < byGiven[g] {
				byGiven[g] = k
			}
		}
		if n := len(fs); n > 2 && generational()[fs[n-1]] {
			fg := fullGiven(fs[0] + " " + fs[n-2])
			if suffixes[fg] == nil {
				suffixes[fg] = map[string]bool{}
			}
			suffixes[fg][strings.TrimSuffix(fs[n-1], ".")] = true
		}
	}
	for k := range ix.full {
		fs := strings.Fields(k)
		for i := 0; i < len(fs) && ix.into[k] == ""; i++ {
			for j := len(fs); j >= i+2; j-- {
				if j-i == len(fs) {
					continue
				}
				if part := strings.Join(fs[i:j], " "); ix.full[part] > 0 && ix.full[part] >= ix.full[k] && !suffixed(part) {
					ix.into[k] = part
					break
				}
			}
		}
		if ix.into[k] == "" && len(fs) > 2 && len(suffixes[fullGiven(fs[0]+" "+surnameOf(fs))]) < 2 {
			// (a father and a son named alike stay two: "Ivo Tal Sr.", "Ivo Tal Jr.")
			short := fs[0] + " " + surnameOf(fs)
			if ix.full[short] == 0 {
				short = byGiven[fullGiven(short)] // "Jim Orlan" for "James T. Orlan Jr."
			}
			if short != "" && short != k && ix.full[short] > 0 {
				ix.into[k] = short
			}
		}
	}
	// a surname with its suffix ("Tal Jr.") is the one full name that ends
	// with both ("Ivo Tal Jr.")
	for k := range ix.full {
		if !suffixed(k) || ix.into[k] != "" {
			continue
		}
		long := ""
		for l := range ix.full {
			if l != k && strings.HasSuffix(l, " "+k) {
				if long != "" {
					long = ""
					break
				}
				long = l
			}
		}
		if long != "" {
			ix.into[k] = long
		}
	}
	ix.spellings()
}

// suffixed reports whether the key of a name is a surname and a
// generational suffix ("tal jr."): no full name of its own.
func suffixed(k string) bool {
	fs := strings.Fields(k)
	return len(fs) == 2 && generational()[fs[1]]
}

// spellings merges the spellings of one name written from another script
// ("Mohammed bin Salman", "Mohamed bin Salman", "Mohammad Bin Salman";
// "Dmitri"/"Dmitry"): the same words but for their vowels and doubled
// letters, each word that differs five letters or more, written by
// different articles (one article keeps to one spelling: two spellings in
// it are two people). The spelling named most often is kept.
func (ix *nameIndex) spellings() {
	by := map[string][]string{}
	for k := range ix.full {
		if ix.into[k] == "" {
			sk := skeleton(fullGiven(k))
			by[sk] = append(by[sk], k)
		}
	}
	for _, ks := range by {
		if len(ks) < 2 {
			continue
		}
		sort.Slice(ks, func(i, j int) bool {
			if ix.full[ks[i]] != ix.full[ks[j]] {
				return ix.full[ks[i]] > ix.full[ks[j]]
			}
			return ks[i] < ks[j]
		})
		for _, k := range ks[1:] {
			switch {
			case fullGiven(k) != k || fullGiven(ks[0]) != ks[0]:
				if fullGiven(k) == fullGiven(ks[0]) {
					ix.into[k] = ks[0] // "Jim Orlan", "James Orlan"
				}
			case respelt(ks[0], k) && !ix.together(ks[0], k):
				ix.into[k] = ks[0]
			}
		}
	}
}

// together reports whether one article writes both names.
func (ix *nameIndex) together(a, b string) bool {
	for d := range ix.docsOf[a] {
		if ix.docsOf[b][d] {
			return true
		}
	}
	return false
}

// nicknames maps a familiar given name to the full one.
var nicknames = lazy.Of(wordMap, "nicknames")

// organisations merges the short form of an organisation's name into the
// one longer name that ends with it ("Weather Service") or starts with it
// ("Amnesty"), and a name in its two word orders ("Ministry of Mines",
// "Mines Ministry") into the one used more often.
func (ix *nameIndex) organisations(book nameBook) {
	for k, n := range ix.orgs {
		fs := strings.Fields(k)
		if len(fs) < 3 || fs[1] != "of" || !book.OrgHead(fs[0]) {
			continue
		}
		alt := strings.Join(fs[2:], " ") + " " + fs[0]
		if m := ix.orgs[alt]; m > 0 {
			if m > n || m == n && alt < k {
				ix.into[k] = alt
			} else {
				ix.into[alt] = k
			}
		}
	}
	for k := range ix.orgs {
		if ix.into[k] != "" {
			continue
		}
		var hits []string
		for l := range ix.orgs {
			if rest, ok := strings.CutPrefix(l, k+" "); ok && book.Region(rest) {
				continue // "Orvel Japan": a body's branch in a country is a body of its own
			}
			if l != k && (strings.HasSuffix(l, " "+k) && strings.Contains(k, " ") || strings.HasPrefix(l, k+" ")) {
				hits = append(hits, l)
			}
		}
		if len(hits) == 1 && aliasOf()[k] == "" && seatOf()[k] == "" {
			ix.into[k] = hits[0]
		}
	}
}

// person returns the key of the full name a person's name stands for.
func (ix *nameIndex) person(text string) string {
	return ix.resolve(personKey(text))
}

// resolve follows the merges of a key to the name it ends in.
func (ix *nameIndex) resolve(k string) string {
	for n := 0; n < 4; n++ {
		t, ok := ix.into[k]
		if !ok || t == k {
			break
		}
		k = t
	}
	return k
}

// org returns the key of the organisation an organisation's name stands for.
func (ix *nameIndex) org(key string) string { return ix.resolve(key) }

// only returns the full name that word is the first name or surname of:
// the only one, or the one named at least twice as often as all the others
// together; "" when there is none.
func (ix *nameIndex) only(word string) string {
	best, n, total := "", 0, 0
	for k, c := range ix.words[word] {
		total += c
		if c > n || c == n && k < best {
			best, n = k, c
		}
	}
	if n == 0 || n < 2*(total-n) {
		return ""
	}
	return best
}

// onlySurname returns the one full name in all the articles whose surname
// is word, "" when none or more than one.
func (ix *nameIndex) onlySurname(word string) string {
	found := ""
	for k := range ix.full {
		if ix.into[k] != "" {
			continue
		}
		if fs := strings.Fields(k); surnameOf(fs) == word {
			if found != "" {
				return ""
			}
			found = k
		}
	}
	return found
}

// generational are the words after a surname that tell a father from his
// son: "Ivo Tal Jr.", "Henry Osei III".
var generational = lazy.Of(wordSet, "generational")

// singleName reports whether a one-word mention may stand for a person
// named in full elsewhere: a person or organisation (surnames are often
// typed as organisations), never a place or a known alias. Two letters
// are a name when not in capitals ("Wu", "Jo"; "AP" is an acronym).
func singleName(m ner.Mention, lk string) bool {
	n := utf8.RuneCountInString(lk)
	return !strings.Contains(lk, " ") && m.Type != ner.LOC && aliasOf()[lk] == "" && seatOf()[lk] == "" &&
		(n > 2 || n == 2 && strings.ToUpper(m.Text) != m.Text)
}

// compass returns the one place whose name starts with a compass word used
// alone ("the North" after "North Korea"), "" when none or more than one.
func (ix *nameIndex) compass(lk string) string {
	switch lk {
	case "north", "south", "east", "west":
	default:
		return ""
	}
	hit := ""
	for k := range ix.locs {
		if strings.HasPrefix(k, lk+" ") && !strings.Contains(k[len(lk)+1:], " ") {
			if hit != "" {
				return ""
			}
			hit = k
		}
	}
	return hit
}
