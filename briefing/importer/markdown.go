package importer

import (
	"strings"

	"github.com/briefdesk/briefdesk/internal/lazy"
)

// Markdown is reduced to plain text line by line: block markers (headings,
// quotes, bullets, fences, rules, tables) go, inline markup (emphasis, code,
// links, images, HTML tags) keeps only its text, and a paragraph's soft-wrapped
// lines join into one line. Paragraphs stay separated by a blank line.

var (
	mdHeading     = lazy.RE(`^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$`)
	mdSetext      = lazy.RE(`^ {0,3}(=+|-+)\s*$`)
	mdRule        = lazy.RE(`^ {0,3}([-*_])(\s*[-*_]){2,}\s*$`)
	mdFence       = lazy.RE("^ {0,3}(```|~~~)")
	mdBullet      = lazy.RE(`^\s*[-*+]\s+(\[[ xX]\]\s+)?`)
	mdOrdered     = lazy.RE(`^\s*(\d{1,9})[.)]\s+`)
	mdQuote       = lazy.RE(`^\s*(>\s?)+`)
	mdRefDef      = lazy.RE(`^ {0,3}\[[^\]]+\]:\s*\S+`)
	mdTableSep    = lazy.RE(`^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$`)
	mdImage       = lazy.RE(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink        = lazy.RE(`\[([^\]]+)\]\([^)]*\)`)
	mdRefLink     = lazy.RE(`\[([^\]]+)\]\[[^\]]*\]`)
	mdAutolink    = lazy.RE(`<((?:https?|mailto):[^>\s]+)>`)
	mdTag         = lazy.RE(`</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>`)
	mdCode        = lazy.RE("`+([^`]*)`+")
	mdStrong      = lazy.RE(`(\*\*|__)([^\s*_](?:.*?[^\s*_])?)(\*\*|__)`)
	mdEmStar      = lazy.RE(`\*([^\s*](?:[^*]*[^\s*])?)\*`)
	mdEmUnder     = lazy.RE(`(^|[^\p{L}\p{N}_])_([^\s_](?:[^_]*[^\s_])?)_($|[^\p{L}\p{N}_])`)
	mdStrike      = lazy.RE(`~~([^~]+)~~`)
	mdEscape      = lazy.RE(`\\([\\` + "`" + `*_{}\[\]()#+\-.!|>~])`)
	mdFrontMatter = lazy.RE(`(?s)\A---\n(.*?)\n(?:---|\.\.\.)\n`)
)

// markdownDoc is a Markdown file reduced to plain text.
type markdownDoc struct {
	Title string // first heading, "" if none
	Text  string // body without the title heading
	Front map[string]string
}

// parseMarkdown strips Markdown markup. The first heading (any level, before
// any body text or as the first line) becomes the title and leaves the body.
func parseMarkdown(src string) markdownDoc {
	src = strings.ReplaceAll(strings.ReplaceAll(src, "\r\n", "\n"), "\r", "\n")
	var doc markdownDoc
	if m := mdFrontMatter.FindStringSubmatch(src); m != nil {
		doc.Front = parseFrontMatter(m[1])
		src = src[len(m[0]):]
	}
	lines := strings.Split(src, "\n")
	var paras []string
	var cur []string // lines of the current paragraph
	joinSoft := true // plain paragraph lines are joined with spaces
	flush := func() {
		if len(cur) > 0 {
			sep := " "
			if !joinSoft {
				sep = "\n"
			}
			paras = append(paras, strings.Join(cur, sep))
		}
		cur, joinSoft = nil, true
	}
	heading := func(text string) {
		flush()
		text = inlineMarkdown(text)
		if text == "" {
			return
		}
		if doc.Title == "" && len(paras) == 0 {
			doc.Title = text
			return
		}
		paras = append(paras, text)
	}
	inFence := ""
	for i := 0; i < len(lines); i++ {
		ln := lines[i]
		if inFence != "" {
			if strings.HasPrefix(strings.TrimSpace(ln), inFence) {
				inFence = ""
				flush()
				continue
			}
			joinSoft = false
			cur = append(cur, strings.TrimRight(ln, " \t"))
			continue
		}
		if m := mdFence.FindStringSubmatch(ln); m != nil {
			flush()
			inFence = m[1]
			continue
		}
		if strings.TrimSpace(ln) == "" {
			flush()
			continue
		}
		if m := mdHeading.FindStringSubmatch(ln); m != nil {
			heading(m[2])
			continue
		}
		// Setext heading: a single paragraph line underlined with === or ---.
		if len(cur) == 1 && mdSetext.MatchString(ln) && joinSoft {
			text := cur[0]
			cur = nil
			heading(text)
			continue
		}
		if mdRule.MatchString(ln) || mdRefDef.MatchString(ln) || mdTableSep.MatchString(ln) {
			flush()
			continue
		}
		ln = mdQuote.ReplaceAllString(ln, "")
		if strings.TrimSpace(ln) == "" {
			flush()
			continue
		}
		switch {
		case mdBullet.MatchString(ln) && !mdRule.MatchString(ln):
			ln = mdBullet.ReplaceAllString(ln, "")
			joinSoft = false
		case mdOrdered.MatchString(ln):
			ln = mdOrdered.ReplaceAllString(strings.TrimLeft(ln, " \t"), "$1. ")
			joinSoft = false
		case strings.HasPrefix(strings.TrimSpace(ln), "|"):
			ln = strings.Join(strings.FieldsFunc(ln, func(r rune) bool { return r == '|' }), " ")
			joinSoft = false
		}
		if text := inlineMarkdown(ln); text != "" {
			cur = append(cur, text)
		}
	}
	flush()
	doc.Text = normalizeText(strings.Join(paras, "\n\n"))
	if doc.Title == "" && doc.Front["title"] != "" {
		doc.Title = doc.Front["title"]
	}
	return doc
}

// inlineMarkdown keeps the text of inline markup.
func inlineMarkdown(s string) string {
	s = strings.TrimRight(s, " \t")
	s = strings.TrimSuffix(s, "\\") // hard line break marker
	s = mdImage.ReplaceAllString(s, "$1")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdRefLink.ReplaceAllString(s, "$1")
	s = mdAutolink.ReplaceAllString(s, "$1")
	s = mdCode.ReplaceAllString(s, "$1")
	s = mdTag.ReplaceAllString(s, "")
	s = mdStrong.ReplaceAllString(s, "$2")
	s = mdEmStar.ReplaceAllString(s, "$1")
	s = mdEmUnder.ReplaceAllString(s, "$1$2$3")
	s = mdStrike.ReplaceAllString(s, "$1")
	s = mdEscape.ReplaceAllString(s, "$1")
	s = strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&nbsp;", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// parseFrontMatter reads the simple "key: value" lines of YAML front matter.
func parseFrontMatter(s string) map[string]string {
	out := map[string]string{}
	for _, ln := range strings.Split(s, "\n") {
		k, v, ok := strings.Cut(ln, ":")
		if !ok || strings.HasPrefix(ln, " ") {
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		out[strings.ToLower(strings.TrimSpace(k))] = v
	}
	return out
}
