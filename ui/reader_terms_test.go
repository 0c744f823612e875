package ui

import (
	"strings"
	"testing"
)

func TestTermSpansMatchAsTheSearchDid(t *testing.T) {
	for _, c := range []struct {
		name, query, text string
		want              []string // the marked words, in order of the query's terms
	}{
		{"a term without its accent marks the accented word", "cafe", "Owners of the Café Lumière met.", []string{"Café"}},
		{"an accented term marks the plain word", "café", "The cafe closed.", []string{"cafe"}},
		{"a Turkish letter folds to its base", "erdogan", "President Erdoğan spoke; ERDOĞAN left.", []string{"Erdoğan", "ERDOĞAN"}},
		{"a Cyrillic word matches without case", "путин", "Вчера Путин сказал.", []string{"Путин"}},
		{"a Greek word matches without its tonos", "αθηνα", "Στην Αθήνα σήμερα.", []string{"Αθήνα"}},
		{"a decomposed accent stays inside the mark", "cafe", "Cafe\u0301 owners", []string{"Cafe\u0301"}},
		{"a plain word matches as before", "owners", "Owners of the café.", []string{"Owners"}},
		{"a prefix term marks the rest of the word", "negotia*", "Négociations stalled; negotiators left.", []string{"negotiators"}},
		{"a prefix term in folded text runs over accented letters", "reunif*", "Réunifié Berlin.", []string{"Réunifié"}},
		{"a Cyrillic prefix term runs to the end of the word", "переговор*", "Переговоры закончились.", []string{"Переговоры"}},
		{"a term is not marked inside a longer word", "cafe", "Cafeteria staff.", nil},
		{"a term is not marked at the end of a longer word", "cafe", "Nescafé sells.", nil},
		{"a Cyrillic term is not marked inside a longer word", "путин", "Путину сказали.", nil},
		{"operators and one-letter words are ignored", `"cafe" AND a OR NOT x`, "A café and a bar.", []string{"café"}},
		{"no transliteration", "putin", "Путин сказал.", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, s := range termSpans(c.query, c.text) {
				got = append(got, c.text[s.start:s.end])
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("termSpans(%q, %q) marked %q, want %q", c.query, c.text, got, c.want)
			}
		})
	}
}
