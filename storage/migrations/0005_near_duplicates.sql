-- 0005: near-duplicates (issue 6): syndicated wire copy under different
-- headlines. Each article gets a MinHash signature of its body's 5-word
-- shingles and a group: the id of the first archived article it is a
-- near-duplicate of (Jaccard >= 0.9), or its own id. article_lsh holds the
-- signature's LSH band keys, to find candidates without comparing against
-- every article. Articles archived before this migration get theirs from
-- Store.IndexNearDuplicates. IF NOT EXISTS: a migration test replays steps.

CREATE TABLE IF NOT EXISTS article_minhash (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    signature  BLOB    NOT NULL, -- 64 little-endian uint32 minima; empty for texts too short to compare
    group_id   INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS article_minhash_group ON article_minhash(group_id);

CREATE TABLE IF NOT EXISTS article_lsh (
    band_key   INTEGER NOT NULL, -- hash of (band number, the band's minima)
    article_id INTEGER NOT NULL,
    PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;
