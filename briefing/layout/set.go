package layout

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// setter places lines top to bottom.
type setter struct {
	p       *Page
	fc      [4]*face
	x0, w   float64 // text column
	y       float64 // top of the next line
	lines   []Line
	measure bool              // count lines only, build no runs (Fit, and ladder rungs)
	cache   map[string][]word // words split once per Layout, shared by the rungs
}

// words returns the cached split of a block, building it on first use.
func (s *setter) words(key string, build func() []word) []word {
	if ws, ok := s.cache[key]; ok {
		return ws
	}
	ws := build()
	s.cache[key] = ws
	return ws
}

// baseline returns the baseline of a line of height lh set at size, centring
// the font's ascent+descent in the line box.
func (s *setter) baseline(size, lh float64) float64 {
	fc := s.fc[Regular]
	return s.y + (lh-size*(fc.ascent+fc.descent))/2 + size*fc.ascent
}

// flow breaks words into lines at x with width w and appends them; it
// returns the number of lines set. The first line may carry a bullet.
func (s *setter) flow(block string, words []word, x, w, size, lh float64, bullet *Run, src int) int {
	lines := breakLines(words, w, size, s.fc)
	if s.measure {
		s.y += lh * float64(len(lines))
		return len(lines)
	}
	for i, ws := range lines {
		y := s.baseline(size, lh)
		l := Line{Block: block, Y: y}
		if i == 0 {
			l.Source = src
			if bullet != nil {
				b := *bullet
				b.Y = y
				l.Runs = append(l.Runs, b)
			}
		}
		l.Runs = append(l.Runs, s.runs(ws, x, y, size)...)
		s.lines = append(s.lines, l)
		s.y += lh
	}
	return len(lines)
}

// runs turns one line's words into runs, merging neighbours that look alike;
// the space between words goes to the end of the run before it.
func (s *setter) runs(ws []word, x, y float64, size float64) []Run {
	var out []Run
	add := func(sg seg) {
		wd := s.fc[sg.style].width(sg.text, size)
		if k := len(out) - 1; k >= 0 {
			r := &out[k]
			if r.Style == sg.style && r.Color == sg.color && r.Cite == sg.cite && r.URL == sg.url {
				r.Text += sg.text
				r.Width += wd
				x += wd
				return
			}
		}
		out = append(out, Run{Text: sg.text, Style: sg.style, Size: size, X: x, Y: y, Width: wd,
			Color: sg.color, URL: sg.url, Cite: sg.cite})
		x += wd
	}
	for i, w := range ws {
		if i > 0 {
			last := ws[i-1].segs[len(ws[i-1].segs)-1]
			last.text = " "
			if last.cite > 0 || last.url != "" { // keep the space out of links
				last.cite, last.url, last.color = 0, "", Ink
			}
			add(last)
		}
		for _, sg := range w.segs {
			add(sg)
		}
	}
	return out
}

func (s *setter) stroke(y, width float64, c Color) {
	s.p.Strokes = append(s.p.Strokes, Stroke{X1: s.x0, Y1: y, X2: s.x0 + s.w, Y2: y, Width: width, Color: c})
}

// setPage sets the whole brief with one rung of the ladder.
func setPage(b *briefing.Brief, st step, pw, ph float64, fc [4]*face, cache map[string][]word, measure bool) *Page {
	margin := 20 * mm
	p := &Page{Width: pw, Height: ph, Margin: margin, BodySize: st.body}
	s := &setter{p: p, fc: fc, x0: margin, w: pw - 2*margin, y: margin, measure: measure, cache: cache}

	s.header(b, st)
	var fits []SectionFit
	for i, sec := range briefing.Sections {
		if i > 0 {
			s.y += st.sectionGap
		}
		n := s.section(b, sec, st)
		fits = append(fits, SectionFit{Section: sec, Lines: n, Words: briefing.WordCount(b.Text(sec))})
	}
	contentBottom := s.y
	body := s.lines

	// The sources footer is set apart and then anchored to the bottom margin.
	f := &setter{p: p, fc: fc, x0: margin, w: s.w, measure: measure, cache: cache}
	srcLines := f.sources(b, st)
	footH := f.y
	fits = append(fits, SectionFit{Section: SectionSources, Lines: srcLines, Words: sourcesWordCount(b)})

	limit := ph - margin
	const gapAbove = 10.0
	footTop := limit - footH
	over := contentBottom + gapAbove - footTop
	if over > 0 {
		footTop = contentBottom + gapAbove // overflowing: the footer follows the text
	}
	p.Lines = body
	for _, l := range f.lines {
		l.Y += footTop
		for i := range l.Runs {
			l.Runs[i].Y += footTop
		}
		p.Lines = append(p.Lines, l)
	}
	p.Strokes = append(p.Strokes, Stroke{X1: margin, Y1: footTop, X2: pw - margin, Y2: footTop, Width: 0.5, Color: Rule})
	p.Bottom = math.Max(limit, footTop+footH)

	p.Report = FitReport{
		Sections:    fits,
		BodySize:    st.body,
		FillPercent: math.Round((contentBottom-margin+gapAbove+footH)/(limit-margin)*1000) / 10,
	}
	if over > 0 {
		lh := st.body * st.leading
		n := int(math.Ceil(over/lh - 1e-6))
		p.Report.Overflow = []Overflow{{Section: blame(fits), LinesOver: n}}
	}
	return p
}

