package storage

import (
	"fmt"
)

// Limits of a bundle record, as of any import: a text past the importers'
// cap, a time that does not parse or an id no archive would make is refused
// rather than stored.
const (
	// maxBundleText caps an article's text, original text and raw HTML
	// (the importers' 16 MB cap on a file or page).
	maxBundleText = 16 << 20
	// maxBundleID is the largest id kept from a bundle. SQLite picks
	// random ids once the largest id is 2^63-1; 2^53 leaves room and stays
	// exact in any JSON reader.
	maxBundleID = 1 << 53
)

// checkID refuses an id outside 0..maxBundleID (0 means "give it a new id").
func checkID(field string, id int64) error {
	if id < 0 || id > maxBundleID {
		return fmt.Errorf("%s %d out of range (0 to 2^53)", field, id)
	}
	return nil
}

// checkTimes refuses a time field that is neither empty nor RFC 3339.
func checkTimes(fields ...string) error {
	for i := 0; i+1 < len(fields); i += 2 {
		if _, err := parseTime(fields[i+1]); err != nil {
			return fmt.Errorf("%s: %w", fields[i], err)
		}
	}
	return nil
}

// checkSizes refuses a text field over maxBundleText.
func checkSizes(fields ...string) error {
	for i := 0; i+1 < len(fields); i += 2 {
		if n := len(fields[i+1]); n > maxBundleText {
			tenths := (int64(n)*10 + (1<<20 - 1)) >> 20
			return fmt.Errorf("%s is %d.%d MB, the limit is %d MB", fields[i], tenths/10, tenths%10, maxBundleText>>20)
		}
	}
	return nil
}

func (a bundleArticle) check() error {
	if err := checkID("id", a.ID); err != nil {
		return err
	}
	trashed := ""
	if a.TrashedAt != nil {
		trashed = *a.TrashedAt
	}
	if err := checkTimes("published", a.Published, "imported_at", a.ImportedAt, "trashed_at", trashed); err != nil {
		return err
	}
	if err := checkSizes("text", a.Text, "raw_html", a.RawHTML); err != nil {
		return err
	}
	if o := a.Original; o != nil {
		if err := checkTimes("original published", o.Published, "original saved_at", o.SavedAt); err != nil {
			return err
		}
		return checkSizes("original text", o.Text)
	}
	return nil
}

func (b bundleBrief) check() error {
	if err := checkID("id", b.ID); err != nil {
		return err
	}
	for _, s := range b.Sources {
		if err := checkID("source", s); err != nil {
			return err
		}
	}
	return checkTimes("as_of", b.AsOf, "created_at", b.CreatedAt, "updated_at", b.UpdatedAt)
}

func (r bundleRevision) check() error {
	if err := checkID("id", r.ID); err != nil {
		return err
	}
	if err := checkID("brief_id", r.BriefID); err != nil {
		return err
	}
	return checkTimes("saved_at", r.SavedAt, "as_of", r.AsOf)
}
