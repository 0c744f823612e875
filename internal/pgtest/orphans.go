package pgtest

import (
	"fmt"
	"os"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// dirPrefix begins the name of every server folder in the temporary
// directory.
const dirPrefix = "pgtest-"

// ownerFile, in a server's folder, names the process that started the
// server: its PID and start time (so that a PID the kernel gave to a new
// process does not pass for the owner).
const ownerFile = "owner"

// writeOwner records this process as the owner of the server in dir.
func writeOwner(dir string) error {
	pid := os.Getpid()
	return os.WriteFile(filepath.Join(dir, ownerFile), []byte(fmt.Sprintf("%d %s\n", pid, startTime(pid))), 0o644)
}

// startTime is process pid's start time in clock ticks since boot (field
// 22 of /proc/PID/stat), or "" where there is no /proc or no such process.
func startTime(pid int) string {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return ""
	}
	// The command name (field 2) is in parentheses and may hold spaces.
	i := strings.LastIndexByte(string(b), ')')
	if i < 0 {
		return ""
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 20 {
		return ""
	}
	return f[19]
}

// ownerAlive reports whether the owner recorded in dir still runs. A
// folder without an owner file is taken as alive: it is being set up (the
// file is written right after the folder is made) or is not pgtest's.
func ownerAlive(dir string) bool {
	b, err := os.ReadFile(filepath.Join(dir, ownerFile))
	if err != nil {
		return true
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return true
	}
	pid, err := strconv.Atoi(f[0])
	if err != nil || pid <= 0 {
		return true
	}
	if err := syscall.Kill(pid, 0); err == syscall.ESRCH {
		return false
	}
	return len(f) < 2 || startTime(pid) == "" || startTime(pid) == f[1]
}

// sweepOrphans stops the servers of pgtest folders whose owner is gone
// (immediate shutdown, as Stop does) and removes the folders.
func sweepOrphans(bin string, runAs *user.User) {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), dirPrefix+"*"))
	for _, dir := range dirs {
		if ownerAlive(dir) {
			continue
		}
		orphan := &Server{dir: dir, bin: bin, runAs: runAs}
		if _, err := os.Stat(filepath.Join(dir, "data", "postmaster.pid")); err == nil {
			_ = orphan.run("pg_ctl", "-D", filepath.Join(dir, "data"), "-m", "immediate", "-w", "stop")
		}
		os.RemoveAll(dir)
	}
}
