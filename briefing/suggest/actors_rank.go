package suggest

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
	"github.com/briefdesk/briefdesk/internal/lazy"
)

// outlets are the news outlets named in full (data/outlets.txt).
var outlets = lazy.Of(wordSet, "outlets")

// outletHeads end the names of newspapers, magazines and broadcasters:
// "the Kessel Herald", "Radio Valdoria".
var outletHeads = lazy.Of(wordSet, "outlet-heads")

// callSign is a broadcaster's call sign or a network's local station: "KVLT",
// "WXRD-TV", "NBC7", "CBSNY".
var callSign = lazy.RE(`^[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?$|^(?:ABC|CBS|NBC|FOX|Fox|CW|PBS)(?:\d{1,2}|[A-Z]{2})$`)

// notActorStart are words that cannot open an actor's name: a verb or a
// function word glued before a name ("Said Ines", "Should Valdor").
var notActorStart = lazy.Of(wordSet, "not-actor-start")

// notActorEnd are words that cannot close a name.
var notActorEnd = lazy.Of(wordSet, "not-actor-end")

// pronouns open a contraction that looks like a name: "I'd", "They're".
var pronouns = lazy.Of(wordSet, "pronouns")

// outlet reports whether name is a news outlet: listed, a call sign, a
// website, or an organisation whose name ends in an outlet word.
func outlet(name, typ string) bool {
	l := strings.ToLower(strings.TrimPrefix(name, "The "))
	if outlets()[l] || callSign.MatchString(name) || strings.HasSuffix(l, ".com") || strings.HasSuffix(l, ".org") {
		return true
	}
	fs := strings.Fields(l)
	return typ != ner.PER && len(fs) > 1 && outletHeads()[fs[len(fs)-1]]
}

// shoutedHeadline reports whether name, written in capitals, is a headline
// ("KESSAN MAYOR GOT A NEW JOB"): three words or more, one of them a
// function word or an auxiliary (fs is name in lower case). A body's name
// in capitals holds at most "of" or "and" ("BANK OF OSTRIA").
func shoutedHeadline(name string, fs []string) bool {
	if len(fs) < 3 || strings.ToUpper(name) != name {
		return false
	}
	for _, w := range fs {
		if w != "of" && w != "and" && (functionWords()[w] || auxiliary()[w] || w == "got" || w == "gets") {
			return true
		}
	}
	return false
}

// notActor reports whether an actor found by the recogniser is none: a
// name only a dateline gives, a news outlet, a reporter or photographer named in a byline or a credit
// ("By Ines Valdor", "Photo: Ines Valdor", "Ines Valdor/Kessel Wire"),
// someone the text only tells things to ("told Radio Ostria"), a
// platform only named as the medium of a post, a contraction ("They're") or a name with a verb or function word glued on.
func notActor(g *group, a Actor, book nameBook) bool {
	if outlet(a.Name, a.Type) || onlyDateline(g) {
		return true
	}
	fs := strings.Fields(strings.ToLower(strings.NewReplacer("’", "'").Replace(a.Name)))
	if len(fs) == 0 {
		return true
	}
	if w := fs[0]; notActorStart()[w] || pronouns()[strings.SplitN(w, "'", 2)[0]] && strings.Contains(w, "'") {
		return true
	}
	if notActorEnd()[fs[len(fs)-1]] || glued(a.Name) || shoutedHeadline(a.Name, fs) {
		return true
	}
	if last := fs[len(fs)-1]; conditions()[strings.Join(fs, " ")] || len(fs) > 1 && conditionHeads()[last] || strings.HasSuffix(last, "virus") {
		return true // "Ebola", "Alzheimer", "West Nile Virus": an illness is no actor
	}
	if a.Type != ner.PER && commonWord(g, a.Name) {
		return true
	}
	if a.Type != ner.ORG && onlyWhere(g, a.Type == ner.PER) {
		return true
	}
	if platforms()[strings.Join(fs, " ")] && !g.speaks(a) {
		return true // "took to Twitter", "a video posted on YouTube": the medium
	}
	if a.Type == ner.PER && len(fs) > 1 && platforms()[fs[len(fs)-1]] {
		return true // "Photo: Velm City Facebook": a credit; no person's name ends with a platform's
	}
	if commonAcronym(g, book) && !g.speaks(a) {
		return true // "monitored by electroencephalography (EEG)": a thing's short name
	}
	credits, told := 0, 0
	for _, mr := range g.mentions {
		t := mr.d.art.Text
		before := strings.ToLower(strings.TrimRight(t[max(0, mr.m.Start-24):mr.m.Start], " "))
		after := t[mr.m.End:min(len(t), mr.m.End+16)]
		switch {
		case byline(before) || strings.HasPrefix(after, "/") || strings.HasPrefix(after, " contributed") ||
			strings.HasPrefix(after, " / "):
			credits++
		case a.Type == ner.ORG && (strings.HasSuffix(before, " told") || strings.HasSuffix(before, " told the")):
			told++
		}
	}
	n := len(g.mentions)
	return 2*credits > n || told > 0 && 2*told >= n && !g.speaks(a)
}

