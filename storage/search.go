package storage

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// HighlightStart and HighlightEnd surround each matched term in Hit.Snippet.
const (
	HighlightStart = "\x02"
	HighlightEnd   = "\x03"
)

// Hit is one search result.
type Hit struct {
	briefing.ArticleSummary
	// Snippet is a short passage of the body around the matches, matched
	// terms between HighlightStart and HighlightEnd; "…" marks cut text.
	Snippet string
	// Rank is the bm25 score: lower is better (FTS5 convention).
	Rank float64
}

// SearchOptions narrows and orders a search. Zero fields do not filter.
type SearchOptions struct {
	Limit int    // default 50
	Sort  string // "rank" (default, best first) or "date" (newest first)
	Tag   string
	// Outlet limits hits to one outlet.
	Outlet string
	Since  time.Time
	Until  time.Time
	// Trashed searches the trash instead of the archive.
	Trashed bool
}

// rankExpr weights title matches ten times body matches.
const rankExpr = `bm25(articles_fts, 10.0, 1.0)`

// snippetTokens is how many tokens a snippet shows.
const snippetTokens = 24

// rankWindow bounds how many matches relevance ranking scores. A query
// matching more articles than this (a very common word or phrase) is ranked
// among its rankWindow most recently imported matches: bm25 over every match
// of "the" in 100,000 articles costs hundreds of milliseconds and ranks
// nothing useful, while FTS5 walks matches newest-first almost for free.
// Queries with fewer matches are ranked over all of them. A variable so that
// tests can make it small.
var rankWindow = 5000

// maxPrefixWords is how many indexed words a prefix term may stand for and
// still be searched as those words (see expandPrefixes).
const maxPrefixWords = 32

// ErrOnlyExclusions is returned (wrapped) by Search for a query that only
// excludes terms (NOT x, -x): there is nothing to exclude them from.
var ErrOnlyExclusions = errors.New("the query needs a term to search for: NOT and - only exclude")

// Search finds articles matching query (see MatchQuery for the syntax; any
// input is safe), best first or newest first. A query with nothing
// searchable in it returns no hits and no error.
//
// Sorted by relevance (the default), a query with more than 5,000 matches
// (after the tag and trash filters) is ranked among the 5,000 most recently
// imported of them. Sorted by date, or filtered by outlet or date, all
// matches are considered.
//
// Two choices trade exact bm25 for speed, and change ranking only there:
//   - A prefix term of letters and digits a-z, 0-9 that stands for at most
//     32 indexed words (negot* for negot, negotiate, negotiators, …) is
//     searched as those words joined by OR. It finds the same articles; bm25
//     then weighs each word by its own rarity, as for any OR query, instead
//     of counting all of them as one term. Other prefix terms are left to
//     FTS5.
//   - A query that is one quoted phrase is first counted among the 2,000
//     newest articles. If it is found there at a rate that would give it
//     more than 5,000 matches in the whole archive (5% of the newest at
//     100,000 articles; a phrase of very common words, "of the"), its
//     5,000 newest matches (fewer if it has fewer) are ranked by bm25 of
//     the phrase's words instead of the phrase (how often each word, not
//     the phrase, occurs in each article): bm25 of a phrase begins by
//     finding every article of the archive that holds it (over 50 ms for
//     "of the" at 100,000 articles) only to scale every score alike. It
//     finds the same articles, and snippets still mark the phrase. Any
//     other phrase is ranked by bm25 of the phrase.
func (s *Store) Search(ctx context.Context, query string, o SearchOptions) ([]Hit, error) {
	return s.search(ctx, query, o, nil)
}

// SearchSQL returns the statements Search runs for query with options o, in
// order, each parameter written in as an SQL literal: a statement for the
// sqlite3 shell (scripts/bench_storage.sh runs them) and for debugging. It
// runs them, as later statements depend on what earlier ones return.
func (s *Store) SearchSQL(ctx context.Context, query string, o SearchOptions) ([]string, error) {
	var stmts []string
	_, err := s.search(ctx, query, o, &stmts)
	return stmts, err
}

