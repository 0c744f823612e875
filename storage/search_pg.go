package storage

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Search on PostgreSQL: the articles' search column (migrations/pg) is a
// tsvector of title (weight A) and body (weight B) in the briefdesk text
// search configuration (unaccent, then simple: folded case and
// diacritics), under a GIN index. MatchQuery's FTS5 expression is
// translated to a tsquery (pgTSQuery); ranking is ts_rank_cd with the title
// weighted ten times the body, as bm25 is on SQLite, and each positive term
// weighted by its rarity (bm25's idf) so that a rare word outranks a common
// one; snippets are ts_headline on bodies up to snippetBodyCap and
// longSnippet beyond, as on SQLite. The same filters, orders and rank
// window apply; how the window is ranked is in search_pg_window.go. A
// search's statements run in one read-only transaction, so that
// indexOnly's planner settings end with it.

// pgRankWeights are ts_rank_cd's weights {D, C, B, A}: a title match counts
// ten body matches.
const pgRankWeights = `'{0.1, 0.2, 0.1, 1.0}'`

// pgDFCap bounds the document-frequency counts behind the idf weights: a
// term in more articles than this is simply common.
const pgDFCap = 5000

// pgTSQuery translates a MATCH expression of MatchQuery's ("a b" "c"* OR
// "d" NOT "e", perhaps with the positive part in parentheses) into a
// tsquery string for to_tsquery('briefdesk', …), and returns the tsquery of
// each positive term on its own (for the idf weights). Adjacent terms are
// ANDed, a phrase is its words joined by <->, a prefix term ends in :*.
func pgTSQuery(match string) (string, []string) {
	var b strings.Builder
	var terms []string
	operand := false // the last thing written ends an operand
	neg := false
	for rest := strings.TrimSpace(match); rest != ""; rest = strings.TrimLeft(rest, " ") {
		switch {
		case rest[0] == '(':
			if operand {
				b.WriteString(" & ")
			}
			b.WriteString("(")
			operand = false
			rest = rest[1:]
		case rest[0] == ')':
			b.WriteString(")")
			operand = true
			rest = rest[1:]
		case rest[0] == '"':
			j := strings.IndexByte(rest[1:], '"')
			if j < 0 {
				j = len(rest) - 1
			}
			words := strings.Fields(rest[1 : 1+j])
			rest = rest[min(j+2, len(rest)):]
			prefix := strings.HasPrefix(rest, "*")
			if prefix {
				rest = rest[1:]
			}
			if len(words) == 0 {
				continue
			}
			t := pgPhrase(words, prefix)
			if operand {
				b.WriteString(" & ")
			}
			if neg {
				b.WriteString("!")
			} else {
				terms = append(terms, t)
			}
			b.WriteString(t)
			operand, neg = true, false
		default:
			op, after, _ := strings.Cut(rest, " ")
			rest = after
			switch op {
			case "OR":
				b.WriteString(" | ")
				operand = false
			case "AND":
				b.WriteString(" & ")
				operand = false
			case "NOT":
				b.WriteString(" & ")
				operand, neg = false, true
			}
		}
	}
	return b.String(), terms
}

