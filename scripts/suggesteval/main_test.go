package main

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/suggest"
)

// A tiny invented set, in the shape of the shared files.
const tinySet = `{"id": "a1", "text": "Two days of talks between Arvelia and Sarkand ended without agreement on Tuesday. Foreign Minister Mikhail Sokolov said the demand was unacceptable. The United Nations said talks would continue next week."}
{"id": "a2", "text": "President Lena Hartmann of Valdoria met Chancellor Otto Brenner in Geneva on Monday. They agreed a plan to share the river water over the next decade. Critics in both capitals said the deal came too late."}
`

func TestRunWritesScorerInput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(in, []byte(tinySet), 0o644); err != nil {
		t.Fatal(err)
	}
	e, err := suggest.New()
	if err != nil {
		t.Fatal(err)
	}
	sumOut, entOut := filepath.Join(dir, "sum.jsonl"), filepath.Join(dir, "ent.jsonl")
	if err := run(e, in, sumOut, summaryLine); err != nil {
		t.Fatal(err)
	}
	if err := run(e, in, entOut, entityLine); err != nil {
		t.Fatal(err)
	}
	var sums []struct {
		ID      string   `json:"id"`
		Summary []string `json:"summary"`
	}
	readLines(t, sumOut, &sums)
	if len(sums) != 2 || sums[0].ID != "a1" || len(sums[0].Summary) == 0 {
		t.Fatalf("summaries: %+v", sums)
	}
	if !strings.HasPrefix(sums[0].Summary[0], "Two days of talks") {
		t.Errorf("first summary sentence %q", sums[0].Summary[0])
	}
	var ents []struct {
		ID       string   `json:"id"`
		Entities []entity `json:"entities"`
	}
	readLines(t, entOut, &ents)
	want := map[string]entity{"a1": {"Mikhail Sokolov", "PER"}, "a2": {"Geneva", "LOC"}}
	for _, l := range ents {
		found := false
		for _, e := range l.Entities {
			if e == want[l.ID] {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %v not in %+v", l.ID, want[l.ID], l.Entities)
		}
	}
	if len(ents) != 2 {
		t.Errorf("%d entity lines, want 2", len(ents))
	}
}

func TestRunNamesTheBadLine(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	os.WriteFile(in, []byte(tinySet+"{not json\n"), 0o644)
	e, _ := suggest.New()
	err := run(e, in, filepath.Join(dir, "out.jsonl"), summaryLine)
	if err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("error %v, want one naming line 3", err)
	}
}

// TestScorersOnTinySet runs the shared scorers on the tiny set when they are
// there; the data itself is never needed.
func TestScorersOnTinySet(t *testing.T) {
	scorer := "../../../shared/eval/rouge.py"
	if _, err := os.Stat(scorer); err != nil {
		t.Skip("../shared/eval is absent")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("no python3")
	}
	dir := t.TempDir()
	refs := filepath.Join(dir, "refs.jsonl")
	os.WriteFile(refs, []byte(`{"id": "a1", "reference": "Talks between Arvelia and Sarkand ended without agreement.\nTalks will continue next week."}
{"id": "a2", "reference": "Valdoria and its neighbour agreed to share river water."}
`), 0o644)
	in := filepath.Join(dir, "in.jsonl")
	os.WriteFile(in, []byte(tinySet), 0o644)
	e, _ := suggest.New()
	out := filepath.Join(dir, "sum.jsonl")
	if err := run(e, in, out, summaryLine); err != nil {
		t.Fatal(err)
	}
	b, err := exec.Command("python3", scorer, refs, out).CombinedOutput()
	if err != nil || !strings.Contains(string(b), "rouge1") {
		t.Fatalf("rouge.py: %v\n%s", err, b)
	}
}

func readLines(t *testing.T, path string, v any) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var raw []json.RawMessage
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		raw = append(raw, append(json.RawMessage(nil), sc.Bytes()...))
	}
	b, _ := json.Marshal(raw)
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatal(err)
	}
}
