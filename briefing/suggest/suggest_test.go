package suggest

import (
	"os"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func newEngine(t testing.TB) *Engine {
	t.Helper()
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func article(t testing.TB, id int64, file string) briefing.Article {
	t.Helper()
	b, err := os.ReadFile("testdata/" + file)
	if err != nil {
		t.Fatal(err)
	}
	return briefing.Article{ID: id, Title: file, Text: string(b)}
}

func actorNamed(d Draft, name string) (Actor, bool) {
	for _, a := range d.Actors {
		if a.Name == name {
			return a, true
		}
		for _, al := range a.Aliases {
			if al == name {
				return a, true
			}
		}
	}
	return Actor{}, false
}

func TestDraftFindsEveryActorWithItsRole(t *testing.T) {
	d := newEngine(t).Draft([]briefing.Article{article(t, 1, "valmora.md")})
	for _, tc := range []struct{ name, typ, role string }{
		{"Mikhail Sokolov", "PER", "Arvelian Foreign Minister"},
		{"Aylin Erdoğan-Kaya", "PER", "Deputy Prime Minister"},
		{"Jean-Pierre Moreau", "PER", "United Nations envoy"},
		{"Margit Lindqvist", "PER", "EU foreign policy chief"},
		{"Daniel Okafor", "PER", "Washington's special envoy"},
		{"European Union", "ORG", ""},
		{"United States", "LOC", ""},
		{"Arvelia", "LOC", ""},
		{"Sarkand", "LOC", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, ok := actorNamed(d, tc.name)
			if !ok {
				t.Fatalf("actor %q not found in %+v", tc.name, d.Actors)
			}
			if a.Type != tc.typ || a.Role != tc.role || !a.Acts || len(a.Stance) == 0 {
				t.Errorf("got %s %s (%s) acts=%v stance=%d, want %s (%s) with a stance", a.Name, a.Type, a.Role, a.Acts, len(a.Stance), tc.typ, tc.role)
			}
		})
	}
	t.Run("aliases are merged", func(t *testing.T) {
		for full, alias := range map[string]string{"Mikhail Sokolov": "Михаил Соколов", "European Union": "EU",
			"United States": "Washington", "Sarkand": "Republic of Sarkand", "Jean-Pierre Moreau": "Moreau"} {
			a, _ := actorNamed(d, full)
			if b, _ := actorNamed(d, alias); a.Name != b.Name || a.Name == "" {
				t.Errorf("%q and %q are different actors: %q, %q", full, alias, a.Name, b.Name)
			}
		}
	})
	t.Run("Kremlin is linked to Russia", func(t *testing.T) {
		d := newEngine(t).Draft([]briefing.Article{article(t, 2, "kyiv-talks.txt")})
		a, ok := actorNamed(d, "Kremlin")
		if !ok || a.Name != "Russia" {
			t.Errorf("Kremlin belongs to %q, want Russia", a.Name)
		}
	})
}

func TestDraftFindsTheTerritorialDemandAsStickingPoint(t *testing.T) {
	d := newEngine(t).Draft([]briefing.Article{article(t, 1, "valmora.md")})
	for _, p := range d.StickingPoints[:min(4, len(d.StickingPoints))] {
		text := p.Text
		for _, s := range p.also {
			text += " " + s.Text
		}
		if strings.Contains(text, "full control of the Dorna corridor") {
			if !strings.Contains(strings.Join(p.Parties, " "), "Arvelia") || !strings.Contains(strings.Join(p.Parties, " "), "Sarkand") {
				t.Errorf("parties %q, want Arvelia and Sarkand", p.Parties)
			}
			if !strings.Contains(p.Issue, "Dorna corridor") {
				t.Errorf("issue %q, want the corridor", p.Issue)
			}
			return
		}
	}
	t.Errorf("the corridor demand is not among the top sticking points: %+v", d.StickingPoints)
}

func TestDraftFindsTechnicalTalksAsOutlook(t *testing.T) {
	d := newEngine(t).Draft([]briefing.Article{article(t, 1, "valmora.md")})
	found, hedged := false, false
	for i, f := range d.Outlook {
		if strings.Contains(f.Text, "technical level") && i < 3 {
			found = true
			if f.Likelihood != briefing.Likely {
				t.Errorf("likelihood %q, want likely", f.Likelihood)
			}
		}
		if strings.Contains(f.Text, "was unlikely") {
			hedged = true
			if f.Likelihood != briefing.Unlikely {
				t.Errorf("%q: likelihood %q, want unlikely", f.Text, f.Likelihood)
			}
		}
	}
	if !found {
		t.Errorf("technical-level talks are not among the top forecasts: %+v", d.Outlook)
	}
	if !hedged {
		t.Errorf("the hedged sentence (\"was unlikely\") is not a forecast: %+v", d.Outlook)
	}
}

func TestDraftSummaryPutsTheBottomLineFirst(t *testing.T) {
	d := newEngine(t).Draft([]briefing.Article{article(t, 1, "valmora.md")})
	if len(d.Summary) < 2 || len(d.Summary) > 4 {
		t.Fatalf("summary has %d sentences, want 2-4", len(d.Summary))
	}
	if !strings.Contains(d.Summary[0].Text, "ended on Wednesday without agreement") {
		t.Errorf("first summary sentence %q, want the outcome of the talks", d.Summary[0].Text)
	}
	for _, s := range d.Summary {
		if strings.HasPrefix(s.Text, "#") || strings.HasPrefix(s.Text, "By ") {
			t.Errorf("heading or byline in summary: %q", s.Text)
		}
	}
}

func TestEveryProvenanceSlicesItsSentence(t *testing.T) {
	arts := []briefing.Article{article(t, 1, "valmora.md"), article(t, 2, "kyiv-talks.txt")}
	byID := map[int64]string{1: arts[0].Text, 2: arts[1].Text}
	d := newEngine(t).Draft(arts)
	check := func(what string, s Sentence) {
		t.Helper()
		if got := s.Prov.Slice(byID[s.Prov.ArticleID]); got != s.Text || got == "" {
			t.Errorf("%s: provenance %+v slices %q, want %q", what, s.Prov, got, s.Text)
		}
	}
	for _, s := range d.Summary {
		check("summary", s)
	}
	for _, a := range d.Actors {
		for _, s := range a.Stance {
			check("stance of "+a.Name, s)
		}
	}
	for _, p := range d.StickingPoints {
		check("sticking point", p.Sentence)
	}
	for _, f := range d.Outlook {
		check("forecast", f.Sentence)
	}
	b := &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: 1}, {N: 2, ArticleID: 2}}}
	sug := d.Suggestions(b)
	for _, sec := range briefing.Sections {
		if len(sug[sec]) == 0 {
			t.Errorf("no suggestion for %s", sec)
		}
		for _, s := range sug[sec] {
			if _, body := briefing.SplitLead(s.Text); sec == briefing.SectionActors && pointsTo(body) != "" {
				// an actor pointing to the section that quotes its
				// sentence: the sources are that section's spans
				var in briefing.Brief
				in.Sources = b.Sources
				Fill(&in, d)
				for _, p := range s.Sources {
					if src := p.Slice(byID[p.ArticleID]); src == "" || !strings.Contains(sectionNamed(&in, pointsTo(body)), src) {
						t.Errorf("%q: source %q is not in the %s", s.Text, src, pointsTo(body))
					}
				}
				if len(s.Sources) == 0 {
					t.Errorf("%q has no source", s.Text)
				}
				continue
			}
			for _, p := range s.Sources {
				src := p.Slice(byID[p.ArticleID])
				if src == "" || !strings.Contains(s.Text, strings.TrimRight(src, ".")) && !restated(s.Text, src) {
					t.Errorf("%s suggestion %q does not contain its source %q", sec, s.Text, src)
				}
			}
			if sec.Bulleted() && len(s.Sources) == 1 {
				// the item quotes exactly the span its provenance points to
				body := s.Text[strings.LastIndex(s.Text, briefing.LeadSeparator)+len(briefing.LeadSeparator):]
				body = unquote(strings.TrimSuffix(strings.TrimSuffix(body, " [1]"), " [2]"))
				if got := s.Sources[0].Slice(byID[s.Sources[0].ArticleID]); got != body {
					t.Errorf("%s item %q: provenance slices %q, want exactly %q", sec, s.Text, got, body)
				}
			}
			if !strings.Contains(s.Text, "[1]") && !strings.Contains(s.Text, "[2]") {
				t.Errorf("%s suggestion %q has no citation marker", sec, s.Text)
			}
		}
	}
	cyr := false
	for _, a := range d.Actors {
		for _, s := range a.Stance {
			if strings.ContainsAny(s.Text, "РуменвдиМС") {
				cyr = true
			}
		}
	}
	if !cyr {
		t.Error("no stance sentence with a Cyrillic name was checked")
	}
}

