package briefing

import (
	"crypto/sha256"
	"encoding/hex"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// hashCases are texts whose hashes must never change: every archive's
// duplicate check depends on them.
var hashCases = []string{
	"",
	"   \t\n  ",
	"Talks resumed in Geneva.",
	"  Talks   RESUMED\n\nin\tGeneva.  ",
	"Arvelian Foreign Minister Михаил Соколов met Aylin Erdoğan-Kaya.",
	"İSTANBUL — ΣΊΣΥΦΟΣ Straße ǅemal \u00a0non-breaking\u2003em\u0085nel\u3000ideographic",
	"invalid \xff\xfe bytes \xc3 and a real \ufffd replacement",
	"“Quoted,” she said — 5 % of €2,30 … ’tis",
	"Tab\vvertical\fform\rreturn\u200bzero-width\u2028line-sep",
	"ＡＢＣ fullwidth, Ⅻ roman, ǈ titlecase, ẞ capital sharp s",
}

// goldenHashes are the hashes of hashCases as ContentHash computed them
// before it was rewritten to make one pass (issue 12, import speed).
var goldenHashes = map[string]string{
	"":                                   "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
	"   \t\n  ":                          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
	"Talks resumed in Geneva.":           "aed2dc61fc63fb8f96e4dd1b0781fa91abf7a4ed69e6bf289516e53b90368f36",
	"  Talks   RESUMED\n\nin\tGeneva.  ": "aed2dc61fc63fb8f96e4dd1b0781fa91abf7a4ed69e6bf289516e53b90368f36",
	"Arvelian Foreign Minister Михаил Соколов met Aylin Erdoğan-Kaya.":                     "7490fa53d8ea3a357fc5a365b9232056e0919e4eac244d136a6f6a711bc4758d",
	"İSTANBUL — ΣΊΣΥΦΟΣ Straße ǅemal \u00a0non-breaking\u2003em\u0085nel\u3000ideographic": "d631d2fb47eec7a952064ce2be21b54c04e78a34cbcb8e7a74f579ade5cb5809",
	"invalid \xff\xfe bytes \xc3 and a real � replacement":                                 "93568628253eaf577667ea1bd92410d5fc028d7721ab58eeb56c7b00533566ca",
	"“Quoted,” she said — 5 % of €2,30 … ’tis":                                             "c20887c2377e3b9dd266b969c6ae7e200a438c221528e8ca0c27273be6e33d43",
	"Tab\vvertical\fform\rreturn\u200bzero-width\u2028line-sep":                            "f849a4d65dcd511823e991cbf7c7241290087231d073feacc2d0b4fc637d6dce",
	"ＡＢＣ fullwidth, Ⅻ roman, ǈ titlecase, ẞ capital sharp s":                               "40fd9954349a10f35802b6086d8b14fd5392ceac255439a1fb095cae4366416d",
}

// refContentHash is ContentHash as it was written first: collapse the
// whitespace, lower-case, trim, SHA-256.
func refContentHash(text string) string {
	norm := strings.ToLower(strings.Join(strings.Fields(text), " "))
	sum := sha256.Sum256([]byte(strings.TrimSpace(norm)))
	return hex.EncodeToString(sum[:])
}

// TestContentHashGolden: the one-pass ContentHash gives the hashes stored
// archives hold.
func TestContentHashGolden(t *testing.T) {
	for _, s := range hashCases {
		want, ok := goldenHashes[s]
		if !ok {
			t.Fatalf("no golden hash for %q", s)
		}
		if got := ContentHash(s); got != want {
			t.Errorf("ContentHash(%q) = %s, want %s", s, got, want)
		}
	}
}

// TestContentHashMatchesReference compares ContentHash with the first
// implementation on random texts of spaces, ASCII, letters with case
// mappings and invalid bytes.
func TestContentHashMatchesReference(t *testing.T) {
	pieces := []string{" ", "  ", "\t", "\n", "\u00a0", "\u0085", "\u2003", "\u3000", "a", "Z", "Talks", "İ", "ß", "ẞ",
		"Σ", "ǅ", "Ж", "é", "É", "\xff", "\xc3", "\xe2\x80", "\ufffd", "—", "“", "1", ".", "ＡＢ", "\u200b"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := ContentHash(s), refContentHash(s); got != want {
			t.Fatalf("ContentHash(%q) = %s, want %s (valid UTF-8: %v)", s, got, want, utf8.ValidString(s))
		}
	}
	long := strings.Repeat("Ceasefire TALKS in Kyrov  —  Михаил\n", 2000)
	if ContentHash(long) != refContentHash(long) {
		t.Error("a 70 KB text hashes differently")
	}
}

func BenchmarkContentHash(b *testing.B) {
	text := strings.Repeat("“Negotiators from Arvelia and Sarkand resumed talks,” Михаил Соколов said.\n\n", 50)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		ContentHash(text)
	}
}
