package suggest

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestAssessment(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		l        briefing.Likelihood
	}{
		{"Diplomats said a comprehensive deal before the end of the year was unlikely.",
			"a comprehensive deal before the end of the year is unlikely (20–45%)", briefing.Unlikely},
		{"Officials believe further talks are likely to resume in March.",
			"further talks are likely to resume in March (55–80%)", briefing.Likely},
		{"A ceasefire before the winter is highly unlikely, analysts said.",
			"a ceasefire before the winter is very unlikely (5–20%)", briefing.VeryUnlikely},
		{"He said it was unlikely.", "", ""},
		{"The coroner said the older man was likely the owner of the boat.", "", ""},
		{"What the minister offers is likely to disappoint the unions.", "", ""},
		{"While we think it is very unlikely, the port could close.", "", ""},
		{"However, the appeals court is likely to hear the case next year but lawyers said it made sense to settle now.",
			"the appeals court is likely to hear the case next year (55–80%)", briefing.Likely},
		{"Officials said the new levy was likely to raise $2.5 billion in its first year.",
			"the new levy is likely to raise $2.5 billion in its first year (55–80%)", briefing.Likely},
		{"Analysts said the plan that the minister backed was likely to fail.",
			"the plan that the minister backed is likely to fail (55–80%)", briefing.Likely},
		{"Aides said on Friday that a second round was likely to follow in May.",
			"a second round is likely to follow in May (55–80%)", briefing.Likely},
		{"The delegations agreed to continue talks next week.", "", ""},
		// a judgment with the condition it holds under
		{"Envoys said a ceasefire was unlikely while the shelling of Dorna goes on.",
			"a ceasefire is unlikely while the shelling of Dorna goes on (20–45%)", briefing.Unlikely},
		{"Aides said a vote was likely unless the court intervenes.",
			"a vote is likely unless the court intervenes (55–80%)", briefing.Likely},
		{"Aides said the visit was likely because the envoy asked for it.", "", ""},
		{"Aides said a vote was likely unless the court, which meets on Monday, intervenes.", "", ""},
	} {
		got, l := assessment(tc.in)
		if got != tc.want || l != tc.l {
			t.Errorf("assessment(%q) = %q, %q; want %q, %q", tc.in, got, l, tc.want, tc.l)
		}
	}
}

func TestWatchItems(t *testing.T) {
	got := watchItems([]string{
		"The delegations agreed to continue talks at a technical level next week, focusing on prisoner exchanges and monitoring arrangements.",
		"Moreau warned that the window could close if the fighting escalates over the winter.",
		"Both sides will strengthen their positions on the ground.",
	}, 3)
	want := []string{"prisoner exchanges", "monitoring arrangements", "escalation of the fighting over the winter"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("watch items %q, want %q", got, want)
	}
}

func TestFillWritesOneSoberOutlook(t *testing.T) {
	for _, file := range []string{"valmora.md", "kessel-talks.txt"} {
		d := newEngine(t).Draft([]briefing.Article{article(t, 1, file)})
		b := &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: 1}}}
		Fill(b, d)
		o := b.Outlook
		if n := len(yardstickWord.FindAllString(o, -1)); n != 1 {
			t.Errorf("%s: outlook has %d likelihood terms, want 1: %q", file, n, o)
		}
		if !strings.Contains(o, "Assessment: a comprehensive") || !strings.Contains(o, "is unlikely (20–45%) [1].") {
			t.Errorf("%s: outlook has no assessment restated from the hedge: %q", file, o)
		}
		if !strings.Contains(o, "technical level") {
			t.Errorf("%s: outlook does not lead with the agreed technical talks: %q", file, o)
		}
		if !strings.Contains(o, "Watch for: prisoner exchanges") {
			t.Errorf("%s: no indicators: %q", file, o)
		}
		if strings.Contains(o, "Likely:") || strings.Contains(o, "Unlikely:") {
			t.Errorf("%s: per-sentence likelihood labels in the outlook: %q", file, o)
		}
	}
}

// The outlook attaches the source's own hedge to its assessment and says
// nothing about likelihood when the sources give none.
func TestOutlookLikelihoodComesFromTheSource(t *testing.T) {
	b, _ := filled(t, "trade-steel-wire.txt")
	if !strings.Contains(b.Outlook, "due to meet again") {
		t.Errorf("outlook %q: want the next round as the development", b.Outlook)
	}
	if !strings.Contains(b.Outlook, "unlikely (20–45%) [1]") {
		t.Errorf("outlook %q: want the source's hedge with its band and citation", b.Outlook)
	}
	b, _ = filled(t, "lantern-festival.txt")
	if b.Outlook == "" {
		t.Fatal("no outlook for the festival report")
	}
	if strings.Contains(b.Outlook, "Assessment") || strings.Contains(b.Outlook, "%") || yardstickWord.MatchString(b.Outlook) {
		t.Errorf("outlook %q states a likelihood the source does not give", b.Outlook)
	}
}

