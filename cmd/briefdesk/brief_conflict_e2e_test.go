//go:build linux

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestBriefSetRefusesAColleaguesSave checks that brief set writes only the
// version it read: a colleague saves the brief after the command has read
// it and while it waits for its text on standard input, and the command
// refuses, naming the brief, exits 1 and leaves the colleague's save as it
// was. Then the same command with no save in between writes.
func TestBriefSetRefusesAColleaguesSave(t *testing.T) {
	readSyscall := map[string]string{"amd64": "0", "arm64": "63"}[runtime.GOARCH]
	if readSyscall == "" {
		t.Skipf("no read(2) number for %s", runtime.GOARCH)
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "archive.db")
	mustCLI(t, db, "import", filepath.Join("..", "..", "assets", "sample.md"))
	id := strings.TrimSpace(mustCLI(t, db, "brief", "new", "--title", "Port talks", "--from", "1"))

	cmd := exec.Command(binary, "--db", db, "brief", "set", id, "--section", "summary")
	cmd.Env = append(os.Environ(), "LANG=en_US.UTF-8")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// The command reads the brief before its text: once one of its
	// threads waits in read(2) on standard input, it holds the version.
	waitReadingStdin(t, cmd.Process.Pid, readSyscall)
	mustCLI(t, db, "brief", "set", id, "--section", "outlook", "--file", writeFile(t, dir, "outlook.txt", "A colleague's outlook."))
	fmt.Fprint(stdin, "My summary, based on the version before the colleague's save.")
	stdin.Close()
	err = cmd.Wait()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if code != 1 || !strings.Contains(errOut.String(), `brief `+id+` "Port talks"`) ||
		!strings.Contains(errOut.String(), "nothing was written") {
		t.Errorf("exit %d, stderr %q; want 1 and an error naming brief %s \"Port talks\"", code, errOut.String(), id)
	}
	shown := mustCLI(t, db, "brief", "show", id)
	if !strings.Contains(shown, "A colleague's outlook.") || strings.Contains(shown, "My summary") {
		t.Errorf("after the refused save the brief reads:\n%s", shown)
	}

	// Nobody in between: the change is written.
	if _, errOut, code := cli(t, db, "My summary.", "brief", "set", id, "--section", "summary"); code != 0 {
		t.Fatalf("brief set: exit %d: %s", code, errOut)
	}
	shown = mustCLI(t, db, "brief", "show", id)
	if !strings.Contains(shown, "My summary.") || !strings.Contains(shown, "A colleague's outlook.") {
		t.Errorf("after the save the brief reads:\n%s", shown)
	}
}

// waitReadingStdin waits until a thread of process pid is in read(2)
// (system call number nr) on file descriptor 0, as /proc shows it.
func waitReadingStdin(t *testing.T, pid int, nr string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/syscall", pid))
		for _, task := range tasks {
			b, err := os.ReadFile(task)
			if err != nil {
				continue
			}
			if f := strings.Fields(string(b)); len(f) > 1 && f[0] == nr && f[1] == "0x0" {
				return
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("process %d never read its standard input (no /proc/PID/task/*/syscall?)", pid)
}

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
