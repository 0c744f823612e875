-- 0003: the revision history of briefs (issue 5): snapshots of a brief's text
-- and header, taken when the analyst saves a revision, before the assistant
-- fills sections, before a restore, and every few minutes while typing.

CREATE TABLE brief_revisions (
    id              INTEGER PRIMARY KEY,
    brief_id        INTEGER NOT NULL REFERENCES briefs(id) ON DELETE CASCADE,
    saved_at        TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    title           TEXT NOT NULL DEFAULT '',
    author          TEXT NOT NULL DEFAULT '',
    handling        TEXT NOT NULL DEFAULT '',
    version         TEXT NOT NULL DEFAULT '',
    as_of           TEXT NOT NULL DEFAULT '',
    summary         TEXT NOT NULL DEFAULT '',
    actors          TEXT NOT NULL DEFAULT 'null',
    sticking_points TEXT NOT NULL DEFAULT 'null',
    outlook         TEXT NOT NULL DEFAULT ''
);

CREATE INDEX brief_revisions_brief ON brief_revisions(brief_id, id DESC);
