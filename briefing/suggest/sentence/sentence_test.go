package sentence

import (
	"fmt"
	"strings"
	"testing"
)

func TestSplit(t *testing.T) {
	sp, err := NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a heading without a full stop stays apart", "Talks stall in Geneva\n\nThe talks ended. Both sides left.",
			[]string{"Talks stall in Geneva", "The talks ended.", "Both sides left."}},
		{"Cyrillic names keep exact offsets", "Министр Михаил Соколов прибыл в Женеву. Переговоры начались.\n\nSokolov met Erdoğan-Kaya.",
			[]string{"Министр Михаил Соколов прибыл в Женеву.", "Переговоры начались.", "Sokolov met Erdoğan-Kaya."}},
		{"a year before a new sentence splits", "The deal runs to Jan. 2027. Analysts doubt it.",
			[]string{"The deal runs to Jan. 2027.", "Analysts doubt it."}},
		{"a sentence ending on any number splits; a list's number and a code do not",
			"The envoy died at 66. He had served in Kessan. Turnout fell to 41.5. Rescuers found 1,200. The seed is No 7. Rain fell.\n\n3. The third point is the border.",
			[]string{"The envoy died at 66.", "He had served in Kessan.", "Turnout fell to 41.5.", "Rescuers found 1,200.", "The seed is No 7.", "Rain fell.",
				"3. The third point is the border."}},
		{"a dateline line apart from the text", "ROME 1996-12-06\nItaly recalled the wing on Friday.",
			[]string{"ROME 1996-12-06", "Italy recalled the wing on Friday."}},
		{"hard-wrapped prose stays joined", "The talks in Geneva ended without\nagreement on Wednesday.",
			[]string{"The talks in Geneva ended without\nagreement on Wednesday."}},
		{"blank text", " \n\n ", nil},
		{"a paragraph a line ends without a full stop", "Delegates from Orlavia and Tesmark met for three days in the lakeside hotel and a settlement is now possible\nThe talks resume in Varnholm next month once both cabinets have read the draft text.",
			[]string{"Delegates from Orlavia and Tesmark met for three days in the lakeside hotel and a settlement is now possible",
				"The talks resume in Varnholm next month once both cabinets have read the draft text."}},
		{"a short wrapped line ends its paragraph", "The mediators from Kessan said the two delegations\nwould meet again after the holiday period\nThe next round opens in Varnholm.",
			[]string{"The mediators from Kessan said the two delegations\nwould meet again after the holiday period", "The next round opens in Varnholm."}},
		{"a full wrapped line before a name runs on", "The mediators from Kessan said the two delegations\nhad agreed the agenda for the round with Minister\nTorvald on Monday after long calls.",
			[]string{"The mediators from Kessan said the two delegations\nhad agreed the agenda for the round with Minister\nTorvald on Monday after long calls."}},
		{"a full stop without a space", "The ministers left early.Both delegations were angry.",
			[]string{"The ministers left early.", "Both delegations were angry."}},
		{"a date or a bracket before a full stop without a space", "The hearing was set for May 12.The clerk declined to comment (by phone).Talks resume at 2.5 percent.",
			[]string{"The hearing was set for May 12.", "The clerk declined to comment (by phone).", "Talks resume at 2.5 percent."}},
		{"a colon without a space before a capitalised word", "The audit listed two failings:The ministry ignored warnings. Talks resume at 10:30 today: Minister Vale will attend.",
			[]string{"The audit listed two failings:", "The ministry ignored warnings.", "Talks resume at 10:30 today: Minister Vale will attend."}},
		{"a question and a quote without a space", "\"Can we trust them?\"Nobody answered the envoy.",
			[]string{"\"Can we trust them?\"", "Nobody answered the envoy."}},
		{"a lower-case word glued to the next paragraph", "A deal is still possibleThe envoys disagree on sequencing.",
			[]string{"A deal is still possible", "The envoys disagree on sequencing."}},
		{"a place glued to a sentence opener", "Delegates gathered in VarnholmThe mood was grim.",
			[]string{"Delegates gathered in Varnholm", "The mood was grim."}},
		{"a name glued to a weekday", "The vote was backed by Senator OdellSunday and by her party.",
			[]string{"The vote was backed by Senator Odell", "Sunday and by her party."}},
		{"a quoted no before a glued sentence", "The minister said \"no.\"Then the envoy left the room.",
			[]string{"The minister said \"no.\"", "Then the envoy left the room."}},
		{"two names glued once", "Envoy Marek spoke first. Talks resume on Sunday. The plan was backed by MarekSunday at the hotel.",
			[]string{"Envoy Marek spoke first.", "Talks resume on Sunday.", "The plan was backed by Marek", "Sunday at the hotel."}},
		{"a brand written the same way twice stays whole", "Sky offers fell. The Mall shut. SkyMall left. SkyMall closed its office.",
			[]string{"Sky offers fell.", "The Mall shut.", "SkyMall left.", "SkyMall closed its office."}},
		{"camel-case names, titles and initials stay whole", "Mr.Dale of BlueRiver met McKay at U.S.Army offices with JonBenét fans.",
			[]string{"Mr.Dale of BlueRiver met McKay at U.S.Army offices with JonBenét fans."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := sp.Split(tc.text)
			var texts []string
			for i, s := range got {
				if tc.text[s.Start:s.End] != s.Text || s.Text != strings.TrimSpace(s.Text) || s.Index != i {
					t.Errorf("span %+v does not slice its text", s)
				}
				texts = append(texts, s.Text)
			}
			if strings.Join(texts, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", texts, tc.want)
			}
		})
	}
}

