-- 0002: the archive an analyst can trust (issue 6): tags (many-to-many) and the
-- original text and metadata of articles the user has edited.

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;

CREATE INDEX article_tags_tag ON article_tags(tag_id, article_id);

-- One row per edited article: what it looked like when imported.
CREATE TABLE article_originals (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    outlet     TEXT NOT NULL,
    author     TEXT NOT NULL,
    url        TEXT NOT NULL,
    published  TEXT NOT NULL,
    language   TEXT NOT NULL,
    body       TEXT NOT NULL,
    saved_at   TEXT NOT NULL
);

CREATE INDEX article_originals_url ON article_originals(url) WHERE url <> '';
