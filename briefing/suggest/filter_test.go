package suggest

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/internal/lazy"
)

// TestFiltersKeepMatches: no expression's filter (lazy.Filter) rules out a
// sentence or clause of the fixtures that the expression matches.
func TestFiltersKeepMatches(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.*")
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			texts = append(texts, line)
			for _, s := range strings.SplitAfter(line, ". ") {
				texts = append(texts, s, strings.ToUpper(s))
				texts = append(texts, strings.Split(s, ", ")...)
			}
		}
	}
	var srcs []string
	for _, r := range lazy.All() {
		srcs = append(srcs, r.String())
	}
	for _, c := range stickingCues() {
		srcs = append(srcs, c.re.String())
	}
	for _, c := range forecastCues() {
		srcs = append(srcs, c.re.String())
	}
	filtered, matches := 0, 0
	for _, src := range srcs {
		f := lazy.FilterOf(src)
		if f == nil {
			continue
		}
		filtered++
		re := regexp.MustCompile(src)
		for _, s := range texts {
			if re.MatchString(s) {
				matches++
				if !f.May(s) {
					t.Errorf("%q matches %q, its filter rules it out", src, s)
				}
			}
		}
	}
	if filtered < 50 || matches < 500 {
		t.Errorf("only %d expressions with a filter, %d matches", filtered, matches)
	}
}