func FuzzSplitOffsets(f *testing.F) {
	sp, err := NewSplitter()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Talks stall\n\nThe talks ended. Both left.")
	f.Add("Путин сказал. Київ ответил.\n\n\"No,\" he said.")
	f.Fuzz(func(t *testing.T, text string) {
		for _, s := range sp.Split(text) {
			if s.Start < 0 || s.End > len(text) || text[s.Start:s.End] != s.Text || s.Text == "" {
				t.Fatalf("bad span %+v", s)
			}
		}
	})
}

// A quotation that closes a sentence and one that opens the next are two
// sentences, straight or curly marks alike; a quotation inside a sentence
// is not cut.
func TestSplitAtQuotationEnds(t *testing.T) {
	sp, err := NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string][]string{
		`Senator Ines Valdor told the host on "The Week." "There is no deal yet," she said.`: {
			`Senator Ines Valdor told the host on "The Week."`, `"There is no deal yet," she said.`},
		"The envoy said: “We are close.” “Not close enough,” Pell replied.": {
			"The envoy said: “We are close.”", "“Not close enough,” Pell replied."},
		`He called the plan "a sham." and left.`: {`He called the plan "a sham." and left.`},
	} {
		var got []string
		for _, s := range sp.Split(text) {
			got = append(got, s.Text)
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("Split(%q) = %q, want %q", text, got, want)
		}
	}
}

// An abbreviation's stop is no sentence end: a short title's before a
// name, and a number's abbreviation before the number ("No. 3", "Art.
// 12"); the sentence after still starts on its own.
func TestAbbreviationsDoNotEndASentence(t *testing.T) {
	sp, err := NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want int
	}{
		{"The Jesuit Rev. Aldo Fenn spoke first.", 1},
		{"Msgr. Ivo Tal and Fr. Ian Lo met the envoy.", 1},
		{"We met Capt. Ed Ray and Supt. Ana Ko at the port.", 1},
		{"It was the Rt. Hon. Ada Vale who spoke.", 1},
		{"The shrew lives at 1,600 m on Mt. Dorvan in the north. It eats worms.", 2},
		{"The road to Pt. Alvar closed after the storm.", 1},
		{"Talks ended at noon. The envoy left.", 2},
		{"The singer ranked second (No. 2), ahead of actor Ivo Tal (No. 3) and the Dorna floods (No. 4).", 1},
		{"Under Art. 12 of the accord, monitors may enter the zone. The envoy agreed.", 2},
		{"See Fig. 3 for the route of the pipeline. Vol. 2 of the report follows in May.", 2},
		{"The vote was No. 1 on the agenda. The envoy left.", 2},
		{"A dog swam to its owner at the Alvar J. Brown Dam and Reservoir near Dorna.", 1},
		{"The award went to Ines K. Marrow, a lawyer.", 1},
		{"Ines B. Bright\n\nThe award went to her.", 2},
		{"The award went to Ines B. Young, a lawyer.", 1},
		{"The team needs a Plan B. The coach agreed.", 2},
		{"The team needs a Plan B. Critics said so.", 2},
		{"The team chose Plan B. Yes.", 2},
	} {
		if got := len(sp.Split(tc.text)); got != tc.want {
			t.Errorf("%q: %d sentences, want %d", tc.text, got, tc.want)
		}
	}
}

func TestALineWithoutAStopRunOnIsParted(t *testing.T) {
	sp, err := NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		want       []string
		inline     []bool
	}{
		{"a caption before the sentence", "Envoys walk past the ruins of the old market The talks began on Monday in a hotel.",
			[]string{"Envoys walk past the ruins of the old market", "The talks began on Monday in a hotel."}, []bool{true, false}},
		{"a number before the opener", "She was first detained by the police in 2019 He denies all of the charges.",
			[]string{"She was first detained by the police in 2019", "He denies all of the charges."}, []bool{true, false}},
		{"a closing quotation mark", "Pell called the plan \"a real step forward\" It was the first such praise.",
			[]string{"Pell called the plan \"a real step forward\"", "It was the first such praise."}, []bool{true, false}},
		{"a title after a word that introduces it", "Critics praised the new film The end of the road for its calm.",
			[]string{"Critics praised the new film The end of the road for its calm."}, []bool{false}},
		{"a title in capitals", "The writer won the prize twice for When the Rain Falls on Kessan.",
			[]string{"The writer won the prize twice for When the Rain Falls on Kessan."}, []bool{false}},
		{"a capitalised name before the opener", "On Monday the Vice Premier Liu He said on the radio that prices would fall.",
			[]string{"On Monday the Vice Premier Liu He said on the radio that prices would fall."}, []bool{false}},
		{"a picture's label before its caption", "Image copyright Kessan Daily Image caption The envoy arrives at the hotel in Varnholm",
			[]string{"Image copyright Kessan Daily Image caption The envoy arrives at the hotel in Varnholm"}, []bool{false}},
		{"a letter or a short part", "They moved supplies from A to B by road. It rained all day The end.",
			[]string{"They moved supplies from A to B by road.", "It rained all day The end."}, []bool{false, false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var texts []string
			var inline []bool
			for _, s := range sp.Split(tc.text) {
				texts = append(texts, s.Text)
				inline = append(inline, s.Inline)
			}
			if strings.Join(texts, "|") != strings.Join(tc.want, "|") || fmt.Sprint(inline) != fmt.Sprint(tc.inline) {
				t.Errorf("got %q %v, want %q %v", texts, inline, tc.want, tc.inline)
			}
		})
	}
}