// commonAcronym reports whether the group is an acronym in capitals that
// a report spells out as a common noun before it in brackets: one in
// lower case, or a name and a common head noun ("electroencephalography
// (EEG)", "a sequential flow analysis (SFA) run", "Lorne syndrome
// (LS)"). A body's acronym follows its capitalised name ("World Health
// Organization (WHO)"), a lower-case body's name ends with a body's head
// ("the Velm port authority (VPA)"), and "the main opposition party
// (BNP)" does not spell it out.
func commonAcronym(g *group, book nameBook) bool {
	for _, mr := range g.mentions {
		t, m := mr.d.art.Text, mr.m
		if m.Start < 2 || m.End >= len(t) || t[m.Start-1] != '(' || t[m.End] != ')' || strings.ToUpper(m.Text) != m.Text || len(m.Text) > 8 {
			continue
		}
		if spelledOut(strings.ToLower(m.Text), strings.Fields(t[max(0, m.Start-80):m.Start-1]), book.OrgHead) {
			return true
		}
	}
	return false
}

// spelledOut reports whether the words that end before (the words before
// a bracket) spell out the acronym acr as a common noun: one word per
// letter, the last in lower case and no body's head (orgHead), the others
// in either case ("polymerase chain reaction" for pcr, "Lorne syndrome"
// for ls), or one long lower-case word that opens with its first letter
// ("electroencephalography" for eeg).
func spelledOut(acr string, before []string, orgHead func(string) bool) bool {
	n := utf8.RuneCountInString(acr)
	if n < 2 || len(before) == 0 {
		return false
	}
	lower := func(w string) bool { r, _ := utf8.DecodeRuneInString(w); return unicode.IsLower(r) }
	if last := before[len(before)-1]; lower(last) && utf8.RuneCountInString(last) >= 4*n && strings.HasPrefix(last, acr[:1]) {
		return true
	}
	if len(before) < n {
		return false
	}
	words := before[len(before)-n:]
	if head := words[n-1]; !lower(head) || orgHead(head) {
		return false
	}
	var in strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		in.WriteRune(unicode.ToLower(r))
	}
	return in.String() == acr
}

// platforms are the social networks and video services (data/platforms.txt).
var platforms = lazy.Of(wordSet, "platforms")

// onlyDateline reports whether every mention of the group is in a
// dateline: the place a report was filed from, its wire credit.
func onlyDateline(g *group) bool {
	for _, mr := range g.mentions {
		if mr.inStory() {
			return false
		}
	}
	return true
}

// inStory reports whether the mention stands in a sentence of the report,
// not only in its dateline (keepMentions numbers those past the last one).
func (mr mref) inStory() bool { return mr.m.Sentence < len(mr.d.sents) }

// conditions are illnesses and pathogens written with a capital; a name
// ending in one of conditionHeads names one too.
var illnessWords = lazy.Value(func() [2]map[string]bool {
	return [2]map[string]bool{wordSet("conditions"), wordSet("condition-heads")}
})

func conditions() map[string]bool     { return illnessWords()[0] }
func conditionHeads() map[string]bool { return illnessWords()[1] }

// creditPrefixes end the text before a name in a byline or a credit.
var creditPrefixes = lazy.Of(listEntries, "credit-prefixes")

