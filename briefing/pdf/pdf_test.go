package pdf_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/layout"
	"github.com/briefdesk/briefdesk/briefing/layout/testbrief"
	"github.com/briefdesk/briefdesk/briefing/pdf"
)

func needPoppler(t *testing.T) {
	t.Helper()
	for _, tool := range []string{"pdfinfo", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed (poppler-utils)", tool)
		}
	}
}

// writePDF writes b to a file in a temp dir and returns its path.
func writePDF(t *testing.T, b *briefing.Brief, o layout.Options) string {
	t.Helper()
	var buf bytes.Buffer
	if err := pdf.Write(&buf, b, o); err != nil {
		t.Fatalf("Write: %v", err)
	}
	path := filepath.Join(t.TempDir(), "brief.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func pageCount(t *testing.T, path string) int {
	t.Helper()
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("pdfinfo: no page count in %s", out)
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

func pdfText(t *testing.T, path string, args ...string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", append(args, path, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

func TestWriteIsOnePage(t *testing.T) {
	needPoppler(t)
	cases := []struct {
		name  string
		brief *briefing.Brief
		paper string
	}{
		{"an empty brief on A4", testbrief.Empty(), layout.A4},
		{"an empty brief on Letter", testbrief.Empty(), layout.Letter},
		{"a full brief on A4", testbrief.Full(), layout.A4},
		{"a full brief on Letter", testbrief.Full(), layout.Letter},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := writePDF(t, c.brief, layout.Options{Paper: c.paper, Deterministic: true})
			if n := pageCount(t, path); n != 1 {
				t.Fatalf("pages = %d, want 1", n)
			}
		})
	}
}

func TestWriteTextIsSelectable(t *testing.T) {
	needPoppler(t)
	text := pdfText(t, writePDF(t, testbrief.Full(), layout.Options{Deterministic: true}))
	want := []string{"Summary", "Actors", "Sticking points", "Outlook", "Sources",
		"Путин", "Київ", "Erdoğan-Kaya", "Михаил Соколов", "TLP:AMBER",
		"Valmora talks stall over corridor control",
		"https://northbridge.example/world/2026/11/12/valmora-talks-end-without-deal"}
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("pdftotext output lacks %q", w)
		}
	}
}

func TestWriteRefusesOverflow(t *testing.T) {
	b := testbrief.Full()
	b.Actors = append(b.Actors, strings.Repeat("Another actor — with a very long position statement that goes on [1]. ", 40))
	var buf bytes.Buffer
	err := pdf.Write(&buf, b, layout.Options{})
	var oe *layout.OverflowError
	if !errors.As(err, &oe) {
		t.Fatalf("err = %v, want *layout.OverflowError", err)
	}
	if oe.Section != briefing.SectionActors || oe.LinesOver < 1 {
		t.Errorf("overflow = %+v, want actors with lines over", oe)
	}
	if buf.Len() != 0 {
		t.Errorf("wrote %d bytes for a brief that does not fit", buf.Len())
	}
	if !strings.Contains(err.Error(), `"Actors" is`) {
		t.Errorf("message %q does not name the section", err)
	}
}

func TestWriteSurvivesOddText(t *testing.T) {
	needPoppler(t)
	b := testbrief.Full()
	b.Summary = "Emoji \U0001F600, CJK 北京, zero\u200bwidth, tab\there, bad \xff byte, RTL مرحبا [1]."
	b.Title = strings.Repeat("Long title words ", 12)
	path := writePDF(t, b, layout.Options{Deterministic: true})
	if n := pageCount(t, path); n != 1 {
		t.Fatalf("pages = %d", n)
	}
	if text := pdfText(t, path); !strings.Contains(text, "Emoji") || !strings.Contains(text, "RTL") {
		t.Errorf("odd text lost its neighbours:\n%s", text)
	}
}

// TestWriteLinksOnlyWebURLs covers issue 12 item 11: only http(s) source
// URLs become /URI link annotations; others are printed as text.
func TestWriteLinksOnlyWebURLs(t *testing.T) {
	b := testbrief.Full()
	safe := b.Sources[0].URL
	b.Sources[1].URL = "javascript:alert(document.cookie)"
	b.Sources[2].URL = "file:///etc/passwd"
	b.Sources[3].URL = "JAVASCRIPT:void(0)"
	var buf bytes.Buffer
	if err := pdf.Write(&buf, b, layout.Options{Deterministic: true}); err != nil {
		t.Fatalf("Write: %v", err)
	}
	uris := regexp.MustCompile(`/URI \(([^)]*)\)`).FindAllSubmatch(buf.Bytes(), -1)
	var got []string
	for _, m := range uris {
		got = append(got, string(m[1]))
	}
	for _, u := range got {
		if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
			t.Errorf("PDF links to %q", u)
		}
	}
	if !strings.Contains(strings.Join(got, " "), safe) {
		t.Errorf("the https source lost its link; links: %q", got)
	}
}
