package storage

import (
	"database/sql"
	"fmt"
	"time"
)

// timeLayout is fixed-width UTC with nanoseconds, so stored times sort
// correctly as text and round-trip exactly (up to the location, always UTC).
const timeLayout = "2006-01-02T15:04:05.000000000Z"

// formatTime stores t; the zero time is stored as "".
func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeLayout)
}

// parseTime reads what formatTime wrote; "" is the zero time.
func parseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("stored time %q: %w", s, err)
	}
	return t.UTC(), nil
}

// timeScanner scans a stored time column straight into a time.Time.
type timeScanner struct{ t *time.Time }

// Scan implements sql.Scanner.
func (ts timeScanner) Scan(v any) error {
	var s sql.NullString
	if err := s.Scan(v); err != nil {
		return err
	}
	t, err := parseTime(s.String)
	if err != nil {
		return err
	}
	*ts.t = t
	return nil
}

// scanTime returns a sql.Scanner that fills *t.
func scanTime(t *time.Time) sql.Scanner { return timeScanner{t} }

// now is the clock; a variable so tests can make times distinct.
var now = func() time.Time { return time.Now().UTC() }
