package suggest

import (
	"regexp"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// fixtureSets are the invented reports the budget tests run on.
var fixtureSets = [][]string{{"valmora.md"}, {"kessel-talks.txt"}, {"brenna-monitors.txt"}, {"norvask-sanctions.txt"},
	{"valmora.md", "kessel-talks.txt"}}

func filled(t *testing.T, files ...string) (*briefing.Brief, []briefing.Article) {
	t.Helper()
	return filledWith(t, &briefing.Brief{}, files...)
}

// filledWith fills the empty sections of b from the fixture files.
func filledWith(t *testing.T, b *briefing.Brief, files ...string) (*briefing.Brief, []briefing.Article) {
	t.Helper()
	var arts []briefing.Article
	for i, f := range files {
		arts = append(arts, article(t, int64(i+1), f))
		b.Sources = append(b.Sources, briefing.Source{N: i + 1, ArticleID: int64(i + 1)})
	}
	Fill(b, newEngine(t).Draft(arts))
	return b, arts
}

var markerRe = regexp.MustCompile(` \[\d+\]`)

// pointsTo returns the heading of the section an actor item's body points
// to ("see the Summary [1]"), or "".
func pointsTo(body string) string {
	rest, ok := strings.CutPrefix(strings.TrimPrefix(body, briefing.LeadSeparator), seePrefix)
	if !ok {
		return ""
	}
	h := strings.TrimSpace(markerRe.ReplaceAllString(seePrefix+rest, ""))
	for _, s := range briefing.Sections {
		if seeText(s) == h {
			return s.Heading()
		}
	}
	return ""
}

// quotesSources checks that every piece of a filled section is a verbatim
// span of an article: prose sentence by sentence (the period after the
// marker aside), items after their lead.
func quotesSources(t *testing.T, what, text string, bullet bool, arts []briefing.Article) {
	t.Helper()
	var pieces []string
	if bullet {
		i := strings.LastIndex(text, briefing.LeadSeparator)
		body := text[i+len(briefing.LeadSeparator):]
		if !markerRe.MatchString(body) || !strings.HasSuffix(body, "]") {
			t.Errorf("%s: item %q does not end with its citation marker", what, text)
		}
		pieces = []string{markerRe.ReplaceAllString(body, "")}
		if pointsTo(body) != "" {
			return // an actor whose sentence another section quotes
		}
	} else {
		for _, p := range markerRe.Split(text, -1) {
			p = strings.TrimSpace(strings.TrimPrefix(p, "."))
			if p != "" {
				pieces = append(pieces, p)
			}
		}
	}
	for _, p := range pieces {
		p = unquote(p)
		ok := false
		for _, a := range arts {
			ok = ok || strings.Contains(a.Text, p)
		}
		if !ok {
			t.Errorf("%s: %q is not a verbatim span of a source", what, p)
		}
	}
}

func TestFillKeepsEachSectionInItsBudget(t *testing.T) {
	for _, set := range fixtureSets {
		name := strings.Join(set, "+")
		b, arts := filled(t, set...)
		wc := func(s briefing.Section) int { return briefing.WordCount(b.Text(s)) }
		if n := wc(briefing.SectionSummary); n < summaryMin || n > summaryMax {
			t.Errorf("%s: summary %d words, want %d-%d: %q", name, n, summaryMin, summaryMax, b.Summary)
		}
		if n := wc(briefing.SectionActors); n > actorsMax || len(b.Actors) < 3 || len(b.Actors) > 6 {
			t.Errorf("%s: %d actors in %d words, want 3-6 in at most %d: %q", name, len(b.Actors), n, actorsMax, b.Actors)
		}
		if n := wc(briefing.SectionStickingPoints); n > pointsMax || len(b.StickingPoints) < 2 || len(b.StickingPoints) > 4 {
			t.Errorf("%s: %d points in %d words, want 2-4 in at most %d: %q", name, len(b.StickingPoints), n, pointsMax, b.StickingPoints)
		}
		if n := wc(briefing.SectionOutlook); n > outlookMax {
			t.Errorf("%s: outlook %d words, want at most %d", name, n, outlookMax)
		}
		for _, it := range b.Actors {
			quotesSources(t, name+" actor", it, true, arts)
			if _, body := briefing.SplitLead(it); nwords(body) > 28 {
				t.Errorf("%s: actor item %q: position over 28 words", name, it)
			}
		}
		for _, it := range b.StickingPoints {
			quotesSources(t, name+" point", it, true, arts)
		}
		quotesSources(t, name+" summary", b.Summary, false, arts)
		t.Logf("%s: summary %d, actors %d (%d), sticking %d (%d), outlook %d", name, wc(briefing.SectionSummary),
			wc(briefing.SectionActors), len(b.Actors), wc(briefing.SectionStickingPoints), len(b.StickingPoints), wc(briefing.SectionOutlook))
	}
	// the longer reports have enough actors to fill the section, or
	// enough to list five when some point to the sentence another
	// section quotes
	for _, f := range []string{"valmora.md", "brenna-monitors.txt"} {
		b, _ := filled(t, f)
		pointers := 0
		for _, it := range b.Actors {
			if _, body := briefing.SplitLead(it); pointsTo(body) != "" {
				pointers++
			}
		}
		if n := briefing.WordCount(b.Text(briefing.SectionActors)); n < actorsMin && (pointers == 0 || len(b.Actors) < 5) {
			t.Errorf("%s: actors %d words, want at least %d: %q", f, n, actorsMin, b.Actors)
		}
	}
}

func TestFillSummaryLeadsWithTheOutcome(t *testing.T) {
	for _, tc := range []struct{ file, first string }{
		{"valmora.md", "ended on Wednesday without agreement"},
		{"brenna-monitors.txt", "collapsed on Tuesday"},
		{"norvask-sanctions.txt", "ended on Friday without agreement"},
		{"kessel-talks.txt", "the talks ended without agreement"},
	} {
		b, _ := filled(t, tc.file)
		first, _, _ := strings.Cut(b.Summary, "[1]")
		if !strings.Contains(first, tc.first) {
			t.Errorf("%s: summary opens %q, want the outcome (%q)", tc.file, first, tc.first)
		}
		for _, logistics := range []string{"chaired two rounds", "met Sarkand's chief negotiator", "met for nine hours", "The sides discussed"} {
			if strings.Contains(b.Summary, logistics) {
				t.Errorf("%s: summary reports a meeting (%q): %q", tc.file, logistics, b.Summary)
			}
		}
	}
}

func TestActorPositionIsTheActorsOwnClause(t *testing.T) {
	for _, tc := range []struct{ file, lead, body string }{
		{"valmora.md", "Sarkand", "insisted that any settlement must hand it full control of the Dorna corridor [1]"},
		{"valmora.md", "European Union (EU)", "accused Sarkand of negotiating in bad faith [1]"},
		{"valmora.md", "Aylin Erdoğan-Kaya (Deputy Prime Minister)", "“Without the corridor there can be no agreement” [1]"},
		{"brenna-monitors.txt", "Dragan Petrović (Merovian Interior Minister)", `said night patrols would "turn observers into spies" and demanded that the mission share its drone footage with Merovian authorities first [1]`},
		{"brenna-monitors.txt", "Merovia", "would not accept any patrols after dark [1]"},
		// a country speaks through its negotiator: one item, both named
		{"brenna-monitors.txt", "Dastan (Foreign Minister Leyla Əliyeva)", "rejected the demand as a breach of the mission's neutrality [1]"},
		{"norvask-sanctions.txt", "United States (Tomás Ibáñez)", "accused Norvask of using the talks to buy time for the Kharan programme [1]"},
	} {
		// the analyst has written the other sections: every sentence is
		// free for the actors
		b, _ := filledWith(t, &briefing.Brief{Summary: "Written.", StickingPoints: []string{"Written."}, Outlook: "Written."}, tc.file)
		want := tc.lead + briefing.LeadSeparator + tc.body
		found := false
		for _, it := range b.Actors {
			found = found || it == want
		}
		if !found {
			t.Errorf("%s: no item %q in %q", tc.file, want, b.Actors)
		}
	}
	// "a demand Ostria rejected as unacceptable": Ostria is not the subject
	b, _ := filled(t, "kessel-talks.txt")
	for _, it := range b.Actors {
		if strings.Contains(it, "— rejected as unacceptable") {
			t.Errorf("a relative clause as a position: %q", it)
		}
	}
}

func TestClausesAreSpansThatStandAlone(t *testing.T) {
	text := `Intro. "Without the corridor there can be no agreement," Erdoğan-Kaya told reporters after the final session. ` +
		`Talks ended on Wednesday without agreement, after Sarkand's delegation insisted on the corridor. ` +
		`Wójcik said the mission would resume talks next week, focusing on prisoner exchanges. ` +
		`Both sides would talk, but only if the shelling stops.`
	want := map[string]bool{
		"Without the corridor there can be no agreement":                           true,
		"Talks ended on Wednesday without agreement":                               true,
		"Sarkand's delegation insisted on the corridor":                            true,
		"Wójcik said the mission would resume talks next week":                     true,
		"the mission would resume talks next week, focusing on prisoner exchanges": true,
	}
	got := map[string]bool{}
	e := newEngine(t)
	for _, sp := range e.split.Split(text) {
		s := core(Sentence{Text: sp.Text, Prov: briefing.Provenance{Start: sp.Start, End: sp.End}})
		for _, c := range clauses(s) {
			if c.Prov.Slice(text) != c.Text {
				t.Errorf("clause %q: provenance slices %q", c.Text, c.Prov.Slice(text))
			}
			got[c.Text] = true
		}
	}
	for w := range want {
		if !got[w] {
			t.Errorf("missing clause %q in %v", w, got)
		}
	}
	if got["Both sides would talk"] {
		t.Error("a condition was cut: \"Both sides would talk\" without \"only if the shelling stops\"")
	}
}

// unquote drops the quotation marks a brief puts around a speaker's words.
func unquote(s string) string {
	if strings.HasPrefix(s, "“") && strings.HasSuffix(s, "”") {
		return strings.TrimSuffix(strings.TrimPrefix(s, "“"), "”")
	}
	return s
}

// An actor whose stance sentence another section prints takes its next
// sentence, and the one it passed over is no other actor's stance; an
// actor with no other sentence is still listed, pointing to the section
// that prints it.
func TestActorsAvoidSentencesOtherSectionsPrint(t *testing.T) {
	sent := func(n int, text string) Sentence {
		return Sentence{Text: text, Prov: briefing.Provenance{ArticleID: 1, Start: n * 100, End: n*100 + len(text)}}
	}
	one := func(lead string, s Sentence) slot {
		t := lead + briefing.LeadSeparator + s.Text
		return slot{opts: []option{{text: t, src: s, words: nwords(t)}}}
	}
	printedOne := sent(1, "The minister said the border would stay closed until spring")
	other := sent(2, "The minister also said talks could resume at a technical level")
	onlyOne := sent(3, "The envoy warned that the window for a settlement was closing")
	// a short clause of a printed sentence is the actor's position in
	// few words, not a repeat of it
	digest := sent(4, "refused to reopen the crossings")
	var u usedText
	u.addText(briefing.SectionSummary, "The minister said the border would stay closed until spring [1]. The envoy warned that the window for a settlement was closing [1].")
	u.addText(briefing.SectionStickingPoints, "Crossings — Velm vs Orun — The council refused to reopen the crossings before the guards leave the east bank [1]")
	got, _ := distinctAlts([][]slot{
		{one("Minister", printedOne), one("Minister", other)}, // the minister
		{one("Ministry", printedOne)},                         // his ministry, quoting the same sentence
		{one("Envoy (UN envoy)", onlyOne)},                    // the envoy
		{one("Council", digest)},                              // the council
	}, &u, nil)
	var texts []string
	for _, s := range got {
		texts = append(texts, s.opts[s.pref].text)
	}
	want := []string{"Minister — " + other.Text, "Envoy (UN envoy) — see the Summary", "Council — " + digest.Text}
	if strings.Join(texts, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", texts, want)
	}
}

// An attribution alone ("said Tuesday", "told reporters") or a bare
// auxiliary ("will not") is no position: it never becomes an actor's item.
func TestItemSpansNeedAPosition(t *testing.T) {
	got := itemSpans([]Sentence{{Text: "said Tuesday"}, {Text: "will not"}, {Text: "said Tuesday that the accord was dead"}})
	if len(got) != 1 || got[0].Text != "said Tuesday that the accord was dead" {
		t.Errorf("itemSpans = %+v, want only the clause with a position", got)
	}
	if got := itemSpans([]Sentence{{Text: "told reporters"}}); len(got) != 0 {
		t.Errorf("itemSpans(told reporters) = %+v, want none", got)
	}
	// a question the copy asks is nobody's position; one the actor asks is
	got = itemSpans([]Sentence{{Text: "What did the council know about the crossings?"}, {Text: "Why should we sign now?", Quoted: true}})
	if len(got) != 1 || !got[0].Quoted {
		t.Errorf("itemSpans = %+v, want only the actor's own question", got)
	}
}

// A long first item is written short enough that the items after it still
// fit: the list keeps its six actors.
func TestPackRoomLeavesRoomForTheRest(t *testing.T) {
	opt := func(words ...int) slot {
		var s slot
		for _, w := range words {
			s.opts = append(s.opts, option{words: w})
		}
		s.pref = len(s.opts) - 1
		return s
	}
	slots := []slot{opt(12, 60), opt(12, 40), opt(12, 30), opt(12), opt(12), opt(12)}
	if got := len(pack(slots, 6, 90, 130)); got >= 6 {
		t.Fatalf("pack without room chose %d items; the test needs it to crowd some out", got)
	}
	got := packRoom(slots, 6, 90, 130, true)
	if len(got) != 6 {
		t.Fatalf("packRoom chose %d items, want 6", len(got))
	}
	total := 0
	for _, o := range got {
		total += o.words
	}
	if total > 130 || total < 90 {
		t.Errorf("packRoom total %d words, want 90–130", total)
	}
}

// A sticking point whose span the summary prints is dropped when another
// point is left; its label and sides are no quotation.
func TestUnprintedDropsThePointTheSummaryQuotes(t *testing.T) {
	var u usedText
	u.addText(briefing.SectionSummary, "Orun refused to withdraw its guards from the east bank of the river [1]. Traders counted their losses [1].")
	items := []string{
		"Guards on the east bank — Velm vs Orun — Orun refused to withdraw its guards from the east bank of the river [1]",
		"Grain trucks — Orun vs Velm — Velm kept its ban on Orun grain trucks in place for the third month [1]",
	}
	got := unprinted(items, &u)
	if len(got) != 1 || got[0] != items[1] {
		t.Errorf("unprinted = %q, want only the grain trucks point", got)
	}
}

// An actor's digest of a sentence another section prints is never
// lengthened back into the sentence.
func TestDigestsAreNotLengthenedIntoTheRepeat(t *testing.T) {
	var u usedText
	u.addText(briefing.SectionSummary, "The council of Velm says there is no sign of a deal on the crossings before the spring thaw [1].")
	short := Sentence{Text: "says there is no sign of a deal"}
	long := Sentence{Text: "says there is no sign of a deal on the crossings before the spring thaw"}
	s := digests(slot{opts: []option{{text: "Council — " + short.Text, src: short}, {text: "Council — " + long.Text, src: long}}}, &u)
	if len(s.opts) != 1 || s.opts[s.pref].src.Text != short.Text {
		t.Errorf("digests kept %+v, want only the short form", s.opts)
	}
}

// An actor with no clause of its own is still listed when the summary tells
// of it: by name, pointing to the summary's sentence; not when the summary
// prints none of its sentences.
func TestPrincipalWithoutAClauseOfItsOwn(t *testing.T) {
	told := Sentence{Text: "Ferries were stranded in the bay on Monday after inspectors from the Lusan Maritime Agency found a leak in a tanker moored near the pier", Prov: briefing.Provenance{ArticleID: 1, Start: 0, End: 140}}
	agency := Actor{Name: "Lusan Maritime Agency", Type: "ORG", Acts: true, Stance: []Sentence{told}}
	b := &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: 1}}}
	var u usedText
	u.addText(briefing.SectionSummary, told.Text+" [1].")
	s, ok := principalSlot(agency, b, &u)
	if !ok {
		t.Fatal("principalSlot: no item for an actor the summary tells of")
	}
	got, _ := distinctAlts([][]slot{{s}}, &u, b)
	if len(got) != 1 || got[0].opts[got[0].pref].text != "Lusan Maritime Agency — see the Summary [1]" {
		t.Errorf("item = %+v, want a pointer to the summary", got)
	}
	var none usedText
	none.addText(briefing.SectionSummary, "The port reopened on Tuesday [1].")
	if _, ok := principalSlot(agency, b, &none); ok {
		t.Error("principalSlot: an item for an actor the summary does not tell of")
	}
}