func (s *Store) search(ctx context.Context, query string, o SearchOptions, record *[]string) ([]Hit, error) {
	match, info := ParseQuery(query)
	if info.OnlyExclusions {
		return nil, fmt.Errorf("search %q: %w", query, ErrOnlyExclusions)
	}
	if match == "" {
		return nil, nil
	}
	limit := o.Limit
	if limit <= 0 {
		limit = 50
	}
	conn, err := s.read.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer conn.Close()
	r := runner{conn: conn, record: record}
	match, err = expandPrefixes(ctx, r, match)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	var hits []Hit
	if o.Sort != "date" && o.Outlet == "" && o.Since.IsZero() && o.Until.IsZero() {
		hits, err = searchRanked(ctx, r, match, o, limit)
	} else {
		hits, err = searchJoined(ctx, r, match, o, limit)
	}
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	return hits, nil
}

// runner runs a search's statements on one connection and, when record is
// set, appends each with its values in place.
type runner struct {
	conn   *sql.Conn
	record *[]string
}

// query runs q with named parameters (:name), passing only those q uses.
func (r runner) query(ctx context.Context, q string, vals map[string]any) (*sql.Rows, error) {
	var args []any
	for k, v := range vals {
		if strings.Contains(q, ":"+k) {
			args = append(args, sql.Named(k, v))
		}
	}
	if r.record != nil {
		*r.record = append(*r.record, inlineSQL(q, vals))
	}
	return r.conn.QueryContext(ctx, q, args...)
}

// inlineSQL writes the values of q's named parameters into q as literals,
// longest names first, and folds its white space.
func inlineSQL(q string, vals map[string]any) string {
	names := make([]string, 0, len(vals))
	for k := range vals {
		names = append(names, k)
	}
	slices.SortFunc(names, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	for _, k := range names {
		var lit string
		switch v := vals[k].(type) {
		case string:
			lit = "'" + strings.ReplaceAll(v, "'", "''") + "'"
		case nil:
			lit = "NULL"
		default:
			lit = fmt.Sprint(v)
		}
		q = strings.ReplaceAll(q, ":"+k, lit)
	}
	return strings.Join(strings.Fields(q), " ") + ";"
}

// expandPrefixes replaces each prefix term of MatchQuery's output made only
// of ASCII letters and digits ("negot"*) with the indexed words it stands
// for, ("negot" OR "negotiate" OR …), found by a range scan of the
// index's vocabulary. FTS5 answers a prefix term by merging the doclists of
// all those words over the whole archive before it returns a row — several
// milliseconds at 100,000 articles, paid again by bm25 and by every snippet
// — while an OR of words is read lazily, newest first, and can skip to a
// rowid. A term standing for no word, or for more than maxPrefixWords, is
// left alone.
func expandPrefixes(ctx context.Context, r runner, match string) (string, error) {
	if !strings.Contains(match, `"*`) {
		return match, nil
	}
	// Tokens: phrases, operators and expanded groups, in order. FTS5 reads
	// two phrases side by side as AND, but not a parenthesised group beside
	// anything: there the AND is written out (same precedence).
	var toks []string
	group := map[int]bool{}
	for rest := strings.TrimSpace(match); rest != ""; rest = strings.TrimLeft(rest, " ") {
		if rest[0] != '"' { // an operator
			op, after, _ := strings.Cut(rest, " ")
			toks = append(toks, op)
			rest = after
			continue
		}
		j := strings.IndexByte(rest[1:], '"')
		if j < 0 { // not MatchQuery's output
			return match, nil
		}
		term := rest[1 : 1+j]
		rest = rest[j+2:]
		if !strings.HasPrefix(rest, "*") {
			toks = append(toks, `"`+term+`"`)
			continue
		}
		rest = rest[1:]
		words, err := prefixWords(ctx, r, term)
		if err != nil {
			return "", err
		}
		if len(words) == 0 || len(words) > maxPrefixWords {
			toks = append(toks, `"`+term+`"*`)
			continue
		}
		group[len(toks)] = true
		toks = append(toks, `("`+strings.Join(words, `" OR "`)+`")`)
	}
	isOp := func(t string) bool { return t == "AND" || t == "OR" || t == "NOT" || t == "(" || t == ")" }
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			if (group[i] || group[i-1]) && !isOp(t) && !isOp(toks[i-1]) {
				b.WriteString(" AND")
			}
			b.WriteString(" ")
		}
		b.WriteString(t)
	}
	return b.String(), nil
}

