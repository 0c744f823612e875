package batch

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
)

// Status is the outcome of one item.
type Status int

// The three outcomes an import reports.
const (
	OK Status = iota
	Duplicate
	Failed
	// Skipped is an item passed over on purpose (a hidden file in a
	// folder, a file type no importer reads, a feed with no entries): it
	// gets a line but is no failure.
	Skipped
)

func (s Status) String() string {
	switch s {
	case OK:
		return "ok"
	case Duplicate:
		return "duplicate"
	case Skipped:
		return "skipped"
	}
	return "failed"
}

// Result is the outcome of importing one item.
type Result struct {
	Item   string // the file, URL or "-" as given (a folder expands to its files)
	Status Status
	ID     int64
	Title  string
	Err    error
	Note   string // said after an ok line, e.g. "feed text only: page failed: HTTP 404"
}

// String is the CLI's one-line report: "ok <id> <title>",
// "duplicate <id> <title>", "skipped <item>: <reason>" or
// "failed <item>: <reason>". It is always one
// line: an item name holding a control character (a newline, an escape)
// or bytes that are not UTF-8 is quoted Go-style, and control characters in
// the title or reason are escaped, so no name can forge a line or drive the
// terminal.
func (r Result) String() string {
	if r.Status == Failed || r.Status == Skipped {
		reason := r.Status.String()
		if r.Err != nil {
			reason = r.Err.Error()
		}
		return fmt.Sprintf("%s %s: %s", r.Status, QuoteItem(r.Item), briefing.EscapeControl(reason))
	}
	line := fmt.Sprintf("%s %d %s", r.Status, r.ID, briefing.EscapeControl(oneLine(r.Title)))
	if r.Status == OK && r.Note != "" {
		line += " (" + briefing.EscapeControl(oneLine(r.Note)) + ")"
	}
	return line
}

// QuoteItem returns an item name as a report line shows it: as given when
// it prints safely on one line, quoted with Go escapes otherwise.
func QuoteItem(item string) string {
	if briefing.EscapeControl(item) == item && utf8.ValidString(item) {
		return item
	}
	return strconv.Quote(item)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
