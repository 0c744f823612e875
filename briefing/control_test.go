package briefing

import (
	"strings"
	"testing"
)

// TestFinishStripsControlCharacters covers issue 12 item 13: C0 and C1
// control characters (terminal escapes among them) never reach the
// metadata stored at import.
func TestFinishStripsControlCharacters(t *testing.T) {
	a := Article{
		Title:  "Markets\x1b]0;owned\x07 rally\x1b[2J on\tthe\nnews",
		Outlet: "Harbour\u009b31m Times\x7f",
		Author: "Desk\x00 Editor\r",
		URL:    "https://harbour.example/\x1b[1mrally",
		Text:   "Shares rose on Tuesday.",
	}
	a.Finish()
	for name, v := range map[string]string{"Title": a.Title, "Outlet": a.Outlet, "Author": a.Author, "URL": a.URL} {
		if strings.IndexFunc(v, isControl) >= 0 {
			t.Errorf("%s = %q still holds control characters", name, v)
		}
	}
	if a.Title != "Markets]0;owned rally[2J on the news" || a.Outlet != "Harbour31m Times" || a.Author != "Desk Editor" {
		t.Errorf("Finish gave %q / %q / %q", a.Title, a.Outlet, a.Author)
	}
}

func TestEscapeControl(t *testing.T) {
	for in, want := range map[string]string{
		"plain title":         "plain title",
		"Кириллица — ok":      "Кириллица — ok",
		"bad\nok 99 fake.pdf": `bad\nok 99 fake.pdf`,
		"\x1b]0;title\x07":    `\x1b]0;title\a`,
		"c1 \u009b here\x7f":  `c1 \u009b here\x7f`,
		"tab\there":           `tab\there`,
		"broken \xff byte":    `broken \xff byte`,
	} {
		if got := EscapeControl(in); got != want {
			t.Errorf("EscapeControl(%q) = %q, want %q", in, got, want)
		}
	}
}
