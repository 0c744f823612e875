package suggest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHintIndex: a hint index finds the same rows hinted as hinted does,
// on every sentence and clause of the fixtures and on texts made to hold
// hints at their edges.
func TestHintIndex(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.*")
	texts := []string{"", "a", "no", "no ", "@", "x@y", "...", "©", "without", " sue "}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range strings.SplitAfter(string(b), ". ") {
			texts = append(texts, s)
			texts = append(texts, strings.Split(s, ", ")...)
		}
	}
	var sticking, forecast [][]string
	for _, c := range stickingCues() {
		sticking = append(sticking, c.hints)
	}
	for _, c := range forecastCues() {
		forecast = append(forecast, c.hints)
	}
	forecast = append(forecast, scheduledCues())
	for name, c := range map[string]struct {
		rows [][]string
		hs   rowHints
	}{
		"sticking": {sticking, stickingHints()}, "forecast": {forecast, forecastHints()},
		"furniture": {furnitureHints, furnitureHintIndex()},
	} {
		var all []string
		for _, r := range c.rows {
			all = append(all, r...)
		}
		for _, h := range all {
			texts = append(texts, h, "x"+h, h+"y", strings.ToUpper(h))
		}
		held := 0
		for _, s := range texts {
			lower := strings.ToLower(s)
			bits := c.hs.index.present(lower)
			for k, r := range c.rows {
				if got, want := bits.any(c.hs.masks[k]), hinted(lower, r); got != want {
					t.Errorf("%s row %d on %q: index %v, hinted %v", name, k, lower, got, want)
				} else if got {
					held++
				}
			}
		}
		if held < 100 {
			t.Errorf("%s: only %d rows hinted", name, held)
		}
	}
}
