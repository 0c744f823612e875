package suggest

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// The whole predicate of a printed sentence, whose subject the item's lead
// names, repeats the sentence; a clause cut from inside it is a digest.
func TestAPrintedSentencesWholePredicateIsARepeat(t *testing.T) {
	var u usedText
	u.addText(briefing.SectionOutlook, "The monitors, led by former Velm governor Ada Kessie, said the ferry talks would resume after the harvest [1].")
	for _, tc := range []struct {
		t    string
		want bool
	}{
		{"said the ferry talks would resume after the harvest", true},
		{"the ferry talks would resume after the harvest", false}, // no verb of the subject's: a digest
		{"would resume after the harvest on the river", false},    // not the printed sentence's end
	} {
		if _, got := u.repeats(tc.t); got != tc.want {
			t.Errorf("repeats(%q) = %v, want %v", tc.t, got, tc.want)
		}
	}
	// the predicate of a clause after "after": the actor's part of a sentence that tells more
	var v usedText
	v.addText(briefing.SectionSummary, "Talks on the crossings ended on Monday without agreement after Orun refused to withdraw its guards [1].")
	if _, got := v.repeats("refused to withdraw its guards"); got {
		t.Error("repeats: the clause after \"after\" is a digest of a longer sentence, not a repeat")
	}
}

// An actor's item does not quote another clause of a sentence a section
// prints, found by the words in a row the two share.
func TestSharesFindsAnotherClauseOfAPrintedSentence(t *testing.T) {
	var u usedText
	u.addText(briefing.SectionStickingPoints, "Guards on the east bank — Velm vs Orun — Velm's allies on Monday accused Orun of negotiating in bad faith [1]")
	if _, ok := u.where("accused Orun of negotiating in bad faith, a day after the talks collapsed"); ok {
		t.Fatal("where already finds the overlap: the test shows nothing")
	}
	if sec, ok := u.shares("accused Orun of negotiating in bad faith, a day after the talks collapsed"); !ok || sec != briefing.SectionStickingPoints {
		t.Errorf("shares = %q, %v; want the sticking points", sec, ok)
	}
	if _, ok := u.repeats("accused Orun of negotiating in bad faith, a day after the talks collapsed"); !ok {
		t.Error("repeats: another cut of the printed clause's sentence is no digest of it")
	}
	if _, ok := u.repeats("accused Orun of negotiating in bad faith"); ok {
		t.Error("repeats: a clause inside the printed one is a digest")
	}
	if _, ok := u.shares("Orun said on Monday that it would negotiate in good faith"); ok {
		t.Error("shares: a sentence with no six words in a row in common is not printed")
	}
}

// An actor's item that is only a quotation a sticking point prints with
// its sentence points to the point: the same words twice, however short
// beside the sentence.
func TestAQuotationAPointPrintsIsNotAnActorsItemToo(t *testing.T) {
	arts := []briefing.Article{article(t, 1, "dorna-talks.txt"), article(t, 2, "dorna-allies.txt")}
	b := &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: 1}, {N: 2, ArticleID: 2}}}
	Fill(b, newEngine(t).Draft(arts))
	quote := "trade territory for a pause"
	inPoints := false
	for _, p := range b.StickingPoints {
		inPoints = inPoints || strings.Contains(p, quote)
	}
	if !inPoints {
		t.Fatalf("no sticking point quotes %q: %q", quote, b.StickingPoints)
	}
	for _, a := range b.Actors {
		if strings.Contains(a, quote) {
			t.Errorf("actor item %q quotes again what a sticking point prints", a)
		}
	}
	for _, tc := range []struct {
		item string
		want bool
	}{
		{"Arvelia (Foreign Minister) — “We will not trade territory” [1]", true},
		{"Arvelia — \"We will not sign\" [2]", true},
		{"Arvelia — said “no” to the plan [1]", false},
		{"Arvelia — “We will not sign,” and “never will” [1]", false},
	} {
		if got := quotesOnly(tc.item); got != tc.want {
			t.Errorf("quotesOnly(%q) = %v, want %v", tc.item, got, tc.want)
		}
	}
}
