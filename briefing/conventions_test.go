package briefing

import (
	"testing"
	"time"
)

func TestMetaLineAndBasedOn(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 11, d, 8, 0, 0, 0, time.UTC) }
	b := &Brief{AsOf: day(14), Author: "  Desk\nEast ", Version: "2",
		Sources: []Source{{Published: day(12)}, {Published: day(10)}, {}}}
	if got, want := MetaLine(b), "As of 14 November 2026 · Desk East · Version 2 · Based on 3 articles, 10–12 Nov 2026"; got != want {
		t.Errorf("MetaLine = %q, want %q", got, want)
	}
	for _, c := range []struct {
		dates []time.Time
		want  string
	}{
		{nil, "Based on 0 articles"},
		{[]time.Time{day(3)}, "Based on 1 article, 3 Nov 2026"},
		{[]time.Time{day(3), time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)}, "Based on 2 articles, 3 Nov – 1 Dec 2026"},
		{[]time.Time{day(3), time.Date(2027, 1, 2, 0, 0, 0, 0, time.UTC)}, "Based on 2 articles, 3 Nov 2026 – 2 Jan 2027"},
	} {
		var b Brief
		for _, d := range c.dates {
			b.Sources = append(b.Sources, Source{Published: d})
		}
		if got := BasedOn(&b); got != c.want {
			t.Errorf("BasedOn = %q, want %q", got, c.want)
		}
	}
}

func TestRunInSourceTextHandlingColor(t *testing.T) {
	if lead, rest, ok := RunIn("Watch for: the envoy's return."); !ok || lead != "Watch for:" || rest != " the envoy's return." {
		t.Errorf("RunIn = %q %q %v", lead, rest, ok)
	}
	if _, _, ok := RunIn("The talks, which began in March and stalled twice: resumed."); ok {
		t.Error("a long clause before a colon was taken for a run-in label")
	}
	o, h, d, u := SourceText(Source{Outlet: " Harbour\nGazette ", Title: "Quay  reopens", URL: " https://example.org/q ",
		Published: time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)})
	if o != "Harbour Gazette" || h != "Quay reopens" || d != "9 Mar 2026" || u != "https://example.org/q" {
		t.Errorf("SourceText = %q %q %q %q", o, h, d, u)
	}
	if HandlingColor("tlp:amber+strict") != (Color{0xb8, 0x6e, 0x00}) || HandlingColor("internal") != MetaGrey {
		t.Error("HandlingColor: amber or the fallback is wrong")
	}
}
