package storage

import (
	"testing"

	"github.com/briefdesk/briefdesk/storage/internal/benchtext"
)

// BenchmarkFingerprint times the near-duplicate fingerprint of a ~4 KB body.
func BenchmarkFingerprint(b *testing.B) {
	text := benchtext.New(1).Text(4000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		fingerprintOf(text)
	}
}
