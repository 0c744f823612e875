package suggest

import (
	"flag"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/suggest/sentence"
)

var update = flag.Bool("update", false, "rewrite the golden briefs in testdata/styles")

// styled drafts and fills a brief from the invented reports in
// testdata/styles, one day apart in the order given.
func styled(t *testing.T, files ...string) (*briefing.Brief, []briefing.Article) {
	t.Helper()
	var arts []briefing.Article
	b := &briefing.Brief{}
	day := time.Date(2031, 3, 1, 9, 0, 0, 0, time.UTC)
	for i, f := range files {
		raw, err := os.ReadFile("testdata/styles/" + f)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, briefing.Article{ID: int64(i + 1), Title: f, Text: string(raw), Published: day.AddDate(0, 0, i)})
		b.Sources = append(b.Sources, briefing.Source{N: i + 1, ArticleID: int64(i + 1)})
	}
	Fill(b, newEngine(t).Draft(arts))
	return b, arts
}

var citeRe = regexp.MustCompile(`\s*\[\d+\]`)

// summarySentences splits a filled summary at its citation markers.
func summarySentences(s string) []string {
	var out []string
	for _, p := range citeRe.Split(s, -1) {
		if p = strings.Trim(p, " ."); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func TestSummaryOfSeveralReports(t *testing.T) {
	b, arts := styled(t, "wire-tarsk.txt", "web-tarsk.txt", "paste-tarsk.txt")
	n := briefing.WordCount(b.Summary)
	if n < summaryMin || n > summaryMax {
		t.Errorf("summary %d words, want %d-%d: %q", n, summaryMin, summaryMax, b.Summary)
	}
	// bottom line first: what happened, who, the outcome
	sents := summarySentences(b.Summary)
	if len(sents) < 2 || !strings.Contains(sents[0], "ended on Monday without agreement") {
		t.Fatalf("summary does not open with the outcome: %q", b.Summary)
	}
	// then what the other reports add: more than one report cited
	if !strings.Contains(b.Summary, "[2]") && !strings.Contains(b.Summary, "[3]") {
		t.Errorf("summary cites one report only: %q", b.Summary)
	}
	// never repeating: no two sentences share most of their words
	for i := range sents {
		for j := i + 1; j < len(sents); j++ {
			if c := overlapShare(sents[i], sents[j]); c > 0.6 {
				t.Errorf("sentences %d and %d repeat each other (%.2f): %q / %q", i, j, c, sents[i], sents[j])
			}
		}
	}
	quotesSources(t, "summary", b.Summary, false, arts)
}

func TestSummaryNeverRepeatsAReport(t *testing.T) {
	a := "Talks on the Tarsk crossings ended on Monday without agreement after Orun refused to pull back its border guards.\n\n" +
		"Velmoria's negotiator Ilse Dahm said the guards had to leave first.\n\n" +
		"Grain exporters have lost millions since the crossings closed in March."
	c := "Talks on the Tarsk crossings ended on Monday without agreement after Orun refused to pull back its border guards, officials said.\n\n" +
		"The Bremic mediator Aldo Fenn proposed joint patrols on both banks of the river.\n\n" +
		"Orun's delegation will present a revised plan at the next round in May."
	arts := []briefing.Article{{ID: 1, Text: a}, {ID: 2, Text: c, Published: time.Date(2031, 3, 2, 0, 0, 0, 0, time.UTC)}}
	b := &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: 1}, {N: 2, ArticleID: 2}}}
	Fill(b, newEngine(t).Draft(arts))
	if got := strings.Count(b.Summary, "ended on Monday without agreement"); got != 1 {
		t.Errorf("the shared lead is in the summary %d times, want once: %q", got, b.Summary)
	}
	if !strings.Contains(b.Summary, "[2]") {
		t.Errorf("what the second report adds is missing: %q", b.Summary)
	}
}

// overlapShare is the share of the shorter sentence's content words that the
// other one has.
func overlapShare(a, b string) float64 {
	wa, wb := words(a), words(b)
	if len(wb) < len(wa) {
		wa, wb = wb, wa
	}
	in := map[string]bool{}
	for _, w := range wb {
		in[w] = true
	}
	n := 0
	for _, w := range wa {
		if in[w] {
			n++
		}
	}
	if len(wa) == 0 {
		return 0
	}
	return float64(n) / float64(len(wa))
}

