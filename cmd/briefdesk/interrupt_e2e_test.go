package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// loopingPDF writes a PDF the reader loops on for ever (its page is its
// own /Parent and has no /Resources: the inherited-resources lookup climbs
// the same node again and again), a slow input no cycle check catches.
func loopingPDF(t *testing.T, path string) {
	t.Helper()
	content := "BT /F1 12 Tf 72 760 Td (Harbour talks stall again) Tj ET\n"
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", len(content), content),
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestParseDeadlineFailsOneFile covers issue 12 item 5: a file whose parse
// does not end fails with a line naming it and the deadline, and the
// files after it are imported.
func TestParseDeadlineFailsOneFile(t *testing.T) {
	dir := t.TempDir()
	loop := filepath.Join(dir, "loop.pdf")
	loopingPDF(t, loop)
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("Talks resume\n\nDelegations met on Monday in Geneva."), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "a.db")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second) // a hung import fails the test
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, "--db", db, "import", "--parse-deadline", "500ms", loop, good)
	cmd.Env = append(os.Environ(), "LANG=en_US.UTF-8")
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	want := "failed " + loop + ": parse took longer than 500ms: abandoned (a malformed file?)\nok 1 Talks resume\n"
	if out.String() != want || cmd.ProcessState.ExitCode() != 1 {
		t.Errorf("%v, stdout:\n%s\nwant:\n%s\nstderr: %s", err, out.String(), want, errOut.String())
	}
}

// TestInterruptStopsAnImportCleanly covers issue 12 item 5: Ctrl-C
// (SIGINT) while a file's parse hangs ends the import at once: every
// article reported ok is stored, the rest are reported cancelled and not
// stored, the CLI says what was done and exits 1.
func TestInterruptStopsAnImportCleanly(t *testing.T) {
	first, second := t.TempDir(), t.TempDir()
	writeKillCorpus(t, first, 200) // the first batch: 200 articles
	writeKillCorpus(t, second, 30)
	loop := filepath.Join(t.TempDir(), "loop.pdf")
	loopingPDF(t, loop)
	db := filepath.Join(t.TempDir(), "a.db")
	cmd := exec.Command(binary, "--db", db, "import", first, loop, second)
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
	interrupted := false
	watchdog := time.AfterFunc(60*time.Second, func() { _ = cmd.Process.Kill() })
	defer watchdog.Stop()
	var ok, cancelled, other []string
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "ok "):
			ok = append(ok, line)
		case strings.HasSuffix(line, ": cancelled"):
			cancelled = append(cancelled, line)
		default:
			other = append(other, line)
		}
		if len(ok) == 200 && !interrupted {
			// The first batch is stored; the import is now in the PDF.
			time.Sleep(300 * time.Millisecond)
			if err := cmd.Process.Signal(os.Interrupt); err != nil {
				t.Fatal(err)
			}
			interrupted = true
			watchdog.Reset(15 * time.Second) // a clean stop is quick
		}
	}
	err = cmd.Wait()
	ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
	if !interrupted || ws.Signaled() || cmd.ProcessState.ExitCode() != 1 {
		t.Fatalf("interrupted=%v, wait %v (signaled %v): want exit status 1 after SIGINT\nstderr: %s", interrupted, err, ws.Signaled(), stderr.String())
	}
	if len(ok) != 200 || len(cancelled) != 31 || len(other) != 0 {
		t.Errorf("%d ok, %d cancelled, other lines %q; want 200, 31 (the PDF and the second folder), none", len(ok), len(cancelled), other)
	}
	if !strings.Contains(cancelled[0], "loop.pdf: cancelled") {
		t.Errorf("first cancelled line %q, want the PDF being parsed", cancelled[0])
	}
	if want := "briefdesk import: interrupted: 200 imported, 0 duplicate, 31 failed or not imported, 0 skipped; the 200 imported are stored\n"; stderr.String() != want {
		t.Errorf("stderr %q, want %q", stderr.String(), want)
	}
	conn, err := sql.Open("sqlite3", "file:"+db+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var n int
	var integrity string
	if err := conn.QueryRow("SELECT count(*), (SELECT integrity_check FROM pragma_integrity_check) FROM articles").Scan(&n, &integrity); err != nil {
		t.Fatal(err)
	}
	if n != 200 || integrity != "ok" {
		t.Errorf("archive holds %d articles (integrity %s), want the 200 reported", n, integrity)
	}
}
