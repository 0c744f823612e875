package suggest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/internal/lazy"
)

// personTitles are titles and heading words glued before a name:
// "State Senator Ines Valdor", "Presidential Candidate Valdor".
var personTitles = lazy.Of(wordSet, "person-titles")

// personKey is the key of a person's name: lower case, hyphens as spaces,
// without the titles and heading words glued before it and without a
// nickname in quotes inside it (`Tomas "El Lobo" Arrieta` is Tomas
// Arrieta).
func personKey(s string) string {
	_, s = nickname(s)
	return strings.Join(strings.Fields(strings.ReplaceAll(canonKey(personCore(s)), "-", " ")), " ")
}

// nickname splits a name with a nickname in quotes inside it into the
// nickname and the name without it: `Tomas “El Lobo” Arrieta` -> "El
// Lobo", "Tomas Arrieta". nick is "" when there is none.
func nickname(s string) (nick, rest string) {
	i := strings.IndexAny(s, "\"“‘")
	if i <= 0 {
		return "", s
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	j := strings.IndexAny(s[i+n:], "\"”’")
	if j <= 0 {
		return "", s
	}
	_, m := utf8.DecodeRuneInString(s[i+n+j:])
	return strings.TrimSpace(s[i+n : i+n+j]), strings.TrimSpace(s[:i]) + " " + strings.TrimSpace(s[i+n+j+m:])
}

// personCore drops the words glued before a person's name by a title, a
// heading or a caption ("Senator Ines Valdor", "WATCH Ines Valdor",
// "Caption Valdor"): a title, a word in capitals or one that cannot open
// a name.
func personCore(text string) string {
	fs := strings.Fields(text)
	i := 0
	for i < len(fs)-1 {
		w := fs[i]
		lw := strings.ToLower(w)
		if !notActorStart()[lw] && !personTitles()[lw] && !(len(w) > 1 && strings.ToUpper(w) == w && lw != w) {
			break
		}
		i++
	}
	return strings.Join(fs[i:], " ")
}

// surnameOf is the surname of a full name's lower-case words: the last,
// or the one before a generational suffix ("henry osei iii" -> "osei").
func surnameOf(fs []string) string {
	if n := len(fs); n > 2 && generational()[fs[n-1]] {
		return fs[n-2]
	}
	return fs[len(fs)-1]
}

// fullGiven is a person's key with a familiar given name written in full:
// "jim orlan" -> "james orlan".
func fullGiven(k string) string {
	first, rest, ok := strings.Cut(k, " ")
	if full := nicknames()[first]; ok && full != "" {
		return full + " " + rest
	}
	return k
}

// skeleton is a name without its diacritics, its vowels (but the first
// letter of each word) and with doubled letters single: "mohammed bin
// salman" -> "mhmd bn slmn", "grünberg" -> "grnbrg".
func skeleton(k string) string {
	var b strings.Builder
	for i, w := range strings.Fields(briefing.Fold(k)) {
		if i > 0 {
			b.WriteByte(' ')
		}
		var last rune
		for j, r := range w {
			if j > 0 && (strings.ContainsRune("aeiouy", r) || r == last) {
				continue
			}
			b.WriteRune(r)
			last = r
		}
	}
	return b.String()
}

// respelt reports whether two names of one skeleton are spellings of one
// name: as many words, each that differs five letters or more in both.
func respelt(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) != len(fb) || len(fa) < 2 {
		return false
	}
	for i := range fa {
		if fa[i] != fb[i] && (utf8.RuneCountInString(fa[i]) < 5 || utf8.RuneCountInString(fb[i]) < 5) {
			return false
		}
	}
	return true
}

// keyReplacer reads a typographic apostrophe as a plain one and a hyphen
// as a space (canonKey).
var keyReplacer = strings.NewReplacer("’", "'", "-", " ")

// canonKey is the key of a name: lower case without diacritics, one space
// between words, no leading "the", typographic apostrophes as plain ones
// ("O’Neill" and "O'Neill" are one name).
func canonKey(s string) string {
	// one name written with and without its diacritics ("Bélanger",
	// "Belanger") is one actor
	s = briefing.Fold(strings.Join(strings.Fields(keyReplacer.Replace(s)), " "))
	s = strings.TrimPrefix(s, "the ")
	return s
}

func initials(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// nicked reports whether f is the person's full name key with a nickname
// in quotes inside it.
func nicked(f, key string) bool {
	nick, _ := nickname(f)
	return nick != "" && personKey(f) == key
}

// shouted reports whether s, of more than one word or four letters, is
// written in capitals: a dateline's or a headline's form of a name, not an
// acronym.
func shouted(s string) bool {
	return (strings.Contains(s, " ") || len(s) > 4) && strings.ToUpper(s) == s && strings.ToLower(s) != s
}

func latin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

func lastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' })
	return s[i+1:]
}

func firstWord(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		return s
	}
	return s[:i]
}

// firstOfTwoSurnames returns the middle word of a name of three words
// (fs, lower case) when it is no given name and the last word is no
// generational suffix: the first of two surnames ("reyes" for "ana reyes
// varga"), which stands for the person alone; ok is false otherwise.
func firstOfTwoSurnames(fs []string, book nameBook) (string, bool) {
	if len(fs) != 3 || book.Given(fs[1]) || generational()[fs[2]] {
		return "", false
	}
	return fs[1], true
}
