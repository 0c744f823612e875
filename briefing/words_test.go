package briefing

import (
	"slices"
	"testing"
)

func TestWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"  ,.;  ", nil},
		{"The minister's so-called plan", []string{"The", "minister", "s", "so", "called", "plan"}},
		{"Turnout rose 12.5% in 2024", []string{"Turnout", "rose", "12", "5", "in", "2024"}},
		{"Москва и Киев", []string{"Москва", "и", "Киев"}},
		{"قال الوزير", []string{"قال", "الوزير"}},
		{"北京会谈 ended", []string{"北京会谈", "ended"}},
		{"Zürich, São Paulo", []string{"Zürich", "São", "Paulo"}},
		{"“Never,” she said", []string{"Never", "she", "said"}},
		{"G7—G20", []string{"G7", "G20"}},
		{"٣٤ seats", []string{"٣٤", "seats"}},
	} {
		if got := Words(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("Words(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func spanTexts(r WordRule, s string) []string {
	var out []string
	for sp := range r.Spans(s) {
		out = append(out, s[sp.Start:sp.End])
	}
	return out
}

func TestWordRuleSpans(t *testing.T) {
	inner := WordRule{Join: InnerJoiners}
	loose := WordRule{Join: InnerJoiners, JoinStarts: true}
	for _, tc := range []struct {
		rule WordRule
		in   string
		want []string
	}{
		{inner, "don't stop", []string{"don't", "stop"}},
		{inner, "the minister’s well-known view", []string{"the", "minister’s", "well-known", "view"}},
		{inner, "'quoted' - x", []string{"quoted'", "x"}},
		{inner, "voters' rolls", []string{"voters'", "rolls"}},
		{inner, "д'Артаньян", []string{"д'Артаньян"}},
		{loose, "'quoted' - x", []string{"'quoted'", "-", "x"}},
		{loose, "--", []string{"--"}},
		{WordRule{}, "don't", []string{"don", "t"}},
	} {
		if got := spanTexts(tc.rule, tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("%+v.Spans(%q) = %q, want %q", tc.rule, tc.in, got, tc.want)
		}
	}
}

func TestWordSpansOffsets(t *testing.T) {
	s := "Á b-c"
	var got []Span
	for sp := range (WordRule{Join: "-"}).Spans(s) {
		got = append(got, sp)
	}
	want := []Span{{0, 2}, {3, 6}}
	if !slices.Equal(got, want) {
		t.Errorf("spans of %q = %v, want %v", s, got, want)
	}
	// Stopping early is allowed.
	for range WordSpans("a b c") {
		break
	}
}

func TestWordCountRule(t *testing.T) {
	for in, want := range map[string]int{
		"":                       0,
		"one two  three":         3,
		"so-called reform's end": 3,
		" - ":                    1,
		"Zürich ٣٤ 北京":           3,
	} {
		if got := WordCount(in); got != want {
			t.Errorf("WordCount(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestFoldDropsCaseAndDiacritics(t *testing.T) {
	for in, want := range map[string]string{
		"Grünberg":      "grunberg",
		"Erdoğan":       "erdogan",
		"SÁNCHEZ":       "sanchez",
		"Ines Valdor":   "ines valdor",
		"Łódź":          "łodz", // a letter of its own (Ł) stays; its accent marks go
		"Nguyễn Văn An": "nguyen van an",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}