// pgPhrase is the tsquery of one term: its words quoted and joined by <->.
func pgPhrase(words []string, prefix bool) string {
	parts := make([]string, len(words))
	for i, w := range words {
		parts[i] = "'" + strings.NewReplacer(`'`, `''`, `\`, `\\`).Replace(w) + "'"
	}
	if prefix {
		parts[len(parts)-1] += ":*"
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return "(" + strings.Join(parts, " <-> ") + ")"
}

// joinHighlights merges highlights that only a space separates.
var joinHighlights = strings.NewReplacer(HighlightEnd+" "+HighlightStart, " ")

// pgArgs collects a statement's arguments and names them $1, $2…
type pgArgs []any

func (p *pgArgs) add(v any) string {
	*p = append(*p, v)
	return "$" + strconv.Itoa(len(*p))
}

// pgRunner runs the statements of one search, in one read-only
// transaction, and records them (see SearchSQL) with their values written
// in.
type pgRunner struct {
	tx     *sql.Tx
	record *[]string
}

func (r pgRunner) query(ctx context.Context, q string, args pgArgs) (*sql.Rows, error) {
	if r.record != nil {
		*r.record = append(*r.record, inlinePG(q, args))
	}
	return r.tx.QueryContext(ctx, q, args...)
}

// row runs q, which returns one row, and scans it into dest.
func (r pgRunner) row(ctx context.Context, q string, args pgArgs, dest ...any) error {
	rows, err := r.query(ctx, q, args)
	if err != nil {
		return err
	}
	if rows.Next() {
		err = rows.Scan(dest...)
	}
	rows.Close()
	if err != nil {
		return err
	}
	return rows.Err()
}

// indexOnly makes the planner read matches from the GIN index (a bitmap
// scan) for the transaction's next statements, or lets it choose again.
// Its cost model counts @@ as one operator and not as the read of an
// out-of-line tsvector, so for a frequent term it would rather scan the
// table and test every article's vector (measured: 34 ms to count 5,000
// matches of "the" at 20,000 articles, where the index counts them
// without reading a vector).
func (r pgRunner) indexOnly(ctx context.Context, on bool) error {
	q := `SET LOCAL enable_seqscan = DEFAULT; SET LOCAL enable_indexscan = DEFAULT`
	if on {
		q = `SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off`
	}
	if r.record != nil {
		*r.record = append(*r.record, q+";")
	}
	_, err := r.tx.ExecContext(ctx, q)
	return err
}

// inlinePG writes args into q in place of $n, as SQL literals (for psql).
func inlinePG(q string, args pgArgs) string {
	for i := len(args); i >= 1; i-- { // $12 before $1
		q = strings.ReplaceAll(q, "$"+strconv.Itoa(i), sqlLiteral(args[i-1]))
	}
	return strings.Join(strings.Fields(q), " ") + ";"
}

func (s *Store) searchPG(ctx context.Context, match string, o SearchOptions, limit int, record *[]string) ([]Hit, error) {
	tx, err := s.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	r := pgRunner{tx: tx, record: record}
	tsq, terms := pgTSQuery(match)
	var p pgArgs
	q := `to_tsquery('briefdesk', ` + p.add(tsq) + `)`
	joined := o.Sort == "date" || o.Outlet != "" || !o.Since.IsZero() || !o.Until.IsZero()
	var inner string
	sparse := false
	if joined {
		// Date order and outlet or date filters consider every match.
		rank, err := pgRankExpr(ctx, r, "a.search", q, terms, -1, &p)
		if err != nil {
			return nil, err
		}
		where := "a.search @@ " + q + pgFilterSQL(o, &p)
		if o.Outlet != "" {
			where += " AND a.outlet = " + p.add(o.Outlet)
		}
		if !o.Since.IsZero() {
			where += " AND " + articleDate + " >= " + p.add(formatTime(o.Since))
		}
		if !o.Until.IsZero() {
			where += " AND " + articleDate + " < " + p.add(formatTime(o.Until))
		}
		order := `r, a.id`
		if o.Sort == "date" {
			order = articleDate + ` DESC, a.id DESC`
		}
		inner = `SELECT a.id, -` + rank + ` AS r FROM articles a WHERE ` + where +
			` ORDER BY ` + order + ` LIMIT ` + p.add(limit)
	} else {
		if inner, sparse, err = pgRankedSQL(ctx, r, match, tsq, q, terms, o, limit, &p); err != nil {
			return nil, err
		}
	}
	if sparse {
		if err := r.indexOnly(ctx, true); err != nil {
			return nil, err
		}
	}
	// Snippets for the hits only: ts_headline on a body up to the cap
	// (its cost grows with the body), longSnippet in Go beyond. OFFSET 0
	// keeps the planner from copying ts_headline into each expression that
	// uses it (measured: 0.69 ms a hit, 0.26 ms with it).
	opts := fmt.Sprintf("StartSel=%s, StopSel=%s, MaxWords=%d, MinWords=%d, ShortWord=0",
		HighlightStart, HighlightEnd, snippetTokens, snippetTokens/2)
	stmt := `SELECT ` + summaryColumns + `, t.r, h.hl,
		coalesce(strpos(a.body, h.plain), 0), coalesce(substr(a.body, strpos(a.body, h.plain) + length(h.plain)) ~ '[[:alnum:]]', false)
		FROM (` + inner + `) t JOIN articles a ON a.id = t.id
		LEFT JOIN LATERAL (SELECT x.hl, replace(replace(x.hl, chr(2), ''), chr(3), '') AS plain FROM (
			SELECT ts_headline('briefdesk', a.body, ` + q + `, ` + p.add(opts) + `) AS hl
			WHERE octet_length(a.body) <= ` + p.add(snippetBodyCap) + ` OFFSET 0) x) h ON true`
	rows, err := r.query(ctx, stmt, p)
	if err != nil {
		return nil, err
	}
	var hits []Hit
	long := map[int64]bool{} // hits whose snippet is made in Go
	for rows.Next() {
		var h Hit
		var hl sql.NullString
		var at int
		var more bool
		h.ArticleSummary, err = scanSummary(rows, &h.Rank, &hl, &at, &more)
		if err != nil {
			rows.Close()
			return nil, err
		}
		if !hl.Valid {
			long[h.ID] = true
		} else {
			// A run of matched words (a phrase) is one highlight, as
			// FTS5's snippet() marks it; ts_headline marks each word.
			h.Snippet = joinHighlights.Replace(hl.String)
			if at > 1 {
				h.Snippet = "…" + h.Snippet
			}
			if more {
				h.Snippet += "…"
			}
		}
		hits = append(hits, h)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	if o.Sort == "date" {
		sortByDate(hits)
	} else {
		sortByRank(hits)
	}
	if len(long) > 0 {
		phrases := matchPhrases(match)
		for i := range hits {
			if !long[hits[i].ID] {
				continue
			}
			var body string
			if err := s.read.QueryRowContext(ctx, `SELECT body FROM articles WHERE id = $1`, hits[i].ID).Scan(&body); err != nil {
				return nil, fmt.Errorf("snippet for article %d: %w", hits[i].ID, err)
			}
			hits[i].Snippet = longSnippet(body, phrases)
		}
	}
	return hits, nil
}

// pgRankExpr is the relevance of the tsvector vec for query expression q: for one
// positive term ts_rank_cd; for several, each term's ts_rank_cd weighted
// by its idf, counted (up to pgDFCap) in one statement, with the newest
// id as the article count (newest < 0: looked up).
func pgRankExpr(ctx context.Context, r pgRunner, vec, q string, terms []string, newest int64, p *pgArgs) (string, error) {
	if len(terms) <= 1 {
		return `ts_rank_cd(` + pgRankWeights + `, ` + vec + `, ` + q + `)`, nil
	}
	if newest < 0 {
		// Before indexOnly: under it max(id) becomes a bitmap scan of
		// every row.
		if err := r.row(ctx, `SELECT coalesce(max(id), 0) FROM articles`, nil, &newest); err != nil {
			return "", err
		}
	}
	var count pgArgs
	cols := make([]string, len(terms))
	for i, t := range terms {
		cols[i] = `(SELECT count(*) FROM (SELECT 1 FROM articles WHERE search @@ to_tsquery('briefdesk', ` +
			count.add(t) + `) LIMIT ` + strconv.Itoa(pgDFCap) + `) x)`
	}
	if err := r.indexOnly(ctx, true); err != nil {
		return "", err
	}
	vals := make([]int64, len(terms)+1)
	vals[0] = newest
	dfs := make([]any, len(terms))
	for i := range dfs {
		dfs[i] = &vals[i+1]
	}
	if err := r.row(ctx, `SELECT `+strings.Join(cols, ", "), count, dfs...); err != nil {
		return "", err
	}
	if err := r.indexOnly(ctx, false); err != nil {
		return "", err
	}
	n := float64(vals[0])
	parts := make([]string, len(terms))
	for i, t := range terms {
		df := float64(vals[i+1])
		idf := math.Log(1 + (n-df+0.5)/(df+0.5))
		parts[i] = strconv.FormatFloat(max(idf, 1e-6), 'g', 6, 64) + ` * ts_rank_cd(` + pgRankWeights +
			`, ` + vec + `, to_tsquery('briefdesk', ` + p.add(t) + `))`
	}
	return `(` + strings.Join(parts, " + ") + `)`, nil
}
