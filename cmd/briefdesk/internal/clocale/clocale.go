// Package clocale quiets Fyne's locale warning under the C.UTF-8 locale
// (Debian's default in containers and CI): Fyne reads the locale while its
// packages initialise and logs "Error parsing user locale C" to standard
// error, which scripts reading the CLI's output do not want.
//
// It must run before Fyne's lang package initialises. Go initialises ready
// packages in import-path order, and this package (needing only os) sorts
// before github.com/jeandeaual/go-locale, which Fyne's lang imports, so
// importing it from main is enough.
package clocale

import (
	"os"
	"strings"
)

func init() {
	if os.Getenv("LANGUAGE") != "" {
		return
	}
	loc := ""
	for _, env := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if loc = os.Getenv(env); loc != "" {
			break
		}
	}
	// "C" and "POSIX" are understood; "C.UTF-8" is not, and only for it
	// does the locale library consult LANGUAGE.
	if strings.HasPrefix(loc, "C.") || strings.HasPrefix(loc, "POSIX.") {
		os.Setenv("LANGUAGE", "en")
	}
}
