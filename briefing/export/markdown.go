package export

import (
	"bufio"
	"io"
	"strconv"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// mdEscaper escapes the characters Markdown would read as markup, so text
// like "[1]" or "*" prints as written.
var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`",
	"[", `\[`, "]", `\]`, "<", `\<`, ">", `\>`, "#", `\#`, "|", `\|`)

func md(s string) string { return mdEscaper.Replace(s) }

// Markdown writes b as Markdown: the title as a heading, the header line in
// italics, the four sections, and the sources as a numbered list.
func Markdown(w io.Writer, b *briefing.Brief) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("# " + md(title(b)) + "\n\n")
	if h := oneLine(b.Handling); h != "" {
		bw.WriteString("**" + md(h) + "**  \n")
	}
	bw.WriteString("*" + md(briefing.MetaLine(b)) + "*\n")
	for _, s := range briefing.Sections {
		bw.WriteString("\n## " + s.Heading() + "\n\n")
		if b.Empty(s) {
			bw.WriteString("*Not drafted yet.*\n")
			continue
		}
		if s.Bulleted() {
			for _, it := range items(b, s) {
				lead, rest := briefing.SplitLead(it)
				if lead != "" {
					bw.WriteString("- **" + md(lead) + "**" + md(rest) + "\n")
				} else {
					bw.WriteString("- " + md(rest) + "\n")
				}
			}
			continue
		}
		for i, p := range paragraphs(b.Text(s)) {
			if i > 0 {
				bw.WriteString("\n")
			}
			if lead, rest, ok := briefing.RunIn(p); ok {
				p = "**" + md(lead) + "**" + md(rest)
			} else {
				p = md(p)
			}
			bw.WriteString(p + "\n")
		}
	}
	bw.WriteString("\n## Sources\n\n")
	if len(b.Sources) == 0 {
		bw.WriteString("*No sources cited.*\n")
	}
	for i, s := range b.Sources {
		outlet, headline, date, url := briefing.SourceText(s)
		var parts []string
		if outlet != "" {
			parts = append(parts, md(outlet))
		}
		if headline != "" {
			parts = append(parts, "“"+md(headline)+"”")
		}
		if date != "" {
			parts = append(parts, date)
		}
		line := strings.Join(parts, ", ")
		switch {
		case url == "":
		case briefing.LinkableURL(url): // only web addresses become autolinks
			line += ". <" + strings.ReplaceAll(url, ">", "%3E") + ">"
		default:
			line += ". " + md(url)
		}
		bw.WriteString(`\[` + strconv.Itoa(sourceNumber(s, i)) + `\] ` + line + "  \n")
	}
	return bw.Flush()
}