// The step a condition waits for is an indicator to watch; a condition on a
// person or a time is not.
func TestWatchItemsFromConditionsAndNextSteps(t *testing.T) {
	got := watchItems([]string{
		"Council chair Ada Vale said sanctions on Kessel banks would stay until its troops withdrew.",
		"Nothing will change unless he resigns, and the ban stays until the end of the year.",
		"The guards would remain until a border treaty was ratified.",
		"The levy stays until their budget has been approved, and until the year is over.",
	}, 4)
	want := []string{"withdrawal of troops", "ratification of a border treaty", "approval of the budget"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("watch items %q, want %q", got, want)
	}
}

// A watch item is a whole noun phrase naming an event or step: never one
// cut short ("legitimacy of", "relationship between"), a single word, or a
// thing nobody can watch for ("an empty stomach").
func TestWatchItemsAreWholePhrases(t *testing.T) {
	got := watchItems([]string{
		"The panel will focus on the legitimacy of, and the relationship between, the two councils.",
		"Envoys will focus on decisions and firms like.",
		"Envoys will focus on the sequencing of relief.",
		"Traders will focus on the monetary front, including the stock market.",
		"The pills work best on an empty stomach.",
	}, 4)
	if strings.Join(got, "|") != "sequencing of relief" {
		t.Errorf("watch items %q, want only the whole phrase", got)
	}
}

func TestOutlookSentencesEndWithAFullStop(t *testing.T) {
	// forecasts that ended their paragraphs without a full stop
	fs := []Forecast{
		{Sentence: Sentence{Text: "Mediators will propose a new round of talks in March", Prov: briefing.Provenance{ArticleID: 1, Start: 0, End: 52}}},
		{Sentence: Sentence{Text: "Kessel will keep its troops in the Dorna corridor until then", Prov: briefing.Provenance{ArticleID: 1, Start: 60, End: 120}}},
	}
	b := &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: 1}}}
	text, _, _ := composeOutlook(fs, b, 1)
	if !strings.Contains(text, "in March [1]. Kessel") || !strings.HasPrefix(strings.SplitN(text, "\n", 2)[0], "Mediators") {
		t.Errorf("outlook %q: want each development closed with a full stop after its citation", text)
	}
	if got := ended("Talks resume [1]"); got != "Talks resume [1]." {
		t.Errorf("ended = %q", got)
	}
	if got := ended("Will they sign [1]?"); got != "Will they sign [1]?" {
		t.Errorf("ended = %q", got)
	}
}

// A sentence that closes a quotation opened in the sentence before it is
// quoted by no section: it would open mid-quotation.
func TestNoSectionOpensMidQuotation(t *testing.T) {
	d, _ := draftOf(t, "Ostria and Kessel ended two days of talks in Lusan on Tuesday without a deal on the Dorna corridor. "+
		"Ostria's envoy Ines Valdor said the delegations were tired. “We will meet again. "+
		"The talks will resume next month at a technical level,” Valdor said. "+
		"Kessel said it would not cede the corridor and accused Ostria of shelling the border villages. "+
		"Diplomats said a settlement this year is unlikely.")
	b := &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: 1}}}
	Fill(b, d)
	for sec, text := range map[string]string{"summary": b.Summary, "outlook": b.Outlook,
		"actors": strings.Join(b.Actors, " | "), "points": strings.Join(b.StickingPoints, " | ")} {
		if strings.Contains(text, "technical level,”") || strings.Contains(text, "The talks will resume next month at a technical level, ") {
			t.Errorf("%s quotes the sentence that closes a quotation: %q", sec, text)
		}
	}
}

