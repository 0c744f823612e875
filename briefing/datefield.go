package briefing

import (
	"errors"
	"strings"
	"time"
)

// DateLayout is how a date is typed into a field and printed back there:
// 2026-03-01.
const DateLayout = "2006-01-02"

// ErrDateField says what a date field wants.
var ErrDateField = errors.New("want a date like 2026-03-01")

// ParseDateField reads a date field (the app's and the command line's): a
// blank field is the zero time and no error; otherwise the trimmed text in
// DateLayout or one of the layouts in also. Anything else is ErrDateField
// and the zero time.
func ParseDateField(s string, also ...string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range append([]string{DateLayout}, also...) {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, ErrDateField
}

// CheckDateField is ParseDateField as a field validator.
func CheckDateField(s string) error {
	_, err := ParseDateField(s)
	return err
}

// FormatDateField is a date as its field shows it; the zero time is blank.
func FormatDateField(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(DateLayout)
}
