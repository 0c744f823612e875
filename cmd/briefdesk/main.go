// Command briefdesk is the analyst's desk for one-page policy briefs.
//
// Without a subcommand it opens the app on the archive; with one it runs that
// command and exits (see `briefdesk help`).
package main

import (
	"os"

	_ "github.com/briefdesk/briefdesk/cmd/briefdesk/internal/clocale" // before Fyne initialises
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