// budgets are the upper word budgets of BRIEF.md, used to say which section
// to cut when the page overflows.
var budgets = map[briefing.Section]int{
	briefing.SectionSummary: 90, briefing.SectionActors: 130,
	briefing.SectionStickingPoints: 120, briefing.SectionOutlook: 110,
}

// blame picks the section furthest over its word budget; when every
// section keeps to its budget the text would fit, so it is the sources
// footer that overflows (a long source title), else the section with the
// most lines.
func blame(fits []SectionFit) briefing.Section {
	best, bestOver := briefing.Section(""), 0
	for _, f := range fits {
		if bud, ok := budgets[f.Section]; ok && f.Words-bud > bestOver {
			best, bestOver = f.Section, f.Words-bud
		}
	}
	if best != "" {
		return best
	}
	for _, f := range fits {
		if f.Section == SectionSources && f.Lines > 0 {
			return SectionSources
		}
	}
	most := 0
	best = SectionSources
	for _, f := range fits {
		if f.Lines > most && f.Section != SectionSources {
			best, most = f.Section, f.Lines
		}
	}
	return best
}

func (s *setter) header(b *briefing.Brief, st step) {
	// top strip: label left, handling marking right
	const strip = 7.5
	lh := strip * 1.4
	y := s.baseline(strip, lh)
	l := Line{Block: BlockHeader, Y: y}
	label := "POLICY BRIEF"
	l.Runs = append(l.Runs, Run{Text: label, Style: Bold, Size: strip, X: s.x0, Y: y,
		Width: s.fc[Bold].width(label, strip), Color: Accent})
	if h := strings.TrimSpace(b.Handling); h != "" {
		const hs = 8.0
		wd := s.fc[Bold].width(h, hs)
		l.Runs = append(l.Runs, Run{Text: h, Style: Bold, Size: hs, X: s.x0 + s.w - wd, Y: y,
			Width: wd, Color: Color(briefing.HandlingColor(h))})
	}
	s.lines = append(s.lines, l)
	s.y += lh + 5

	title := strings.TrimSpace(b.Title)
	color := Ink
	if title == "" {
		title, color = "Untitled brief", Muted
	}
	s.flow(BlockHeader, s.words("title", func() []word { return appendWords(nil, title, Bold, color, s.fc) }), s.x0, s.w, st.title, st.title*1.18, nil, 0)
	s.y += 3
	const meta = 8.5
	s.flow(BlockHeader, s.words("meta", func() []word { return appendWords(nil, briefing.MetaLine(b), Regular, Muted, s.fc) }), s.x0, s.w, meta, meta*1.35, nil, 0)
	s.y += 5
	s.stroke(s.y, 1, Accent)
	s.y += 9
}

