package evalfloor

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// Floors, just under the whole-file figures measured on 2026-12-07
// (summaries-dev ROUGE-1/2/Lsum 40.31/18.78/37.05, Lead-3 39.9/18.3/36.6;
// actors-dev F1 85.75; actors-world-dev 79.53; multi-dev summary R1 29.61
// vs Lead-3 27.8, actor coverage 0.496, broken glued 45, fragment labels 2,
// fragment item text 9, furniture 0, no crash).
const (
	floorRouge1, floorRouge2, floorRougeLsum = 40.0, 18.5, 36.7
	floorConllF1, floorWorldF1               = 85.4, 79.3
	floorMultiR1, floorCoverage              = 29.3, 0.49
	ceilGlued, ceilFragment, ceilFragText    = 48, 4, 11
)

func TestAssistantStaysAboveItsFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("scores the dev files (minutes)")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	eval := filepath.Join(root, "..", "shared", "eval")
	if _, err := os.Stat(filepath.Join(eval, "multi_eval.py")); err != nil {
		t.Skip("../shared/eval not present")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: the scorers are Python")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go not found")
	}
	tmp := t.TempDir()
	run := func(name string, args ...string) string {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Dir = root
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s %v: %v\n%s", name, args, err, out)
		}
		return string(out)
	}
	tags := "sqlite_fts5 migrated_fynedo"
	se, bd := filepath.Join(tmp, "suggesteval"), filepath.Join(tmp, "briefdesk")
	run(goBin, "build", "-tags", tags, "-o", se, "./scripts/suggesteval")
	run(goBin, "build", "-tags", tags, "-o", bd, "./cmd/briefdesk")

	t.Run("single-article summaries above their floor", func(t *testing.T) {
		out := filepath.Join(tmp, "summaries.jsonl")
		run(se, "-summaries", filepath.Join(eval, "summaries-dev.jsonl"), "-summary-out", out)
		score := run(python, filepath.Join(eval, "rouge.py"), filepath.Join(eval, "summaries-dev.jsonl"), out)
		for _, c := range []struct {
			metric string
			floor  float64
		}{{"rouge1", floorRouge1}, {"rouge2", floorRouge2}, {"rougeLsum", floorRougeLsum}} {
			if got := figure(t, score, `(?m)^`+c.metric+` +F1 +([\d.]+)`); got < c.floor {
				t.Errorf("summaries-dev %s F1 %.2f, floor %.2f", c.metric, got, c.floor)
			}
		}
	})
	t.Run("actors above their floor", func(t *testing.T) {
		for _, c := range []struct {
			file  string
			floor float64
		}{{"actors-dev.jsonl", floorConllF1}, {"actors-world-dev.jsonl", floorWorldF1}} {
			out := filepath.Join(tmp, "out-"+c.file)
			run(se, "-actors", filepath.Join(eval, c.file), "-actors-out", out)
			score := run(python, filepath.Join(eval, "ner_eval.py"), filepath.Join(eval, c.file), out)
			if got := figure(t, score, `(?m)^  ALL .* F1 +([\d.]+)`); got < c.floor {
				t.Errorf("%s NER F1 %.2f, floor %.2f", c.file, got, c.floor)
			}
		}
	})
	t.Run("multi-article briefs above their floor", func(t *testing.T) {
		js := filepath.Join(tmp, "multi.json")
		run(python, filepath.Join(eval, "multi_eval.py"), bd, "--quiet", "--json", js)
		raw, err := os.ReadFile(js)
		if err != nil {
			t.Fatal(err)
		}
		var m struct {
			Errors []json.RawMessage `json:"errors"`
			Rouge  map[string]struct {
				Rouge1 float64 `json:"rouge1"`
			} `json:"rouge"`
			Actors struct {
				Coverage float64 `json:"coverage"`
			} `json:"actors"`
			Broken map[string]int `json:"broken"`
		}
		if err := json.Unmarshal(raw, &m); err != nil {
			t.Fatal(err)
		}
		r1 := m.Rouge["brief"].Rouge1
		switch {
		case len(m.Errors) != 0:
			t.Errorf("%d clusters failed to draft: %s", len(m.Errors), m.Errors[0])
		case r1 < floorMultiR1 || r1 <= m.Rouge["lead3"].Rouge1 || r1 <= m.Rouge["firsts"].Rouge1:
			t.Errorf("summary R1 %.2f: floor %.2f, Lead-3 %.2f, first sentences %.2f", r1, floorMultiR1, m.Rouge["lead3"].Rouge1, m.Rouge["firsts"].Rouge1)
		}
		if m.Actors.Coverage < floorCoverage {
			t.Errorf("actor coverage %.3f, floor %.3f", m.Actors.Coverage, floorCoverage)
		}
		for _, c := range []struct {
			kind string
			max  int
		}{{"glued", ceilGlued}, {"fragment", ceilFragment}, {"fragment_text", ceilFragText}, {"furniture", 0}} {
			if n := m.Broken[c.kind]; n > c.max {
				t.Errorf("broken output %s: %d, at most %d", c.kind, n, c.max)
			}
		}
	})
}

// figure returns the number pattern's first group finds in out.
func figure(t *testing.T, out, pattern string) float64 {
	t.Helper()
	m := regexp.MustCompile(pattern).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no %s in the scorer's output:\n%s", pattern, out)
	}
	v, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
