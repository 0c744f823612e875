package suggest

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
)

// A subordinator that is the last word of its sentence leaves no clause
// after it; clauses once sliced past the sentence's end there.
func TestClausesWithATrailingStarter(t *testing.T) {
	for _, text := range []string{
		"The ministers backed the plan in the end, though.",
		"Backing for the deal was thin, though, with several delegates calling it rushed.",
		"The vote was delayed again, since.",
	} {
		s := Sentence{Text: text, Prov: briefing.Provenance{ArticleID: 1, Start: 10, End: 10 + len(text)}}
		for _, c := range clauses(s) {
			if c.Prov.Start < s.Prov.Start || c.Prov.End > s.Prov.End || c.Prov.Start > c.Prov.End {
				t.Errorf("%q: clause %q has provenance %v outside the sentence", text, c.Text, c.Prov)
			}
		}
	}
}

// checkDraft drafts and fills a brief from texts and checks that every
// suggestion's provenance slices its article exactly.
func checkDraft(t testing.TB, e *Engine, texts []string) {
	t.Helper()
	var arts []briefing.Article
	b := &briefing.Brief{}
	for i, tx := range texts {
		arts = append(arts, briefing.Article{ID: int64(i + 1), Title: "Report", Text: tx})
		b.Sources = append(b.Sources, briefing.Source{N: i + 1, ArticleID: int64(i + 1)})
	}
	d := e.Draft(arts)
	Fill(b, d)
	for sec, list := range d.Suggestions(b) {
		for _, s := range list {
			for _, p := range s.Sources {
				if p.ArticleID < 1 || int(p.ArticleID) > len(arts) {
					t.Fatalf("%v suggestion %q cites article %d of %d", sec, s.Text, p.ArticleID, len(arts))
				}
				text := arts[p.ArticleID-1].Text
				if p.Start < 0 || p.End > len(text) || p.Start > p.End {
					t.Fatalf("%v suggestion %q: provenance %v outside its article of %d bytes", sec, s.Text, p, len(text))
				}
			}
		}
	}
}

func FuzzDraftAndFill(f *testing.F) {
	for _, seed := range []string{
		"Talks in Geneva ended without a deal on Friday, though.\n\nThe envoy said the sides would meet again",
		"GENEVA (Wire) — Support for the plan was thin, though, with some delegates saying Orlov is stalling.",
		"\"We will not give up an inch,\" the minister said, adding that the talks could resume. Photo: A. Name / Agency",
		"Premium content for only a dollar\nSubscribe today\n\nThe council is likely to vote next week; a deal is unlikely.",
		"“Unclosed quotation, said nobody\n,\n.\n\"\n",
		"Ms. Adebayo-Okafor met Sheikh Al-Rashid and Nguyễn Thị Lan in Addis Ababa. They agreed on a ten-point plan",
		"",
	} {
		f.Add(seed, "The second report adds little, though.")
	}
	e := newEngine(f)
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			t.Skip()
		}
		checkDraft(t, e, []string{a, b})
	})
}

// Every cluster of the shared multi-article dev file drafts without a panic
// (skipped when ../shared/eval is absent: its texts are never copied here).
func TestDraftEveryDevCluster(t *testing.T) {
	f, err := os.Open("../../../shared/eval/multi-dev.jsonl")
	if err != nil {
		t.Skip("../shared/eval/multi-dev.jsonl not present")
	}
	defer f.Close()
	if testing.Short() {
		t.Skip("drafts 410 clusters")
	}
	e := newEngine(t)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		var c struct {
			ID       json.RawMessage `json:"id"`
			Articles []struct {
				Text string `json:"text"`
			} `json:"articles"`
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		var texts []string
		for _, a := range c.Articles {
			texts = append(texts, strings.TrimSpace(a.Text))
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("cluster %s: panic: %v", c.ID, r)
				}
			}()
			checkDraft(t, e, texts)
		}()
		n++
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no cluster read")
	}
}
