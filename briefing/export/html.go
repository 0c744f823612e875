package export

import (
	"html/template"
	"io"
	"strconv"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/internal/lazy"
)

// piece is a run of text in an HTML paragraph: plain text, or a citation
// marker that links to its source.
type piece struct {
	Text string
	Cite int // 0 for plain text
}

type htmlItem struct {
	Lead   string
	Pieces []piece
}

type htmlSection struct {
	Heading string
	Empty   bool
	Items   []htmlItem // bulleted sections
	Paras   []htmlItem // prose, with a run-in label as Lead
}

type htmlSource struct {
	N                           int
	Outlet, Headline, Date, URL string
	SafeURL                     bool
}

type htmlPage struct {
	Title, Meta, Handling string
	HandlingColor         string
	Sections              []htmlSection
	Sources               []htmlSource
}

// HTML writes b as a standalone HTML page with inline CSS: the same header
// line, sections and numbered sources as the PDF, markers [n] linking to
// their source, text escaped.
func HTML(w io.Writer, b *briefing.Brief) error {
	have := map[int]bool{}
	pg := htmlPage{Title: title(b), Meta: briefing.MetaLine(b), Handling: strings.TrimSpace(b.Handling)}
	c := briefing.HandlingColor(pg.Handling)
	pg.HandlingColor = "#" + hex2(c.R) + hex2(c.G) + hex2(c.B)
	for i, s := range b.Sources {
		n := sourceNumber(s, i)
		have[n] = true
		outlet, headline, date, url := briefing.SourceText(s)
		pg.Sources = append(pg.Sources, htmlSource{N: n, Outlet: outlet, Headline: headline, Date: date,
			URL: url, SafeURL: briefing.LinkableURL(url)})
	}
	for _, s := range briefing.Sections {
		hs := htmlSection{Heading: s.Heading(), Empty: b.Empty(s)}
		if s.Bulleted() {
			for _, it := range items(b, s) {
				lead, rest := briefing.SplitLead(it)
				hs.Items = append(hs.Items, htmlItem{Lead: lead, Pieces: pieces(rest, have)})
			}
		} else {
			for _, p := range paragraphs(b.Text(s)) {
				lead, rest, _ := briefing.RunIn(p)
				hs.Paras = append(hs.Paras, htmlItem{Lead: lead, Pieces: pieces(rest, have)})
			}
		}
		pg.Sections = append(pg.Sections, hs)
	}
	return pageTemplate().Execute(w, pg)
}

func hex2(v uint8) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[v>>4], digits[v&15]})
}

// pieces splits text at citation markers; a marker links only when its
// source exists.
func pieces(text string, have map[int]bool) []piece {
	var out []piece
	rest := text
	for rest != "" {
		i := strings.IndexByte(rest, '[')
		if i < 0 {
			break
		}
		j := strings.IndexByte(rest[i:], ']')
		if j < 0 {
			break
		}
		n, err := strconv.Atoi(rest[i+1 : i+j])
		if err != nil || n <= 0 || !have[n] {
			out = append(out, piece{Text: rest[:i+1]})
			rest = rest[i+1:]
			continue
		}
		if i > 0 {
			out = append(out, piece{Text: rest[:i]})
		}
		out = append(out, piece{Text: rest[i : i+j+1], Cite: n})
		rest = rest[i+j+1:]
	}
	if rest != "" {
		out = append(out, piece{Text: rest})
	}
	return out
}

// pageTemplate is parsed when first used, not at package init (CLI start-up).
var pageTemplate = lazy.Value(func() *template.Template {
	return template.Must(template.New("brief").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body { font-family: "Go", "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; background: #fff;
  max-width: 44em; margin: 2.5em auto; padding: 0 1.5em; font-size: 11pt; line-height: 1.45; }
.top { display: flex; justify-content: space-between; font-size: 7.5pt; font-weight: bold;
  letter-spacing: .04em; color: #1f3a5f; }
h1 { font-size: 16pt; line-height: 1.2; margin: .35em 0 .2em; }
.meta { color: #5b6169; font-size: 8.5pt; padding-bottom: .6em; border-bottom: 1px solid #1f3a5f; margin: 0 0 1em; }
h2 { color: #1f3a5f; font-size: 12pt; margin: 1.1em 0 .25em; }
p { margin: 0 0 .5em; }
ul { margin: 0; padding-left: 1.2em; }
li { margin: 0 0 .3em; }
li::marker { color: #1f3a5f; }
a { color: #1f3a5f; text-decoration: none; }
a:hover { text-decoration: underline; }
.empty { color: #5b6169; font-style: italic; }
footer { margin-top: 2em; padding-top: .5em; border-top: 1px solid #b4bec8; font-size: 8.5pt; }
footer h2 { font-size: 9pt; margin-top: 0; }
footer ol { list-style: none; padding: 0; margin: 0; }
footer li { padding-left: 2.4em; text-indent: -2.4em; }
.n { color: #1f3a5f; display: inline-block; width: 2.4em; text-indent: 0; }
.date { color: #5b6169; }
@media print { body { margin: 0; max-width: none; } a { color: #1f3a5f; } }
</style>
</head>
<body>
<article>
<div class="top"><span>POLICY BRIEF</span>{{if .Handling}}<span style="color: {{.HandlingColor}}">{{.Handling}}</span>{{end}}</div>
<h1>{{.Title}}</h1>
<p class="meta">{{.Meta}}</p>
{{range .Sections}}<section>
<h2>{{.Heading}}</h2>
{{if .Empty}}<p class="empty">Not drafted yet.</p>
{{else if .Items}}<ul>
{{range .Items}}<li>{{if .Lead}}<strong>{{.Lead}}</strong>{{end}}{{template "pieces" .Pieces}}</li>
{{end}}</ul>
{{else}}{{range .Paras}}<p>{{if .Lead}}<strong>{{.Lead}}</strong>{{end}}{{template "pieces" .Pieces}}</p>
{{end}}{{end}}</section>
{{end}}<footer>
<h2>Sources</h2>
{{if not .Sources}}<p class="empty">No sources cited.</p>
{{end}}<ol>
{{range .Sources}}<li id="src-{{.N}}"><span class="n">[{{.N}}]</span>{{if .Outlet}}<strong>{{.Outlet}}</strong>, {{end}}{{if .Headline}}“{{.Headline}}”, {{end}}{{if .Date}}<span class="date">{{.Date}}</span>.{{end}}{{if .URL}} {{if .SafeURL}}<a href="{{.URL}}">{{.URL}}</a>{{else}}{{.URL}}{{end}}{{end}}</li>
{{end}}</ol>
</footer>
</article>
</body>
</html>
{{define "pieces"}}{{range .}}{{if .Cite}}<a href="#src-{{.Cite}}">{{.Text}}</a>{{else}}{{.Text}}{{end}}{{end}}{{end}}`))
})
