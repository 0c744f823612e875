-- 0004: search over large archives (issue 6). The trash is a handful of rows;
-- this partial index lets a search leave trashed articles out (or find only
-- them) without reading each matching article's row, whose body spills onto
-- overflow pages that SQLite must walk to reach trashed_at.
CREATE INDEX IF NOT EXISTS articles_trashed ON articles(id) WHERE trashed_at IS NOT NULL;
