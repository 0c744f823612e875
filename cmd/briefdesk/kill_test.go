package main

import (
	"bufio"
	"bytes"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// killSentences are invented wire-report sentences (written for this test,
// no copied news text); articles reshuffle them so every body differs.
var killSentences = []string{
	"Negotiators met for a third day in a lakeside hotel, according to two officials briefed on the talks.",
	"The ministry said the convoy had been delayed by checkpoints along the northern road.",
	"Opposition deputies walked out of the chamber before the budget vote.",
	"Analysts said the central bank was unlikely to cut rates before the spring.",
	"A spokesman for the mediator declined to comment on the draft text.",
	"Farmers blocked the motorway with tractors to protest against fuel prices.",
	"The port authority reported that grain shipments rose for the second month in a row.",
	"Observers from the regional organisation counted more than forty violations of the truce overnight.",
	"The defence minister denied that troops had crossed the river.",
	"Humanitarian agencies asked for safe passage for trucks carrying medicine and generators.",
	"Election officials postponed local polls in two districts, citing security concerns.",
	"The prime minister is expected to name a new finance minister by the end of the week.",
	"Diplomats said the sticking point remained control of the border crossing.",
	"Prices of bread and cooking oil have doubled since the sanctions took effect.",
	"The envoy warned that the ceasefire would stay fragile while shelling continued.",
	"Dock workers returned to work after the union accepted a pay offer.",
	"Parliament approved the reconstruction fund by a narrow margin late on Thursday.",
	"Residents of the frontline villages said power had been cut for three days.",
	"The foreign ministry summoned the ambassador over comments made at a rally.",
	"Both delegations agreed to meet again in Vienna after the holiday.",
}

var killOutlets = []string{"Northbridge Wire", "Meridian Post", "Harbour Times", "Valley Courier"}

// writeKillCorpus writes n small Markdown articles to dir and returns dir.
func writeKillCorpus(t *testing.T, dir string, n int) {
	t.Helper()
	rng := rand.New(rand.NewPCG(6, 9))
	for i := range n {
		var b strings.Builder
		fmt.Fprintf(&b, "# Dispatch %04d: talks resume as %s\n\n", i,
			strings.ToLower(strings.TrimSuffix(killSentences[rng.IntN(len(killSentences))], ".")[:30]))
		fmt.Fprintf(&b, "By Desk %d, %s — 2026-03-%02d\n\n", 1+rng.IntN(30),
			killOutlets[rng.IntN(len(killOutlets))], 1+i%28)
		for p := range 3 {
			if p > 0 {
				b.WriteString("\n\n")
			}
			for s := range 3 + rng.IntN(4) {
				if s > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(killSentences[rng.IntN(len(killSentences))])
			}
		}
		fmt.Fprintf(&b, " Reference %d.\n", i) // content hashes differ even if the shuffle repeats
		name := filepath.Join(dir, fmt.Sprintf("dispatch-%04d.md", i))
		if err := os.WriteFile(name, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// killedImport runs `briefdesk import dir`, sends SIGKILL once it has
// reported killAfter new ok lines, and returns every ok line it printed
// (also those still in the pipe when the kill landed) as id -> title. It
// fails the test when the import finished before the kill.
func killedImport(t *testing.T, db, dir string, killAfter int) map[int64]string {
	t.Helper()
	cmd := exec.Command(binary, "--db", db, "import", dir)
	cmd.Env = append(os.Environ(), "LANG=en_US.UTF-8")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// A watchdog so that a hung import cannot hang the test.
	watchdog := time.AfterFunc(30*time.Second, func() { _ = cmd.Process.Kill() })
	defer watchdog.Stop()

	ok := map[int64]string{}
	killed := false
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "ok ") {
			if !strings.HasPrefix(line, "duplicate ") {
				t.Errorf("import reported %q", line)
			}
			continue
		}
		f := strings.SplitN(line, " ", 3)
		id, err := strconv.ParseInt(f[1], 10, 64)
		if err != nil || len(f) != 3 {
			t.Fatalf("malformed ok line %q", line)
		}
		ok[id] = f[2]
		if len(ok) == killAfter && !killed {
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			killed = true
		}
	}
	err = cmd.Wait()
	ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
	if !killed || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("import was not killed mid-way (killed=%v, %d ok lines, wait: %v)\nstderr: %s",
			killed, len(ok), err, stderr.String())
	}
	return ok
}

// checkArchive opens the archive as SQLite itself (recovering the WAL the
// killed process left) and checks it is sound and holds every reported item.
func checkArchive(t *testing.T, db string, reported map[int64]string) int {
	t.Helper()
	conn, err := sql.Open("sqlite3", "file:"+db+"?_journal_mode=WAL")
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var integrity string
	if err := conn.QueryRow("PRAGMA integrity_check").Scan(&integrity); err != nil {
		t.Fatal(err)
	}
	if integrity != "ok" {
		t.Fatalf("PRAGMA integrity_check = %q", integrity)
	}
	// The external-content FTS index must agree with the rows it indexes.
	if _, err := conn.Exec("INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)"); err != nil {
		t.Fatalf("FTS5 integrity-check: %v", err)
	}
	stored := map[int64]string{}
	rows, err := conn.Query("SELECT id, title FROM articles")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var title string
		if err := rows.Scan(&id, &title); err != nil {
			t.Fatal(err)
		}
		stored[id] = title
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	missing := 0
	for id, title := range reported {
		got, ok := stored[id]
		switch {
		case !ok:
			missing++
			t.Errorf("article %d (%q) was reported ok but is not in the archive", id, title)
		case strings.Join(strings.Fields(got), " ") != title:
			t.Errorf("article %d: stored title %q, reported %q", id, got, title)
		}
	}
	if missing > 0 {
		t.Fatalf("%d of %d reported articles missing", missing, len(reported))
	}
	return len(stored)
}

// TestKillDuringBulkImport kills `briefdesk import` with SIGKILL three times
// in the middle of a folder import on the same archive, each run resuming
// the last. After every kill the archive must pass PRAGMA integrity_check and
// the FTS5 integrity-check, and hold every article the CLI reported "ok" —
// including the ok lines still in the pipe when the kill landed. A final
// full run then reports the rest, with no item imported twice.
func TestKillDuringBulkImport(t *testing.T) {
	const files, killAfter, rounds = 3000, 300, 3
	dir := t.TempDir()
	corpus := filepath.Join(dir, "articles")
	if err := os.Mkdir(corpus, 0o755); err != nil {
		t.Fatal(err)
	}
	writeKillCorpus(t, corpus, files)
	db := filepath.Join(dir, "archive.db")

	reported := map[int64]string{}
	for round := range rounds {
		for id, title := range killedImport(t, db, corpus, killAfter) {
			if _, dup := reported[id]; dup {
				t.Fatalf("round %d: id %d reported ok twice", round, id)
			}
			reported[id] = title
		}
		n := checkArchive(t, db, reported)
		t.Logf("round %d: killed after %d ok lines in all; archive holds %d articles", round, len(reported), n)
	}

	// The same import run to the end reports the stored items as duplicates
	// and the rest as ok: nothing is lost, nothing doubled.
	out, errOut, code := cli(t, db, "", "import", corpus)
	if code != 0 {
		t.Fatalf("final import: exit %d\n%s", code, errOut)
	}
	okN, dupN := 0, 0
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		switch {
		case strings.HasPrefix(line, "ok "):
			okN++
		case strings.HasPrefix(line, "duplicate "):
			dupN++
		}
	}
	if okN+dupN != files || dupN < len(reported) {
		t.Fatalf("final import: %d ok + %d duplicate, want %d in all and at least %d duplicates", okN, dupN, files, len(reported))
	}
	if n := checkArchive(t, db, reported); n != files {
		t.Fatalf("archive holds %d articles after the full import, want %d", n, files)
	}
}
