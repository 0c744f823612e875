package suggest

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestStickingPointsOnePerIssue(t *testing.T) {
	for _, tc := range []struct {
		files   []string
		issue   string
		parties []string
	}{
		{[]string{"kessel-talks.txt"}, "Withdrawal from the Kessel valley", []string{"Valdoria", "Ostria"}},
		{[]string{"valmora.md"}, "Control of the Dorna corridor", []string{"Arvelia", "Sarkand"}},
	} {
		var arts []briefing.Article
		for i, f := range tc.files {
			arts = append(arts, article(t, int64(i+1), f))
		}
		d := newEngine(t).Draft(arts)
		n := 0
		for _, p := range d.StickingPoints {
			if strings.Contains(strings.ToLower(p.Issue), "withdrawal") && strings.Contains(tc.issue, "Withdrawal") ||
				strings.Contains(strings.ToLower(p.Issue), "corridor") && strings.Contains(tc.issue, "corridor") {
				n++
			}
			if p.Issue != tc.issue {
				continue
			}
			all := strings.Join(p.Parties, " vs ")
			for _, party := range tc.parties {
				if !strings.Contains(all, party) {
					t.Errorf("%s: parties %q, want %s", p.Issue, p.Parties, party)
				}
			}
			if len(p.Parties) != 2 {
				t.Errorf("%s: %d sides %q, want 2", p.Issue, len(p.Parties), p.Parties)
			}
		}
		if n > 1 {
			t.Errorf("%s: %d points about the same issue, want them merged: %+v", tc.issue, n, d.StickingPoints)
		}
		found := false
		for _, p := range d.StickingPoints {
			found = found || p.Issue == tc.issue
		}
		if !found {
			t.Errorf("no point %q in %+v", tc.issue, d.StickingPoints)
		}
	}
}

// "Sokolov called the demand unacceptable and said Arvelia would not cede
// any territory as a precondition" answers Sarkand's corridor demand: one
// issue, one bullet.
func TestStickingPointsMergeTheAnsweredDemand(t *testing.T) {
	d := newEngine(t).Draft([]briefing.Article{article(t, 1, "valmora.md")})
	for _, p := range d.StickingPoints {
		if p.Issue == "Territorial precondition" {
			t.Errorf("the territorial precondition is a point of its own: %+v", p)
		}
		if p.Issue != "Control of the Dorna corridor" {
			continue
		}
		all := p.Text
		for _, s := range p.also {
			all += " " + s.Text
		}
		if !strings.Contains(all, "would not cede any territory") || !strings.Contains(all, "full control of the Dorna corridor") {
			t.Errorf("corridor point does not hold both the demand and the answer: %q", all)
		}
	}
	b := &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: 1}}}
	Fill(b, d)
	n := 0
	for _, it := range b.StickingPoints {
		if strings.Contains(it, "corridor") || strings.Contains(it, "cede any territory") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d bullets about the corridor demand, want 1: %q", n, b.StickingPoints)
	}
}

func TestGapIsTheShortestSpanThatStatesIt(t *testing.T) {
	d := newEngine(t).Draft([]briefing.Article{article(t, 1, "brenna-monitors.txt")})
	b := &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: 1}}}
	sug := d.Suggestions(b)
	found := false
	for _, s := range sug[briefing.SectionStickingPoints] {
		if strings.HasSuffix(s.Text, " — Merovia would not accept any patrols after dark [1]") {
			found = true
		}
	}
	if !found {
		t.Errorf("no point stated by Merovia's red line alone: %+v", sug[briefing.SectionStickingPoints])
	}
}

