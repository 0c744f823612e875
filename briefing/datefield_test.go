package briefing

import (
	"errors"
	"testing"
	"time"
)

func TestDateField(t *testing.T) {
	day := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		in   string
		also []string
		want time.Time
		err  error
	}{
		{"", nil, time.Time{}, nil},
		{"   ", nil, time.Time{}, nil},
		{"2026-03-01", nil, day, nil},
		{" 2026-03-01\n", nil, day, nil},
		{"1 March 2026", nil, time.Time{}, ErrDateField},
		{"2026-02-30", nil, time.Time{}, ErrDateField},
		{"2026-03-01T00:00:00Z", nil, time.Time{}, ErrDateField},
		{"2026-03-01T00:00:00Z", []string{time.RFC3339}, day, nil},
	} {
		got, err := ParseDateField(c.in, c.also...)
		if !got.Equal(c.want) || !errors.Is(err, c.err) {
			t.Errorf("ParseDateField(%q, %q) = %v, %v; want %v, %v", c.in, c.also, got, err, c.want, c.err)
		}
		if cerr := CheckDateField(c.in); c.also == nil && !errors.Is(cerr, c.err) {
			t.Errorf("CheckDateField(%q) = %v, want %v", c.in, cerr, c.err)
		}
	}
	if FormatDateField(time.Time{}) != "" || FormatDateField(day) != "2026-03-01" {
		t.Error("FormatDateField")
	}
	if got, _ := ParseDateField(FormatDateField(day)); !got.Equal(day) {
		t.Error("a formatted date does not read back")
	}
}
