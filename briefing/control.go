package briefing

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// isControl reports a C0 control (U+0000–U+001F), DEL or a C1 control
// (U+0080–U+009F): characters that a terminal may obey as commands.
func isControl(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f)
}

// StripControl removes control characters from a metadata field: the
// spacing ones (tab, newline, carriage return, form feed, next line) become
// spaces, the rest disappear; runs of spaces are then collapsed and the
// ends trimmed.
func StripControl(s string) string {
	if strings.IndexFunc(s, isControl) < 0 {
		return s
	}
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' || r == 0x85:
			return ' '
		case isControl(r):
			return -1
		}
		return r
	}, s)
	return collapseSpace(s)
}

// EscapeControl makes s safe to print on a terminal, on one line: every
// control character and every byte that is not UTF-8 is written as a Go
// escape (\n, \x1b, \u009b, \xff); everything else is kept.
func EscapeControl(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return isControl(r) || r == utf8.RuneError }) < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\x` + strconv.FormatUint(uint64(s[i])|0x100, 16)[1:])
		case isControl(r):
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}
