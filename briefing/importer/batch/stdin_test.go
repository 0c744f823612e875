package batch

import (
	"bytes"
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
)

// Issue 12 item 24: standard input gets the binary check and the BOM
// decoding a file gets.
func TestStdinIsCheckedAndDecodedLikeAFile(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 12))
	noise := make([]byte, 10<<10)
	for i := range noise {
		noise[i] = byte(rng.UintN(256))
	}
	lines, c := run(context.Background(), []string{"-"}, Options{Stdin: bytes.NewReader(noise)})
	if len(lines) != 1 || !strings.HasPrefix(lines[0], "failed -: ") || !strings.Contains(lines[0], "binary") || c.Failed != 1 {
		t.Errorf("random bytes on stdin: %q, counts %+v; want one failed line saying binary", lines, c)
	}

	text := "Bridge closed for repairs\n\nEngineers found cracks in two piers."
	utf16 := []byte{0xFF, 0xFE}
	for _, r := range text {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	var saved []briefing.Article
	save := func(_ context.Context, a briefing.Article) (int64, bool, error) {
		saved = append(saved, a)
		return int64(len(saved)), false, nil
	}
	Run(context.Background(), []string{"-"}, Options{Stdin: bytes.NewReader(utf16)}, save, func(Result) {})
	if len(saved) != 1 || saved[0].Title != "Bridge closed for repairs" || !strings.Contains(saved[0].Text, "cracks in two piers") {
		t.Errorf("UTF-16 on stdin stored as %+v", saved)
	}
}

// Issue 12 item 24: a file name that is not UTF-8 makes a valid title.
func TestFileNameNotUTF8MakesAValidTitle(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "caf\xe9-minutes.txt")
	body := strings.Repeat("the committee went through the harbour budget line by line and agreed on nothing at all ", 3)
	if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
		t.Skip("file system refuses a name that is not UTF-8:", err)
	}
	var saved []briefing.Article
	save := func(_ context.Context, a briefing.Article) (int64, bool, error) {
		saved = append(saved, a)
		return 1, false, nil
	}
	Run(context.Background(), []string{name}, Options{}, save, func(Result) {})
	if len(saved) != 1 {
		t.Fatalf("stored %d articles, want 1", len(saved))
	}
	if !utf8.ValidString(saved[0].Title) || !strings.Contains(saved[0].Title, "minutes") {
		t.Errorf("title = %q, want valid UTF-8 naming the file", saved[0].Title)
	}
}