// furnitureLeft lists the page furniture of the invented web page that must
// never reach a section.
var furnitureLeft = []string{"Mira Holt", "Updated:", "Skip in Skip", "CLOSE", ", left,", "(Associated Press)",
	"Premium content", "Subscribe", "Media playback", "JavaScript", "Share on", "Read more"}

func TestNoSectionQuotesPageFurniture(t *testing.T) {
	b, _ := styled(t, "web-tarsk.txt", "paste-tarsk.txt")
	for _, sec := range []briefing.Section{briefing.SectionSummary, briefing.SectionActors, briefing.SectionStickingPoints, briefing.SectionOutlook} {
		text := b.Text(sec)
		for _, f := range furnitureLeft {
			if strings.Contains(text, f) {
				t.Errorf("section %v quotes page furniture %q: %q", sec, f, text)
			}
		}
	}
	// the article's own first sentence survives, without the player text
	if d := newEngine(t).Draft([]briefing.Article{{ID: 1, Text: readStyle(t, "web-tarsk.txt")}}); len(d.Summary) == 0 ||
		!strings.HasPrefix(d.Summary[0].Text, "Velmoria has rejected a proposal") {
		t.Errorf("summary does not open with the page's first sentence: %+v", d.Summary)
	}
}

func TestPlainPasteParagraphEndsAreSentenceEnds(t *testing.T) {
	b, _ := styled(t, "paste-tarsk.txt")
	for _, glued := range []string{"possible The", "possibleThe", "face The", "faceThe"} {
		if strings.Contains(b.Summary, glued) {
			t.Errorf("summary runs two paragraphs together (%q): %q", glued, b.Summary)
		}
	}
	if !strings.Contains(b.Summary, "a deal is still possible [1].") {
		t.Errorf("the unpunctuated paragraph is not a sentence of its own: %q", b.Summary)
	}
}

func readStyle(t *testing.T, f string) string {
	t.Helper()
	raw, err := os.ReadFile("testdata/styles/" + f)
	if err != nil {
		t.Fatal(err)
	}
	return string(raw)
}

// TestGoldenBriefs compares the filled briefs of the invented reports with
// testdata/styles/*.golden (go test -run Golden -update rewrites them).
func TestGoldenBriefs(t *testing.T) {
	for _, tc := range []struct {
		golden string
		files  []string
	}{
		{"wire.golden", []string{"wire-tarsk.txt"}},
		{"web.golden", []string{"web-tarsk.txt"}},
		{"paste.golden", []string{"paste-tarsk.txt"}},
		{"cluster.golden", []string{"wire-tarsk.txt", "web-tarsk.txt", "paste-tarsk.txt"}},
	} {
		b, _ := styled(t, tc.files...)
		var sb strings.Builder
		for _, sec := range []briefing.Section{briefing.SectionSummary, briefing.SectionActors, briefing.SectionStickingPoints, briefing.SectionOutlook} {
			sb.WriteString("## " + sectionName(sec) + "\n" + b.Text(sec) + "\n\n")
		}
		path := "testdata/styles/" + tc.golden
		if *update {
			if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if sb.String() != string(want) {
			t.Errorf("%s differs:\n--- got\n%s\n--- want\n%s", tc.golden, sb.String(), want)
		}
	}
}

func sectionName(s briefing.Section) string {
	switch s {
	case briefing.SectionSummary:
		return "Summary"
	case briefing.SectionActors:
		return "Actors"
	case briefing.SectionStickingPoints:
		return "Sticking points"
	}
	return "Outlook"
}

func TestSummaryBottomLineIsTheOutcome(t *testing.T) {
	text := "Grain prices in Tarsk rose sharply this week as traders waited for news from the river crossings.\n\n" +
		"Exporters on both banks have stored their harvest in warehouses near the closed bridges.\n\n" +
		"The talks between Velmoria and Orun ended on Tuesday without agreement on reopening the crossings.\n\n" +
		"Bakers in the capital said flour had become scarce in the past month."
	b := &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: 1}}}
	Fill(b, newEngine(t).Draft([]briefing.Article{{ID: 1, Text: text}}))
	if !strings.HasPrefix(b.Summary, "The talks between Velmoria and Orun ended on Tuesday without agreement") {
		t.Errorf("summary does not open with the outcome: %q", b.Summary)
	}
}

