package storage

import "database/sql"

// HighlightStart and HighlightEnd surround each matched term in Hit.Snippet.
const (
	HighlightStart = "\x02"
	HighlightEnd   = "\x03"
)

// snippetTokens is how many tokens a snippet shows.
const snippetTokens = 24

// snippetSQL returns the column that makes a hit's snippet of the body,
// for a statement on articles_fts with a MATCH, and its arguments: both
// search paths make snippets with it.
func snippetSQL() (string, []sql.NamedArg) {
	return `snippet(articles_fts, 1, :hs, :he, '…', :ntok)`, []sql.NamedArg{
		sql.Named("hs", HighlightStart), sql.Named("he", HighlightEnd), sql.Named("ntok", snippetTokens)}
}
