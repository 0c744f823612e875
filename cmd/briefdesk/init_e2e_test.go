package main

import (
	"bufio"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/internal/lazy"
)

// initBudget is the most a package of ours may allocate at init (bytes).
// The largest today is briefing/suggest, ~13 KB of first-use wrappers;
// building its word lists and expressions there took 3.5 MB and ~5.5 ms of
// every CLI command's start (issue 12), ner's 126 KB, export's template
// 24 KB. A small expression is 2–9 KB and may fit: internal/lazy's
// TestNothingCompiledAtInit finds those in the sources.
const initBudget = 16 << 10

// TestNothingLoadedAtInit runs the built binary under GODEBUG=inittrace=1
// and checks what each of the module's packages allocates at init; word
// lists read at init are also caught by briefing/suggest's own test of the
// same name, which counts the reads.
func TestNothingLoadedAtInit(t *testing.T) {
	cmd := exec.Command(binary, "version")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1", "LANG=en_US.UTF-8")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("briefdesk version: %v\n%s", err, out)
	}
	seen := 0
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	for sc.Scan() {
		// init github.com/briefdesk/briefdesk/storage @5.3 ms, 0.074 ms clock, 45224 bytes, 373 allocs
		f := strings.Fields(sc.Text())
		if len(f) != 11 || f[0] != "init" || f[8] != "bytes," || !strings.HasPrefix(f[1], "github.com/briefdesk/briefdesk/") {
			continue
		}
		seen++
		if n, err := strconv.Atoi(f[7]); err != nil || n > initBudget {
			t.Errorf("%s allocates %s bytes at init (budget %d): build it when first used (internal/lazy)", f[1], f[7], initBudget)
		}
	}
	if seen == 0 {
		t.Fatalf("no init line of the module's packages in:\n%s", out)
	}
}

// TestLazyRegexpsCompile compiles every expression of internal/lazy in the
// packages briefdesk links: a bad one would panic only when first used.
func TestLazyRegexpsCompile(t *testing.T) {
	if n := len(lazy.All()); n < 80 {
		t.Fatalf("lazy.All lists %d expressions; importer, suggest and storage have 84", n)
	}
	for _, l := range lazy.All() {
		l.Get()
	}
}