func TestSummaryTakesWhatEachReportAdds(t *testing.T) {
	first := "Talks between Velmoria and Orun on the Tarsk crossings ended on Monday without agreement.\n\n" +
		"Velmoria's negotiator Ilse Dahm said the Orun guards on the east bank had to leave before any crossing reopened.\n\n" +
		"Orun's Deputy Foreign Minister Kasim Reval said the guards would stay until a policing deal was signed.\n\n" +
		"The Velmorian cabinet said the Orun guards on the east bank were an occupation force.\n\n" +
		"Dahm said Velmoria would keep the crossings closed while the Orun guards stayed."
	second := "Grain exporters near Tarsk have lost forty million dollars since March, a trade body estimated.\n\n" +
		"Warehouses on the east bank are full."
	arts := []briefing.Article{{ID: 1, Text: first}, {ID: 2, Text: second, Published: time.Date(2031, 3, 2, 0, 0, 0, 0, time.UTC)}}
	b := &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: 1}, {N: 2, ArticleID: 2}}}
	Fill(b, newEngine(t).Draft(arts))
	if !strings.Contains(b.Summary, "forty million dollars") {
		t.Errorf("the second report's news is missing: %q", b.Summary)
	}
}

func TestSummaryPicksPreferAReportNotYetCited(t *testing.T) {
	one := docOf(1, "Velmoria closed the northern bridge on Monday.", "Orun moved extra troops toward the river.",
		"Bakers in the capital ran short of flour.")
	two := docOf(2, "Exporters estimated their losses at forty million dollars.")
	var cands []*candidate
	for _, tc := range []struct {
		d     *doc
		i     int
		score float64
	}{{one, 0, 0.9}, {one, 1, 0.8}, {one, 2, 0.7}, {two, 0, 0.65}} {
		ws := words(tc.d.sents[tc.i].Text)
		m := map[string]float64{}
		for _, w := range ws {
			m[w] = 1
		}
		cands = append(cands, &candidate{d: tc.d, i: tc.i, words: ws, v: withNorm(m), score: tc.score})
	}
	picks := summaryPicks(cands, 3, func(*candidate) bool { return false }, nil)
	if len(picks) != 3 || picks[1].d != two {
		var got []string
		for _, p := range picks {
			got = append(got, p.d.sents[p.i].Text)
		}
		t.Errorf("picks %q, want the second report's sentence second", got)
	}
}

// Two reports restating one event share fewer words than one report's
// sentences do: a sentence of another report that overlaps the chosen one
// at cosine ~0.35 is a restatement and is left out; the same overlap within
// the chosen sentence's own report is elaboration and is kept.
func TestSummaryPicksDropAnotherReportsRestatement(t *testing.T) {
	one := docOf(1, "Velmoria closed the northern bridge to Orun trucks on Monday night.", "Velmoria said the bridge would stay shut until the spring thaw.")
	two := docOf(2, "The northern bridge to Orun was shut by Velmoria overnight, traders said.")
	vecOf := func(ws ...string) vec {
		m := map[string]float64{}
		for _, w := range ws {
			m[w] = 1
		}
		return withNorm(m)
	}
	bottom := vecOf("a", "b", "c", "d", "e", "f", "g", "h")            // 8 words
	restated := vecOf("a", "b", "c", "p", "q", "r", "s", "t", "u")     // 3 shared of 9: cos 0.354
	elaboration := vecOf("a", "b", "c", "v", "w", "x", "y", "z", "zz") // the same overlap, same report
	cands := []*candidate{
		{d: one, i: 0, v: bottom, score: 0.9},
		{d: two, i: 0, v: restated, score: 0.8},
		{d: one, i: 1, v: elaboration, score: 0.5},
	}
	if cs := bottom.cos(restated); cs <= summaryRestated || cs > summaryRedundant {
		t.Fatalf("fixture cosine %.3f is not between the two limits", cs)
	}
	picks := summaryPicks(cands, 3, func(*candidate) bool { return false }, nil)
	var got []string
	for _, p := range picks {
		got = append(got, p.d.sents[p.i].Text)
	}
	want := []string{one.sents[0].Text, one.sents[1].Text}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("picks %q, want %q", got, want)
	}
}

