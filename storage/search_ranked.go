package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// rankWindow bounds how many matches relevance ranking scores. A query
// matching more articles than this (a very common word or phrase) is ranked
// among its rankWindow most recently imported matches: bm25 over every match
// of "the" in 100,000 articles costs hundreds of milliseconds and ranks
// nothing useful, while FTS5 walks matches newest-first almost for free.
// Queries with fewer matches are ranked over all of them. A variable so that
// tests can make it small.
var rankWindow = 5000

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
	extra, filterArgs := rowidFilterSQL(o)
	var ranks map[int64]float64
	var err error
	if words, lone := lonePhrase(match); lone {
		ranks, err = rankPhrase(ctx, r, match, words, extra, filterArgs, limit)
	} else {
		ranks, err = rankTerms(ctx, r, match, extra, filterArgs, limit)
	}
	if err != nil || len(ranks) == 0 {
		return nil, err
	}
	return rankedHits(ctx, r, match, ranks)
}

// rankedHits runs step 3 of searchRanked: the articles and snippets of the
// hits ranked, best first.
func rankedHits(ctx context.Context, r runner, match string, ranks map[int64]float64) ([]Hit, error) {
	ids := make([]string, 0, len(ranks))
	lo, hi := int64(-1), int64(0)
	for id := range ranks {
		ids = append(ids, fmt.Sprint(id))
		hi = max(hi, id)
		if lo < 0 || id < lo {
			lo = id
		}
	}
	snippet, args := snippetSQL()
	args = append(args, sql.Named("q", match))
	// FTS5 seeks each hit by its rowid, parsing the query again for each,
	// which is cheap unless a prefix term is left: FTS5 would merge its
	// words' doclists again for every hit, so then one cursor walks the
	// hits' rowid range instead.
	which := `f.rowid IN (` + strings.Join(ids, ",") + `)`
	if strings.Contains(match, `"*`) {
		which = `f.rowid BETWEEN :lo AND :hi AND +` + which
		args = append(args, sql.Named("lo", lo), sql.Named("hi", hi))
	}
	rows, err := r.query(ctx, `SELECT `+summaryColumns+`, `+snippet+`
		FROM articles_fts f CROSS JOIN articles a ON a.id = f.rowid
		WHERE articles_fts MATCH :q AND `+which, args...)
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
	return hits, longSnippets(ctx, r, match, hits)
}

// rankTerms runs steps 1 and 2 of searchRanked: the limit best matches
// among the newest rankWindow, by id.
func rankTerms(ctx context.Context, r runner, match, extra string, filterArgs []sql.NamedArg, limit int) (map[int64]float64, error) {
	args := append([]sql.NamedArg{sql.Named("q", match)}, filterArgs...)
	var lo int64 // 0 when there are fewer matches than the window
	err := r.queryRow(ctx, `SELECT f.rowid FROM articles_fts f WHERE articles_fts MATCH :q`+extra+`
		ORDER BY f.rowid DESC LIMIT 1 OFFSET `+fmt.Sprint(rankWindow-1), args...).Scan(&lo)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	args = append(args, sql.Named("lo", lo), sql.Named("lim", limit))
	return scanRanks(r.query(ctx, rankedSQL("", extra), args...))
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