func TestSuggestionsFormat(t *testing.T) {
	d := newEngine(t).Draft([]briefing.Article{article(t, 1, "valmora.md")})
	b := &briefing.Brief{Sources: []briefing.Source{{N: 3, ArticleID: 1}}}
	sug := d.Suggestions(b)
	found := false
	for _, s := range sug[briefing.SectionActors] {
		lead, _ := briefing.SplitLead(s.Text)
		if lead == "Mikhail Sokolov (Arvelian Foreign Minister)" {
			found = true
		}
		if !strings.Contains(s.Text, " [3]") {
			t.Errorf("actor %q: no [3] marker", s.Text)
		}
	}
	if !found {
		t.Errorf("no actor item led by Sokolov with his role: %+v", sug[briefing.SectionActors])
	}
	for _, s := range sug[briefing.SectionStickingPoints] {
		if strings.Contains(s.Text, "Dorna corridor — Arvelia vs Sarkand — ") {
			found = false
		}
	}
	if found {
		t.Errorf("no \"issue — A vs B — gap\" item for the corridor: %+v", sug[briefing.SectionStickingPoints])
	}
	for i, s := range sug[briefing.SectionOutlook] {
		if !s.Likelihood.Valid() {
			t.Errorf("outlook %q: no likelihood term", s.Text)
		}
		if i == 0 && !strings.Contains(s.Text, "Assessment: ") {
			t.Errorf("first outlook candidate %q is not the composed outlook", s.Text)
		}
	}
}