func (s *setter) section(b *briefing.Brief, sec briefing.Section, st step) int {
	hl := st.head * 1.25
	s.flow(string(sec), s.words("head:"+string(sec), func() []word { return appendWords(nil, sec.Heading(), Bold, Accent, s.fc) }), s.x0, s.w, st.head, hl, nil, 0)
	s.y += 1.5
	lh := st.body * st.leading
	n := 0
	if b.Empty(sec) {
		n += s.flow(string(sec), appendWords(nil, "Not drafted yet.", Italic, Muted, s.fc), s.x0, s.w, st.body, lh, nil, 0)
		return n
	}
	if sec.Bulleted() {
		items := b.Actors
		if sec == briefing.SectionStickingPoints {
			items = b.StickingPoints
		}
		indent := st.body * 1.1
		for i, item := range items {
			if i > 0 {
				s.y += st.paraGap * st.body * 0.6
			}
			ws := s.words(fmt.Sprint("item:", sec, i), func() []word {
				lead, rest := briefing.SplitLead(item)
				return appendWords(appendWords(nil, lead, Bold, Ink, s.fc), rest, Regular, Ink, s.fc)
			})
			bullet := &Run{Text: "•", Style: Bold, Size: st.body, X: s.x0 + 1.5,
				Width: s.fc[Bold].width("•", st.body), Color: Accent}
			n += s.flow(string(sec), ws, s.x0+indent, s.w-indent, st.body, lh, bullet, 0)
		}
		return n
	}
	text := b.Summary
	if sec == briefing.SectionOutlook {
		text = b.Outlook
	}
	first := true
	for i, para := range strings.Split(text, "\n") {
		para = strings.TrimSpace(para)
		if para == "" {
			continue
		}
		if !first {
			s.y += st.paraGap * st.body
		}
		first = false
		ws := s.words(fmt.Sprint("para:", sec, i), func() []word {
			var ws []word
			if lead, rest, ok := briefing.RunIn(para); ok {
				ws = appendWords(ws, lead, Bold, Ink, s.fc)
				para = rest
			}
			return appendWords(ws, para, Regular, Ink, s.fc)
		})
		n += s.flow(string(sec), ws, s.x0, s.w, st.body, lh, nil, 0)
	}
	return n
}

func (s *setter) sources(b *briefing.Brief, st step) int {
	s.y = 5
	hs := st.src + 0.5
	s.flow(BlockSources, appendWords(nil, "Sources", Bold, Accent, s.fc), s.x0, s.w, hs, hs*1.35, nil, 0)
	s.y += 1
	lh := st.src * 1.22
	if len(b.Sources) == 0 {
		return s.flow(BlockSources, appendWords(nil, "No sources cited.", Italic, Muted, s.fc), s.x0, s.w, st.src, lh, nil, 0)
	}
	hang := s.fc[Regular].width("[00]", st.src) + 4
	n := 0
	for i, src := range b.Sources {
		num := src.N
		if num == 0 {
			num = i + 1
		}
		label := "[" + strconv.Itoa(num) + "]"
		mark := &Run{Text: label, Style: Regular, Size: st.src, X: s.x0,
			Width: s.fc[Regular].width(label, st.src), Color: Accent}
		n += s.flow(BlockSources, s.words(fmt.Sprint("src:", i), func() []word { return sourceLineWords(src, s.fc) }), s.x0+hang, s.w-hang, st.src, lh, mark, num)
	}
	return n
}

// sourceLineWords is one source line as typeset words: outlet, “headline”,
// date and URL (a link when it is a web address).
func sourceLineWords(src briefing.Source, fc [4]*face) []word {
	outlet, headline, date, url := briefing.SourceText(src)
	// outlet, “headline”, date. — the last of those given ends the sentence
	type part struct {
		text  string
		style Style
		color Color
	}
	var parts []part
	if outlet != "" {
		parts = append(parts, part{outlet, Bold, Ink})
	}
	if headline != "" {
		parts = append(parts, part{"“" + headline + "”", Regular, Ink})
	}
	if date != "" {
		parts = append(parts, part{date, Regular, Muted})
	}
	var ws []word
	for i, p := range parts {
		end := ","
		if i == len(parts)-1 {
			end = "."
		}
		ws = appendWords(ws, p.text+end, p.style, p.color, fc)
	}
	if url != "" {
		// Only a web address becomes a link; any other scheme is plain text.
		link := ""
		if briefing.LinkableURL(url) {
			link = url
		}
		w := word{segs: []seg{{text: url, style: Regular, color: Accent, url: link}}}
		w.w = segsWidth(w.segs, fc)
		ws = append(ws, w)
	}
	if len(ws) == 0 {
		ws = appendWords(ws, "(no details)", Italic, Muted, fc)
	}
	// markers in headlines are text, not citations
	for i := range ws {
		for j := range ws[i].segs {
			if ws[i].segs[j].cite > 0 {
				ws[i].segs[j].cite, ws[i].segs[j].color = 0, Ink
			}
		}
		ws[i].glue = false
	}
	return ws
}

// sourcesWordCount counts the words of the sources' outlets and headlines.
func sourcesWordCount(b *briefing.Brief) int {
	n := 0
	for _, s := range b.Sources {
		n += briefing.WordCount(s.Outlet + " " + s.Title)
	}
	return n
}
