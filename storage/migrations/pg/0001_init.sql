-- 0001 (PostgreSQL): the archive of SQLite's migrations 0001-0006 in one step,
-- for a team archive on a shared server (issue 11). Tables, columns and their
-- meanings are SQLite's; times stay fixed-width UTC text (storage/timefmt.go),
-- compared byte-wise (COLLATE "C"), so that a bundle moves between the two
-- engines byte for byte. The objects live in the connection's current schema.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- Tags compare without case, as SQLite's NOCASE; ICU folds every script.
CREATE COLLATION briefdesk_nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

-- Full text: words are runs of letters and digits (as FTS5's unicode61
-- splits them: "peace-talks" is two words, "example.com" two), folded to
-- lower case and stripped of diacritics (Путин = путин, Erdoğan = erdogan).
-- The unaccent dictionary is named with its schema: the extension may live in
-- a schema (public) that the archive's search_path does not list.
CREATE TEXT SEARCH CONFIGURATION briefdesk (COPY = simple);
DO $$
BEGIN
    EXECUTE format('ALTER TEXT SEARCH CONFIGURATION briefdesk
        ALTER MAPPING FOR asciiword, word, numword, asciihword, hword, numhword,
            hword_asciipart, hword_part, hword_numpart
        WITH %I.unaccent, simple',
        (SELECT n.nspname FROM pg_ts_dict d JOIN pg_namespace n ON n.oid = d.dictnamespace
         WHERE d.dictname = 'unaccent' ORDER BY n.nspname = current_schema() DESC LIMIT 1));
END $$;

