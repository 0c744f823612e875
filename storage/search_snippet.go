package storage

import (
	"context"
	"database/sql"
	"strings"
	"unicode/utf8"
)

// HighlightStart and HighlightEnd surround each matched term in Hit.Snippet.
const (
	HighlightStart = "\x02"
	HighlightEnd   = "\x03"
)

// snippetTokens is how many tokens a snippet shows.
const snippetTokens = 24

// snippetBodyCap is the largest body, in bytes, whose snippet FTS5 makes.
// FTS5's snippet() compares every match in the body with every other, so
// its cost grows with the square of the matches a body holds (a 4 MB
// article full of the term took 25 s; 64 KB of nothing but the term,
// 170 ms). 16 KB, above most articles (a 1,500-word piece is ~9 KB),
// bounds it to about 10 ms even for a body that is the term repeated. A
// larger body's snippet is made from the stretch around its first match
// (see longSnippet), in time linear in where that match is.
const snippetBodyCap = 16 << 10

// longBody is what the snippet column holds for a body over snippetBodyCap:
// no text of a snippet is this.
const longBody = "\x01briefdesk: long body\x01"

// snippetSQL returns the column that makes a hit's snippet of the body,
// for a statement on articles_fts f with a MATCH joined with articles a, and
// its arguments: both search paths make snippets with it, then pass their
// hits to longSnippets.
func snippetSQL() (string, []sql.NamedArg) {
	// Bytes, not characters: the cap bounds work per byte. octet_length
	// does not read the text: length(CAST(body AS BLOB)) read all 16 MB
	// of a huge body's overflow pages for every search that found it.
	// (benchstore shellsql spells it the old way for an older sqlite3
	// shell.)
	return `CASE WHEN octet_length(a.body) <= :snipcap
		THEN snippet(articles_fts, 1, :hs, :he, '…', :ntok) ELSE :longbody END`, []sql.NamedArg{
			sql.Named("snipcap", snippetBodyCap), sql.Named("longbody", longBody),
			sql.Named("hs", HighlightStart), sql.Named("he", HighlightEnd), sql.Named("ntok", snippetTokens)}
}

// longSnippetScan is how much of a long body, in bytes, longSnippets looks
// through for the first match. Scanning takes ~4.5 ms per MB: a match in the
// first 4 MB is shown highlighted; one later (or none) gives the body's
// first words, as for an article found by its title. Scanning a whole
// 16 MB body for a match at its end took ~96 ms a search.
const longSnippetScan = 4 << 20

// scanPart cuts body to at most longSnippetScan bytes, at a character
// boundary.
func scanPart(body string) string {
	if len(body) <= longSnippetScan {
		return body
	}
	end := longSnippetScan
	for end > 0 && !utf8.RuneStart(body[end]) {
		end--
	}
	return body[:end]
}

// longSnippets makes the snippets snippetSQL left to Go, for hits whose
// body is over snippetBodyCap.
func longSnippets(ctx context.Context, r runner, match string, hits []Hit) error {
	var phrases []phrase
	for i := range hits {
		if hits[i].Snippet != longBody {
			continue
		}
		if phrases == nil {
			phrases = matchPhrases(match)
		}
		var body string
		err := r.queryRow(ctx, `SELECT substr(body, 1, :scan) FROM articles WHERE id = :id`,
			sql.Named("scan", longSnippetScan), sql.Named("id", hits[i].ID)).Scan(&body)
		if err != nil {
			return err
		}
		hits[i].Snippet = longSnippet(scanPart(body), phrases)
	}
	return nil
}

// matchPhrases returns the phrases a MATCH expression (MatchQuery's output,
// prefix terms perhaps expanded) searches for, excluded ones left out, each
// as its folded words.
func matchPhrases(match string) []phrase {
	if i := strings.Index(match, " NOT "); i >= 0 { // exclusions come last
		match = match[:i]
	}
	var out []phrase
	for {
		i := strings.IndexByte(match, '"')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(match[i+1:], '"')
		if j < 0 {
			return out
		}
		text := match[i+1 : i+1+j]
		match = match[i+j+2:]
		p := phrase{prefix: strings.HasPrefix(match, "*")}
		for _, t := range tokens(text) {
			p.words = append(p.words, t.folded())
		}
		if len(p.words) > 0 {
			out = append(out, p)
		}
	}
}