// The sides come from the text: in a passive accusation ("X is accused by Y
// of ...") the accuser is the first side, and a mediator is neither.
func TestSidesOfAPassiveAccusation(t *testing.T) {
	for in, want := range map[string]string{
		"Critics accused the studio of defending the C.I.A.'s use of force in the film.": "Defending the C.I.A.'s use of force",
		"The council accused the firm of overcharging U.S. buyers by $2.5 million.":      "Overcharging U.S. buyers",
		"The ministry refused to pay for the repairs to the Orvik bridge.":               "Payment for the repairs to the Orvik bridge",
	} {
		if got := issue(in, "Accusation"); got != want {
			t.Errorf("issue(%q) = %q, want %q: an abbreviation or a decimal ends no phrase, a preposition stays", in, got, want)
		}
	}
	if got := issue("The envoy is accused of leaking the draft to the press.", "Accusation"); got != "Leaking the draft to the press" {
		t.Errorf("issue of a passive accusation = %q, want what the envoy is accused of", got)
	}
	d := newEngine(t).Draft([]briefing.Article{article(t, 1, "trade-steel-wire.txt")})
	p, ok := pointWith(d, "is accused by Corvania")
	if !ok {
		t.Fatalf("the accusation is not a sticking point: %+v", d.StickingPoints)
	}
	if len(p.Parties) != 2 || p.Parties[0] != "Corvania" || !strings.Contains(p.Parties[1], "Tessaly Union") {
		t.Errorf("parties %q, want Corvania vs Tessaly Union", p.Parties)
	}
	b, _ := filled(t, "trade-steel-wire.txt")
	if len(b.StickingPoints) < 2 || len(b.StickingPoints) > 4 {
		t.Errorf("%d sticking points on a trade dispute, want 2-4: %q", len(b.StickingPoints), b.StickingPoints)
	}
	for _, it := range b.StickingPoints {
		if strings.Contains(it, "Karsikko") || strings.Contains(it, "Arbitration Forum") {
			t.Errorf("the mediator is a side: %q", it)
		}
	}
}

// The names inside the deed an accusation alleges are what is alleged, not
// a side: "accused Orlen Shipping of diverting cargo to the Tarsk terminal" is
// the port authority against Orlen Shipping.
func TestAccusedDeedNamesNoSide(t *testing.T) {
	text := "The Kessan Port Authority accused Orlen Shipping Ltd of diverting cargo to the Tarsk Terminal without paying duties.\n\n" +
		"Orlen Shipping Ltd rejected the claim and said the Kessan Port Authority had refused to inspect its ships for months.\n\n" +
		"The dispute over the duties has halted work at the Kessan docks, where 400 people are employed."
	p := pointIn(t, "Port and shipper trade charges", text, "accused Orlen Shipping Ltd of diverting")
	all := strings.Join(p.Parties, " vs ")
	if strings.Contains(all, "Tarsk") || !strings.Contains(all, "Orlen Shipping") || !strings.Contains(all, "Kessan Port Authority") {
		t.Errorf("parties %q, want the port authority vs Orlen Shipping, and no Tarsk Terminal", p.Parties)
	}
}

// A party's lawyer or spokesman stands with the party: never a side
// against it.
func TestCounselIsNoSideAgainstItsClient(t *testing.T) {
	text := "Tomas Brek's attorney, Ada Kessie, said the Velm Harbour Board had falsely accused Tomas Brek of stealing the cargo.\n\n" +
		"The Velm Harbour Board accused Tomas Brek of stealing cargo from the north pier in March.\n\n" +
		"Tomas Brek has denied the charge and will appear in court in May."
	p := pointIn(t, "Dock worker denies theft", text, "attorney, Ada Kessie")
	noSide(t, p, "Ada Kessie", "the lawyer")
}

// noSide fails the test when a side of p names name (who, for the message).
func noSide(t *testing.T, p Point, name, who string) {
	t.Helper()
	for _, side := range p.Parties {
		if strings.Contains(side, name) {
			t.Errorf("%s is a side: %q", who, p.Parties)
		}
	}
}

// Two people accused together stand on one side.
func TestTheCoAccusedAreOneSide(t *testing.T) {
	text := "Ivo Tal and Mara Osei have also been accused of fraud by a former partner of the firm.\n\n" +
		"Ivo Tal said the claim was false. Mara Osei declined to comment."
	p := pointIn(t, "Partners accused", text, "accused of fraud")
	if len(p.Parties) != 1 || !strings.Contains(p.Parties[0], "Ivo Tal") || !strings.Contains(p.Parties[0], "Mara Osei") {
		t.Errorf("parties %q, want the two accused on one side", p.Parties)
	}
}