// prefixWords returns up to maxPrefixWords+1 indexed words starting with
// term, or nil when term is not a single word of ASCII letters and digits
// (whose case folding the tokenizer and Go agree on byte for byte).
func prefixWords(ctx context.Context, r runner, term string) ([]string, error) {
	if term == "" {
		return nil, nil
	}
	for i := 0; i < len(term); i++ {
		c := term[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return nil, nil
		}
	}
	lo := strings.ToLower(term)
	hi := lo[:len(lo)-1] + string(lo[len(lo)-1]+1)
	rows, err := r.query(ctx, `SELECT term FROM articles_vocab WHERE term >= :lo AND term < :hi LIMIT :n`,
		map[string]any{"lo": lo, "hi": hi, "n": maxPrefixWords + 1})
	if err != nil {
		return nil, fmt.Errorf("prefix %s*: %w", term, err)
	}
	defer rows.Close()
	var words []string
	for rows.Next() {
		var w string
		if err := rows.Scan(&w); err != nil {
			return nil, err
		}
		if strings.ContainsRune(w, '"') { // cannot be, but would break the expression
			return nil, nil
		}
		words = append(words, w)
	}
	return words, rows.Err()
}

// rankedSQL is the statement that ranks a relevance-ordered search without
// outlet or date filters: :q the MATCH expression, :lo the lowest rowid
// (see searchRanked), :lim the limit; filter and extra are further
// conditions on f.rowid, each starting with " AND ". bm25 is sorted by
// SQLite, not by FTS5's rank column: FTS5's own sorter counts every
// phrase's matches over the whole archive twice.
func rankedSQL(filter, extra string) string {
	return `SELECT f.rowid, ` + rankExpr + ` AS r FROM articles_fts f
	WHERE articles_fts MATCH :q AND f.rowid >= :lo` + filter + extra + `
	ORDER BY r, f.rowid LIMIT :lim`
}

// RankedSearchSQL returns the statement that ranks a relevance-ordered
// search of the archive (not the trash) without filters, with named
// parameters: :q the MATCH expression (see MatchQuery), :lo the lowest
// rowid ranked, :lim the limit. Search runs it between a statement that
// finds :lo and one that makes the hits' snippets; Store.SearchSQL gives
// all of them for one query.
func RankedSearchSQL() string {
	extra, _ := rowidFilterSQL(SearchOptions{})
	return rankedSQL("", extra)
}

// rowidFilterSQL returns the trash and tag conditions on f.rowid, which
// need no read of the article row; the tag is the parameter :tag.
func rowidFilterSQL(o SearchOptions) (string, map[string]any) {
	var b strings.Builder
	vals := map[string]any{}
	if o.Trashed {
		b.WriteString(" AND f.rowid IN (SELECT id FROM articles WHERE trashed_at IS NOT NULL)")
	} else {
		b.WriteString(" AND f.rowid NOT IN (SELECT id FROM articles WHERE trashed_at IS NOT NULL)")
	}
	if o.Tag != "" {
		b.WriteString(` AND f.rowid IN (SELECT at.article_id FROM article_tags at
			JOIN tags t ON t.id = at.tag_id WHERE t.name = :tag)`)
		vals["tag"] = strings.TrimSpace(o.Tag)
	}
	return b.String(), vals
}

