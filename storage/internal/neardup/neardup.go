// Package neardup is the pure computation behind near-duplicate detection:
// shingles, MinHash signatures, LSH band keys and the Jaccard similarity,
// and the threshold that makes two bodies one story. It knows nothing of
// the archive; storage keeps the index of band keys and groups.
package neardup

import (
	"encoding/binary"
	"runtime"
	"slices"
	"sync"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
)

// Near-duplicates: the same wire story under another headline, with a
// sentence changed or a paragraph cut, is grouped with the article it
// copies. Similarity is the Jaccard index of the bodies' sets of 5-word
// shingles (lower-cased words, punctuation ignored); two bodies are
// near-duplicates at Threshold or more. Finding candidates uses
// MinHash with one-permutation hashing (64 bins, one hash per shingle) and
// LSH banding (12 bands of 5 minima: a pair at similarity 0.9 shares a band
// with probability 0.99998, a pair at 0.5 with 0.32, at 0.2 with 0.004);
// every candidate is then checked exactly on its shingles.
const (
	// ShingleWords, Bins, Bands and Rows shape the fingerprint; Threshold is
	// the similarity from which two bodies are one story.
	ShingleWords = 5
	Bins         = 64
	Bands        = 12
	Rows         = 5
	Threshold    = 0.9
	// MinShingles: shorter texts are not compared (their exact copies are
	// still found by content hash).
	MinShingles = 20
)

// Fingerprint is what near-duplicate detection needs of a body.
type Fingerprint struct {
	Shingles []uint64 // in text order; sorted and made unique (Set) when compared
	Sig      []byte   // Bins little-endian uint32; nil when too short
	Bands    [Bands]int64
}

// shingleHashes returns the hashes of text's 5-word shingles (words: runs
// of letters and digits, lower-cased), in text order, repeats included.
func shingleHashes(text string) []uint64 {
	const (
		offset = 14695981039346656037 // FNV-1a
		prime  = 1099511628211
	)
	words := make([]uint64, 0, len(text)/5)
	h, in := uint64(offset), false
	for _, r := range text {
		var word bool
		switch {
		case r < 0x80:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			word = 'a' <= r && r <= 'z' || '0' <= r && r <= '9'
		default:
			word = briefing.IsWordRune(r)
			r = unicode.ToLower(r)
		}
		if !word {
			if in {
				words = append(words, h)
				h, in = offset, false
			}
			continue
		}
		in = true
		for ; r > 0; r >>= 8 {
			h = (h ^ uint64(r&0xff)) * prime
		}
	}
	if in {
		words = append(words, h)
	}
	if len(words) < ShingleWords {
		return nil
	}
	out := make([]uint64, len(words)-ShingleWords+1)
	for i := range out {
		x := words[i]
		for _, w := range words[i+1 : i+ShingleWords] {
			x = x*0x9e3779b97f4a7c15 + w
		}
		out[i] = mix64(x)
	}
	return out
}

// mix64 is the splitmix64 finaliser.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Shingles returns the sorted, unique hashes of text's 5-word shingles.
func Shingles(text string) []uint64 {
	return Set(shingleHashes(text))
}

// Set sorts and de-duplicates shingle hashes in place.
func Set(hs []uint64) []uint64 {
	slices.Sort(hs)
	return slices.Compact(hs)
}

// Of computes the shingles, MinHash signature and LSH band keys
// of a body.
func Of(text string) Fingerprint {
	fp := Fingerprint{Shingles: shingleHashes(text)}
	if len(fp.Shingles) < MinShingles {
		return fp
	}
	// One-permutation hashing: the top 6 bits of a shingle's hash pick its
	// bin, each bin keeps its minimum.
	var mins [Bins]uint64
	var seen [Bins]bool
	for _, h := range fp.Shingles {
		b := h >> 58
		if !seen[b] || h < mins[b] {
			mins[b], seen[b] = h, true
		}
	}
	sig := make([]byte, 4*Bins)
	for b := range Bins {
		v := mins[b]
		if !seen[b] { // densify by rotation: borrow the next filled bin
			for d := 1; d < Bins; d++ {
				if j := (b + d) % Bins; seen[j] {
					v = mix64(mins[j] + uint64(d)*0x9e3779b97f4a7c15)
					break
				}
			}
		}
		binary.LittleEndian.PutUint32(sig[4*b:], uint32(v))
	}
	fp.Sig = sig
	for band := range Bands {
		x := uint64(band + 1)
		for r := range Rows {
			i := band*Rows + r
			x = mix64(x ^ uint64(binary.LittleEndian.Uint32(sig[4*i:])))
		}
		fp.Bands[band] = int64(x)
	}
	return fp
}

// All computes fingerprints of many bodies on all cores.
func All(texts []string) []Fingerprint {
	out := make([]Fingerprint, len(texts))
	workers := min(runtime.GOMAXPROCS(0), len(texts))
	var wg sync.WaitGroup
	var next sync.Mutex
	i := 0
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				next.Lock()
				k := i
				i++
				next.Unlock()
				if k >= len(texts) {
					return
				}
				out[k] = Of(texts[k])
			}
		}()
	}
	wg.Wait()
	return out
}

// Jaccard is |a∩b| / |a∪b| of two sorted, unique sets.
func Jaccard(a, b []uint64) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	inter := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// Near reports whether a similarity makes two bodies one story.
func Near(similarity float64) bool { return similarity >= Threshold }

// ShareBand reports whether two fingerprints share an LSH band key, the
// condition for the pair to be compared at all; a fingerprint of a text too
// short to compare shares none.
func ShareBand(a, b Fingerprint) bool {
	if a.Sig == nil || b.Sig == nil {
		return false
	}
	for i := range a.Bands {
		if a.Bands[i] == b.Bands[i] {
			return true
		}
	}
	return false
}

// SameStory is the whole decision for one pair, as the archive makes it:
// candidates by a shared band, then the exact similarity of the shingles.
func SameStory(a, b Fingerprint) bool {
	return ShareBand(a, b) && Near(Jaccard(Set(slices.Clone(a.Shingles)), Set(slices.Clone(b.Shingles))))
}
