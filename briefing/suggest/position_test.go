package suggest

import "testing"

// Tests of what a sentence gives as its speaker's position and clauses.

func TestPositionOfASpeaker(t *testing.T) {
	for _, tc := range []struct {
		class, text, name, want string // want "" = no position in this sentence
	}{
		{"a participle after the speaker's comma: the quotation is the position",
			"“Nobody wants the ferry closed for a week,” the Kessan port authority said, recalling how quickly the harbour froze over last winter.",
			"Kessan port authority", "Nobody wants the ferry closed for a week"},
		{"plain attribution after a quotation",
			"“The corridor stays open,” Ines Valdor told reporters.", "Ines Valdor", "The corridor stays open"},
		{"a subject with its own verb",
			"Ines Valdor rejected the proposal on Monday.", "Ines Valdor", "rejected the proposal on Monday"},
		{"a speaker described before the name: the quotation is still theirs",
			"“The dam will hold through the spring,” co-author and Kessan University water engineer Ines Valdor told the Lusan news agency.",
			"Ines Valdor", "The dam will hold through the spring"},
		{"a long tail of where and when the speaker spoke",
			"“Both sides have agreed to reopen the crossing,” Ines Valdor said in a short statement to the press late on Sunday at the Kessan town hall.",
			"Ines Valdor", "Both sides have agreed to reopen the crossing"},
		{"a name inside what the speaker added is not the speaker",
			"“The dam will hold,” said Oder Pell, adding that Ines Valdor told him so.",
			"Ines Valdor", "told him so"},
		{"the outlet a speaker told is not the speaker",
			"“We always knew the league was a long shot,” Oder Pell told Lusan Radio.",
			"Lusan Radio", ""},
		{"an interviewer is not the speaker",
			"“The bridge will reopen in May,” the mayor said in an interview with the Kessan Courier.",
			"Kessan Courier", ""},
		{"a long circumstance after the speaker: the quotation is still the position",
			"“The reservoir was never meant to last this long,” Ines Valdor told the Kessan Courier in 2011, two years after the drought had ended.",
			"Ines Valdor", "The reservoir was never meant to last this long"},
		{"the speaker's role between the quotation and the name",
			"The ferry will not sail until the inquiry ends,” port spokeswoman Ines Valdor said on Thursday, without giving a date.",
			"Ines Valdor", "The ferry will not sail until the inquiry ends"},
		{"the end of a quotation that opened in an earlier sentence",
			"We have waited long enough for the bridge,” Oder Pell said in a statement on Friday.",
			"Oder Pell", "We have waited long enough for the bridge"},
		{"names after an object relative have no clause of their own",
			"The envoy, whom Ines Valdor and Oder Pell told reporters was asleep, left early.", "Oder Pell", ""},
		{"names after a free relative have no clause of their own",
			"Readers should trust what Ines Valdor and Oder Pell said they saw.", "Oder Pell", ""},
		{"what someone fears of a person is not that person's position",
			"The minister feared that Oder Pell would not be “loyal,” one aide said, and told the cabinet so.", "Oder Pell", ""},
		{"what someone hopes of a body is not its position",
			"The mediators hoped that the Lusan council would not be “difficult” about the quota.", "Lusan council", ""},
		{"what someone fears of an official is not the official's position",
			"Aides feared that Foreign Minister Oder Pell would not be “firm” enough.", "Oder Pell", ""},
		{"a move that others confirm stays the mover's",
			"The ministry confirmed that Oder Pell rejected the plan.", "Oder Pell", "rejected the plan"},
	} {
		s := Sentence{Text: tc.text}
		got, ok := positionOf(s, []string{tc.name})
		if tc.want == "" {
			if ok {
				t.Errorf("%s: positionOf(%q) = %q, want none", tc.class, tc.name, got.Text)
			}
			continue
		}
		if !ok || got.Text != tc.want {
			t.Errorf("%s: positionOf(%q) = %q, %v; want %q", tc.class, tc.name, got.Text, ok, tc.want)
		}
	}
}

// A relative clause inside the subject is not a tail to cut: the head
// alone would be a noun phrase with no verb.
func TestClausesKeepTheMainVerbAfterAnEmbeddedRelative(t *testing.T) {
	s := Sentence{Text: "The foreign minister's harsh letter, which accused Kessan officials of hiding the figures, is likely to please the council."}
	for _, c := range clauses(s) {
		if c.Text == "The foreign minister's harsh letter" {
			t.Errorf("clauses cut the subject alone: %q", c.Text)
		}
	}
	s = Sentence{Text: "The foreign minister's harsh letter, which called the vote \"a sham,\" is likely to please the council."}
	for _, c := range clauses(s) {
		if c.Text == "The foreign minister's harsh letter" {
			t.Errorf("clauses cut the subject alone before a quotation's comma: %q", c.Text)
		}
	}
	s = Sentence{Text: "Some of the fishing delegates, though, argued that the quota was far too low."}
	for _, c := range clauses(s) {
		if c.Text == "Some of the fishing delegates" {
			t.Errorf("clauses cut before an adverb set off by commas: %q", c.Text)
		}
	}
	if !strandedEnd("Ines Valdor spoke on the network's") || !strandedEnd("a question about the") || strandedEnd("Ines Valdor spoke on the network") {
		t.Error("strandedEnd: wrong on the invented spans")
	}
	s = Sentence{Text: "Using maps from a drone survey, Ada Vale, a geologist at Kessan University, traced the fault under the dam."}
	for _, c := range clauses(s) {
		if c.Text == "Using maps from a drone survey, Ada Vale" {
			t.Errorf("clauses cut the subject before its verb at an appositive: %q", c.Text)
		}
	}
	s = Sentence{Text: "Ines Valdor rejected the harbour plan, a move that angered the council."}
	found := false
	for _, c := range clauses(s) {
		found = found || c.Text == "Ines Valdor rejected the harbour plan"
	}
	if !found {
		t.Errorf("a descriptive tail at the end is no longer cut: %+v", clauses(s))
	}
	s = Sentence{Text: "Ines Valdor rejected the harbour plan, which the council drafted in May."}
	found = false
	for _, c := range clauses(s) {
		found = found || c.Text == "Ines Valdor rejected the harbour plan"
	}
	if !found {
		t.Errorf("a relative clause at the end is no longer cut: %+v", clauses(s))
	}
}
