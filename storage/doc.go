// Package storage keeps the Briefdesk archive in one SQLite file: articles with
// a full-text index (FTS5, external content, bm25 ranking with snippets),
// tags, briefs and the numbered articles each brief cites, and groups of
// near-duplicate articles (the same wire story under other headlines; see
// NearDuplicates and DuplicateGroups).
//
// Relevance ranking scores at most the newest 5,000 matches of a query (see
// Search), which keeps the most common words fast at 100,000 articles.
//
// The schema grows through numbered SQL files embedded from migrations/; each
// runs in its own transaction, the version lives in PRAGMA user_version, a
// backup copy is made before an existing archive is migrated, and an archive
// written by a newer Briefdesk is refused rather than damaged.
//
// All writes go through one connection (SQLite allows one writer at a time);
// reads use a separate pool so that lists and searches stay responsive while a
// long import runs.
//
// Open also takes a postgres:// URL or a libpq keyword string: a team archive
// in a PostgreSQL schema, with the same methods (store_pg.go). Its statements
// are the SQLite ones translated at the driver (pgdialect.go, pgdriver.go),
// its search is tsvector/GIN (search_pg.go), its migrations are its own
// (migrations/pg), and every write transaction takes the archive's advisory
// lock, so writes are serialised as on SQLite.
package storage
