package suggest

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

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
		cands = append(cands, &candidate{d: tc.d, i: tc.i, words: ws, v: vecOf(ws...), score: tc.score})
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

// A leaning sentence is picked only right after the sentence it leans on,
// and is written right after it when that is the bottom line, whatever the
// reports' order.
func TestALeaningSentenceNeedsItsAntecedentPicked(t *testing.T) {
	one := docOf(1, "Harwick council approved the new ferry timetable on Tuesday.", "Ferries will leave every forty minutes from May.")
	two := docOf(2, "The Vesna port reopened its north quay after the storm.", "It was the first reopening in a month.",
		"Harwick officials met for two hours.", "They said the quay would need new fenders.")
	one.order, two.order = 0, 1
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
		{d: one, i: 0, v: vecOf("a"), score: 0.9},
		{d: one, i: 1, v: vecOf("b"), score: 0.8},
	}
	picks := summaryPicks(cands, 2, func(*candidate) bool { return false }, nil)
	if len(picks) == 0 || picks[0].i != 1 {
		t.Errorf("bottom line %+v, want the sentence that stands on its own", picks)
	}
}

// A sentence in the first person is a speaker's words whose quotation marks
// the source left out: never a summary sentence, neither the bottom line
// nor a later pick, though it scores best.
func TestAFirstPersonSentenceIsNoSummarySentence(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"I doubt the ferry will run on time.", true},
		{"We will appeal the ruling in Kessan.", true},
		{"Our members voted to strike.", true},
		{"I’m not leaving the party.", true},
		{"Ines Orta said she would appeal.", false},
		{"Imports fell by a third in March.", false},
		{"Weavers in Kessan went on strike.", false},
	} {
		if got := firstPerson(tc.text); got != tc.want {
			t.Errorf("firstPerson(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	one := docOf(1, "I have not seen the final text of the accord yet.", "The Kessan council approved the river accord on Monday.",
		"We expect the first barges to sail in May.", "Traders in Varnholm welcomed the vote.")
	var cands []*candidate
	for i, score := range []float64{0.9, 0.7, 0.6, 0.5} {
		ws := words(one.sents[i].Text)
		cands = append(cands, &candidate{d: one, i: i, words: ws, v: vecOf(ws...), score: score})
	}
	var got []string
	for _, p := range summaryPicks(cands, 3, func(*candidate) bool { return false }, nil) {
		got = append(got, p.d.sents[p.i].Text)
	}
	if want := []string{one.sents[1].Text, one.sents[3].Text}; !slices.Equal(got, want) {
		t.Errorf("picks %q, want %q", got, want)
	}
}

// One composer: the summary sentences a draft lists are the first picks
// of the picker Fill packs the summary from, and the brief Fill writes
// opens with the first of them.
func TestTheListedSummaryIsWhatFillPacks(t *testing.T) {
	for _, set := range fixtureSets {
		name := strings.Join(set, "+")
		var arts []briefing.Article
		var b briefing.Brief
		for i, f := range set {
			arts = append(arts, article(t, int64(i+1), f))
			b.Sources = append(b.Sources, briefing.Source{N: i + 1, ArticleID: int64(i + 1)})
		}
		d := newEngine(t).Draft(arts)
		sug := d.Suggestions(&b)[briefing.SectionSummary]
		if len(sug) < 2 || len(d.Summary) == 0 {
			t.Fatalf("%s: %d summary suggestions, %d listed sentences", name, len(sug), len(d.Summary))
		}
		if !overlaps(sug[0].Sources[0], d.Summary[0].Prov) {
			t.Errorf("%s: the brief opens with %q, the first listed sentence is %q", name, sug[0].Text, d.Summary[0].Text)
		}
		var picked, listed []string
		for _, c := range d.summaryPicks(len(d.Summary), func(*candidate) bool { return false }, leanable(d)) {
			picked = append(picked, c.d.sentenceOf(c.i).Text)
		}
		for _, s := range d.Summary {
			listed = append(listed, s.Text)
		}
		slices.Sort(picked)
		slices.Sort(listed)
		if !slices.Equal(picked, listed) {
			t.Errorf("%s: listed %q, Fill's picker picks %q", name, listed, picked)
		}
	}
}

// In one report the sentences after the lead are picked in the order of
// their weight: one that shares some words with the bottom line
// (elaboration, cosine ~0.35) is not pushed behind a weaker one, as it
// would be in a cluster, where what another report adds counts.
func TestOneReportPicksByWeight(t *testing.T) {
	one := docOf(1, "Kessan weavers ended their strike on Friday.", "The weavers' union said the strike had cost members a month of pay.",
		"Cotton prices in Varnholm rose by a tenth.")
	cands := []*candidate{
		{d: one, i: 0, v: vecOf("a", "b", "c", "d", "e", "f", "g", "h"), score: 0.9},
		{d: one, i: 1, v: vecOf("a", "b", "c", "p", "q", "r", "s", "t", "u"), score: 0.6},
		{d: one, i: 2, v: vecOf("v", "w", "x", "y", "z"), score: 0.55},
	}
	picks := summaryPicks(cands, 2, func(*candidate) bool { return false }, nil)
	if len(picks) != 2 || picks[1].i != 1 {
		var got []string
		for _, p := range picks {
			got = append(got, p.d.sents[p.i].Text)
		}
		t.Errorf("picks %q, want the elaboration second", got)
	}
}

// vecOf is a vector of the words ws, each of weight 1.
func vecOf(ws ...string) vec {
	m := map[int32]float64{}
	for _, w := range ws {
		id, ok := testWordIDs[w]
		if !ok {
			id = int32(len(testWordIDs))
			testWordIDs[w] = id
		}
		m[id] = 1
	}
	return withNorm(m)
}

// testWordIDs numbers the words of vecOf's vectors.
var testWordIDs = map[string]int32{}

// Drafting the same reports twice gives the same brief: two wire copies of
// one story tie on every sentence, and the tie must not be broken by the
// order a map is iterated in.
func TestDraftsAreReproducible(t *testing.T) {
	wire := "Only one voter in ten approves of the Harwick council, fewer than in any survey since the town began polling in 1990. " +
		"With a rating that low, the council trails even the parking inspectors, the pollsters said. " +
		"A survey in May found that a fifth of residents approved of the new harbour plan, which has been delayed for two years. " +
		"Mayor Lotte Baines said the figures reflected a hard winter and promised a vote on the plan in the spring. " +
		"The opposition leader Ines Orta called the result a verdict on the mayor."
	arts := []briefing.Article{
		{ID: 1, Text: wire},
		{ID: 2, Text: wire},
		{ID: 3, Text: "The Harwick council meets on Monday to discuss the survey. Baines is expected to defend the harbour plan, aides said."},
	}
	e := newEngine(t)
	var first string
	for i := range 40 {
		b := &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: 1}, {N: 2, ArticleID: 2}, {N: 3, ArticleID: 3}}}
		Fill(b, e.Draft(arts))
		got := b.Summary + "|" + strings.Join(b.Actors, "|")
		if i == 0 {
			first = got
		} else if got != first {
			t.Fatalf("draft %d differs from the first:\n%s\n%s", i, got, first)
		}
	}
}
