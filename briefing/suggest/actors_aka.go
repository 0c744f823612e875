package suggest

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
	"github.com/briefdesk/briefdesk/internal/lazy"
)

// One person under two names the text itself equates: a stage name and
// the real one ("Ada Lark, whose real name is Ada Morrow"), an alias
// ("Tomas Arrieta, also known as Tomas Vell"). The two are one actor,
// labelled by the name used more often, the other name beside it.

// akaGap is the text between two names that says they are one person's:
// "X, whose real name is Y", "X (real name Y)", "X, also known as Y",
// "X (a.k.a. Y)", "X, born Y".
var akaGap = lazy.RE(`^\s*(?:,|\(|, \()\s*(?:whose (?:real|birth|legal|given) name (?:is|was)|(?:real|birth|legal) name:?|born|also known as|a\.k\.a\.?|aka|better known as|formerly known as)\s*$`)

// statedAliases merges the names the articles equate into one person,
// under the first of the two (see mergeAlias), and keeps both names in aka
// to write the other one beside the actor's name. The first may be a
// surname alone ("Lark, whose real name is Ada Morrow"): it is the one
// full name the article gave before with that word (none when two people
// share it), or the only one in all the articles.
func (ix *nameIndex) statedAliases(docs []*doc) {
	for _, d := range docs {
		near := map[string]string{} // a full name's given name and surname -> its key, "" for two people's
		for i, m := range d.mentions {
			full := m.Type == ner.PER && strings.Contains(personCore(m.Text), " ")
			if full && i > 0 {
				if p := d.mentions[i-1]; p.End <= m.Start && akaGap.MatchString(d.art.Text[p.End:m.Start]) {
					// a surname alone may be typed a place ("Lima") when
					// the article names the person in full before it
					a := ""
					if core := strings.ToLower(personCore(p.Text)); p.Type != ner.PER {
						a = near[strings.ToLower(p.Text)]
					} else if strings.Contains(core, " ") {
						a = ix.person(p.Text)
					} else if a = near[core]; a == "" {
						a = ix.only(core)
					}
					if b := ix.person(m.Text); a != "" && a != b {
						ix.mergeAlias(a, b, personCore(p.Text), personCore(m.Text))
					}
				}
			}
			if full {
				k := ix.person(m.Text)
				fs := strings.Fields(strings.ToLower(personCore(m.Text)))
				for _, w := range []string{fs[0], surnameOf(fs)} {
					if v, ok := near[w]; ok && v != k {
						near[w] = "" // two people of one name ("Ana Lark", "Ivo Lark"): neither
						continue
					}
					near[w] = k
				}
			}
		}
	}
}

// mergeAlias makes the full names a and b one person, under a: the first
// of the two, the name the article tells of, the other being said in
// passing ("Lark, whose real name is Ada Morrow"). an and bn are written
// as in the text; a person keeps the first other name the articles give.
func (ix *nameIndex) mergeAlias(a, b, an, bn string) {
	if ix.resolve(b) == a {
		return
	}
	ix.into[b] = a
	for _, ks := range ix.words {
		if n := ks[b]; n > 0 {
			ks[a] += n
			delete(ks, b)
		}
	}
	if _, ok := ix.aka[a]; !ok {
		if !strings.Contains(an, " ") {
			an = ix.written[a] // "Lark" is "Ada Lark"
		}
		ix.aka[a] = [2]string{an, bn}
	}
}

// akaLabel returns the name an actor of two names is labelled by and the
// other name to write beside it: the first of names, unless the label
// already holds a longer form of it ("Ada M. Lark").
func akaLabel(name string, names [2]string) (string, string) {
	if names[0] == "" || names[1] == "" {
		return name, ""
	}
	if !strings.Contains(name, names[0]) && !strings.Contains(names[0], name) || strings.Contains(name, names[1]) {
		name = names[0] // the other name was written more often, or only the surname of the first
	}
	return name, names[1]
}