-- briefdesk_words is the text the index reads: runs of letters and digits
-- separated by single spaces.
CREATE FUNCTION briefdesk_words(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN regexp_replace(t, '[^[:alnum:]]+', ' ', 'g');

-- briefdesk_search is an article's index entry: title words at weight A,
-- body words at B. A tsvector holds at most 1 MB; a body whose words do not
-- fit (megabytes of distinct words) is indexed on its first 256 KB.
CREATE FUNCTION briefdesk_search(title text, body text) RETURNS tsvector
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path FROM CURRENT AS $$
BEGIN
    RETURN setweight(to_tsvector('briefdesk', briefdesk_words(title)), 'A') ||
           setweight(to_tsvector('briefdesk', briefdesk_words(body)), 'B');
EXCEPTION WHEN program_limit_exceeded THEN
    RETURN setweight(to_tsvector('briefdesk', briefdesk_words(left(title, 4096))), 'A') ||
           setweight(to_tsvector('briefdesk', briefdesk_words(left(body, 262144))), 'B');
END $$;

-- Ids: like SQLite's INTEGER PRIMARY KEY, an INSERT of NULL takes the next
-- id and an INSERT of an explicit id moves the sequence past it.
CREATE FUNCTION briefdesk_assign_id() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    seq text := pg_get_serial_sequence(quote_ident(TG_TABLE_SCHEMA) || '.' || quote_ident(TG_TABLE_NAME), 'id');
BEGIN
    IF NEW.id IS NULL THEN
        NEW.id := nextval(seq);
    ELSIF NEW.id > coalesce(pg_sequence_last_value(seq::regclass), 0) THEN
        PERFORM setval(seq, NEW.id);
    END IF;
    RETURN NEW;
END $$;

CREATE TABLE articles (
    id           bigserial PRIMARY KEY,
    title        text    NOT NULL DEFAULT '',
    outlet       text    NOT NULL DEFAULT '',
    author       text    NOT NULL DEFAULT '',
    url          text    COLLATE "C" NOT NULL DEFAULT '',
    published    text    COLLATE "C" NOT NULL DEFAULT '',
    imported_at  text    COLLATE "C" NOT NULL,
    language     text    NOT NULL DEFAULT '',
    body         text    NOT NULL DEFAULT '',
    raw_html     text    NOT NULL DEFAULT '',
    content_hash text    COLLATE "C" NOT NULL UNIQUE,
    word_count   integer NOT NULL DEFAULT 0,
    trashed_at   text    COLLATE "C",
    search       tsvector GENERATED ALWAYS AS (briefdesk_search(title, body)) STORED
);
CREATE TRIGGER articles_id BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION briefdesk_assign_id();

CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url <> '';
CREATE INDEX articles_imported ON articles(imported_at DESC, id DESC);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_trashed ON articles(id) WHERE trashed_at IS NOT NULL;
CREATE INDEX articles_search ON articles USING gin (search);

CREATE TABLE briefs (
    id              bigserial PRIMARY KEY,
    title           text NOT NULL DEFAULT '',
    author          text NOT NULL DEFAULT '',
    handling        text NOT NULL DEFAULT '',
    version         text NOT NULL DEFAULT '',
    as_of           text COLLATE "C" NOT NULL DEFAULT '',
    summary         text NOT NULL DEFAULT '',
    actors          text NOT NULL DEFAULT 'null',
    sticking_points text NOT NULL DEFAULT 'null',
    outlook         text NOT NULL DEFAULT '',
    created_at      text COLLATE "C" NOT NULL,
    updated_at      text COLLATE "C" NOT NULL
);
CREATE TRIGGER briefs_id BEFORE INSERT ON briefs FOR EACH ROW EXECUTE FUNCTION briefdesk_assign_id();
CREATE INDEX briefs_updated ON briefs(updated_at DESC, id DESC);

CREATE TABLE brief_sources (
    brief_id   bigint  NOT NULL REFERENCES briefs(id) ON DELETE CASCADE,
    article_id bigint  NOT NULL REFERENCES articles(id),
    position   integer NOT NULL,
    PRIMARY KEY (brief_id, position),
    UNIQUE (brief_id, article_id)
);
CREATE INDEX brief_sources_article ON brief_sources(article_id);

CREATE TABLE tags (
    id   bigserial PRIMARY KEY,
    name text COLLATE briefdesk_nocase NOT NULL UNIQUE
);

CREATE TABLE article_tags (
    article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id     bigint NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tags_tag ON article_tags(tag_id, article_id);

CREATE TABLE article_originals (
    article_id bigint PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    title      text NOT NULL,
    outlet     text NOT NULL,
    author     text NOT NULL,
    url        text COLLATE "C" NOT NULL,
    published  text COLLATE "C" NOT NULL,
    language   text NOT NULL,
    body       text NOT NULL,
    saved_at   text COLLATE "C" NOT NULL
);
CREATE INDEX article_originals_url ON article_originals(url) WHERE url <> '';

CREATE TABLE brief_revisions (
    id              bigserial PRIMARY KEY,
    brief_id        bigint NOT NULL REFERENCES briefs(id) ON DELETE CASCADE,
    saved_at        text COLLATE "C" NOT NULL,
    note            text NOT NULL DEFAULT '',
    title           text NOT NULL DEFAULT '',
    author          text NOT NULL DEFAULT '',
    handling        text NOT NULL DEFAULT '',
    version         text NOT NULL DEFAULT '',
    as_of           text COLLATE "C" NOT NULL DEFAULT '',
    summary         text NOT NULL DEFAULT '',
    actors          text NOT NULL DEFAULT 'null',
    sticking_points text NOT NULL DEFAULT 'null',
    outlook         text NOT NULL DEFAULT ''
);
CREATE TRIGGER brief_revisions_id BEFORE INSERT ON brief_revisions FOR EACH ROW EXECUTE FUNCTION briefdesk_assign_id();
CREATE INDEX brief_revisions_brief ON brief_revisions(brief_id, id DESC);

CREATE TABLE article_minhash (
    article_id bigint PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    signature  bytea  NOT NULL,
    group_id   bigint NOT NULL
);
CREATE INDEX article_minhash_group ON article_minhash(group_id);

CREATE TABLE article_lsh (
    band_key   bigint NOT NULL,
    article_id bigint NOT NULL,
    PRIMARY KEY (band_key, article_id)
);

-- A colleague's import, edit or trash is announced to every open Store of
-- this archive (Store.Changes), once per statement.
CREATE FUNCTION briefdesk_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('briefdesk_' || md5(current_schema()), TG_TABLE_NAME || ' ' || lower(TG_OP));
    RETURN NULL;
END $$;
CREATE TRIGGER articles_notify AFTER INSERT OR UPDATE OR DELETE ON articles
    FOR EACH STATEMENT EXECUTE FUNCTION briefdesk_notify();
CREATE TRIGGER briefs_notify AFTER INSERT OR UPDATE OR DELETE ON briefs
    FOR EACH STATEMENT EXECUTE FUNCTION briefdesk_notify();
