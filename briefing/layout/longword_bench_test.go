package layout

import (
	"strings"
	"testing"
)

func benchLongWord(b *testing.B, n int) {
	fc, _ := faces()
	text := strings.Repeat("abcdefghij", n/10)
	b.ReportAllocs()
	for b.Loop() {
		ws := appendWords(nil, text, Regular, Ink, fc)
		breakLines(ws, 300, 9, fc)
	}
}

func BenchmarkLongWord10k(b *testing.B)  { benchLongWord(b, 10_000) }
func BenchmarkLongWord100k(b *testing.B) { benchLongWord(b, 100_000) }
