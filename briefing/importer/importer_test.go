package importer

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// writeFile writes a fixture into dir and returns its path.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestFromText(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		meta       Meta
		wantTitle  string
		wantAuthor string
		wantOutlet string
		wantDate   string
		wantText   string
		wantErr    error
	}{
		{
			name:      "a short first line on its own becomes the title",
			text:      "Talks stall in Ankara\n\nNegotiators left without a deal.\n\nBoth sides will meet again.",
			wantTitle: "Talks stall in Ankara",
			wantText:  "Negotiators left without a deal.\n\nBoth sides will meet again.",
		},
		{
			name:      "a Markdown heading becomes the title even without a blank line",
			text:      "# Talks stall\nNegotiators left without a deal.",
			wantTitle: "Talks stall",
			wantText:  "Negotiators left without a deal.",
		},
		{
			name:      "a first line that is a sentence stays in the body",
			text:      "Negotiators left Ankara without a deal on Friday.\n\nThey will meet again.",
			wantTitle: "Negotiators left Ankara without a deal on Friday.",
			wantText:  "Negotiators left Ankara without a deal on Friday.\n\nThey will meet again.",
		},
		{
			name:       "a byline under the title fills author, outlet and date",
			text:       "Corridor talks resume\n\nBy Lena Hartmann, Northbridge Wire — 12 November 2026\n\nTalks resumed on Monday.",
			wantTitle:  "Corridor talks resume",
			wantAuthor: "Lena Hartmann",
			wantOutlet: "Northbridge Wire",
			wantDate:   "2026-11-12",
			wantText:   "Talks resumed on Monday.",
		},
		{
			name:       "a byline with a US date keeps the comma in the date",
			text:       "Talks resume\n\nBy Lena Hartmann | Northbridge Wire | November 12, 2026\n\nTalks resumed.",
			wantTitle:  "Talks resume",
			wantAuthor: "Lena Hartmann",
			wantOutlet: "Northbridge Wire",
			wantDate:   "2026-11-12",
			wantText:   "Talks resumed.",
		},
		{
			name:       "meta given by the caller wins over the text",
			text:       "Talks stall\n\nBy Someone Else\n\nBody text here.",
			meta:       Meta{Title: "Given title", Author: "Given Author", Outlet: "Given Outlet", Published: time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)},
			wantTitle:  "Given title",
			wantAuthor: "Given Author",
			wantOutlet: "Given Outlet",
			wantDate:   "2026-01-02",
			wantText:   "Body text here.",
		},
		{
			name:      "Windows line ends, trailing spaces and extra blank lines are normalised",
			text:      "Title line\r\n\r\n\r\n\r\nFirst   paragraph  \r\nwraps here.\r\n\r\n\r\nSecond\u00a0one.\u200b",
			wantTitle: "Title line",
			wantText:  "First paragraph\nwraps here.\n\nSecond one.",
		},
		{
			name:      "Cyrillic and accented names survive untouched",
			text:      "Путин и Erdoğan\n\nВладимир Путин встретился с Реджепом Тайипом Эрдоганом.",
			wantTitle: "Путин и Erdoğan",
			wantText:  "Владимир Путин встретился с Реджепом Тайипом Эрдоганом.",
		},
		{
			name:    "text that is only whitespace is an error",
			text:    " \n\t\r\n \u00a0",
			wantErr: ErrNoText,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromText(tt.text, tt.meta)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, a, tt.wantTitle, tt.wantAuthor, tt.wantOutlet, tt.wantDate, tt.wantText)
		})
	}
}

// checkArticle compares the common fields and checks Finish was called.
func checkArticle(t *testing.T, art briefing.Article, title, author, outlet, date, text string) {
	t.Helper()
	if art.Title != title {
		t.Errorf("Title = %q, want %q", art.Title, title)
	}
	if art.Author != author {
		t.Errorf("Author = %q, want %q", art.Author, author)
	}
	if art.Outlet != outlet {
		t.Errorf("Outlet = %q, want %q", art.Outlet, outlet)
	}
	got := ""
	if !art.Published.IsZero() {
		got = art.Published.Format("2006-01-02")
	}
	if got != date {
		t.Errorf("Published = %q, want %q", got, date)
	}
	if text != "" && art.Text != text {
		t.Errorf("Text = %q, want %q", art.Text, text)
	}
	checkFinished(t, art)
}

