//go:build !unix

package ui

import "errors"

// errAlreadyOpen means another Briefdesk window has the archive open.
var errAlreadyOpen = errors.New("archive already open in another Briefdesk window")

// lockArchive does not detect a second window on this platform; SQLite's
// own locking still keeps every write safe.
func lockArchive(string) (func(), error) { return func() {}, nil }
