package export_test

import (
	"bytes"
	"errors"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/export"
	"github.com/briefdesk/briefdesk/briefing/layout"
	"github.com/briefdesk/briefdesk/briefing/layout/testbrief"
)

func TestByExtension(t *testing.T) {
	cases := []struct {
		path string
		want export.Format
		ok   bool
	}{
		{"brief.pdf", export.FormatPDF, true},
		{"/tmp/Brief.PDF", export.FormatPDF, true},
		{"notes.md", export.FormatMarkdown, true},
		{"notes.markdown", export.FormatMarkdown, true},
		{"page.html", export.FormatHTML, true},
		{"page.htm", export.FormatHTML, true},
		{"mail.txt", export.FormatText, true},
		{"brief.docx", "", false},
		{"brief", "", false},
		{"dir.pdf/brief", "", false},
	}
	for _, c := range cases {
		got, err := export.ByExtension(c.path)
		if c.ok && (err != nil || got != c.want) {
			t.Errorf("ByExtension(%q) = %q, %v; want %q", c.path, got, err, c.want)
		}
		if !c.ok && !errors.Is(err, export.ErrUnknownFormat) {
			t.Errorf("ByExtension(%q) err = %v, want ErrUnknownFormat", c.path, err)
		}
	}
}

func FuzzByExtension(f *testing.F) {
	for _, s := range []string{"a.pdf", "b.md", "c.html", "d.txt", "e.docx", "", "."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, path string) {
		got, err := export.ByExtension(path)
		if err == nil {
			var buf bytes.Buffer
			if got != export.FormatPDF {
				if err := export.Write(&buf, got, testbrief.Empty(), layout.Options{}); err != nil {
					t.Fatalf("Write(%q): %v", got, err)
				}
			}
		}
	})
}

func render(t *testing.T, f export.Format, b *briefing.Brief) string {
	t.Helper()
	var buf bytes.Buffer
	if err := export.Write(&buf, f, b, layout.Options{Deterministic: true}); err != nil {
		t.Fatalf("%s: %v", f, err)
	}
	return buf.String()
}