// A story without a dispute gets no sticking points, however many words
// of its sentences look like cues.
func TestNoDisputeNoStickingPoints(t *testing.T) {
	b, _ := filled(t, "lantern-festival.txt")
	if len(b.StickingPoints) > 0 {
		t.Errorf("sticking points invented on a festival report: %q", b.StickingPoints)
	}
	// "declined to comment on the dispute": the report names a dispute it
	// does not describe, and the company takes no side in it
	d, _ := draftOf(t, "Harwick council officials met on Monday to discuss the Marlow bridge. "+
		"Brennan Holdings declined to comment on the dispute over the Marlow bridge tolls. "+
		"The Vesna Port Authority declined to comment on the row over the harbour dredging contract. "+
		"The mayor of Harwick, Lotte Baines, opened the new library in the afternoon.")
	b = &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: 1}}}
	Fill(b, d)
	if len(b.StickingPoints) > 0 {
		t.Errorf("'declined to comment' drafted as a dispute: %q", b.StickingPoints)
	}
}

// Each source sentence is used in one section at most. (A short report
// whose summary, drafted without the points' sentences, would fall below
// its 60 words lets the points restate it: kessel-talks, brenna-monitors.)
func TestNoSentenceInTwoSections(t *testing.T) {
	for _, files := range [][]string{{"valmora.md"}, {"norvask-sanctions.txt"}, {"trade-steel-wire.txt"}, {"assembly-pensions.txt"}, {"lantern-festival.txt"},
		{"valmora.md", "kessel-talks.txt"}} {
		b, _ := filled(t, files...)
		var sum, out usedText
		sum.addText(briefing.SectionSummary, b.Summary)
		out.addText(briefing.SectionOutlook, b.Outlook)
		for _, it := range b.StickingPoints {
			body := it[strings.LastIndex(it, briefing.LeadSeparator)+len(briefing.LeadSeparator):]
			if sum.has(markerRe.ReplaceAllString(body, "")) || out.has(markerRe.ReplaceAllString(body, "")) {
				t.Errorf("%v: sticking point %q repeats the summary or the outlook", files, it)
			}
		}
		for _, c := range out.chunks {
			if sum.has(c) {
				t.Errorf("%v: the outlook repeats the summary: %q", files, c)
			}
		}
	}
}

// The outlook does not quote the sentence the summary opens with, even
// when that sentence also looks ahead.
func TestOutlookDoesNotRepeatTheBottomLine(t *testing.T) {
	d, _ := draftOf(t, "The ferry strike in Harlow collapsed on Monday and talks will resume next week, union officials said. "+
		"Drivers walked out at dawn. The Harlow Ferry Company said the timetable would return to normal. "+
		"Union leader Pia Dorn told members to stay at home. The company is expected to make a new pay offer next week.")
	b := &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: 1}}}
	Fill(b, d)
	if !strings.Contains(b.Summary, "collapsed on Monday") {
		t.Fatalf("summary %q: want the bottom line first", b.Summary)
	}
	if strings.Contains(b.Outlook, "collapsed on Monday") {
		t.Errorf("outlook %q repeats the summary's bottom line", b.Outlook)
	}
}

// A report that the talks ended without agreement because one side made a
// demand states a sticking point: the demand is what blocked the deal, not
// only the outcome the summary reports.
func TestOutcomeWithItsCauseIsAPoint(t *testing.T) {
	arts := []briefing.Article{article(t, 1, "dorna-talks.txt"), article(t, 2, "dorna-allies.txt")}
	d := newEngine(t).Draft(arts)
	b := &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: 1}, {N: 2, ArticleID: 2}}}
	Fill(b, d)
	found := false
	for _, p := range b.StickingPoints {
		if strings.HasPrefix(p, "Control of the Dorna corridor") {
			found = true
		}
	}
	if !found || len(b.StickingPoints) < 2 {
		t.Errorf("sticking points %q, want the corridor demand among at least two", b.StickingPoints)
	}
}

