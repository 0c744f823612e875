// Package assets embeds the files Briefdesk ships inside its binary: the Go
// fonts (Latin, Greek and Cyrillic, BSD licence) used for the page and the
// PDF, the application icon, and a sample article written by the team.
package assets

import _ "embed"

// Regular, Bold, Italic and BoldItalic are the Go fonts' TrueType files.
var (
	//go:embed fonts/Go-Regular.ttf
	Regular []byte
	//go:embed fonts/Go-Bold.ttf
	Bold []byte
	//go:embed fonts/Go-Italic.ttf
	Italic []byte
	//go:embed fonts/Go-Bold-Italic.ttf
	BoldItalic []byte
)

// Icon is the application icon, a 512×512 PNG.
//
//go:embed Icon.png
var Icon []byte

// SampleArticle is an invented diplomatic report, written by the Briefdesk
// team, offered on first run so a new user sees the whole flow at once.
// Its first line is a Markdown heading with the title.
//
//go:embed sample.md
var SampleArticle string
