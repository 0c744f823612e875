package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Issue 12 item 23: one bad line in suggest --jsonl costs that line only.
func TestSuggestJSONLKeepsTheGoodLines(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	lines := []string{
		`{"id":"a","text":"The harbour board met the unions on Monday. Talks will resume next week."}`,
		`{"id":"b","text": not json}`,
		`{"id":"c","text":"Ferry crews ended their strike after the operator raised pay."}`,
	}
	if err := os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := cli(t, filepath.Join(dir, "archive.db"), "", "suggest", "--jsonl", in)
	var ids []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var o struct{ ID string }
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatalf("stdout line %q: %v", l, err)
		}
		ids = append(ids, o.ID)
	}
	if strings.Join(ids, ",") != "a,c" {
		t.Errorf("ids written = %v, want a,c\nstderr: %s", ids, errOut)
	}
	if code == 0 || !strings.Contains(errOut, "line 2") || strings.Contains(errOut, "line 1:") {
		t.Errorf("exit %d, stderr %q; want a failure naming line 2", code, errOut)
	}
}