// pointIn drafts one invented report and returns its sticking point whose
// sentence holds with; the test fails when there is none.
func pointIn(t *testing.T, title, text, with string) Point {
	t.Helper()
	d := newEngine(t).Draft([]briefing.Article{{ID: 1, Title: title, Text: text}})
	p, ok := pointWith(d, with)
	if !ok {
		t.Fatalf("no sticking point holds %q: %+v", with, d.StickingPoints)
	}
	return p
}

// Two reports that name one issue, once in the plural and once in the
// singular, with a side in common, give one point.
func TestPointsOnOneIssueMergeAcrossNumber(t *testing.T) {
	ps := []Point{
		{Sentence: Sentence{Text: "a", Prov: briefing.Provenance{ArticleID: 1, Start: 0, End: 1}}, Parties: []string{"Ada Vale", "Harbour Board"}, Issue: "Guarantees for dockers", score: 2},
		{Sentence: Sentence{Text: "b", Prov: briefing.Provenance{ArticleID: 2, Start: 0, End: 1}}, Parties: []string{"Ada Vale", "Kessan"}, Issue: "Vote on a guarantee", score: 1},
	}
	if got := mergePoints(ps); len(got) != 1 {
		t.Errorf("mergePoints = %d points %+v, want one", len(got), got)
	}
}

// A report that names no side of a point on the issue another report's
// point names in two of the same words is that point; one word in common is
// not enough.
func TestAPointWithoutSidesMergesOnTwoWordsOfItsIssue(t *testing.T) {
	at := func(a int) Sentence {
		return Sentence{Text: "x", Prov: briefing.Provenance{ArticleID: int64(a), Start: 0, End: 1}}
	}
	ps := []Point{
		{Sentence: at(1), Issue: "Refusal to drop charges against the dockers", score: 3},
		{Sentence: at(2), Parties: []string{"Ada Vale"}, Issue: "Refusal to drop the charges", score: 2},
		{Sentence: at(3), Issue: "Charges of fraud in the tender", score: 1},
	}
	got := mergePoints(ps)
	if len(got) != 2 || !slices.Equal(got[0].Parties, []string{"Ada Vale"}) {
		t.Errorf("mergePoints = %+v, want the first two as one point with Ada Vale's side, the fraud charges apart", got)
	}
}

// "Sue" with a capital is a given name, not the verb of a lawsuit: a
// profile of a woman called Ada Sue has no sticking point, while "sued the
// port" still is one.
func TestAGivenNameSueIsNoLawsuit(t *testing.T) {
	d, _ := draftOf(t, "When Ada Sue Marlow was a student in Harwick, she rowed for the Vesna club. "+
		"After college, Ada Sue Marlow opened a bakery in the old Harwick market hall. "+
		"Later Ada Sue Marlow began racing boats on the lake every summer.")
	for _, p := range d.StickingPoints {
		t.Errorf("a given name read as a lawsuit: %q (%s)", p.Text, p.Issue)
	}
	d, _ = draftOf(t, "The Vesna fishing union sued the Harwick Port Authority over the closure of the north quay. "+
		"The union wants the quay reopened before the winter season.")
	if len(d.StickingPoints) == 0 {
		t.Error("'sued the Harwick Port Authority' is a lawsuit")
	}
}

// "X rallied around Y, whose standoff with the authorities ...": the
// dispute is Y's, with a side that is no actor; X is no side against Y.
func TestTheOwnerOfADisputeWithAnUnnamedSideStandsAlone(t *testing.T) {
	d, _ := draftOf(t, "The Vesna Farmers Party rallied on Monday around the cause of rancher Ines Valdor, whose standoff with the authorities over grazing rights has lasted a year. "+
		"Valdor refused to pay the grazing fees and demanded that the land office withdraw its claim. "+
		"The land office said it would not accept any deal before the fees were paid.")
	p, ok := pointWith(d, "whose standoff with the authorities")
	if !ok {
		t.Fatalf("no point on the standoff: %+v", d.StickingPoints)
	}
	if len(p.Parties) != 1 || !strings.Contains(p.Parties[0], "Valdor") {
		t.Errorf("sides %q, want the rancher alone", p.Parties)
	}
}