// docOf makes a document of the given sentences, one space apart.
func docOf(id int64, texts ...string) *doc {
	d := &doc{art: briefing.Article{ID: id, Text: strings.Join(texts, " ")}}
	at := 0
	for i, s := range texts {
		d.sents = append(d.sents, sentence.Span{Start: at, End: at + len(s), Text: s, Index: i})
		at += len(s) + 1
	}
	return d
}

func TestAnaphoric(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"It said the talks would resume.", true},
		{"They rejected the plan.", true},
		{"Ostria called this move a provocation.", true},
		{"Ostria rejected the proposal on Monday.", true},
		{"Talks resume in Lusan this week.", false},
		{"Ostria and Kessel signed a truce this morning after two days of talks.", false},
		{"The border stayed closed this year.", false},
		{"Kessel said it would respond within this framework.", true},
		{"Envoys met in Lusan.", false},
	} {
		if got := anaphoric(tc.text); got != tc.want {
			t.Errorf("anaphoric(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// The bottom line is what happened, not a judgment of what is likely.
func TestBottomLineIsNotAGuess(t *testing.T) {
	b, _ := filledArticles(t,
		"The Tarsk grain accord that Velm and Orun signed in Lusan on Monday is likely to reopen the crossings to grain trucks by May. "+
			"Velm and Orun signed the Tarsk grain accord in Lusan on Monday. "+
			"Traders said the closure had cost them most of the winter season.",
		"The Tarsk grain accord is likely to be welcomed by traders, who said the closure of the crossings cost them the winter. "+
			"Bremic envoy Aldo Fenn said monitors would watch the crossings.")
	first, _, _ := strings.Cut(b.Summary, "[")
	if strings.Contains(first, "likely") || !strings.Contains(first, "signed") {
		t.Errorf("summary opens with a guess, not the signing: %q", b.Summary)
	}
}

// Two reports quoting one remark restate each other: the second is no
// summary sentence of its own.
func TestSharedQuoteIsARestatement(t *testing.T) {
	a := "Vale said on Friday “it is a shame what has happened to the harbour,” calling the delay disgraceful."
	for _, tc := range []struct {
		b    string
		want bool
	}{
		{"Minutes before the vote, Vale lashed out, saying: \"It is a shame what has happened to the harbour.\"", true},
		{"Vale said “it is a shame” and left the chamber.", false}, // too short a quotation to tell
		{"The harbour reopened on Monday after a week of repairs.", false},
	} {
		if got := sharedQuote(a, tc.b); got != tc.want {
			t.Errorf("sharedQuote(%q) = %v, want %v", tc.b, got, tc.want)
		}
	}
	// either sentence may hold the quotation marks
	if !sharedQuote("Vale told the council it is a shame what has happened to the harbour.", a) {
		t.Error("sharedQuote: a remark quoted only in the second sentence is not found")
	}
}

// In a single report, a sentence that leans on the one before it ("It was
// the first ...") may follow it in the summary: the report's second sentence
// carries its story. Without its antecedent it is left out, and in a
// cluster another report's own sentence is preferred.
func TestALeaningSentenceFollowsItsAntecedent(t *testing.T) {
	text := "The Vesna port authority reopened the north quay on Monday after a three-week closure forced by the autumn storms. " +
		"It was the first time in a decade that the quay had stayed shut for so long, and the delay cost the fishing fleet most of its catch. " +
		"Harbour crews worked through the weekend to clear the wreckage of two trawlers from the channel. " +
		"The town's mayor, Lotte Baines, thanked the crews at a short ceremony on the waterfront. " +
		"Shipping agents said traffic would return to normal by the end of the month. " +
		"The storm also damaged the coast road between Vesna and Harwick, which remains closed."
	d, a := draftOf(t, text)
	b := &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: a.ID}}}
	Fill(b, d)
	first := strings.Index(b.Summary, "The Vesna port authority reopened")
	lean := strings.Index(b.Summary, "It was the first time in a decade")
	if first != 0 || lean < 0 || strings.Count(b.Summary[:lean], "[1]") != 1 {
		t.Errorf("summary %q: the lead, then the sentence that leans on it", b.Summary)
	}
	// the same leaning sentence without its antecedent
	var c0, c1 *candidate
	for _, c := range d.pool {
		switch c.i {
		case 0:
			c0 = c
		case 1:
			c1 = c
		}
	}
	if c0 == nil || c1 == nil || !c1.traits().leans {
		t.Fatalf("fixture: the second sentence should lean on the first")
	}
	opt := func(c *candidate) option { return option{text: c.d.sentenceOf(c.i).Text, src: c.d.sentenceOf(c.i)} }
	if got := withAntecedents([]option{opt(c1)}, []*candidate{c0, c1}); len(got) != 0 {
		t.Errorf("a leaning sentence without the one it leans on was kept: %q", got[0].text)
	}
	if got := withAntecedents([]option{opt(c0), opt(c1)}, []*candidate{c0, c1}); len(got) != 2 {
		t.Errorf("a leaning sentence after the one it leans on was dropped")
	}
}

