package main

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestEverySubcommandHasHelp covers issue 12 item 22: -h and --help print
// the command's usage on stdout and exit 0, without opening (or creating)
// an archive and without taking the flag for a file name.
func TestEverySubcommandHasHelp(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "not-yet", "archive.db")
	var names [][]string
	for n := range commands {
		names = append(names, []string{n})
	}
	for _, sub := range []string{"new", "show", "list", "set", "fit", "export"} {
		names = append(names, []string{"brief", sub})
	}
	sort.Slice(names, func(i, j int) bool { return strings.Join(names[i], " ") < strings.Join(names[j], " ") })
	for _, cmd := range names {
		for _, flag := range []string{"-h", "--help"} {
			args := append(append([]string{}, cmd...), flag)
			out, errOut, code := cli(t, db, "", args...)
			want := "usage: briefdesk " + strings.Join(cmd, " ")
			if code != 0 || !strings.Contains(out, want) {
				t.Errorf("briefdesk %s: exit %d, stdout %q, stderr %q; want exit 0 and %q", strings.Join(args, " "), code, out, errOut, want)
			}
		}
	}
	if _, err := os.Stat(filepath.Dir(db)); !os.IsNotExist(err) {
		t.Errorf("asking for help created the archive folder (%v)", err)
	}
	for _, stray := range []string{"-h", "--help"} {
		if _, err := os.Stat(stray); !os.IsNotExist(err) {
			t.Errorf("asking for help wrote a file named %s", stray)
			os.Remove(stray)
		}
	}
	// Usage lines name the flags the command takes.
	if out, _, _ := cli(t, db, "", "export-archive", "--help"); !strings.Contains(out, "-force") {
		t.Errorf("export-archive --help does not list --force: %q", out)
	}
}