// A one-way cue whose subject the sentence does not name (a pronoun) has
// one named side: those it is aimed at, however many are listed.
func TestTheNamedObjectsOfAOneWayCueAreOneSide(t *testing.T) {
	text := "The Velm hall was fined in May. Its owners refused to rent the hall to Ada Vale and Mira Orme, which the Velm Tribunal ruled unlawful.\n\n" +
		"Ada Vale said the fine was fair. Mira Orme said the case had taken three years."
	p := pointIn(t, "Hall owners fined", text, "refused to rent the hall")
	if len(p.Parties) != 1 || !strings.Contains(p.Parties[0], "Ada Vale") || !strings.Contains(p.Parties[0], "Mira Orme") {
		t.Errorf("parties %q, want the two refused on one side", p.Parties)
	}
	// not one list: the one refused and the one who refuses
	text = "In rejecting the request of the Kessan Port Authority for a new hearing, Judge Mira Orme said the case was closed.\n\n" +
		"The Kessan Port Authority said it would appeal, and accused the court of bias. Mira Orme has sat on the Velm bench since 2019."
	p = pointIn(t, "Hearing refused", text, "the request of the Kessan")
	if len(p.Parties) != 2 {
		t.Errorf("parties %q, want the judge and the port authority she refused as two sides", p.Parties)
	}
}

// A reporter who tells of a dispute is no side of it.
func TestAReporterIsNoSide(t *testing.T) {
	text := "Velm Radio reporter Tomas Brek said on Monday that the Harbour Board had refused to release the wages of 400 dockers.\n\n" +
		"The Harbour Board said the wages would be paid in May. Tomas Brek has covered the docks for ten years."
	p := pointIn(t, "Dock wages held back", text, "refused to release the wages")
	noSide(t, p, "Brek", "the reporter")
}

// Those a name's possessive qualifies ("Ada Vale's supporters") are a side
// of their own, not the name's owner.
func TestAPartisanGroupIsNotItsOwner(t *testing.T) {
	text := "Ada Vale's supporters accused the Velm Harbour Board of rigging the tender for the north pier.\n\n" +
		"The Velm Harbour Board denied the claim. Ada Vale has not commented on the tender."
	p := pointIn(t, "Tender row", text, "rigging the tender")
	all := strings.Join(p.Parties, " vs ")
	if !strings.Contains(all, "Ada Vale's supporters") || !strings.Contains(all, "Velm Harbour Board") {
		t.Errorf("parties %q, want Ada Vale's supporters vs the harbour board", p.Parties)
	}
}

// A point's gap is never a clause that opens with a pronoun whose owner the
// cut left out: "her government would not cede ..." keeps who said it.
func TestGapKeepsTheOwnerOfAPossessive(t *testing.T) {
	text := "Talks between Velmoria and Orun on the Tarsk crossings ended on Monday without agreement.\n\n" +
		"Velmorian negotiator Ilse Dahm said her government would not cede any land and called for the withdrawal of Orun guards from the east bank.\n\n" +
		"Mediators said technical talks would continue next week."
	d := newEngine(t).Draft([]briefing.Article{{ID: 1, Text: text}})
	b := &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: 1}}}
	pts := d.Suggestions(b)[briefing.SectionStickingPoints]
	if len(pts) == 0 {
		t.Fatal("no sticking point for a refusal and a demand")
	}
	for _, s := range pts {
		if strings.Contains(s.Text, " — her ") {
			t.Errorf("point %q opens its gap with a pronoun whose owner is cut", s.Text)
		}
	}
}
