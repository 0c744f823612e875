package storage

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// probeRows is how many of the newest articles a lone phrase's match rate
// is measured on (see rankPhrase). A variable so that tests can make it
// small.
var probeRows int64 = 2000

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

// rankPhrase ranks a lone phrase (match; words is its words ANDed).
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
func rankPhrase(ctx context.Context, r runner, match, words, extra string, filterArgs []sql.NamedArg, limit int) (map[int64]float64, error) {
	var n, newest int64
	err := r.queryRow(ctx, `SELECT count(*), (SELECT coalesce(max(id), 0) FROM articles)
		FROM articles_fts f WHERE articles_fts MATCH :q
		AND f.rowid > (SELECT coalesce(max(id), 0) FROM articles) - :k`,
		sql.Named("q", match), sql.Named("k", probeRows)).Scan(&n, &newest)
	if err != nil {
		return nil, err
	}
	if n > 0 && n*newest >= int64(rankWindow)*min(probeRows, newest) {
		return rankCommonPhrase(ctx, r, match, words, extra, filterArgs, limit)
	}
	args := append([]sql.NamedArg{sql.Named("q", match)}, filterArgs...)
	args = append(args, sql.Named("most", rankWindow))
	rows, err := r.query(ctx, `SELECT f.rowid, `+rankExpr+` FROM articles_fts f
			WHERE articles_fts MATCH :q`+extra+` ORDER BY f.rowid DESC LIMIT :most`, args...)
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

// rankCommonPhrase ranks a common lone phrase: the rowids of its
// rankWindow newest matches, then bm25 of its words over those rowids.
func rankCommonPhrase(ctx context.Context, r runner, match, words, extra string, filterArgs []sql.NamedArg, limit int) (map[int64]float64, error) {
	args := append([]sql.NamedArg{sql.Named("q", match)}, filterArgs...)
	rows, err := r.query(ctx, `SELECT f.rowid FROM articles_fts f WHERE articles_fts MATCH :q`+extra+`
		ORDER BY f.rowid DESC LIMIT `+fmt.Sprint(rankWindow), args...)
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
	args = append([]sql.NamedArg{sql.Named("q", words)}, filterArgs...)
	args = append(args, sql.Named("window", string(append(window, ']'))),
		sql.Named("lo", lo), sql.Named("lim", limit))
	return scanRanks(r.query(ctx, rankedSQL(` AND +f.rowid IN (SELECT value FROM json_each(:window))`, extra), args...))
}
