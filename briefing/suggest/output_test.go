package suggest

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestWriteJSONL(t *testing.T) {
	e := newEngine(t)
	sample := article(t, 1, "valmora.md").Text
	in, _ := json.Marshal(map[string]string{"id": "v1", "text": sample})
	var out bytes.Buffer
	if err := WriteJSONL(e, strings.NewReader(string(in)+"\n\n"+`{"id": 2, "text": ""}`+"\n"), &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d output lines, want 2", len(lines))
	}
	var got struct {
		ID      string   `json:"id"`
		Summary []string `json:"summary"`
		Actors  []struct {
			Text, Type, Role string
			Stance           []string
		} `json:"actors"`
		StickingPoints []struct{ Text string } `json:"sticking_points"`
		Outlook        []struct{ Text, Likelihood string }
	}
	if err := json.Unmarshal([]byte(lines[0]), &got); err != nil {
		t.Fatal(err)
	}
	if got.ID != "v1" || len(got.Summary) == 0 || len(got.Actors) == 0 || len(got.StickingPoints) == 0 || len(got.Outlook) == 0 {
		t.Errorf("incomplete line: %s", lines[0])
	}
	for _, s := range got.Summary {
		if !strings.Contains(sample, s) {
			t.Errorf("summary sentence %q is not in the text", s)
		}
	}
	if !strings.HasPrefix(lines[1], `{"id":2,"summary":[]`) {
		t.Errorf("empty text line: %s", lines[1])
	}
}

func TestWriteJSONLNamesTheBadLine(t *testing.T) {
	e := newEngine(t)
	for _, bad := range []string{`{"id": 1, "text": "ok."}` + "\n" + `[1,2]`, `{"id": 1, "text": "ok."}` + "\n" + `{"id": 2}`} {
		err := WriteJSONL(e, strings.NewReader(bad), &bytes.Buffer{})
		if err == nil || !strings.Contains(err.Error(), "line 2") {
			t.Errorf("%q: error %v, want one naming line 2", bad, err)
		}
	}
}

func TestWriteText(t *testing.T) {
	d := newEngine(t).Draft(nil)
	var b bytes.Buffer
	if err := WriteText(&b, d); err != nil {
		t.Fatal(err)
	}
	d = newEngine(t).Draft([]briefing.Article{article(t, 1, "valmora.md")})
	b.Reset()
	if err := WriteText(&b, d); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"SUMMARY", "ACTORS", "Mikhail Sokolov [PER] (Arvelian Foreign Minister)", "STICKING POINTS", "OUTLOOK", "[likely]"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
}
