package lazy

import (
	"regexp"
	"strings"
	"testing"
)

func TestFilterOf(t *testing.T) {
	for _, c := range []struct {
		src  string
		want string
	}{
		{`(?i)\bunacceptable\b`, "[unacceptable]"},
		{`(?i)\bno (?:deal|accord)\b`, "[no accord|no deal]"},
		{`\b[Tt]he (?:truce|deal) expires`, "[the deal expires|the truce expires]"},
		// a folded k or s (Kelvin sign, long s) splits the string
		{`(?i)breakthrough`, "[through]"},
		{`(?i)suspend`, "[pend]"},
		// unfolded, k and s stand
		{`breakthrough`, "[breakthrough]"},
		{`(?-i:May) arrive`, "[may arrive]"},
		// a match that may be empty or anything: none
		{`(?i)(?:deal)?`, "<none>"},
		{`\w+`, "<none>"},
		{`a|bcd`, "<none>"}, // "a" is too short to pay
		{`(?i)\bdemand|[^.]{3}`, "<none>"},
		{`(?i)\bcalls? for\b`, "([call] & [ for])"},
		// and, or
		{`(?i)\bagreed (?:on|to) [a-z]+ (?:deal|truce)|\bwithout\b`, "([without] | ([agreed on |agreed to ] & [ deal| truce]))"},
	} {
		if got := FilterOf(c.src).String(); got != c.want {
			t.Errorf("FilterOf(%q) = %q, want %q", c.src, got, c.want)
		}
	}
}

// TestFilterKeepsMatches: a text the expression matches always passes its
// filter, whatever its case, Unicode folds included.
func TestFilterKeepsMatches(t *testing.T) {
	srcs := []string{
		`(?i)\bunacceptable\b`, `(?i)breakthrough`, `(?i)suspend`, `(?i)\bno (?:deal|accord)\b`,
		`(?i)\bblam(?:e|es|ed|ing)\b`, `\b[Tt]he (?:truce|deal) expires`, `(?-i:May) arrive`,
		`(?i)Éclair`, `(?i)“talks”`, `(?i)\b(?:did not|didn't) (?:yield|reach)`,
	}
	texts := []string{
		"This is UNACCEPTABLE.", "A BREA\u212ATHROUGH came", "they SU\u017FPEND it", "No Deal today",
		"BLAMEſ", "The truce expires", "May arrive", "éclair", "ÉCLAIR", "“TALKS”", "DIDN'T REACH",
		"a breakthrough", "suſpend", "bla\u212Ame", "nothing here",
	}
	for _, src := range srcs {
		re, f := regexp.MustCompile(src), FilterOf(src)
		for _, s := range texts {
			for _, s := range []string{s, strings.ToLower(s), strings.ToUpper(s)} {
				if re.MatchString(s) && !f.May(s) {
					t.Errorf("%q matches %q, its filter %q rules it out", src, s, f)
				}
			}
		}
	}
	if f := FilterOf(`(?i)\bunacceptable\b`); f.May("quite acceptable") || !f.May(strings.Repeat("x", 600)+"Unacceptable") {
		t.Error("filter of unacceptable")
	}
}

func TestRegexpFiltered(t *testing.T) {
	l := RE(`(?i)\bno (deal|accord)\b`)
	if m := l.FindStringSubmatch("There is No Deal."); len(m) != 2 || m[1] != "Deal" {
		t.Errorf("FindStringSubmatch = %q", m)
	}
	if l.MatchString("no agreement") || l.FindStringIndex("nothing") != nil || l.ReplaceAllString("a deal", "x") != "a deal" {
		t.Error("matched a text without its words")
	}
	c := Compile(`(?i)\bdemand`)
	if !c.MatchString("DEMANDS") || c.FindStringIndex("we demand") == nil || c.MatchString("command") {
		t.Error("Compile")
	}
	if ms := c.FindAllStringIndex("a demand, then demands", -1); len(ms) != 2 || ms[1][0] != 15 {
		t.Errorf("FindAllStringIndex = %v", ms)
	}
	if c.FindAllStringIndex("no such word", -1) != nil {
		t.Error("FindAllStringIndex matched a text without its words")
	}
}
