package export

import (
	"bufio"
	"io"
	"strconv"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// Text writes b as plain text for an e-mail body: headings in capitals,
// items as "- " bullets, paragraphs unwrapped so mail clients can reflow
// them, sources as "[n] …" lines.
func Text(w io.Writer, b *briefing.Brief) error {
	bw := bufio.NewWriter(w)
	if h := oneLine(b.Handling); h != "" {
		bw.WriteString(h + "\n")
	}
	bw.WriteString(title(b) + "\n")
	bw.WriteString(briefing.MetaLine(b) + "\n")
	for _, s := range briefing.Sections {
		bw.WriteString("\n" + strings.ToUpper(s.Heading()) + "\n")
		if b.Empty(s) {
			bw.WriteString("Not drafted yet.\n")
			continue
		}
		if s.Bulleted() {
			for _, it := range items(b, s) {
				bw.WriteString("- " + strings.TrimSpace(it) + "\n")
			}
			continue
		}
		for i, p := range paragraphs(b.Text(s)) {
			if i > 0 {
				bw.WriteString("\n")
			}
			bw.WriteString(p + "\n")
		}
	}
	bw.WriteString("\nSOURCES\n")
	if len(b.Sources) == 0 {
		bw.WriteString("No sources cited.\n")
	}
	for i, s := range b.Sources {
		bw.WriteString("[" + strconv.Itoa(sourceNumber(s, i)) + "] " + sourceLine(s) + "\n")
	}
	return bw.Flush()
}
