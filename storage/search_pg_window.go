package storage

import (
	"context"
	"strings"
)

// Relevance order on PostgreSQL ranks the rankWindow newest matches, as on
// SQLite. What it costs is reading each ranked article's tsvector: about
// 6.5 KB for a 4 KB article, kept out of line (TOAST), so each read is an
// index probe and a few pages. The old statement read it twice for every
// ranked article, once for the @@ filter and once for ts_rank_cd (52 ms p50
// for a common word at 20,000 articles). Now each ranked article's vector
// is read once, in one of two shapes:
//
//   - dense, for a query that most articles match ("the", "of the"): walk
//     the articles newest first, read each vector once into an array
//     (ARRAY[a.search] holds it read and decompressed; the OFFSET 0 fence
//     keeps the planner from putting the @@ back on the table), test and
//     rank that copy, stop after rankWindow matches;
//   - sparse, for any other: the ids of the rankWindow newest matches from
//     the GIN index (no vector read unless the tsquery has a phrase, which
//     the index cannot check), then the vectors of those ids, ranked.
//
// Which one is chosen by pgDense from the match rate among the
// pgProbeRows newest articles (after the trash and tag filters). Both give
// the same hits: the choice is only about speed.

// pgProbeRows is how many of the newest articles the match rate is counted
// among (probeRows if that is fewer, so that tests which make SQLite's probe
// small make this one small too). SQLite's 2,000 would cost 8 ms here.
const pgProbeRows int64 = 100

// pgVectorCost is the cost of reading one article's tsvector relative to
// visiting one index match's row (measured at 20,000 articles: 5,000
// vectors in 15-20 ms, 20,000 rows of a bitmap heap scan in 6 ms).
const pgVectorCost = 10.0

// pgFilterSQL returns the trash and tag conditions on articles a, each
// starting with " AND ", their values added to p.
func pgFilterSQL(o SearchOptions, p *pgArgs) string {
	var b strings.Builder
	if o.Trashed {
		b.WriteString(" AND a.trashed_at IS NOT NULL")
	} else {
		b.WriteString(" AND a.trashed_at IS NULL")
	}
	if o.Tag != "" {
		b.WriteString(` AND a.id IN (SELECT at.article_id FROM article_tags at
			JOIN tags t ON t.id = at.tag_id WHERE t.name = ` + p.add(strings.TrimSpace(o.Tag)) + `)`)
	}
	return b.String()
}

// pgRankedSQL returns the statement that ranks a relevance-ordered search
// without outlet or date filters (ids and negated ranks, best first, limit
// rows), its values added to p, and whether it is the sparse shape (which
// runs with indexOnly); match is the MATCH expression, tsq its tsquery text,
// q the expression of tsq in p.
//
// A lone phrase that the probe finds common (a rate that would give it
// more than rankWindow matches in the archive, SQLite's rule in
// rankPhrase) is ranked, as on SQLite, by its words rather than the
// phrase: ts_rank_cd of a phrase costs 13 µs an article ("of the",
// measured), of its two words 3 µs. It finds the same articles.
func pgRankedSQL(ctx context.Context, r pgRunner, match, tsq, q string, terms []string, o SearchOptions, limit int, p *pgArgs) (string, bool, error) {
	var pp pgArgs
	var matched, probed, newest int64
	if err := r.row(ctx, `SELECT count(*) FILTER (WHERE a.search @@ to_tsquery('briefdesk', `+pp.add(tsq)+`)), count(*),
		(SELECT coalesce(max(id), 0) FROM articles) FROM (SELECT a.search FROM articles a WHERE true`+
		pgFilterSQL(o, &pp)+` ORDER BY a.id DESC LIMIT `+pp.add(min(pgProbeRows, probeRows))+`) a`, pp,
		&matched, &probed, &newest); err != nil {
		return "", false, err
	}
	if !pgChooseDense(matched, probed, newest, strings.Contains(tsq, "<->")) {
		rank, err := pgRankExpr(ctx, r, "a.search", q, terms, newest, p)
		if err != nil {
			return "", false, err
		}
		return `SELECT a.id, -` + rank + ` AS r FROM (
			SELECT a.id FROM articles a WHERE a.search @@ ` + q + pgFilterSQL(o, p) + `
			ORDER BY a.id DESC LIMIT ` + p.add(rankWindow) + `) w JOIN articles a ON a.id = w.id
			ORDER BY r, a.id LIMIT ` + p.add(limit), true, nil
	}
	rankTerms := terms
	if _, lone := lonePhrase(match); lone && matched*newest >= int64(rankWindow)*probed {
		// Two words or more: pgRankExpr sums their idf-weighted ranks.
		words := strings.Fields(match[1 : len(match)-1])
		rankTerms = make([]string, len(words))
		for i, w := range words {
			rankTerms[i] = pgPhrase([]string{w}, false)
		}
	}
	rank, err := pgRankExpr(ctx, r, "w.v[1]", q, rankTerms, newest, p)
	if err != nil {
		return "", false, err
	}
	return `SELECT w.id, -` + rank + ` AS r FROM (
		SELECT d.id, d.v FROM (
			SELECT a.id, ARRAY[a.search] AS v FROM articles a WHERE true` + pgFilterSQL(o, p) + `
			ORDER BY a.id DESC OFFSET 0) d
		WHERE d.v[1] @@ ` + q + ` LIMIT ` + p.add(rankWindow) + `) w
		ORDER BY r, w.id LIMIT ` + p.add(limit), false, nil
}

// pgChooseDense is pgDense, a variable so that tests can force a shape.
var pgChooseDense = pgDense

// pgDense reports whether the dense shape reads fewer vectors, counting
// index rows at 1/pgVectorCost of a vector, for a query that matched
// matched of the probed newest articles of an archive whose newest id is
// newest; a phrase needs each index match's vector read to check it.
func pgDense(matched, probed, newest int64, phrase bool) bool {
	if matched == 0 || probed == 0 {
		return false
	}
	rate := float64(matched) / float64(probed)
	n, w := float64(max(newest, probed)), float64(rankWindow)
	m := rate * n // matches, estimated
	dense := min(n, w/rate) * pgVectorCost
	sparse := m + min(m, w)*pgVectorCost
	if phrase {
		sparse += m * pgVectorCost
	}
	return dense < sparse
}
