package layout

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/layout/testbrief"
)

// FuzzLayout feeds arbitrary text to every section: layout must not panic,
// must keep every run inside the side margins, and must lose no characters
// of the text it was given.
func FuzzLayout(f *testing.F) {
	b := testbrief.Full()
	f.Add(b.Summary, b.Actors[0], b.Outlook)
	f.Add("", "", "")
	f.Add("[1][2][3]", "— lead only —", "Watch for: x")
	f.Add(strings.Repeat("x", 500), "https://example.org/"+strings.Repeat("a/", 200), "Путин Київ Erdoğan \u200b\U0001F600")
	f.Fuzz(func(t *testing.T, summary, actor, outlook string) {
		b := testbrief.Full()
		b.Summary, b.Actors, b.Outlook = summary, []string{actor}, outlook
		p, _ := Layout(b, Options{})
		var printed strings.Builder
		for _, l := range p.Lines {
			for _, r := range l.Runs {
				if r.X < p.Margin-0.01 || r.X+r.Width > p.Width-p.Margin+0.01 {
					t.Fatalf("run %q spans %.2f–%.2f outside the margins", r.Text, r.X, r.X+r.Width)
				}
				if l.Block == "summary" {
					printed.WriteString(r.Text)
				}
			}
		}
		if strings.TrimSpace(summary) != "" {
			fc, _ := faces()
			want := strings.Join(strings.Fields(fc[Regular].clean(summary)), "")
			if got := strings.ReplaceAll(printed.String(), " ", ""); got != want && !strings.Contains(got, want) {
				t.Fatalf("summary printed as %q, want the characters of %q", got, want)
			}
		}
	})
}