func TestEveryFormatCarriesTheWholeBrief(t *testing.T) {
	b := testbrief.Full()
	for _, f := range []export.Format{export.FormatMarkdown, export.FormatHTML, export.FormatText} {
		t.Run(string(f), func(t *testing.T) {
			out := render(t, f, b)
			if f == export.FormatHTML {
				out = html.UnescapeString(out)
			}
			if f == export.FormatMarkdown {
				out = strings.ReplaceAll(out, `\`, "")
			}
			heads := []string{"Summary", "Actors", "Sticking points", "Outlook", "Sources"}
			if f == export.FormatText {
				for i := range heads {
					heads[i] = strings.ToUpper(heads[i])
				}
			}
			want := append(heads, b.Title, "TLP:AMBER", "Путин", "Київ", "Erdoğan-Kaya",
				"Based on 4 articles, 10–12 Nov 2026", "As of 13 November 2026")
			for _, s := range b.Sources {
				want = append(want, s.URL, s.Title, s.Outlet)
			}
			for _, w := range want {
				if !strings.Contains(out, w) {
					t.Errorf("%s output lacks %q", f, w)
				}
			}
			for n := 1; n <= len(b.Sources); n++ {
				if !strings.Contains(out, "["+string(rune('0'+n))+"]") {
					t.Errorf("%s output lacks source number [%d]", f, n)
				}
			}
		})
	}
}

func TestHTMLEscapesAndLinksCitations(t *testing.T) {
	b := testbrief.Full()
	b.Title = `Talks <script>alert("x")</script> & more`
	b.Summary = "A claim [1] and a dangling one [9]."
	b.Sources[0].URL = "javascript:alert(1)"
	out := render(t, export.FormatHTML, b)
	if strings.Contains(out, "<script>") {
		t.Error("title not escaped")
	}
	if !strings.Contains(out, `<a href="#src-1">[1]</a>`) {
		t.Error("marker [1] does not link to its source")
	}
	if strings.Contains(out, `href="#src-9"`) {
		t.Error("marker [9] links to a source that does not exist")
	}
	if strings.Contains(out, `href="javascript:`) {
		t.Error("unsafe URL made into a link")
	}
	// every in-page link has a target
	ids := map[string]bool{}
	for _, m := range regexp.MustCompile(`id="(src-\d+)"`).FindAllStringSubmatch(out, -1) {
		ids[m[1]] = true
	}
	for _, m := range regexp.MustCompile(`href="#(src-\d+)"`).FindAllStringSubmatch(out, -1) {
		if !ids[m[1]] {
			t.Errorf("link to #%s has no target", m[1])
		}
	}
}

func TestMarkdownEscapesMarkup(t *testing.T) {
	b := testbrief.Full()
	b.Summary = "Stars *here* and _there_ and a [link](http://x) [1]."
	out := render(t, export.FormatMarkdown, b)
	if !strings.Contains(out, `Stars \*here\* and \_there\_ and a \[link\](http://x) \[1\].`) {
		t.Errorf("markup not escaped:\n%s", out)
	}
	if !strings.Contains(out, "- **Arvelia (Foreign Minister Mikhail Sokolov, Михаил Соколов)** — rejects") {
		t.Errorf("actor lead not bold:\n%s", out)
	}
	if !strings.Contains(out, "**Watch for:**") {
		t.Error("run-in label not bold")
	}
}

func TestEmptyBriefExportsEverywhere(t *testing.T) {
	for _, f := range export.Formats {
		out := render(t, f, testbrief.Empty())
		if len(out) == 0 {
			t.Errorf("%s: empty output", f)
		}
	}
}

func BenchmarkExport(b *testing.B) {
	br := testbrief.Full()
	for _, f := range export.Formats {
		b.Run(string(f), func(b *testing.B) {
			for b.Loop() {
				var buf bytes.Buffer
				if err := export.Write(&buf, f, br, layout.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestMarkdownLinksOnlyWebURLs covers issue 12 item 11: a source URL that is
// not http(s) is printed as text, never as an autolink a renderer turns
// into <a href="javascript:…">.
func TestMarkdownLinksOnlyWebURLs(t *testing.T) {
	b := testbrief.Full()
	b.Sources[1].URL = "javascript:alert(document.cookie)"
	b.Sources[2].URL = "file:///etc/passwd"
	b.Sources[3].URL = "JavaScript:void(0)"
	out := render(t, export.FormatMarkdown, b)
	for _, bad := range []string{"<javascript:", "<file:", "<JavaScript:"} {
		if strings.Contains(out, bad) {
			t.Errorf("Markdown autolinks %s…>:\n%s", bad, out)
		}
	}
	if !strings.Contains(out, "file:///etc/passwd") && !strings.Contains(out, `file:///etc/passwd`) {
		t.Errorf("the unsafe URL is no longer shown as text:\n%s", out)
	}
	if !strings.Contains(out, "<"+testbrief.Full().Sources[0].URL+">") {
		t.Errorf("the https source lost its link:\n%s", out)
	}
}

// TestHeaderFieldsStayOnOneLine covers issue 12 item 27: a title, author
// or handling typed with newlines is one line each in the Markdown (and
// plain text) export, so it cannot start a heading or a list of its own.
func TestHeaderFieldsStayOnOneLine(t *testing.T) {
	b := testbrief.Full()
	b.Title = "Corridor talks\n# A heading of its own\r\nand more"
	b.Author = "Desk A\n\n## Fake section\n"
	b.Handling = "TLP:AMBER\n- a list item"
	b.Sources[0].Title = "Talks end\n## Sources again"
	md := render(t, export.FormatMarkdown, b)
	lines := strings.Split(md, "\n")
	if len(lines) < 4 || lines[0] != `# Corridor talks \# A heading of its own and more` || lines[1] != "" ||
		lines[2] != "**TLP:AMBER - a list item**  " || !strings.HasPrefix(lines[3], "*") || !strings.Contains(lines[3], "Desk A \\#\\# Fake section") {
		t.Errorf("Markdown header:\n%s", strings.Join(lines[:min(len(lines), 5)], "\n"))
	}
	if n := strings.Count(md, "\n## "); n != 5 {
		t.Errorf("Markdown has %d level-2 headings, want 5 (four sections and Sources):\n%s", n, md)
	}
	if !strings.Contains(md, "“Talks end \\#\\# Sources again”") {
		t.Errorf("a source headline with a newline is not one line:\n%s", md)
	}
	txt := render(t, export.FormatText, b)
	tl := strings.Split(txt, "\n")
	if len(tl) < 3 || tl[0] != "TLP:AMBER - a list item" || tl[1] != "Corridor talks # A heading of its own and more" || !strings.Contains(tl[2], "Desk A ## Fake section") {
		t.Errorf("text header:\n%s", strings.Join(tl[:min(len(tl), 4)], "\n"))
	}
}
