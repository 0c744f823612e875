-- 0001: the walking-skeleton archive (issue 2): articles with an external-content
-- FTS5 index kept in sync by triggers, briefs and their numbered sources.
-- Times are fixed-width UTC text (see storage/timefmt.go) so they sort as text;
-- '' means "not known".

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    title        TEXT    NOT NULL DEFAULT '',
    outlet       TEXT    NOT NULL DEFAULT '',
    author       TEXT    NOT NULL DEFAULT '',
    url          TEXT    NOT NULL DEFAULT '',
    published    TEXT    NOT NULL DEFAULT '',
    imported_at  TEXT    NOT NULL,
    language     TEXT    NOT NULL DEFAULT '',
    body         TEXT    NOT NULL DEFAULT '',
    raw_html     TEXT    NOT NULL DEFAULT '',
    content_hash TEXT    NOT NULL UNIQUE,
    word_count   INTEGER NOT NULL DEFAULT 0,
    trashed_at   TEXT
);

CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url <> '';
CREATE INDEX articles_imported ON articles(imported_at DESC, id DESC);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_published ON articles(published);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TABLE briefs (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL DEFAULT '',
    author          TEXT NOT NULL DEFAULT '',
    handling        TEXT NOT NULL DEFAULT '',
    version         TEXT NOT NULL DEFAULT '',
    as_of           TEXT NOT NULL DEFAULT '',
    summary         TEXT NOT NULL DEFAULT '',
    actors          TEXT NOT NULL DEFAULT 'null', -- JSON array of strings
    sticking_points TEXT NOT NULL DEFAULT 'null', -- JSON array of strings
    outlook         TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE INDEX briefs_updated ON briefs(updated_at DESC, id DESC);

CREATE TABLE brief_sources (
    brief_id   INTEGER NOT NULL REFERENCES briefs(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (brief_id, position),
    UNIQUE (brief_id, article_id)
);

CREATE INDEX brief_sources_article ON brief_sources(article_id);
