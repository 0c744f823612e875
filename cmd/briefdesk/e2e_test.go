package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// binary is the briefdesk binary built once for the end-to-end tests.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "briefdesk-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "briefdesk")
	build := exec.Command("go", "build", "-tags", "sqlite_fts5,migrated_fynedo", "-o", binary, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building briefdesk:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// cli runs the built binary on the given archive and returns stdout, stderr
// and the exit status.
func cli(t *testing.T, db string, stdin string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"--db", db}, args...)...)
	cmd.Env = append(os.Environ(), "LANG=en_US.UTF-8")
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run %v: %v", args, err)
	}
	return out.String(), errOut.String(), code
}

func mustCLI(t *testing.T, db string, args ...string) string {
	t.Helper()
	out, errOut, code := cli(t, db, "", args...)
	if code != 0 {
		t.Fatalf("briefdesk %v: exit %d\nstdout: %s\nstderr: %s", args, code, out, errOut)
	}
	return out
}

func TestImportBriefExportEndToEnd(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "archive.db")
	page := filepath.Join("..", "..", "testdata", "talks.html")

	out := mustCLI(t, db, "import", page, filepath.Join("..", "..", "assets", "sample.md"))
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "ok 1 ") || !strings.HasPrefix(lines[1], "ok 2 ") {
		t.Fatalf("import report = %q, want two ok lines", out)
	}

	// The same page again is a duplicate; a missing file fails by name; exit 1.
	out, _, code := cli(t, db, "", "import", page, filepath.Join(dir, "missing.txt"))
	if code != 1 || !strings.Contains(out, "duplicate 1 ") || !strings.Contains(out, "failed "+filepath.Join(dir, "missing.txt")+": ") {
		t.Fatalf("second import: exit %d, report %q", code, out)
	}

	out = mustCLI(t, db, "search", "Лавров", "--json")
	var hits []articleJSON
	if err := json.Unmarshal([]byte(out), &hits); err != nil {
		t.Fatalf("search --json: %v\n%s", err, out)
	}
	if len(hits) != 1 || hits[0].ID != 1 {
		t.Fatalf("search Лавров = %+v, want article 1", hits)
	}

	id := strings.TrimSpace(mustCLI(t, db, "brief", "new", "--title", "Geneva talks stall over the corridor", "--from", "1,2", "--suggest"))
	var b briefJSON
	if err := json.Unmarshal([]byte(mustCLI(t, db, "brief", "show", id, "--json")), &b); err != nil {
		t.Fatal(err)
	}
	if b.Summary == "" || len(b.Actors) == 0 || len(b.StickingPoints) == 0 || b.Outlook == "" {
		t.Fatalf("suggested brief has an empty section: %+v", b)
	}
	if len(b.Sources) != 2 || b.Sources[0].N != 1 || b.Sources[1].ArticleID != 2 {
		t.Fatalf("sources = %+v", b.Sources)
	}

	pdfPath := filepath.Join(dir, "brief.pdf")
	mustCLI(t, db, "brief", "export", id, "--out", pdfPath)
	if pages := pdfPages(t, pdfPath); pages != 1 {
		t.Fatalf("PDF has %d pages, want 1", pages)
	}
	text := pdfText(t, pdfPath)
	for _, want := range []string{"Summary", "Actors", "Sticking points", "Outlook", "Sources", "Лавров"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}

	// Markdown from the same brief carries the same numbered sources.
	mdPath := filepath.Join(dir, "brief.md")
	mustCLI(t, db, "brief", "export", id, "--out", mdPath)
	md, err := os.ReadFile(mdPath)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(md), "## Sources") && !strings.Contains(string(md), "Sources") {
		t.Errorf("Markdown export lacks the sources:\n%s", md)
	}
}

func TestOverflowingBriefIsRefusedByName(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "archive.db")
	mustCLI(t, db, "import", filepath.Join("..", "..", "assets", "sample.md"))
	id := strings.TrimSpace(mustCLI(t, db, "brief", "new", "--title", "Too long", "--from", "1"))
	long := strings.Repeat("Every party restated its position at length, and nothing moved. ", 200)
	if _, errOut, code := cli(t, db, long, "brief", "set", id, "--section", "summary"); code != 0 {
		t.Fatalf("brief set: exit %d: %s", code, errOut)
	}
	pdfPath := filepath.Join(dir, "long.pdf")
	_, errOut, code := cli(t, db, "", "brief", "export", id, "--out", pdfPath)
	if code != 1 || !strings.Contains(errOut, "Summary") || !strings.Contains(errOut, "lines") {
		t.Fatalf("export of an overflowing brief: exit %d, stderr %q; want exit 1 naming Summary and lines", code, errOut)
	}
	if _, err := os.Stat(pdfPath); !os.IsNotExist(err) {
		t.Errorf("a refused export left %s behind", pdfPath)
	}
	var fit fitJSON
	if err := json.Unmarshal([]byte(mustCLI(t, db, "brief", "fit", id, "--json")), &fit); err != nil {
		t.Fatal(err)
	}
	if fit.Fits || len(fit.Overflow) == 0 || fit.Overflow[0].Section != "summary" || fit.Overflow[0].LinesOver <= 0 || fit.FillPercent <= 100 {
		t.Errorf("fit report of an overflowing brief = %+v", fit)
	}
}

func TestCLIIsQuietUnderTheCLocale(t *testing.T) {
	db := filepath.Join(t.TempDir(), "archive.db")
	for _, lang := range []string{"C.UTF-8", "C", ""} {
		cmd := exec.Command(binary, "--db", db, "list")
		cmd.Env = append(os.Environ(), "LANG="+lang, "LC_ALL=", "LANGUAGE=")
		var errOut bytes.Buffer
		cmd.Stderr = &errOut
		if err := cmd.Run(); err != nil || errOut.Len() != 0 {
			t.Errorf("LANG=%q: err %v, stderr %q; want a silent success", lang, err, errOut.String())
		}
	}
}

func TestCommandLineMistakesExitTwo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "archive.db")
	for _, args := range [][]string{
		{"frobnicate"},
		{"search"},
		{"brief", "show", "zero"},
		{"brief", "export", "1"},
		{"brief", "export", "1", "--out", "x.docx"},
	} {
		if _, errOut, code := cli(t, db, "", args...); code != 2 || errOut == "" {
			t.Errorf("briefdesk %v: exit %d, stderr %q; want 2 and a message", args, code, errOut)
		}
	}
	if _, errOut, code := cli(t, db, "", "brief", "show", "99"); code != 1 || !strings.Contains(errOut, "99") {
		t.Errorf("missing brief: exit %d, stderr %q", code, errOut)
	}
}

func pdfPages(t *testing.T, path string) int {
	t.Helper()
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v (install poppler-utils: make test does)", path, err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if f := strings.Fields(line); len(f) == 2 && f[0] == "Pages:" {
			var n int
			fmt.Sscan(f[1], &n)
			return n
		}
	}
	t.Fatalf("pdfinfo gave no page count:\n%s", out)
	return 0
}

func pdfText(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}