// An outlook leads with words whose speaker it does not give only when no
// other sentence looks ahead.
func TestOutlookQuotesOnlyWordsWithASpeaker(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"\"Talks will resume in the spring.\"", true},
		{"“We expect a deal before the winter.”", true},
		{"“We expect a deal before the winter,” the envoy said.", false},
		{"“Talks will resume,” he said, “but not soon.”", false},
		{"The envoy expects a deal before the winter.", false},
	} {
		if got := speakerless(tc.text); got != tc.want {
			t.Errorf("speakerless(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	fs := []Forecast{
		{Sentence: Sentence{Text: "“The crossings will reopen next month.”", Prov: briefing.Provenance{ArticleID: 1, Start: 0, End: 40}}},
		{Sentence: Sentence{Text: "Orun's envoy said the crossings would reopen after the vote.", Prov: briefing.Provenance{ArticleID: 1, Start: 50, End: 110}}},
	}
	got, _, _ := composeOutlook(fs, nil, 1)
	if strings.Contains(got, "next month") || !strings.Contains(got, "after the vote") {
		t.Errorf("outlook %q, want the envoy's forecast and not the speakerless one", got)
	}
	if got, _, _ := composeOutlook(fs[:1], nil, 1); !strings.Contains(got, "next month") {
		t.Errorf("outlook %q, want the only forecast", got)
	}
}

// A question forecasts nothing, nor does an expectation measured after the
// fact or a sentence with no verb that looks ahead ("no risk to the pier",
// "an unlikely symbol"); a scheduled step or a hedge about what comes next
// does.
func TestForecastsAreForwardLooking(t *testing.T) {
	e := newEngine(t)
	text := "The ferry line between Orvik and Tallby reopened on Monday after a strike of six weeks.\n\n" +
		"The crossing took longer than the crews had expected, a spokeswoman for the harbour said.\n\n" +
		"About half of the cargo was thought to have spoiled during the stoppage, and the strike was inevitable once talks broke down.\n\n" +
		"The dockers, as you would expect, cheered the first boat in.\n\n" +
		"What can the islanders expect next?\n\n" +
		"The harbour master said there was no risk to the old pier, and the strike made the ferry an unlikely symbol of the islands.\n\n" +
		"The harbour master said it is possible the cargo would be fresh today if the crews had unloaded it earlier.\n\n" +
		"Had the operator signed in spring, the strike would have been avoided, the union said it is likely to argue.\n\n" +
		"The union and the operator are due to meet again next week, and a new contract is likely to be signed before winter.\n\n" +
		"The operator said the night ferry would resume if the union had signed the rota by Friday, and a deal is likely next week.\n\n" +
		"The harbour board would not comment on the ferry rota while its own inquiry into the strike was continuing.\n\n" +
		"Earlier this month, the operator said it would likely sell two of its older boats to a rival line.\n\n" +
		"Last week, the union said the crews will likely vote on the offer next month.\n\n" +
		"Last year, the operator said the island route will likely close for good.\n\n" +
		"The harbour board said the night fares would stay until the new boats arrived.\n\n" +
		"Crews who work nights are more likely to fall ill than those who work days, the union's survey found.\n\n" +
		"Islanders queued at the quay an hour before the first boat was set to leave on Monday.\n\n" +
		"The operator had tentatively been scheduled to sign the rota in March, before the talks broke down.\n\n" +
		"The operator missed the union's deadline on Friday and offered no new rota.\n\n" +
		"The islanders were promised a winter timetable, a deadline that has already passed."
	got := forecastTexts(e, text)
	joined := strings.Join(got, " | ")
	if !strings.Contains(joined, "due to meet again next week") || !strings.Contains(joined, "night ferry would resume") ||
		!strings.Contains(joined, "crews will likely vote") || !strings.Contains(joined, "route will likely close") ||
		!strings.Contains(joined, "night fares would stay until") {
		t.Errorf("forecasts %q: want the scheduled meeting, the reported conditions ahead and the vote still ahead", got)
	}
	for _, not := range []string{"would likely sell two", "would be fresh today", "strike would have been avoided", "longer than the crews", "thought to have spoiled", "strike was inevitable", "as you would expect", "What can the islanders", "no risk to the old pier", "would not comment",
		"more likely to fall ill", "before the first boat was set", "tentatively been scheduled", "missed the union's deadline",
		"deadline that has already passed"} {
		if strings.Contains(joined, not) {
			t.Errorf("forecasts %q: %q looks back or asks, it forecasts nothing", got, not)
		}
	}
}

// Every look back maskRetrospective blanks holds one of its hints, so the
// quick test never skips one.
func TestRetrospectiveHintsCoverTheRule(t *testing.T) {
	for _, s := range []string{"longer than the crews had expected", "fewer than had been feared", "as you would expect",
		"thought to have spoiled", "the strike was inevitable", "ten times as likely", "it could have been worse",
		"as widely predicted", "than anticipated", "smaller than projected", "as he had hoped", "believed to have fled",
		"as one might imagine", "than estimated", "crews are more likely to fall ill", "night crews have been more likely to quit", "before the boat was set to leave",
		"after the vote was scheduled to start", "had tentatively been scheduled to sign", "had been due to sail",
		"missed the union's deadline", "a deadline that has already passed", "the deadlines expired"} {
		if !retrospectiveRe.MatchString(s) {
			t.Errorf("%q: not read as a look back", s)
		}
		if !hinted(strings.ToLower(s), retrospectiveHints()) {
			t.Errorf("%q: a look back without a hint in retrospective-hints.txt", s)
		}
	}
}

// A forecast two reports print word for word (a wire copy) is written once,
// also when the outlook has room for two more developments.
func TestTheSameForecastFromTwoReportsIsWrittenOnce(t *testing.T) {
	same := "Once the new dam is running, the valley will have water all year round for the first time"
	fs := []Forecast{
		{Sentence: Sentence{Text: "Engineers are expected to finish the spillway by the spring.", Prov: briefing.Provenance{ArticleID: 1, Start: 0, End: 60}}},
		{Sentence: Sentence{Text: same + ".", Prov: briefing.Provenance{ArticleID: 2, Start: 0, End: 90}}},
		{Sentence: Sentence{Text: same + ".", Prov: briefing.Provenance{ArticleID: 1, Start: 100, End: 190}}},
	}
	got, _, _ := composeOutlook(fs, nil, 2)
	if n := strings.Count(got, "the valley will have water"); n != 1 {
		t.Errorf("outlook %q has the shared forecast %d times, want once", got, n)
	}
}

// A forecast in the first person outside any quotation (a letter's, a
// paper's or a transcript's own words) is no forecast of the brief: read
// unattributed it speaks in the brief's voice. The same words quoted with
// their speaker are one.
func TestForecastsAreNotInTheSourcesOwnVoice(t *testing.T) {
	e := newEngine(t)
	text := "The ferry line between Orvik and Tallby reopened on Monday after a strike of six weeks.\n\n" +
		"Frankly I think the night ferry will resume next month.\n\n" +
		"Next year we intend to add two boats to the island route.\n\n" +
		"Our survey shows the crossing will likely get busier next summer.\n\n" +
		"“We will likely vote on the offer next week,” a union steward said.\n\n" +
		"The operator is due to meet the union again next week."
	got := forecastTexts(e, text)
	joined := strings.Join(got, " | ")
	for _, want := range []string{"vote on the offer", "due to meet the union"} {
		if !strings.Contains(joined, want) {
			t.Errorf("forecasts %q: want %q", got, want)
		}
	}
	for _, not := range []string{"night ferry will resume", "add two boats", "crossing will likely get busier"} {
		if strings.Contains(joined, not) {
			t.Errorf("forecasts %q: %q is the source's own voice", got, not)
		}
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Frankly I think the plan works.", true},
		{"Our survey shows the rate will rise.", true},
		{"The US will reopen its embassy in Orvik.", false},
		{"“We will appeal,” she said.", false},
		{"Officials in the US said I-95 would reopen.", false},
		{"She said 'we will appeal' and left.", false},
	} {
		if got := ownVoice(tc.text); got != tc.want {
			t.Errorf("ownVoice(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// forecastTexts drafts one report of text and returns its forecasts.
func forecastTexts(e *Engine, text string) []string {
	d := e.Draft([]briefing.Article{{ID: 1, Title: "Ferry line reopens", Text: text}})
	var got []string
	for _, f := range d.Outlook {
		got = append(got, f.Text)
	}
	return got
}

// An outlook leads with a sentence whose subject is only "he", "she" or
// "they" (who, the sentence before it said) only when no sentence that
// names who looks ahead.
func TestOutlookLeadsWithANamedSubject(t *testing.T) {
	fs := []Forecast{
		{Sentence: Sentence{Text: "She said the appeal would be filed next week.", Prov: briefing.Provenance{ArticleID: 1, Start: 0, End: 45}}},
		{Sentence: Sentence{Text: "The Kessan negotiator said talks would resume after the vote.", Prov: briefing.Provenance{ArticleID: 1, Start: 50, End: 111}}},
	}
	got, _, _ := composeOutlook(fs, nil, 0)
	if !strings.HasPrefix(got, "The Kessan negotiator") || strings.Contains(got, "She said") {
		t.Errorf("outlook %q, want the negotiator's forecast and not the one about an unnamed she", got)
	}
	if got, _, _ := composeOutlook(fs[:1], nil, 0); !strings.Contains(got, "next week") {
		t.Errorf("outlook %q, want the only forecast", got)
	}
	for text, want := range map[string]bool{"They will vote on Friday.": true, "He expects a deal.": true,
		"Theresa Kale expects a deal.":          false,
		"“Talks will resume in May,” she said.": true, "\"We expect a vote,\" they added on Monday.": true,
		"“Talks will resume in May,” Kale said.": false, "“The vote,” he hoped, “will be soon.”": false, "It is unlikely that talks resume.": false, "Hesitant envoys will return.": false} {
		if got := pronounSubject(text); got != want {
			t.Errorf("pronounSubject(%q) = %v, want %v", text, got, want)
		}
	}
}
