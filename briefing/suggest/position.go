package suggest

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
	"github.com/briefdesk/briefdesk/internal/lazy"
)

// actorForms lists the names an actor goes by in the text, longest first:
// its name and aliases, a person's surname, and the names of the person who
// speaks for it.
func actorForms(a Actor) []string {
	seen := map[string]bool{}
	var out []string
	add := func(f string, per bool) {
		if f != "" && !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
		if fs := strings.Fields(f); per && len(fs) > 1 {
			if last := fs[len(fs)-1]; !seen[last] && utf8.RuneCountInString(last) > 2 {
				seen[last] = true
				out = append(out, last)
			}
		}
	}
	add(a.Name, a.Type == ner.PER)
	for _, al := range a.Aliases {
		add(al, a.Type == ner.PER)
	}
	for _, r := range a.repNames {
		add(r, true)
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// occurrences returns the byte offsets of name in t as a whole word.
func occurrences(t, name string) []int {
	var out []int
	for from := 0; ; {
		i := strings.Index(t[from:], name)
		if i < 0 {
			return out
		}
		i += from
		from = i + len(name)
		if r, _ := utf8.DecodeLastRuneInString(t[:i]); i > 0 && (unicode.IsLetter(r) || r == '-') {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(t[from:]); from < len(t) && (unicode.IsLetter(r) || r == '-') {
			continue
		}
		out = append(out, i)
	}
}

// positionVerb reports whether w (bare) states a position or a move.
func positionVerb(w string) bool {
	return speechVerbs()[w] || w == "dismissed" || w == "proposed" || w == "pressed" || w == "threatened" ||
		w == "backed" || w == "refused" || w == "rejected" || w == "demanded" || w == "insisted"
}

// positionOf finds the actor's own clause in s, the stance in few words:
// from the verb after the actor (or the person speaking for it) as subject
// ("demands full control of the Dorna corridor", "accused Sarkand of
// negotiating in bad faith"), or the words it is quoted as saying. ok is
// false when the actor is not the subject or speaker of s.
func positionOf(s Sentence, forms []string) (Sentence, bool) {
	if p, ok := positionWith(s, forms, false); ok {
		return p, ok
	}
	return positionWith(s, forms, true)
}

// positionWith is positionOf; with moves set, a verb that reports a move
// ("led the Ukrainian team") will do when no verb states a position.
func positionWith(s Sentence, forms []string, moves bool) (Sentence, bool) {
	t := s.Text
	end := bodyEnd(t)
	// a quotation and its speaker: "…," Erdoğan-Kaya told reporters
	if in, after, ok := quoteInner(s); ok {
		tail := t[after:]
		for _, f := range forms {
			k := strings.Index(tail, f)
			if k < 0 || k >= 80 || addressee(tail[:k]) {
				continue // "…," Vale told [the Lusan Courier]: the outlet heard it
			}
			if attribution(strings.TrimLeft(tail, " ,")) ||
				speakerDescription(tail[:k]) && (attribution(tail[k:]) || onlySaying(strings.TrimSpace(tail[k+len(f):]))) {
				return in, true
			}
		}
	}
	if c, ok := accordingTo(s, forms, end); ok {
		return c, true // "According to a report by the board, the crew ...": the board's finding
	}
	best, bestAt := Sentence{}, len(t)+1
	for _, f := range forms {
		for _, at := range occurrences(t, f) {
			if at >= bestAt {
				break
			}
			if !subjectStart(t[:at]) {
				continue // "a demand Ostria rejected": the actor is not the subject of the clause
			}
			if q, ok := quotedBefore(s, at, at+len(f)); ok {
				best, bestAt = q, at // "…," Vale told the Courier in 2020: the words are Vale's
				break
			}
			if c, ok := clauseAfter(s, at, at+len(f), end, moves); ok {
				best, bestAt = c, at
				break
			}
			// "…, said EU foreign policy chief Margit Lindqvist": what came before
			before := strings.TrimRight(t[:at], " ")
			fs := strings.Fields(before)
			for k := len(fs) - 1; k >= 0 && k >= len(fs)-6; k-- {
				if w := bare(fs[k]); w == "said" || w == "told" || w == "added" || w == "warned" {
					head := strings.TrimRight(strings.Join(fs[:k], " "), " ")
					if strings.HasSuffix(head, ",") || strings.HasSuffix(head, ",\"") || strings.HasSuffix(head, ",”") {
						if in, _, ok := quoteInner(s); ok {
							best, bestAt = in, at
						} else if n := strings.LastIndex(t[:at], ","); n > 0 && nwords(t[:n]) >= 4 {
							best, bestAt = span(s, 0, n), at
						}
					}
					break
				}
			}
		}
	}
	return best, best.Text != ""
}

// quotedBefore returns the words of a quotation that closes right before
// the name at t[at:end] when a saying verb follows the name ("…,” Vale told
// the Courier in 2020): the speaker's position is what was said, not where
// or to whom. A quotation that opens the sentence gives its inner words; one
// that opened in an earlier sentence, the words from the sentence's start,
// quoted. False when a quotation opens inside the sentence, or the words are
// fewer than four.
func quotedBefore(s Sentence, at, end int) (Sentence, bool) {
	t := s.Text
	head := strings.TrimRight(t[:at], " ")
	closeAt := -1
	for _, q := range []string{",\"", ",”", "?\"", "?”", "!\"", "!”"} {
		if strings.HasSuffix(head, q) {
			closeAt = len(head) - len(q)
			break
		}
		// the speaker's role or description between: "…,” police
		// spokeswoman Ines Valdor said"
		if k := strings.LastIndex(head, q); k > 0 && speakerDescription(head[k+len(q):]) && nwords(head[k+len(q):]) <= 8 {
			closeAt = k
			break
		}
	}
	if closeAt <= 0 || !sayingVerbs()[bare(firstField(strings.TrimLeft(t[end:], " ")))] {
		return Sentence{}, false
	}
	if in, _, ok := quoteInner(s); ok {
		return in, true
	}
	if strings.ContainsAny(t[:closeAt], "\"“”") || nwords(t[:closeAt]) < 4 {
		return Sentence{}, false
	}
	in := span(s, 0, closeAt)
	in.Quoted = true
	return in, true
}

// addressee reports whether a name after pre is the one spoken to, not the
// speaker: pre ends in "told", "tells" or "interview with" (an article
// between allowed): "… told ESPN", "… in an interview with the Courier".
func addressee(pre string) bool {
	fs := strings.Fields(pre)
	for len(fs) > 0 {
		switch bare(fs[len(fs)-1]) {
		case "the", "a", "an":
			fs = fs[:len(fs)-1]
			continue
		case "told", "tells", "telling":
			return true
		case "with":
			return len(fs) >= 2 && strings.HasPrefix(bare(fs[len(fs)-2]), "interview")
		}
		break
	}
	return false
}

// speakerDescription reports whether the words between a quotation and its
// speaker's name only describe the speaker ("…," study co-author and
// Kessan University soil scientist Ada Vale told …): no saying verb, no
// "that", no second quotation, so the name is the one who spoke.
func speakerDescription(pre string) bool {
	if strings.ContainsAny(pre, "\"“”;") {
		return false
	}
	for _, w := range strings.Fields(pre) {
		if b := bare(w); b == "that" || sayingVerbs()[b] {
			return false
		}
	}
	return true
}

// clauseAfter returns the clause from the verb that follows a name at
// t[start:end]: past a possessive noun ("Sarkand's delegation insisted"), an
// aside ("(Михаил Соколов)", ", the UN envoy,") and a coordinated name ("and
// the United States accused").
func clauseAfter(s Sentence, start, end, stop int, moves bool) (Sentence, bool) {
	t := s.Text
	rest := t[end:stop]
	for _, p := range []string{"'s", "’s"} {
		if strings.HasPrefix(rest, p) {
			rest = rest[len(p):]
			// the possessed noun: "delegation", "defence ministry", "chief negotiator"
			for n := 0; n < 3; n++ {
				trimmed := strings.TrimLeft(rest, " ")
				w := firstField(trimmed)
				if w == "" || verbWord(w) {
					break
				}
				if strings.HasSuffix(w, ",") {
					rest = trimmed[len(w)-1:] // an aside follows: ", Deputy Prime Minister X,"
					break
				}
				if strings.ContainsAny(w, ".;:\"“”") {
					return Sentence{}, false
				}
				rest = trimmed[len(w):]
			}
		}
	}
	rest = skipAside(rest)
	if fs := strings.Fields(rest); len(fs) > 2 && fs[0] == "and" {
		if cut := skipCoordinate(fs); len(cut) < len(fs) {
			rest = strings.TrimLeft(rest, " ")
			for i := 0; i < len(fs)-len(cut); i++ {
				rest = strings.TrimLeft(strings.TrimLeft(rest, " ")[len(fs[i]):], " ")
			}
		}
	}
	rest = strings.TrimLeft(rest, " ")
	fs := strings.Fields(rest)
	if len(fs) < 2 {
		return Sentence{}, false
	}
	w := bare(fs[0])
	if speechVerbs()[w] && strings.HasSuffix(fs[0], ",") {
		return Sentence{}, false // `…," Tasz said, adding …`: the words are the quotation's
	}
	ok := positionVerb(w) || moves && weakVerbs()[w] && !auxiliary()[w]
	if (w == "would" || w == "will" || w == "must" || w == "cannot" || w == "could" || w == "should") && len(fs) > 1 {
		n := bare(fs[1])
		ok = n == "not" || n == "never" || positionVerb(n) || w == "must"
	}
	if !ok {
		return Sentence{}, false
	}
	i := stop - len(rest)
	return span(s, i, otherClause(t, i, stop)), true
}

// otherClause returns where the clause from t[i:] ends when another
// subject takes over (", but Petrović dismissed", "; Ostria said"):
// the rest is someone else's position. stop when none does.
func otherClause(t string, i, stop int) int {
	for _, sep := range []string{", but ", "; ", ", while ", ", whereas "} {
		if k := strings.Index(t[i:stop], sep); k > 0 && startsUpper(t[i+k+len(sep):]) &&
			!strings.ContainsAny(t[i:i+k], "\"“”") && nwords(t[i:i+k]) >= 3 {
			stop = i + k
		}
	}
	return stop
}

// firstField returns the first word of s, as strings.Fields would, without
// splitting the rest.
func firstField(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}

// auxiliary verbs report no move on their own.
var auxiliary = lazy.Of(wordSet, "auxiliaries")

// roleNouns may stand right before a name that is the subject: "envoy
// Jean-Pierre Moreau said".
var roleNouns = lazy.Of(wordSet, "role-nouns")

// objectRelatives open a clause whose object stands before its subject:
// "the man whom Tasz and Pell saw", "what Oder and Vell said".
var objectRelatives = lazy.Of(wordSet, "object-relatives")

// subjectStart reports whether a name after before can open a clause as
// its subject: at the start, after punctuation, a conjunction, "said", an
// article or a title; not inside a relative clause ("a demand Ostria
// rejected").
func subjectStart(before string) bool {
	before = strings.TrimRight(before, " ")
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	if unicode.IsPunct(r) || isQuote(r) {
		return true
	}
	fs := strings.Fields(before)
	w := fs[len(fs)-1]
	if believedOf(fs) {
		return false // "feared that Pell would walk out": someone's fear of Pell
	}
	if bare(w) == "and" {
		// names coordinated after an object relative, "whom Tasz and",
		// "what Pell and Oder": the clause has its object before it
		k := len(fs) - 2
		for k >= 0 && (isCapWord(fs[k]) || bare(fs[k]) == "and") {
			k--
		}
		if k >= 0 && k < len(fs)-2 && objectRelatives()[bare(fs[k])] {
			return false
		}
	}
	if isCapWord(w) {
		return true // a title or the first part of a name: "Minister Dragan Petrović"
	}
	switch b := bare(w); b {
	case "and", "but", "while", "after", "as", "when", "that", "because", "since", "though", "although",
		"the", "said", "says", "then", "also", "saying", "whereas", "once":
		return true
	default:
		return roleNouns()[b]
	}
}

// accordingToRe is an attribution that opens a sentence, up to its comma:
// "According to the new audit by the Harbour Board,".
var accordingToRe = lazy.RE(`^(?i:according to) ([^,;:"“”]{2,90}),\s+`)

// accordingTo returns what a sentence that opens "According to ... X,"
// tells on X's word: the clause after the comma, up to where another
// subject takes over ("According to the board's report, the crew was on
// board at six" -> "the crew was on board at six"). The words of the
// attribution before X are few: a report, a statement, its date.
func accordingTo(s Sentence, forms []string, stop int) (Sentence, bool) {
	if len(s.Text) < 13 || !strings.EqualFold(s.Text[:13], "according to ") {
		return Sentence{}, false
	}
	m := accordingToRe.FindStringSubmatchIndex(s.Text)
	if m == nil || m[1] >= stop {
		return Sentence{}, false
	}
	by := s.Text[m[2]:m[3]]
	for _, f := range forms {
		if k := strings.Index(by, f); k >= 0 && nwords(by[:k]) <= 6 && nwords(strings.TrimSpace(by[k+len(f):])) <= 2 && attributedBy(by[:k]) {
			if rest := s.Text[m[1]:stop]; nwords(rest) < 4 || relativeOpen(rest) {
				return Sentence{}, false // "According to Vale's page, which has since gone, ...": the aside is no finding
			}
			return span(s, m[1], otherClause(s.Text, m[1], stop)), true
		}
	}
	return Sentence{}, false
}

// relativeOpen reports whether t opens with a relative word that
// continues the phrase before it: "which has since ...", "who ...".
func relativeOpen(t string) bool {
	switch strings.ToLower(firstField(t)) {
	case "which", "who", "whom", "whose", "where", "when", "that":
		return true
	}
	return false
}
