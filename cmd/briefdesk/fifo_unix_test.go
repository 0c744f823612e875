//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestCommandsRefuseNamedPipes covers issue 12 item 10 for the CLI: import,
// import-archive and brief set --file refuse a FIFO by name instead of
// blocking on it. A writer stands ready on each pipe, so before the fix the
// commands read its text instead of refusing the pipe.
func TestCommandsRefuseNamedPipes(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "archive.db")
	mustCLI(t, db, "import", filepath.Join("..", "..", "assets", "sample.md"))
	id := strings.TrimSpace(mustCLI(t, db, "brief", "new", "--title", "Pipes", "--from", "1"))
	for _, args := range [][]string{
		{"import", "PIPE.txt"},
		{"import-archive", "PIPE.jsonl"},
		{"brief", "set", id, "--section", "summary", "--file", "PIPE.txt"},
		{"suggest", "--jsonl", "PIPE.jsonl"},
	} {
		name := ""
		for i, a := range args {
			if strings.HasPrefix(a, "PIPE") {
				name = filepath.Join(dir, a)
				args[i] = name
			}
		}
		os.Remove(name)
		if err := syscall.Mkfifo(name, 0o644); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
		go func() {
			if f, err := os.OpenFile(name, os.O_WRONLY, 0); err == nil {
				f.WriteString("Piped text\n\nA few words that came through a named pipe.\n")
				f.Close()
			}
		}()
		t.Cleanup(func() {
			// Opening the read end without blocking releases a writer still waiting.
			if f, err := os.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0); err == nil {
				f.Close()
			}
		})
		out, errOut, code := cli(t, db, "", args...)
		if code != 1 || !strings.Contains(out+errOut, name) || !strings.Contains(out+errOut, "not a regular file") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 1 naming the pipe as not a regular file", args, code, out, errOut)
		}
	}
}
