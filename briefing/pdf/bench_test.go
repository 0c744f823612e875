package pdf_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/layout"
	"github.com/briefdesk/briefdesk/briefing/layout/testbrief"
	"github.com/briefdesk/briefdesk/briefing/pdf"
)

// BenchmarkWrite exports a full one-page brief (target ≤ 30 ms) and reports
// the file size (target ≤ 100 KB) as a metric.
func BenchmarkWrite(b *testing.B) {
	full, _ := testbrief.Fill(fitAtA4)
	var size int
	for b.Loop() {
		var buf bytes.Buffer
		if err := pdf.Write(&buf, full, layout.Options{}); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size)/1024, "KB")
}

func BenchmarkWriteDeterministic(b *testing.B) {
	full, _ := testbrief.Fill(fitAtA4)
	for b.Loop() {
		if err := pdf.Write(io.Discard, full, layout.Options{Deterministic: true}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestSizeUnderBudget(t *testing.T) {
	full, _ := testbrief.Fill(fitAtA4)
	var buf bytes.Buffer
	if err := pdf.Write(&buf, full, layout.Options{}); err != nil {
		t.Fatal(err)
	}
	if kb := buf.Len() / 1024; kb > 100 {
		t.Errorf("full page PDF is %d KB, budget 100 KB", kb)
	}
}
