//go:build linux

package pgtest

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// helperEnv names the file in which TestHelperStartsAndWaits writes its
// server's folder; without it that test is skipped.
const helperEnv = "PGTEST_HELPER_DIR_FILE"

// TestHelperStartsAndWaits is not a test: run by
// TestKilledOwnersServerIsStopped as a child process, it starts a server,
// writes its folder to $PGTEST_HELPER_DIR_FILE and waits to be killed.
func TestHelperStartsAndWaits(t *testing.T) {
	out := os.Getenv(helperEnv)
	if out == "" {
		t.Skip("the child process of TestKilledOwnersServerIsStopped")
	}
	srv, err := Start()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out+".tmp", []byte(srv.Dir()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(out+".tmp", out); err != nil {
		t.Fatal(err)
	}
	time.Sleep(10 * time.Minute)
}

// TestKilledOwnersServerIsStopped kills (SIGKILL) a test process that has
// started a server, sees the server still running, and checks that the
// next Start stops it and removes its folder.
func TestKilledOwnersServerIsStopped(t *testing.T) {
	if _, err := BinDir(); errors.Is(err, ErrUnavailable) {
		t.Skip(err)
	}
	dirFile := filepath.Join(t.TempDir(), "dir")
	child := exec.Command(os.Args[0], "-test.run=^TestHelperStartsAndWaits$", "-test.timeout=15m")
	child.Env = append(os.Environ(), helperEnv+"="+dirFile)
	child.Stdout, child.Stderr = os.Stderr, os.Stderr
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	var dir string
	for deadline := time.Now().Add(2 * time.Minute); dir == "" && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		b, _ := os.ReadFile(dirFile)
		dir = string(b)
	}
	if dir == "" {
		child.Process.Kill()
		child.Wait()
		t.Fatal("the child started no server")
	}
	pidLine, err := os.ReadFile(filepath.Join(dir, "data", "postmaster.pid"))
	if err != nil {
		t.Fatal(err)
	}
	postmaster, _ := strconv.Atoi(strings.SplitN(string(pidLine), "\n", 2)[0])
	if err := child.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	child.Wait()

	// Killed, its owner ran no Stop: the server is still up.
	runAs, err := serverUser()
	if err != nil {
		t.Fatal(err)
	}
	bin, _ := BinDir()
	orphan := &Server{dir: dir, bin: bin, runAs: runAs}
	if err := orphan.run("pg_ctl", "status", "-D", filepath.Join(dir, "data")); err != nil {
		t.Fatalf("the killed owner's server is not running: %v", err)
	}
	if !running(postmaster) {
		t.Fatalf("postmaster %d is not running", postmaster)
	}

	srv, err := Start()
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Stop()
	if running(postmaster) {
		t.Errorf("postmaster %d of the killed owner still runs after the next Start", postmaster)
	}
	if _, err := os.Stat(filepath.Join(dir, ".s.PGSQL.5432")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the socket of the killed owner's server is still there (%v)", err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the folder %s is still there (%v)", dir, err)
	}
	// The new server, whose owner runs, is left alone by a further Start.
	other, err := Start()
	if err != nil {
		t.Fatal(err)
	}
	other.Stop()
	if err := srv.Exec(`SELECT 1`); err != nil {
		t.Errorf("the running owner's server was stopped: %v", err)
	}
}

// running reports whether process pid exists and is not a zombie (a
// container's init may not reap a daemon's exit).
func running(pid int) bool {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	i := strings.LastIndexByte(string(b), ')')
	return i >= 0 && !strings.HasPrefix(strings.TrimSpace(string(b[i+1:])), "Z")
}
