package layout

import (
	"fmt"
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// Dump writes the page as text, one printed line per row with its baseline,
// left edge and block, bold runs in **…**, italic in _…_. Golden tests
// compare dumps, so a change of line break shows up as a one-line diff.
func (p *Page) Dump() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "page %s %.2fx%.2f body %gpt step %d fill %.1f%%\n",
		p.Paper, p.Width, p.Height, p.BodySize, p.Report.Step, p.Report.FillPercent)
	for _, f := range p.Report.Sections {
		fmt.Fprintf(&sb, "fit %-16s %2d lines %3d words\n", f.Section, f.Lines, f.Words)
	}
	for _, o := range p.Report.Overflow {
		fmt.Fprintf(&sb, "overflow %s %d lines\n", o.Section, o.LinesOver)
	}
	for _, s := range p.Strokes {
		fmt.Fprintf(&sb, "rule %7.2f %6.2f-%6.2f %.1fpt\n", s.Y1, s.X1, s.X2, s.Width)
	}
	for _, l := range p.Lines {
		x := 0.0
		if len(l.Runs) > 0 {
			x = l.Runs[0].X
		}
		fmt.Fprintf(&sb, "%7.2f %6.2f %-15s %s\n", l.Y, x, l.Block, l.styledText())
	}
	return sb.String()
}

func (l Line) styledText() string {
	var sb strings.Builder
	for _, r := range l.Runs {
		t := r.Text
		lead := len(t) - len(strings.TrimLeft(t, " "))
		trail := len(t) - len(strings.TrimRight(t, " "))
		core := strings.TrimSpace(t)
		switch {
		case core == "":
		case r.Style == Bold:
			core = "**" + core + "**"
		case r.Style == Italic:
			core = "_" + core + "_"
		case r.Style == BoldItalic:
			core = "**_" + core + "_**"
		}
		sb.WriteString(t[:lead] + core + t[len(t)-trail:])
	}
	return sb.String()
}

// Citations returns the numbers of the markers [n] in text, in order of
// appearance, each once.
func Citations(text string) []int {
	var out []int
	seen := map[int]bool{}
	for i := 0; i < len(text); i++ {
		if text[i] != '[' {
			continue
		}
		if n, l := parseMarker(text[i:]); l > 0 {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
			i += l - 1
		}
	}
	return out
}

// MissingSources returns the markers [n] in b's sections that point to no
// source, sorted; an empty result means every citation resolves.
func MissingSources(b *briefing.Brief) []int {
	have := map[int]bool{}
	for i, s := range b.Sources {
		n := s.N
		if n == 0 {
			n = i + 1
		}
		have[n] = true
	}
	var missing []int
	seen := map[int]bool{}
	for _, sec := range briefing.Sections {
		for _, n := range Citations(b.Text(sec)) {
			if !have[n] && !seen[n] {
				seen[n] = true
				missing = append(missing, n)
			}
		}
	}
	sort.Ints(missing)
	return missing
}
