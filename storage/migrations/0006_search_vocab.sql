-- 0006: fast prefix search (issue 6). A read-only view of the full-text
-- index's terms: Search looks up the words a prefix term (negot*) stands for
-- with a range scan of it and searches for those words, which FTS5 can read
-- newest-first, instead of merging the doclists of every matching term over
-- the whole archive. It stores nothing.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_vocab USING fts5vocab(articles_fts, 'row');