// byline reports whether the text before a name introduces a byline or a
// credit: a line opening with "By", "Photo:", "photo by", "Reporting by".
func byline(before string) bool {
	for _, p := range creditPrefixes() {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	if strings.HasSuffix(before, "by") {
		head := strings.TrimSuffix(before, "by")
		if i := strings.LastIndexAny(head, "\n"); i >= 0 && strings.TrimSpace(head[i:]) == "" {
			return true
		}
		return strings.TrimSpace(head) == "" && len(before) < 24
	}
	return false
}

// speaks reports whether the actor is the subject or speaker of one of its
// stance sentences.
func (g *group) speaks(a Actor) bool {
	for _, c := range a.cands {
		if c.agent {
			return true
		}
	}
	return false
}

// rank scores an actor by its role in the story: how often it is named
// (the logarithm: the tenth mention adds less than the second), in how many
// of the articles, and whether it speaks or acts in a sentence of its own.
func (g *group) rank(a Actor, ndocs int) float64 {
	// a dateline's place or credit is named, but plays no part in the story
	n, docs := 0, map[*doc]bool{}
	for _, mr := range g.mentions {
		if mr.inStory() {
			n++
			docs[mr.d] = true
		}
	}
	s := math.Log(1 + float64(n))
	if ndocs > 1 && len(docs) > 0 {
		s += 0.75 * float64(len(docs)-1) / float64(ndocs-1)
	}
	if g.speaks(a) {
		s += 0.25
	}
	if highOffice(a.Role) {
		s += highOfficeWeight
	}
	return s
}

// highOfficeWeight is what a high office adds to its holder's rank: as
// much as a second mention nearly, so that a head of state named once
// comes before others named once.
const highOfficeWeight = 0.3

// highOffices lead a state, a government or its foreign policy.
var highOffices = lazy.Of(listEntries, "high-offices")

// highOffice reports whether role is a high office held now: "Sarkandi
// President", "Foreign Minister", not "former President" nor "vice
// president" nor "Deputy Foreign Minister".
func highOffice(role string) bool {
	if role == "" || pastOffice(role) {
		return false
	}
	lr := " " + strings.ToLower(role) + " "
	for _, w := range []string{" vice", " deputy ", " assistant ", " acting "} {
		if strings.Contains(lr, w) {
			return false // the second to the office, or standing in for it
		}
	}
	for _, o := range highOffices() {
		if strings.Contains(lr, " "+o+" ") {
			return true
		}
	}
	return false
}

// placePreps put the name after them as the place where something happens.
var placePreps = lazy.Of(wordSet, "place-preps")

// onlyWhere reports whether every mention names where something happens or
// what it concerns, never who acts: after a place preposition ("talks at
// the Hofburg") or before a common noun ("the Brenna valley", "the Kharan
// programme"), and never the subject of a verb or a possessor. A person
// is never a modifier ("the Valdor government" is Valdor's) nor a place
// after "to" or "from" (a letter to Valdor).
func onlyWhere(g *group, person bool) bool {
	for _, mr := range g.mentions {
		t, m := mr.d.art.Text, mr.m
		if actorUse(t, m) {
			return false
		}
		before := strings.ToLower(lastWord(strings.TrimSuffix(strings.TrimRight(t[:m.Start], " "), "the")))
		after := firstWord(strings.TrimLeft(t[m.End:], " "))
		if person && (before == "to" || before == "from") {
			return false
		}
		modifier := !person && strings.HasPrefix(t[m.End:], " ") && after != "" && !isCapWord(after) && !verbWord(after) &&
			!functionWords()[strings.ToLower(after)]
		if !placePreps()[before] && !modifier {
			return false
		}
	}
	return true
}

// functionWords follow a name without making it a modifier of a noun.
var functionWords = lazy.Of(wordSet, "function-words")

// glued reports whether t has two words run together: a capital inside a
// word after lower-case letters ("TrumpTrump", "saidThe"; a web brand
// written as one cannot be told apart), or a sentence end with no space
// after it ("accurate.If").
func glued(t string) bool {
	rs := []rune(t)
	run, atWord := 0, false // the lower-case letters before i, and whether they open a word
	for i, r := range rs {
		next := rune(0)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch {
		case unicode.IsUpper(r):
			if run >= 3 || run >= 2 && atWord && unicode.IsLower(next) {
				return true // "TrumpTrump", "saidThe"
			}
			if i >= 2 && unicode.IsLower(next) {
				k := i - 1
				if isCloser(rs[k]) && k > 1 {
					k--
				}
				if (rs[k] == '.' || rs[k] == '!' || rs[k] == '?') && k > 0 && unicode.IsLower(rs[k-1]) {
					return true
				}
			}
			run = 0
		case unicode.IsLower(r):
			if run == 0 {
				atWord = i == 0 || !unicode.IsLetter(rs[i-1])
			}
			run++
		default:
			run = 0
		}
	}
	return false
}

func isCloser(r rune) bool { return r == '"' || r == '\'' || r == ')' || r == '”' || r == '’' }

// unfit reports whether a sentence cannot be an actor's item as it is:
// words glued together or page furniture.
func unfit(t string) bool {
	return glued(t) // page furniture never reaches a document's sentences (cleanSpans)
}

// commonWord reports whether a one-word name is a common word capitalised
// at the start of a sentence or in a heading ("Urine", "Submissions"): the
// articles also write it in lower case.
func commonWord(g *group, name string) bool {
	if strings.ContainsAny(name, " .") || strings.ToUpper(name) == name {
		return false // a longer name or an acronym
	}
	lower := strings.ToLower(name)
	if lower == name || aliasOf()[lower] != "" || seatOf()[lower] != "" {
		return false // "Republicans", "Turkey": a known name
	}
	seen := map[*doc]bool{}
	for _, mr := range g.mentions {
		if d := mr.d; !seen[d] {
			seen[d] = true
			if len(occurrences(d.art.Text, lower)) > 0 {
				return true
			}
		}
	}
	return false
}

// inLead reports whether the group is named in one of the lead sentences.
func (g *group) inLead(lead []Sentence) bool {
	for _, mr := range g.mentions {
		for _, s := range lead {
			if s.Prov.ArticleID == mr.d.art.ID && mr.m.Start >= s.Prov.Start && mr.m.End <= s.Prov.End {
				return true
			}
		}
	}
	return false
}
