package neardup

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
)

// words returns n distinct invented words tagged tag ("ka3", "ka4", …).
func words(tag string, from, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s%d", tag, from+i)
	}
	return out
}

// pair returns two texts of n words each that share their first k words
// and differ after: each has n-4 shingles and they share k-4, so their
// similarity is (k-4) / (2n-k-4).
func pair(n, k int) (string, string) {
	shared := words("quay", 0, k)
	a := append(slices.Clone(shared), words("ferry", 0, n-k)...)
	b := append(slices.Clone(shared), words("convoy", 0, n-k)...)
	return strings.Join(a, " "), strings.Join(b, " ")
}

func TestJaccardTable(t *testing.T) {
	for _, c := range []struct {
		name string
		a, b string
		want float64
	}{
		{"case and punctuation ignored", "one two three four five six seven", "ONE two, three; four five six seven!", 1},
		{"one shingle of four changed", "one two three four five six seven", "one two three four five six eight", 0.5},
		{"nothing shared", "one two three four five", "six seven eight nine ten", 0},
		{"both too short to shingle", "one two", "three", 1},
		{"one empty", "one two three four five", "", 0},
		{"Cyrillic words", "переговоры в Женеве снова зашли в тупик", "ПЕРЕГОВОРЫ в женеве снова зашли в тупик", 1},
	} {
		if got := Jaccard(Shingles(c.a), Shingles(c.b)); got != c.want {
			t.Errorf("%s: Jaccard = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestShinglesCountAndOrder(t *testing.T) {
	if got := len(Shingles("one two three four")); got != 0 {
		t.Errorf("four words: %d shingles, want 0", got)
	}
	if got := len(Shingles("a b c d e f g a b c d e")); got != 7 {
		// 8 shingles in text order, "a b c d e" twice: 7 unique.
		t.Errorf("repeated shingle: %d unique, want 7", got)
	}
}

// TestThresholdBoundary: a pair at similarity 0.6 is not one story, a pair
// at 0.9 is — both by the threshold alone and through the whole decision
// (band keys, then exact similarity).
func TestThresholdBoundary(t *testing.T) {
	for _, c := range []struct {
		n, k int
		sim  float64
		same bool
	}{
		{44, 34, 0.6, false},
		{42, 40, 0.9, true},
		{24, 24, 1, true},
	} {
		a, b := pair(c.n, c.k)
		sim := Jaccard(Shingles(a), Shingles(b))
		if math.Abs(sim-c.sim) > 1e-12 {
			t.Fatalf("fixture n=%d k=%d: similarity %v, want %v", c.n, c.k, sim, c.sim)
		}
		if got := Near(sim); got != c.same {
			t.Errorf("Near(%v) = %v, want %v", sim, got, c.same)
		}
		if got := SameStory(Of(a), Of(b)); got != c.same {
			t.Errorf("SameStory at %v = %v, want %v", sim, got, c.same)
		}
	}
	for _, c := range []struct {
		sim  float64
		near bool
	}{{0, false}, {0.3, false}, {0.5, false}, {0.6, false}, {0.8999, false}, {0.9, true}, {0.95, true}, {1, true}} {
		if got := Near(c.sim); got != c.near {
			t.Errorf("Near(%v) = %v, want %v", c.sim, got, c.near)
		}
	}
}

func TestShortTextsHaveNoSignature(t *testing.T) {
	short := strings.Join(words("envoy", 0, MinShingles+ShingleWords-2), " ") // MinShingles-1 shingles
	if fp := Of(short); fp.Sig != nil {
		t.Errorf("%d shingles got a signature", len(fp.Shingles))
	}
	if SameStory(Of(short), Of(short)) {
		t.Error("a text too short to compare was matched with itself")
	}
	long := strings.Join(words("envoy", 0, MinShingles+ShingleWords-1), " ") // MinShingles shingles
	fp := Of(long)
	if fp.Sig == nil || len(fp.Sig) != 4*Bins {
		t.Fatalf("%d shingles: signature of %d bytes, want %d", len(fp.Shingles), len(fp.Sig), 4*Bins)
	}
	if !SameStory(fp, Of(long)) {
		t.Error("a text is not the same story as itself")
	}
}

func TestAllMatchesOf(t *testing.T) {
	var texts []string
	for i := range 9 {
		a, _ := pair(30+i, 20)
		texts = append(texts, a)
	}
	for i, fp := range All(texts) {
		if want := Of(texts[i]); !slices.Equal(fp.Sig, want.Sig) || fp.Bands != want.Bands {
			t.Errorf("text %d: All differs from Of", i)
		}
	}
}

func FuzzJaccard(f *testing.F) {
	f.Add("talks resume in the port city on monday morning", "talks resumed in the port city on monday")
	f.Add("", "one two three four five")
	f.Add("Переговоры возобновились в понедельник утром в порту", "x y z w v u")
	f.Fuzz(func(t *testing.T, a, b string) {
		sa, sb := Shingles(a), Shingles(b)
		j := Jaccard(sa, sb)
		if j < 0 || j > 1 || math.IsNaN(j) {
			t.Fatalf("Jaccard = %v out of [0, 1]", j)
		}
		if j != Jaccard(sb, sa) {
			t.Fatal("Jaccard is not symmetric")
		}
		if Jaccard(sa, Shingles(a)) != 1 {
			t.Fatal("a text is not identical to itself")
		}
		if !slices.IsSorted(sa) || len(slices.Compact(slices.Clone(sa))) != len(sa) {
			t.Fatal("Shingles is not sorted and unique")
		}
		fa := Of(a)
		if (fa.Sig != nil) != (len(fa.Shingles) >= MinShingles) {
			t.Fatalf("signature %v for %d shingles", fa.Sig != nil, len(fa.Shingles))
		}
		if fa.Sig != nil && !SameStory(fa, Of(a)) {
			t.Fatal("a long text is not the same story as itself")
		}
	})
}