func TestFromFileFixtures(t *testing.T) {
	tests := []struct {
		name       string
		file       string
		wantTitle  string
		wantAuthor string
		wantOutlet string
		wantDate   string
		wantText   string
		contains   []string
		absent     []string
	}{
		{
			name:      "a text file takes its title from the first line",
			file:      "testdata/report.txt",
			wantTitle: "Valmora talks end without a deal",
			contains:  []string{"Михаил Соколов", "Erdoğan-Kaya", "corridor.\nArvelian"},
		},
		{
			name:       "a Markdown file loses its markup and keeps its paragraphs",
			file:       "testdata/report.md",
			wantTitle:  "Corridor talks resume in Geneva",
			wantAuthor: "Lena Hartmann",
			wantOutlet: "Northbridge Wire",
			wantDate:   "2026-11-12",
			wantText: "GENEVA — Talks between Arvelia and Sarkand resumed on Monday, with United Nations envoy Jean-Pierre Moreau mediating.\n\n" +
				"Positions\n\n" +
				"Arvelia refuses to cede territory before a ceasefire.\nSarkand demands control of the Dorna corridor.\n\n" +
				"\"Sarkand came to Geneva to stall, not to settle,\" said Margit Lindqvist.\n\n" +
				"Delegates at the Palais des Nations\n\n" +
				"Sergei Ivanov (Сергей Иванов) said Moscow would observe the talks.",
		},
		{
			name:       "an HTML news page keeps the article and drops navigation, ads, cookie banner and footer",
			file:       "testdata/news-page.html",
			wantTitle:  "Ankara talks stall over grain corridor",
			wantAuthor: "Sofia Ramírez",
			wantOutlet: "The Meridian Ledger",
			wantDate:   "2026-03-14",
			contains: []string{
				"Vladimir Putin (Владимир Путин)",
				"President Recep Tayyip Erdoğan.\n\nRussian President",
				"Insurers wait for guarantees",
				"Sergei Lavrov (Сергей Лавров)",
			},
			absent: []string{"cookies", "Accept all", "Subscribe", "Most read", "All rights reserved", "Fly business class", "Business\n"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromFile(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, a, tt.wantTitle, tt.wantAuthor, tt.wantOutlet, tt.wantDate, tt.wantText)
			for _, s := range tt.contains {
				if !strings.Contains(a.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, a.Text)
				}
			}
			for _, s := range tt.absent {
				if strings.Contains(a.Text, s) {
					t.Errorf("text has boilerplate %q:\n%s", s, a.Text)
				}
			}
		})
	}
}

func TestFromFileRejectsBadFiles(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name    string
		path    string
		wantErr error
		wantMsg string
	}{
		{
			name:    "an unknown extension is unsupported and the message names it",
			path:    writeFile(t, dir, "page.bin", []byte("whatever")),
			wantErr: ErrUnsupported,
			wantMsg: `page.bin: unsupported file type ".bin"`,
		},
		{
			name:    "an empty text file has no text",
			path:    writeFile(t, dir, "empty.txt", nil),
			wantErr: ErrNoText,
			wantMsg: "empty.txt: no text",
		},
		{
			name:    "a text file of blank lines has no text",
			path:    writeFile(t, dir, "blank.md", []byte("\n\n   \n")),
			wantErr: ErrNoText,
		},
		{
			name:    "binary data under a .txt name is refused",
			path:    writeFile(t, dir, "photo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")),
			wantErr: ErrBinary,
		},
		{
			name:    "an HTML page over the size cap is refused before parsing",
			path:    writeFile(t, dir, "huge.html", bytes.Repeat([]byte("<p>word word word</p>\n"), MaxTextSize/20)),
			wantErr: ErrTooLarge,
		},
		{
			name:    "a missing file says so",
			path:    filepath.Join(dir, "gone.txt"),
			wantMsg: "gone.txt: no such file",
		},
		{
			name:    "an HTML page with no visible text has no text",
			path:    writeFile(t, dir, "blank.html", []byte("<html><head><script>var x=1</script></head><body> </body></html>")),
			wantErr: ErrNoText,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := FromFile(tt.path)
			if err == nil {
				t.Fatal("no error")
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("err = %v, want %v", err, tt.wantErr)
			}
			if !strings.HasPrefix(err.Error(), tt.path+": ") {
				t.Errorf("error %q does not start with the path", err)
			}
			if tt.wantMsg != "" && !strings.HasSuffix(err.Error(), tt.wantMsg) {
				t.Errorf("error %q, want it to end with %q", err, tt.wantMsg)
			}
		})
	}
}

func TestFromFileRepairsInvalidUTF8(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{
			name: "a Windows-1252 file is decoded as Windows-1252",
			data: []byte("Caf\xe9 talks\n\nThe caf\xe9 \x93talks\x94 went on."),
			want: "The café “talks” went on.",
		},
		{
			name: "a UTF-8 file with one stray byte keeps its UTF-8 and marks the byte",
			data: []byte("Путин talks\n\nПутин said \xff nothing."),
			want: "Путин said \uFFFD nothing.",
		},
		{
			name: "a UTF-8 byte-order mark is dropped",
			data: []byte("\xef\xbb\xbfTitle\n\nBody text."),
			want: "Body text.",
		},
		{
			name: "a UTF-16 file with a byte-order mark is decoded",
			data: []byte("\xff\xfeT\x00i\x00t\x00l\x00e\x00\n\x00\n\x00B\x00o\x00d\x00y\x00.\x00"),
			want: "Body.",
		},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, dir, "f"+string(rune('a'+i))+".txt", tt.data)
			a, err := FromFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != tt.want {
				t.Errorf("Text = %q, want %q", a.Text, tt.want)
			}
		})
	}
}
