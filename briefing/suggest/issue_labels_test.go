package suggest

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// The issue a sticking point is labelled by: the rules that name it and
// the checks that keep it a complete noun phrase.

func TestIssueNamesTheObject(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Moscow insisted that Kyiv withdraw its forces from the rest of the Donetsk region before any ceasefire.", "Withdrawal from the Donetsk region"},
		{"Sokolov said Arvelia would not cede any territory as a precondition for a ceasefire.", "Territorial precondition"},
		{"Lind said Ostria would never trade territory for a pause.", "Territorial concessions"},
		{"Sarkand insisted that any settlement must hand it full control of the Dorna corridor.", "Control of the Dorna corridor"},
		{"\"Without the corridor there can be no agreement,\" she said.", "Corridor"},
		{"The EU accused Sarkand of negotiating in bad faith.", "Negotiating in bad faith"},
		// what talks failed over comes before an accusation in the sentence
		{"Allies accused Sarkand of bad faith a day after talks collapsed over the Dorna corridor.", "Dorna corridor"},
		{"The coalition fell apart last week over the pension reform.", "Pension reform"},
		{"The row over grain export quotas has dragged on for months.", "Grain export quotas"},
		{"Critics accuse a section of Kessan party leaders of spreading false health advice.", "Spreading false health advice"},
		{"Ostria accused the council, without offering any proof, of hiding the survey from inspectors.", "Hiding the survey from inspectors"},
		{"Ostria accused the council of fraud in the tender.", "Fraud in the tender"},
		{"A rival accused Pell of bribing the jury and of hiding money from the auditors abroad.", "Bribing the jury"},
		{"A rival accused Pell of negligence in his work trying to win the tender.", "Negligence in his work"},
		{"Vale accused “the top of the ministry” of quietly shelving the survey.", "Shelving the survey"},
		{"Vale said he did not return to press the claim against Pell.", "Demand"},
		{"Ostria said its guards would not return to the east bank.", "Return to the east bank"},
		{"Senator Ada Vale said she would oppose the harbour bill unless the port board promised a vote on pension rights for dockers.", "Vote on pension rights for dockers"},
		{"Vale said she would oppose the bill unless the board promised a vote to protect \"night shift\" workers who were laid off.", "Vote to protect night shift workers"},
		{"The union will not sign the contract until the operator agrees to the night shift bonus.", "Night shift bonus"},
		// a refused act without a noun of its own, with its refusal, cut
		// before a function word rather than halfway through a phrase
		{"The mayor refused to leave the coalition despite calls from his own party.", "Refusal to leave the coalition"},
		{"Brennan Holdings refused to stop dumping sludge into the Marlow estuary near the old docks.", "Refusal to stop dumping sludge into the Marlow estuary"},
		{"The bakers refused to sell bread to Ines and Marta Orta after the quarrel.", "Refusal to sell bread to Ines and Marta Orta"},
		{"The union refused to end the strike after the talks broke down on Monday.", "Refusal to end the strike"},
		{"The minister refused to rule out a second vote on the treaty.", "Refusal to rule out a second vote on the treaty"},
		// a refusal is the issue, an accusation in the same sentence how it is argued;
		// a plan one refuses to discuss is refused, and named up to its noun
		{"The envoy refused to discuss the revised ten-point plan put forward by the mediators and accused Orvia of stalling the talks.", "Refusal to discuss the revised ten-point plan"},
		{"The envoy declined to discuss the case and accused Orvia of stalling the talks.", "Stalling the talks"},
		{"The coach refused to treat her as an equal of the others.", "Demand"},
		{"The envoy refused to back down.", "Demand"},
		{"The council refused to move its offices out of the old town hall building.", "Refusal to move its offices"},
		{"The prosecutor declined to file charges against the two guards, citing weak evidence.", "Refusal to file charges against the two guards"},
		{"The ministry declined to comment on the Marlow bridge.", "Demand"},
		// what a side calls for or insists on, not the noun or a clause
		{"Opposition deputies called for an independent inquiry into the tender.", "Independent inquiry into the tender"},
		{"Kessan insisted on a referendum in the border districts.", "Referendum in the border districts"},
		{"Vale's call for a referendum went unanswered.", "Demand"},
		{"Growing calls for a referendum split the party.", "Demand"},
		{"Deputies called for the minister to resign.", "Demand"},
		{"Deputies called for cuts to pensions for judges.", "Cuts to pensions for judges"},
		{"The forecast calls for 20 centimetres of snow.", "Demand"},
		{"The harbour plan calls for two new bridges and a ferry.", "Demand"},
		{"The council's budget also calls for deep cuts to pensions.", "Demand"},
		// a lawsuit named by whom it is against, a denied claim by its noun
		{"Tarvos sued the Oldan Grain Board last spring.", "Lawsuit against the Oldan Grain Board"},
		{"The fishermen filed a class action suit against Brennan Holdings.", "Class action lawsuit against Brennan Holdings"},
		{"The fishermen filed a $3 million lawsuit against Brennan Holdings.", "Lawsuit against Brennan Holdings"},
		{"Oldan welcomed the filing of the suit against Tarvos.", "Lawsuit against Tarvos"},
		{"Oldan denied the ministry's report on the shelling.", "The ministry's report on the shelling"},
		{"Oldan flatly denied a secret deal with the rebels.", "Secret deal"},
		{"Vale was quietly denied the post.", "Demand"},
		{"Oldan denied him a visa.", "Demand"},
		{"Oldan denied that its troops crossed the river.", "Demand"},
		{"The dispute escalated into open conflict.", "Demand"},
		{"Oldan denied the talks resumed in secret.", "Demand"},
		{"Oldan denied the meeting took place.", "Demand"},
		// a possessive is no phrase's end: its noun comes with it
		{"The opposition threatened to block the mayor's budget on Monday.", "Threat to block the mayor's budget"},
		// a label that reaches its word limit inside a noun phrase keeps the
		// phrase to its end, when that is near
		{"A rival accused Pell of hacking into the Oldan Reserve computer servers and selling the data.", "Hacking into the Oldan Reserve computer servers"},
		{"The suit accuses Vale of being responsible for the collapse of the harbour bridge.", "Being responsible for the collapse of the harbour bridge"},
		{"The union sued the board for leaking details of their pay talks allegedly held in secret.", "Lawsuit over leaking details of their pay talks"},
	} {
		if got := issue(tc.in, "Demand"); got != tc.want {
			t.Errorf("issue(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// An issue label is a complete noun phrase: never a fragment that ends on
// a function word or opens with a pronoun or a clause word.
func TestIssueLabelIsACompleteNounPhrase(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"the disputed water rights of", "The disputed water rights"},
		{"Orchestrating the", ""},
		{"Going through the motions — suggesting", "Going through the motions"},
		{"Federal grain subsidies will", "Federal grain subsidies"},
		{"Creative pursuits they would", "Creative pursuits"},
		{"negligence in her work trying to", "Negligence in her work"},
		{"blocking talks to", "Blocking talks"},
		{"Whom admitted", ""},
		{"That offer", ""},
		{"His decision", ""},
		{"Behaving like a", ""},
		{"Parliament announced", ""},
		{"July 14", ""},
		{"Sequencing of sanctions relief", "Sequencing of sanctions relief"},
		{"Breaking quarantine rules by secretly meeting", "Breaking quarantine rules"},
	} {
		if got := completeIssue(tc.in); got != tc.want {
			t.Errorf("completeIssue(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, f := range []string{"valmora.md", "kessel-talks.txt", "brenna-monitors.txt", "norvask-sanctions.txt",
		"trade-steel-wire.txt", "assembly-pensions.txt"} {
		b, _ := filled(t, f)
		for _, it := range b.StickingPoints {
			label, _, _ := strings.Cut(it, briefing.LeadSeparator)
			fs := strings.Fields(label)
			if len(fs) == 0 || issueEnd()[bare(fs[len(fs)-1])] || issueStart()[bare(fs[0])] {
				t.Errorf("%s: label %q is a fragment", f, label)
			}
		}
	}
}

// Every issue rule has its hints (the prefilter that lets it run).
func TestIssueHintsMatchTheRules(t *testing.T) {
	if len(issueHints()) != len(issueRules()) {
		t.Fatalf("%d hint lists for %d issue rules", len(issueHints()), len(issueRules()))
	}
}

// A report whose dispute is told by what one side calls for and what the
// other refuses to do has its sticking points, each named by the act.
func TestCallsAndRefusalsAreStickingPoints(t *testing.T) {
	b := filledOne(t, "Opposition deputies in Harwick walked out of the council session on Tuesday. "+
		"Ines Orta, the leader of the Green League, called for an independent inquiry into the Marlow bridge tender. "+
		"Mayor Lotte Baines refused to publish the audit of the harbour accounts before the elections. "+
		"The council will meet again next week. "+
		"Orta said the league would keep up its protest at the town hall every day.")
	var labels []string
	for _, it := range b.StickingPoints {
		label, _, _ := strings.Cut(it, briefing.LeadSeparator)
		labels = append(labels, label)
	}
	want := []string{"Independent inquiry into the Marlow bridge tender", "Refusal to publish the audit of the harbour accounts"}
	for _, w := range want {
		if !slices.Contains(labels, w) {
			t.Errorf("sticking points %q: no item %q", b.StickingPoints, w)
		}
	}
}
