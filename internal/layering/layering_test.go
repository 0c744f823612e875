package layering

import (
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/briefdesk/briefdesk"

// pkg is one package of the module as go list sees it without its tests.
type pkg struct {
	path    string
	imports []string // direct
	deps    []string // transitive
}

// listPackages runs go list over the whole module with the build tags every
// build uses.
func listPackages(t *testing.T) []pkg {
	t.Helper()
	out, err := exec.Command("go", "list", "-tags=sqlite_fts5,migrated_fynedo",
		"-f", "{{.ImportPath}}|{{join .Imports \" \"}}|{{join .Deps \" \"}}", module+"/...").Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			t.Fatalf("go list: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("go list: %v", err)
	}
	var ps []pkg
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Split(line, "|")
		if len(f) != 3 {
			t.Fatalf("go list line %q", line)
		}
		ps = append(ps, pkg{f[0], strings.Fields(f[1]), strings.Fields(f[2])})
	}
	if len(ps) < 10 {
		t.Fatalf("go list found only %d packages", len(ps))
	}
	return ps
}

// under reports whether path is dir or inside it.
func under(path, dir string) bool { return path == dir || strings.HasPrefix(path, dir+"/") }

// rule is one arrow that must not exist: no package under from (except those
// under one of the allowed) may reach a package under to.
type rule struct {
	name   string
	from   string
	to     string
	direct bool     // direct imports only; else every transitive dependency
	allow  []string // packages exempt from the rule
}

var rules = []rule{
	{"briefing never depends on ui", module + "/briefing", module + "/ui", false, nil},
	{"briefing never depends on storage", module + "/briefing", module + "/storage", false, nil},
	{"storage never depends on ui", module + "/storage", module + "/ui", false, nil},
	{"only ui imports Fyne", module, "fyne.io/fyne/v2", true, []string{module + "/ui"}},
	{"only briefing/pdf imports the PDF library", module, "codeberg.org/go-pdf/fpdf", true, []string{module + "/briefing/pdf"}},
}

// broken returns the arrows of ps that break r, as "from -> to".
func broken(r rule, ps []pkg) []string {
	var out []string
	for _, p := range ps {
		if !under(p.path, r.from) {
			continue
		}
		exempt := false
		for _, a := range r.allow {
			exempt = exempt || under(p.path, a)
		}
		if exempt {
			continue
		}
		targets := p.deps
		if r.direct {
			targets = p.imports
		}
		for _, d := range targets {
			if under(d, r.to) {
				out = append(out, p.path+" -> "+d)
			}
		}
	}
	return out
}

func TestOneWayArrows(t *testing.T) {
	ps := listPackages(t)
	for _, r := range rules {
		for _, b := range broken(r, ps) {
			t.Errorf("%s: %s", r.name, b)
		}
	}
	// The arrows the rules allow exist, so a go list that returned nothing
	// useful cannot pass.
	var uiToStorage, storageToBriefing bool
	for _, p := range ps {
		for _, d := range p.imports {
			uiToStorage = uiToStorage || p.path == module+"/ui" && d == module+"/storage"
			storageToBriefing = storageToBriefing || p.path == module+"/storage" && d == module+"/briefing"
		}
	}
	if !uiToStorage || !storageToBriefing {
		t.Errorf("go list shows no ui -> storage (%v) or storage -> briefing (%v) import", uiToStorage, storageToBriefing)
	}
}

// TestRulesCatchABadArrow: each rule flags a package list that breaks it.
func TestRulesCatchABadArrow(t *testing.T) {
	bad := []pkg{
		{path: module + "/briefing/layout", deps: []string{module + "/ui"}},
		{path: module + "/briefing", deps: []string{module + "/storage/internal/neardup"}},
		{path: module + "/storage", deps: []string{module + "/ui"}},
		{path: module + "/cmd/briefdesk", imports: []string{"fyne.io/fyne/v2/app"}},
		{path: module + "/briefing/export", imports: []string{"codeberg.org/go-pdf/fpdf"}},
	}
	for i, r := range rules {
		if got := broken(r, bad); len(got) != 1 {
			t.Errorf("%s: flags %q in the bad list, want exactly package %s", r.name, got, bad[i].path)
		}
	}
	good := []pkg{
		{path: module + "/ui", imports: []string{"fyne.io/fyne/v2/widget"}, deps: []string{module + "/storage"}},
		{path: module + "/briefing/pdf", imports: []string{"codeberg.org/go-pdf/fpdf"}},
		{path: module + "/storage", deps: []string{module + "/briefing"}},
		{path: module + "/briefingx", deps: []string{module + "/ui"}}, // not under briefing
	}
	for _, r := range rules {
		if got := broken(r, good); len(got) != 0 {
			t.Errorf("%s: flags allowed arrows %q", r.name, got)
		}
	}
}