// A subordinate clause up to its first comma is no sentence of its own:
// "Whether watching the match or ..., most fans ..." never shortens to
// "Whether watching the match".
func TestASubordinateClauseIsNoShorterForm(t *testing.T) {
	s := sentAt(0, "Whether watching the match from the stands, cheering in a bar or listening on the radio, most fans in Vesna expect a win.")
	for _, c := range clauses(s)[1:] {
		if strings.HasPrefix(c.Text, "Whether") {
			t.Errorf("shorter form %q is a subordinate clause", c.Text)
		}
	}
	s = sentAt(0, "The envoy left the hotel early in the morning, saying the talks had failed.")
	found := false
	for _, c := range clauses(s)[1:] {
		found = found || c.Text == "The envoy left the hotel early in the morning"
	}
	if !found {
		t.Errorf("the main clause before a participle should be a shorter form: %+v", clauses(s))
	}
}

// A leaning sentence is picked only right after the sentence it leans on,
// and is written right after it when that is the bottom line, whatever the
// reports' order.
func TestALeaningSentenceNeedsItsAntecedentPicked(t *testing.T) {
	one := docOf(1, "Harwick council approved the new ferry timetable on Tuesday.", "Ferries will leave every forty minutes from May.")
	two := docOf(2, "The Vesna port reopened its north quay after the storm.", "It was the first reopening in a month.",
		"Harwick officials met for two hours.", "They said the quay would need new fenders.")
	one.order, two.order = 0, 1
	vecOf := func(ws ...string) vec {
		m := map[string]float64{}
		for _, w := range ws {
			m[w] = 1
		}
		return withNorm(m)
	}
	cands := []*candidate{
		{d: two, i: 0, v: vecOf("a"), score: 0.9},
		{d: two, i: 1, v: vecOf("b"), score: 0.7}, // leans on the bottom line
		{d: one, i: 0, v: vecOf("c"), score: 0.5},
		{d: two, i: 3, v: vecOf("d"), score: 0.8}, // leans on a sentence never picked
	}
	all := func(*candidate) bool { return true }
	picks := summaryPicks(cands, 4, func(*candidate) bool { return false }, all)
	var got []string
	for _, p := range picks {
		got = append(got, p.d.sents[p.i].Text)
	}
	if len(picks) != 3 || slices.Contains(got, two.sents[3].Text) {
		t.Fatalf("picks %q: the sentence whose antecedent is not picked is left out", got)
	}
	var chosen []option
	for _, p := range picks {
		chosen = append(chosen, option{text: p.d.sents[p.i].Text, src: p.d.sentenceOf(p.i)})
	}
	order := readingOrder(chosen, picks)
	if len(order) != 3 || order[1] != two.sents[1].Text {
		t.Errorf("order %q: the leaning sentence right after the bottom line", order)
	}
}

// A sentence that adds to something said before it ("also") is never the
// bottom line, however central it is.
func TestAnAdditiveSentenceIsNoBottomLine(t *testing.T) {
	one := docOf(1, "Harbour pilots also warned that the channel was still unsafe for large ships.", "The port of Vesna reopened its north quay on Monday after the storm.")
	cands := []*candidate{
		{d: one, i: 0, v: withNorm(map[string]float64{"a": 1}), score: 0.9},
		{d: one, i: 1, v: withNorm(map[string]float64{"b": 1}), score: 0.8},
	}
	picks := summaryPicks(cands, 2, func(*candidate) bool { return false }, nil)
	if len(picks) == 0 || picks[0].i != 1 {
		t.Errorf("bottom line %+v, want the sentence that stands on its own", picks)
	}
}
