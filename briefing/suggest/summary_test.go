package suggest

import (
	"flag"
	"os"
	"regexp"
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
