// Command pandoc-compare sets the same brief with Briefdesk's PDF writer and
// with Pandoc (Markdown → PDF through the engine given, weasyprint by
// default, the one Debian's pandoc can use without TeX) and prints time,
// size and page count side by side with the ratio.
//
//	go run ./scripts/pandoc-compare [-n 15] [-engine weasyprint] [-out DIR]
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"time"

	"github.com/briefdesk/briefdesk/briefing/export"
	"github.com/briefdesk/briefdesk/briefing/layout"
	"github.com/briefdesk/briefdesk/briefing/layout/testbrief"
	"github.com/briefdesk/briefdesk/briefing/pdf"
)

const css = `@page { size: A4; margin: 20mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 11pt; line-height: 1.15; }
h1 { font-size: 16pt; } h2 { font-size: 12pt; margin: .8em 0 .2em; }
`

func main() {
	n := flag.Int("n", 15, "runs per tool; the median is reported")
	engine := flag.String("engine", "weasyprint", "pandoc --pdf-engine")
	out := flag.String("out", "", "directory for the two PDFs (default: a temp dir)")
	flag.Parse()
	dir := *out
	if dir == "" {
		var err error
		if dir, err = os.MkdirTemp("", "pandoc-compare"); err != nil {
			log.Fatal(err)
		}
	}
	must(os.MkdirAll(dir, 0o755))
	b := testbrief.Full()
	var md bytes.Buffer
	if err := export.Markdown(&md, b); err != nil {
		log.Fatal(err)
	}
	mdPath := filepath.Join(dir, "brief.md")
	cssPath := filepath.Join(dir, "brief.css")
	must(os.WriteFile(mdPath, md.Bytes(), 0o644))
	must(os.WriteFile(cssPath, []byte(css), 0o644))

	ours := filepath.Join(dir, "briefdesk.pdf")
	tOurs := median(*n, func() {
		var buf bytes.Buffer
		if err := pdf.Write(&buf, b, layout.Options{}); err != nil {
			log.Fatal(err)
		}
		must(os.WriteFile(ours, buf.Bytes(), 0o644))
	})
	theirs := filepath.Join(dir, "pandoc.pdf")
	tTheirs := median(*n, func() {
		cmd := exec.Command("pandoc", mdPath, "-s", "--metadata", "pagetitle="+b.Title, "--css", cssPath,
			"--pdf-engine="+*engine, "-o", theirs)
		if outp, err := cmd.CombinedOutput(); err != nil {
			log.Fatalf("pandoc: %v\n%s", err, outp)
		}
	})
	fmt.Printf("%-18s %10s %8s %6s\n", "tool", "median", "KB", "pages")
	row("briefdesk", tOurs, ours)
	row("pandoc+"+*engine, tTheirs, theirs)
	fmt.Printf("ratio pandoc/briefdesk: time %.0fx, size %.1fx\n",
		float64(tTheirs)/float64(tOurs), float64(size(theirs))/float64(size(ours)))
	fmt.Println("files in", dir)
}

func row(name string, d time.Duration, path string) {
	fmt.Printf("%-18s %10s %8.1f %6s\n", name, d.Round(10*time.Microsecond), float64(size(path))/1024, pages(path))
}

func median(n int, f func()) time.Duration {
	ds := make([]time.Duration, n)
	for i := range ds {
		t := time.Now()
		f()
		ds[i] = time.Since(t)
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	return ds[n/2]
}

func size(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}

func pages(path string) string {
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		return "?"
	}
	if m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(out); m != nil {
		return string(m[1])
	}
	return "?"
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
