package storage

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
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
	if s.pg != nil {
		hits, err := s.searchPG(ctx, match, o, limit, record)
		if err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		return hits, nil
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

// rowidFilterSQL returns the trash and tag conditions on f.rowid, which
// need no read of the article row, and their arguments (the tag is :tag).
func rowidFilterSQL(o SearchOptions) (string, []sql.NamedArg) {
	var b strings.Builder
	var args []sql.NamedArg
	if o.Trashed {
		b.WriteString(" AND f.rowid IN (SELECT id FROM articles WHERE trashed_at IS NOT NULL)")
	} else {
		b.WriteString(" AND f.rowid NOT IN (SELECT id FROM articles WHERE trashed_at IS NOT NULL)")
	}
	if o.Tag != "" {
		b.WriteString(` AND f.rowid IN (SELECT at.article_id FROM article_tags at
			JOIN tags t ON t.id = at.tag_id WHERE t.name = :tag)`)
		args = append(args, sql.Named("tag", strings.TrimSpace(o.Tag)))
	}
	return b.String(), args
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

// Optimize merges the full-text index into a single b-tree, which makes
// searches faster after a bulk import (FTS5 'optimize'). It takes about as
// long as writing the index once did (seconds for 100,000 articles) and
// holds the write lock meanwhile; importers call it after a large import.
func (s *Store) Optimize(ctx context.Context) error {
	if s.pg != nil {
		return s.optimizePG(ctx)
	}
	if _, err := s.write.ExecContext(ctx, `INSERT INTO articles_fts(articles_fts) VALUES ('optimize')`); err != nil {
		return fmt.Errorf("optimize search index: %w", err)
	}
	return nil
}
