package importer

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"
)

func TestFromHTMLKeepsPageAndMetadata(t *testing.T) {
	page, err := os.ReadFile("testdata/news-page.html")
	if err != nil {
		t.Fatal(err)
	}
	a, err := FromHTML(bytes.NewReader(page), "HTTPS://Meridian-Ledger.example/world/ankara-talks-stall?utm_source=x#top")
	if err != nil {
		t.Fatal(err)
	}
	if a.RawHTML != string(page) {
		t.Error("RawHTML is not the page as read")
	}
	if a.URL != "https://meridian-ledger.example/world/ankara-talks-stall" {
		t.Errorf("URL = %q", a.URL)
	}
	if a.Language != "en" {
		t.Errorf("Language = %q, want en", a.Language)
	}
	if want := time.Date(2026, 3, 14, 6, 30, 0, 0, time.UTC); !a.Published.Equal(want) {
		t.Errorf("Published = %v, want %v", a.Published, want)
	}
	for _, para := range strings.Split(a.Text, "\n\n") {
		if strings.TrimSpace(para) != para || para == "" {
			t.Errorf("paragraph %q is not trimmed text", para)
		}
	}
	checkFinished(t, a)
}

func TestFromHTMLEncodings(t *testing.T) {
	tests := []struct {
		name string
		page []byte
		want string
	}{
		{
			name: "a Windows-1252 page declared in a meta tag is decoded",
			page: append([]byte(`<html><head><meta charset="windows-1252"><title>Caf`+"\xe9"+` talks</title></head><body><p>Le caf`), []byte("\xe9 de la paix \x93ouvert\x94.</p></body></html>")...),
			want: "Le café de la paix “ouvert”.",
		},
		{
			name: "an undeclared UTF-8 page is read as UTF-8",
			page: []byte("<html><body><p>Путин и Erdoğan встретились.</p></body></html>"),
			want: "Путин и Erdoğan встретились.",
		},
		{
			name: "a page without an article falls back to its visible text",
			page: []byte("<html><head><title>Short note</title></head><body><div>One line only.</div></body></html>"),
			want: "One line only.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromHTML(bytes.NewReader(tt.page), "")
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, tt.want) {
				t.Errorf("Text = %q, want it to contain %q", a.Text, tt.want)
			}
		})
	}
}
