package importer

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestCanonicalURL(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"scheme and host are lower-cased, the path is not", "HTTPS://News.Example.COM/World/Story", "https://news.example.com/World/Story"},
		{"the fragment is dropped", "https://example.com/a#comments", "https://example.com/a"},
		{"utm parameters are dropped", "https://example.com/a?utm_source=x&utm_Medium=y&id=3", "https://example.com/a?id=3"},
		{"click identifiers are dropped", "https://example.com/a?fbclid=1&gclid=2&p=1", "https://example.com/a?p=1"},
		{"the remaining query is sorted by key", "https://example.com/a?z=1&a=2&m=3", "https://example.com/a?a=2&m=3&z=1"},
		{"repeated keys keep their order", "https://example.com/a?tag=b&tag=a", "https://example.com/a?tag=b&tag=a"},
		{"a query of only tracking leaves no question mark", "https://example.com/a?utm_campaign=x", "https://example.com/a"},
		{"default ports are dropped", "http://example.com:80/a", "http://example.com/a"},
		{"other ports stay", "https://example.com:8443/a", "https://example.com:8443/a"},
		{"an empty path becomes a slash", "https://example.com", "https://example.com/"},
		{"surrounding spaces are trimmed", "  https://example.com/a  ", "https://example.com/a"},
		{"text that is not a URL comes back unchanged", "not a url", "not a url"},
		{"an empty string stays empty", "", ""},
		{"user and password are dropped", "http://analyst:s3cret@news.example.com/a", "http://news.example.com/a"},
		{"a user alone is dropped", "https://analyst@news.example.com:8443/a?id=1", "https://news.example.com:8443/a?id=1"},
		{"an @ in the password is dropped with it", "https://analyst:p@ss@news.example.com/", "https://news.example.com/"},
		{"encoded values are not re-encoded", "https://example.com/s?q=%D0%9F%D1%83%D1%82%D0%B8%D0%BD", "https://example.com/s?q=%D0%9F%D1%83%D1%82%D0%B8%D0%BD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CanonicalURL(tt.in); got != tt.want {
				t.Errorf("CanonicalURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := CanonicalURL(CanonicalURL(tt.in)); again != CanonicalURL(tt.in) {
				t.Errorf("not idempotent: %q", again)
			}
		})
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "b.txt", []byte("b"))
	writeFile(t, dir, "a.md", []byte("a"))
	writeFile(t, dir, "sub/c.html", []byte("c"))
	writeFile(t, dir, "sub/notes.bin", []byte("x"))
	writeFile(t, dir, ".hidden/d.txt", []byte("d"))
	writeFile(t, dir, "sub/.e.txt", []byte("e"))
	single := writeFile(t, t.TempDir(), "single.bin", []byte("x"))

	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{
			name: "a folder becomes its supported files, recursively and sorted",
			in:   []string{dir},
			want: []string{filepath.Join(dir, "a.md"), filepath.Join(dir, "b.txt"), filepath.Join(dir, "sub", "c.html")},
		},
		{
			name: "a named file is kept even when unsupported, so the import can report it",
			in:   []string{single},
			want: []string{single},
		},
		{
			name: "URLs pass through and duplicates are dropped",
			in:   []string{"https://example.com/a", filepath.Join(dir, "b.txt"), "https://example.com/a", dir},
			want: []string{"https://example.com/a", filepath.Join(dir, "b.txt"), filepath.Join(dir, "a.md"), filepath.Join(dir, "sub", "c.html")},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Expand(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Expand = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDropLeadingByline(t *testing.T) {
	for _, tc := range []struct{ name, text, author, want string }{
		{"a 'By' line naming the author is dropped", "By Tomas Brandt\n\nISTANBUL — Talks ended.", "Tomas Brandt", "ISTANBUL — Talks ended."},
		{"the bare author name is dropped", "Tomas Brandt\n\nTalks ended.", "Tomas Brandt", "Talks ended."},
		{"another first paragraph stays", "By the river the talks went on.\n\nMore.", "Tomas Brandt", "By the river the talks went on.\n\nMore."},
		{"no author keeps the text", "By Tomas Brandt\n\nTalks ended.", "", "By Tomas Brandt\n\nTalks ended."},
		{"a one-paragraph text stays", "By Tomas Brandt", "Tomas Brandt", "By Tomas Brandt"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := dropLeadingByline(tc.text, tc.author); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
