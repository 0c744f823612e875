package ner

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/suggest/sentence"
)

// BenchmarkNew measures start-up: the gazetteers and the embedded lexicon.
func BenchmarkNew(b *testing.B) {
	sp, err := sentence.NewSplitter()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		New(sp.Model())
	}
}

// BenchmarkRecognize1000Words measures one article of about 1,000 words.
func BenchmarkRecognize1000Words(b *testing.B) {
	sp, err := sentence.NewSplitter()
	if err != nil {
		b.Fatal(err)
	}
	r := New(sp.Model())
	para := "Foreign Minister Anna Lindqvist met U.S. envoy Steve Witkoff in Geneva on Monday. " +
		"The European Union and Northbridge Holdings said the Bank of Valdoria would reopen. " +
		"SOCCER - Marvenna beat Ostrovo 2-1 on Sunday; Ostrovo's coach Pavel Marek was unhappy. " +
		"Dalbrook 2 (Oskarsen 43, Brevik 88) Harwick 1 (Tamberlo 10).\n"
	var sb strings.Builder
	for len(strings.Fields(sb.String())) < 1000 {
		sb.WriteString(para)
	}
	text := sb.String()
	sents := sp.Split(text)
	for b.Loop() {
		r.Recognize(text, sents)
	}
}