// lonePhrase returns the words of match, ANDed, when match is a single
// quoted phrase of two or more words (not a prefix).
func lonePhrase(match string) (string, bool) {
	if len(match) < 2 || match[0] != '"' || match[len(match)-1] != '"' ||
		strings.Count(match, `"`) != 2 || !strings.Contains(match, " ") {
		return "", false
	}
	words := strings.Fields(match[1 : len(match)-1])
	return `"` + strings.Join(words, `" "`) + `"`, true
}

// probeRows is how many of the newest articles a lone phrase's match rate
// is measured on (see rankPhrase). A variable so that tests can make it
// small.
var probeRows int64 = 2000

// searchRanked ranks (within rankWindow) and makes snippets, in statements
// that each read the index once:
//  1. the rowid of the rankWindow-th newest match (after the trash and tag
//     filters), or 0 when there are fewer: FTS5 walks the doclists from
//     the newest end;
//  2. bm25 over the matches from that rowid on, sorted, limit rows: FTS5
//     seeks each doclist to the rowid;
//  3. the hits' articles and snippets.
//
// A lone phrase goes another way (see rankPhrase): FTS5 must compare the
// positions of its words in every article that holds them all, so each
// pass over it costs as much as a pass over every match of its words.
func searchRanked(ctx context.Context, r runner, match string, o SearchOptions, limit int) ([]Hit, error) {
	extra, vals := rowidFilterSQL(o)
	vals["q"] = match
	var ranks map[int64]float64
	var err error
	if words, lone := lonePhrase(match); lone {
		ranks, err = rankPhrase(ctx, r, words, extra, vals, limit)
	} else {
		ranks, err = rankTerms(ctx, r, extra, vals, limit)
	}
	if err != nil || len(ranks) == 0 {
		return nil, err
	}
	ids := make([]string, 0, len(ranks))
	lo, hi := int64(-1), int64(0)
	for id := range ranks {
		ids = append(ids, fmt.Sprint(id))
		hi = max(hi, id)
		if lo < 0 || id < lo {
			lo = id
		}
	}
	snipVals := map[string]any{"q": match, "lo": lo, "hi": hi,
		"hs": HighlightStart, "he": HighlightEnd, "ntok": snippetTokens}
	// FTS5 seeks each hit by its rowid, parsing the query again for each,
	// which is cheap unless a prefix term is left: FTS5 would merge its
	// words' doclists again for every hit, so then one cursor walks the
	// hits' rowid range instead.
	which := `f.rowid IN (` + strings.Join(ids, ",") + `)`
	if strings.Contains(match, `"*`) {
		which = `f.rowid BETWEEN :lo AND :hi AND +` + which
	}
	rows, err := r.query(ctx, `SELECT `+summaryColumns+`, snippet(articles_fts, 1, :hs, :he, '…', :ntok)
		FROM articles_fts f CROSS JOIN articles a ON a.id = f.rowid
		WHERE articles_fts MATCH :q AND `+which, snipVals)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	hits := make([]Hit, 0, len(ids))
	for rows.Next() {
		var h Hit
		h.ArticleSummary, err = scanSummary(rows, &h.Snippet)
		if err != nil {
			return nil, err
		}
		h.Rank = ranks[h.ID]
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sortByRank(hits)
	return hits, nil
}

// rankTerms runs steps 1 and 2 of searchRanked: the limit best matches
// among the newest rankWindow, by id.
func rankTerms(ctx context.Context, r runner, extra string, vals map[string]any, limit int) (map[int64]float64, error) {
	var lo int64
	rows, err := r.query(ctx, `SELECT f.rowid FROM articles_fts f WHERE articles_fts MATCH :q`+extra+`
		ORDER BY f.rowid DESC LIMIT 1 OFFSET `+fmt.Sprint(rankWindow-1), vals)
	if err != nil {
		return nil, err
	}
	if rows.Next() {
		err = rows.Scan(&lo)
	}
	rows.Close()
	if err == nil {
		err = rows.Err()
	}
	if err != nil {
		return nil, err
	}
	vals["lo"] = lo
	vals["lim"] = limit
	return scanRanks(r.query(ctx, rankedSQL("", extra), vals))
}

// scanRanks reads (rowid, rank) rows.
func scanRanks(rows *sql.Rows, err error) (map[int64]float64, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	ranks := map[int64]float64{}
	for rows.Next() {
		var id int64
		var rank float64
		if err := rows.Scan(&id, &rank); err != nil {
			return nil, err
		}
		ranks[id] = rank
	}
	return ranks, rows.Err()
}

// rankPhrase ranks a lone phrase (vals["q"]; words is its words ANDed).
// First it counts the phrase's matches among the probeRows newest
// articles: a phrase that, at that rate, would match more than rankWindow
// articles of the archive is common. bm25 of a phrase begins by finding
// every article in the archive that holds it, which for a common phrase of
// common words ("of the") takes longer than everything else together. So
//   - a common phrase: the rowids of its rankWindow newest matches, then
//     bm25 of its words, which FTS5 counts from their doclists alone, over
//     those rowids;
//   - any other: bm25 of the phrase for each of its rankWindow newest
//     matches in one pass, sorted here (bounding the window first would
//     walk the phrase once more).
func rankPhrase(ctx context.Context, r runner, words, extra string, vals map[string]any, limit int) (map[int64]float64, error) {
	var n, newest int64
	vals["k"] = probeRows
	rows, err := r.query(ctx, `SELECT count(*), (SELECT coalesce(max(id), 0) FROM articles)
		FROM articles_fts f WHERE articles_fts MATCH :q
		AND f.rowid > (SELECT coalesce(max(id), 0) FROM articles) - :k`, vals)
	if err != nil {
		return nil, err
	}
	if rows.Next() {
		err = rows.Scan(&n, &newest)
	}
	rows.Close()
	if err == nil {
		err = rows.Err()
	}
	if err != nil {
		return nil, err
	}
	delete(vals, "k")
	common := n > 0 && n*newest >= int64(rankWindow)*min(probeRows, newest)

	if !common {
		vals["most"] = rankWindow
		rows, err := r.query(ctx, `SELECT f.rowid, `+rankExpr+` FROM articles_fts f
			WHERE articles_fts MATCH :q`+extra+` ORDER BY f.rowid DESC LIMIT :most`, vals)
		all, err := scanRanks(rows, err)
		if err != nil || len(all) <= limit {
			return all, err
		}
		best := make([]int64, 0, len(all))
		for id := range all {
			best = append(best, id)
		}
		slices.SortFunc(best, func(x, y int64) int {
			if c := cmp.Compare(all[x], all[y]); c != 0 {
				return c
			}
			return cmp.Compare(x, y)
		})
		ranks := make(map[int64]float64, limit)
		for _, id := range best[:limit] {
			ranks[id] = all[id]
		}
		return ranks, nil
	}

	rows, err = r.query(ctx, `SELECT f.rowid FROM articles_fts f WHERE articles_fts MATCH :q`+extra+`
		ORDER BY f.rowid DESC LIMIT `+fmt.Sprint(rankWindow), vals)
	if err != nil {
		return nil, err
	}
	var lo int64
	window := []byte{'['}
	for rows.Next() {
		if err = rows.Scan(&lo); err != nil {
			break
		}
		if len(window) > 1 {
			window = append(window, ',')
		}
		window = strconv.AppendInt(window, lo, 10)
	}
	rows.Close()
	if err == nil {
		err = rows.Err()
	}
	if err != nil || len(window) == 1 {
		return nil, err
	}
	vals["q"] = words
	vals["window"] = string(append(window, ']'))
	vals["lo"] = lo
	vals["lim"] = limit
	return scanRanks(r.query(ctx, rankedSQL(` AND +f.rowid IN (SELECT value FROM json_each(:window))`, extra), vals))
}

// sortByRank orders hits best first, ties by id.
func sortByRank(hits []Hit) {
	slices.SortStableFunc(hits, func(x, y Hit) int {
		if c := cmp.Compare(x.Rank, y.Rank); c != 0 {
			return c
		}
		return cmp.Compare(x.ID, y.ID)
	})
}

// searchJoined serves date order and outlet or date filters: every match
// is joined with its article (only columns stored before the body, so no
// overflow pages are read), sorted, and snippets are made for the hits.
func searchJoined(ctx context.Context, r runner, match string, o SearchOptions, limit int) ([]Hit, error) {
	extra, vals := rowidFilterSQL(o)
	var b strings.Builder
	if o.Outlet != "" {
		b.WriteString(" AND a.outlet = :outlet")
		vals["outlet"] = o.Outlet
	}
	if !o.Since.IsZero() {
		b.WriteString(" AND " + articleDate + " >= :since")
		vals["since"] = formatTime(o.Since)
	}
	if !o.Until.IsZero() {
		b.WriteString(" AND " + articleDate + " < :until")
		vals["until"] = formatTime(o.Until)
	}
	order := `r, f.rowid`
	if o.Sort == "date" {
		order = articleDate + ` DESC, f.rowid DESC`
	}
	// Snippets are made in a second step, for the hits shown only: made in
	// the sorting query, SQLite would make one for every match before sorting.
	q := `SELECT ` + summaryColumns + `, t.r FROM (
		SELECT f.rowid AS id, ` + rankExpr + ` AS r
		FROM articles_fts f JOIN articles a ON a.id = f.rowid
		WHERE articles_fts MATCH :q` + extra + b.String() + `
		ORDER BY ` + order + ` LIMIT :lim) t
		JOIN articles a ON a.id = t.id`
	vals["q"] = match
	vals["lim"] = limit
	rows, err := r.query(ctx, q, vals)
	if err != nil {
		return nil, err
	}
	var hits []Hit
	for rows.Next() {
		var h Hit
		h.ArticleSummary, err = scanSummary(rows, &h.Rank)
		if err != nil {
			rows.Close()
			return nil, err
		}
		hits = append(hits, h)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(hits) == 0 {
		return nil, nil
	}
	// The outer join does not keep the subquery's order: restore it.
	if o.Sort == "date" {
		slices.SortStableFunc(hits, func(x, y Hit) int {
			dx, dy := hitDate(x), hitDate(y)
			if c := dy.Compare(dx); c != 0 {
				return c
			}
			return cmp.Compare(y.ID, x.ID)
		})
	} else {
		sortByRank(hits)
	}
	for i := range hits {
		rows, err := r.query(ctx, `SELECT snippet(articles_fts, 1, :hs, :he, '…', :ntok)
			FROM articles_fts WHERE articles_fts MATCH :q AND rowid = :id`,
			map[string]any{"hs": HighlightStart, "he": HighlightEnd, "ntok": snippetTokens, "q": match, "id": hits[i].ID})
		if err != nil {
			return nil, fmt.Errorf("snippet for article %d: %w", hits[i].ID, err)
		}
		if rows.Next() {
			err = rows.Scan(&hits[i].Snippet)
		}
		rows.Close()
		if err == nil {
			err = rows.Err()
		}
		if err != nil {
			return nil, fmt.Errorf("snippet for article %d: %w", hits[i].ID, err)
		}
	}
	return hits, nil
}

// hitDate is articleDate for a hit.
func hitDate(h Hit) time.Time {
	if !h.Published.IsZero() {
		return h.Published
	}
	return h.ImportedAt
}

// Optimize merges the full-text index into a single b-tree, which makes
// searches faster after a bulk import (FTS5 'optimize'). It takes about as
// long as writing the index once did (seconds for 100,000 articles) and
// holds the write lock meanwhile; importers call it after a large import.
func (s *Store) Optimize(ctx context.Context) error {
	if _, err := s.write.ExecContext(ctx, `INSERT INTO articles_fts(articles_fts) VALUES ('optimize')`); err != nil {
		return fmt.Errorf("optimize search index: %w", err)
	}
	return nil
}