func TestFillOnlyEmptySections(t *testing.T) {
	d := newEngine(t).Draft([]briefing.Article{article(t, 1, "valmora.md")})
	b := &briefing.Brief{Summary: "Mine.", Sources: []briefing.Source{{N: 1, ArticleID: 1}}}
	Fill(b, d)
	if b.Summary != "Mine." {
		t.Errorf("summary overwritten: %q", b.Summary)
	}
	if n := len(b.Actors); n < 3 || n > 6 {
		t.Errorf("%d actors, want 3-6: %q", n, b.Actors)
	}
	if n := len(b.StickingPoints); n < 2 || n > 4 {
		t.Errorf("%d sticking points, want 2-4: %q", n, b.StickingPoints)
	}
	if b.Outlook == "" {
		t.Error("outlook empty")
	}
	b2 := &briefing.Brief{Sources: b.Sources}
	Fill(b2, d)
	if n := strings.Count(b2.Summary, "[1]"); n < 2 || n > 4 {
		t.Errorf("summary has %d cited sentences, want 2-4: %q", n, b2.Summary)
	}
}

func TestDraftOfNothing(t *testing.T) {
	d := newEngine(t).Draft(nil)
	if len(d.Summary)+len(d.Actors)+len(d.StickingPoints)+len(d.Outlook) != 0 {
		t.Errorf("draft of no article: %+v", d)
	}
	Fill(&briefing.Brief{}, d)
	d = newEngine(t).Draft([]briefing.Article{{ID: 1, Text: "   \n\n  "}})
	if len(d.Summary) != 0 {
		t.Errorf("summary of blank text: %+v", d.Summary)
	}
}

// restated reports whether text restates src: the outlook's assessment
// keeps the hedged sentence's subject ("a comprehensive deal before the end
// of the year") but not its words around it.
func restated(text, src string) bool {
	w := strings.Fields(strings.TrimRight(src, "."))
	for i := 0; i+5 <= len(w); i++ {
		if strings.Contains(text, strings.Join(w[i:i+5], " ")) {
			return true
		}
	}
	return false
}

// One composer: what Suggest writes in an empty section is the first
// candidate the section lists, with the spans it quotes as its sources.
func TestSuggestionsListFirstWhatFillWrites(t *testing.T) {
	for _, files := range [][]string{{"valmora.md"}, {"brenna-monitors.txt", "norvask-sanctions.txt"}} {
		var arts []briefing.Article
		b := &briefing.Brief{}
		for i, f := range files {
			arts = append(arts, article(t, int64(i+1), f))
			b.Sources = append(b.Sources, briefing.Source{N: i + 1, ArticleID: int64(i + 1)})
		}
		d := newEngine(t).Draft(arts)
		sug := d.Suggestions(b)
		Fill(b, d)
		for _, sec := range briefing.Sections {
			want := []string{b.Text(sec)}
			if sec.Bulleted() {
				want = briefing.SplitItems(b.Text(sec))
			}
			if len(want) == 0 || want[0] == "" {
				continue
			}
			if len(sug[sec]) < len(want) {
				t.Errorf("%v %s: %d candidates, Fill wrote %d", files, sec, len(sug[sec]), len(want))
				continue
			}
			for i, w := range want {
				if got := sug[sec][i]; got.Text != w || len(got.Sources) == 0 {
					t.Errorf("%v %s candidate %d = %q (%d sources), Fill wrote %q", files, sec, i, got.Text, len(got.Sources), w)
				}
			}
		}
	}
}

// sectionNamed is the text of the section with heading h.
func sectionNamed(b *briefing.Brief, h string) string {
	for _, sec := range briefing.Sections {
		if sec.Heading() == h {
			return b.Text(sec)
		}
	}
	return ""
}
