package suggest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/internal/lazy"
)

// datelineLen returns the length in bytes of a leading dateline of s, with
// the dash and spaces after it, or 0 when s has none. A dateline is a place
// in capitals, optionally followed by ", Region" or a date, and/or a wire
// credit in brackets, then a dash: "GENEVA — ", "WASHINGTON (Reuters) - ",
// "LONDON, England (CNN) -- ", "(CNN) -- ", "NEW YORK, Nov. 12 (AP) – ",
// and a credit glued to the first word, "(CNN)They".
func datelineLen(s string) int {
	if m := wireDatelineRe.FindStringSubmatchIndex(s); m != nil {
		return m[3]
	}
	i := 0
	place := false
	// the place: words written entirely in capitals ("NEW YORK", "ST. LOUIS")
	for {
		j := capsWordEnd(s, i)
		if j == i {
			break
		}
		place = true
		i = j
		if i < len(s) && s[i] == ' ' {
			if k := capsWordEnd(s, i+1); k > i+1 {
				i++
				continue
			}
		}
		break
	}
	// ", England", ", Nov. 12", ", Calif.": a few short words before the credit or dash
	if place && strings.HasPrefix(s[i:], ", ") {
		j := i + 2
		words := 0
		for words < 4 {
			k := j
			for k < len(s) && s[k] != ' ' && s[k] != '(' && s[k] != ',' {
				k++
			}
			if k == j || strings.ContainsAny(s[j:k], "—–\"“") || strings.HasPrefix(s[j:k], "-") {
				break
			}
			r, _ := utf8.DecodeRuneInString(s[j:k])
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
				break
			}
			words++
			j = k
			if j < len(s) && s[j] == ',' {
				j++
			}
			if j < len(s) && s[j] == ' ' && dashAt(s, j) == 0 && !strings.HasPrefix(s[j:], " (") {
				j++
				continue
			}
			break
		}
		if words > 0 {
			i = j
		}
	}
	credit := false
	if j := strings.TrimLeft(s[i:], " "); strings.HasPrefix(j, "(") {
		k := strings.IndexByte(j, ')')
		inner := ""
		if k > 0 {
			inner = j[1:k]
		}
		r, _ := utf8.DecodeRuneInString(inner)
		if k > 1 && k <= 32 && unicode.IsUpper(r) && !strings.ContainsAny(inner, ".,;\"") || inner == "AP" {
			credit = true
			i = len(s) - len(j) + k + 1
		}
	}
	if !place && !credit {
		return 0
	}
	// a credit glued to the first word: "(CNN)They may not be..."
	if credit && !place && i < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsUpper(r) || r == '"' || r == '“' {
			return i
		}
	}
	// a place in capitals run into the first sentence without a dash:
	// "KESSAN A man who fired…", "KESSAN The talks…", "KESSAN An Orvish
	// envoy said…" (a capitalised word after the article, then one in
	// lower case)
	if place && !credit && i >= 4 {
		for _, det := range []string{" A ", " An ", " The "} {
			if rest, ok := strings.CutPrefix(s[i:], det); ok {
				if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(r) || unicode.IsUpper(r) && lowerSecondWord(rest) {
					return i + 1
				}
			}
		}
	}
	// a dash glued to the first word after a credit or a place: "OSLO
	// (Marketline)—The", "KESSAN—An envoy"
	if credit || place && i >= 4 {
		for _, d := range []string{"—", "–"} {
			if rest, ok := strings.CutPrefix(s[i:], d); ok {
				if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) || r == '"' || r == '“' {
					return i + len(d)
				}
			}
		}
	}
	// the dash
	n := dashAt(s, i)
	if n == 0 {
		return 0
	}
	end := i + n
	if end >= len(s) {
		return 0 // nothing after the dateline
	}
	return end
}

// lowerSecondWord reports whether the second word of s starts in lower
// case: "Orvish envoy said".
func lowerSecondWord(s string) bool {
	_, rest, ok := strings.Cut(s, " ")
	r, _ := utf8.DecodeRuneInString(rest)
	return ok && unicode.IsLower(r)
}

// wireDatelineRe is a place written in mixed case followed by a wire
// service's name in brackets, with or without a dash: "Port Aldine (AP) ",
// "Kessan, Norvask (Reuters) — ", or glued to the first word: "Kessan,
// Norvask (CNN)Troops". The submatch ends before the first word.
var wireDatelineRe = lazy.RE(`^([A-Z][\p{L}.'’-]+(?:,? [A-Z][\p{L}.'’-]+){0,3} \((?:CNN|AP|Reuters|AFP|UPI|dpa|Bloomberg|Xinhua|Yonhap)\)(?: ?(?:—|–|--|-))? *)[A-Z"“]`)

// dashAt returns the length of " — ", " – ", " -- ", " - " (and the same
// without the leading space) at s[i:], or 0.
func dashAt(s string, i int) int {
	j := i
	for j < len(s) && s[j] == ' ' {
		j++
	}
	k := j
	switch {
	case strings.HasPrefix(s[k:], "—"), strings.HasPrefix(s[k:], "–"):
		k += len("—")
	case strings.HasPrefix(s[k:], "--"):
		k += 2
	case strings.HasPrefix(s[k:], "-"):
		k++
		if j == i {
			return 0 // "-" glued to the word is a hyphen
		}
	default:
		return 0
	}
	if k >= len(s) || s[k] != ' ' {
		return 0
	}
	for k < len(s) && s[k] == ' ' {
		k++
	}
	return k - i
}

// capsWordEnd returns the end of a word at s[i:] written in capitals (two or
// more letters, dots, hyphens and apostrophes allowed), or i.
func capsWordEnd(s string, i int) int {
	j := i
	letters := 0
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsMark(r) || r == '.' || r == '-' || r == '\'' || r == '’' || r == '/':
			if r == '-' && j+1 < len(s) && s[j+1] == '-' {
				return endCaps(j, i, letters)
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return i // a mixed-case word is not a dateline place
		default:
			return endCaps(j, i, letters)
		}
		j += n
	}
	return endCaps(j, i, letters)
}

func endCaps(j, i, letters int) int {
	if letters < 2 {
		return i
	}
	return j
}

// stripDateline returns s without its leading dateline and the number of
// bytes removed.
func stripDateline(s string) (string, int) {
	n := datelineLen(s)
	return s[n:], n
}
