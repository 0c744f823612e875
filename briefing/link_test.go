package briefing

import "testing"

func TestLinkableURL(t *testing.T) {
	for u, want := range map[string]bool{
		"https://harbour.example/lease":     true,
		"HTTP://harbour.example/":           true,
		" https://harbour.example/a ":       true,
		"javascript:alert(document.cookie)": false,
		"JavaScript://harbour.example/%0a":  false,
		"file:///etc/passwd":                false,
		"data:text/html,<b>x</b>":           false,
		"/relative/path":                    false,
		"https:opaque":                      false,
		"https://harbour.example/a\nb":      false,
		"":                                  false,
	} {
		if got := LinkableURL(u); got != want {
			t.Errorf("LinkableURL(%q) = %v, want %v", u, got, want)
		}
	}
}
