package storage

import (
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
)

// Near-duplicates are computed on the text as imported: a user's edit of
// an article's body does not move it between groups (as it does not change
// its content hash).
//
// Near-duplicates: the same wire story under another headline, with a
// sentence changed or a paragraph cut, is grouped with the article it
// copies. Similarity is the Jaccard index of the bodies' sets of 5-word
// shingles (lower-cased words, punctuation ignored); two bodies are
// near-duplicates at nearDupThreshold or more. Finding candidates uses
// MinHash with one-permutation hashing (64 bins, one hash per shingle) and
// LSH banding (12 bands of 5 minima: a pair at similarity 0.9 shares a band
// with probability 0.99998, a pair at 0.5 with 0.32, at 0.2 with 0.004);
// every candidate is then checked exactly on its shingles.
const (
	shingleWords     = 5
	minhashBins      = 64
	lshBands         = 12
	lshRows          = 5
	nearDupThreshold = 0.9
	// minShingles: shorter texts are not compared (their exact copies are
	// still found by content hash).
	minShingles = 20
)

// NearDuplicateGroup is the near-duplicate group of an article.
type NearDuplicateGroup struct {
	// ID names the group: the id of the first archived article of the story.
	ID int64
	// Size counts the group's articles outside the trash, the article itself
	// included (when it is not in the trash).
	Size int
}

// fingerprint is what near-duplicate detection needs of a body.
type fingerprint struct {
	shingles []uint64 // in text order; sorted and made unique when compared
	sig      []byte   // minhashBins little-endian uint32; nil when too short
	bands    [lshBands]int64
}

// shingleHashes returns the hashes of text's 5-word shingles (words: runs
// of letters and digits, lower-cased), in text order, repeats included.
func shingleHashes(text string) []uint64 {
	const (
		offset = 14695981039346656037 // FNV-1a
		prime  = 1099511628211
	)
	words := make([]uint64, 0, len(text)/5)
	h, in := uint64(offset), false
	for _, r := range text {
		var word bool
		switch {
		case r < 0x80:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			word = 'a' <= r && r <= 'z' || '0' <= r && r <= '9'
		default:
			word = unicode.IsLetter(r) || unicode.IsDigit(r)
			r = unicode.ToLower(r)
		}
		if !word {
			if in {
				words = append(words, h)
				h, in = offset, false
			}
			continue
		}
		in = true
		for ; r > 0; r >>= 8 {
			h = (h ^ uint64(r&0xff)) * prime
		}
	}
	if in {
		words = append(words, h)
	}
	if len(words) < shingleWords {
		return nil
	}
	out := make([]uint64, len(words)-shingleWords+1)
	for i := range out {
		x := words[i]
		for _, w := range words[i+1 : i+shingleWords] {
			x = x*0x9e3779b97f4a7c15 + w
		}
		out[i] = mix64(x)
	}
	return out
}

// mix64 is the splitmix64 finaliser.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// shinglesOf returns the sorted, unique hashes of text's 5-word shingles.
func shinglesOf(text string) []uint64 {
	return shingleSet(shingleHashes(text))
}

// shingleSet sorts and de-duplicates shingle hashes in place.
func shingleSet(hs []uint64) []uint64 {
	slices.Sort(hs)
	return slices.Compact(hs)
}

// fingerprintOf computes the shingles, MinHash signature and LSH band keys
// of a body.
func fingerprintOf(text string) fingerprint {
	fp := fingerprint{shingles: shingleHashes(text)}
	if len(fp.shingles) < minShingles {
		return fp
	}
	// One-permutation hashing: the top 6 bits of a shingle's hash pick its
	// bin, each bin keeps its minimum.
	var mins [minhashBins]uint64
	var seen [minhashBins]bool
	for _, h := range fp.shingles {
		b := h >> 58
		if !seen[b] || h < mins[b] {
			mins[b], seen[b] = h, true
		}
	}
	sig := make([]byte, 4*minhashBins)
	for b := range minhashBins {
		v := mins[b]
		if !seen[b] { // densify by rotation: borrow the next filled bin
			for d := 1; d < minhashBins; d++ {
				if j := (b + d) % minhashBins; seen[j] {
					v = mix64(mins[j] + uint64(d)*0x9e3779b97f4a7c15)
					break
				}
			}
		}
		binary.LittleEndian.PutUint32(sig[4*b:], uint32(v))
	}
	fp.sig = sig
	for band := range lshBands {
		x := uint64(band + 1)
		for r := range lshRows {
			i := band*lshRows + r
			x = mix64(x ^ uint64(binary.LittleEndian.Uint32(sig[4*i:])))
		}
		fp.bands[band] = int64(x)
	}
	return fp
}

// fingerprints computes fingerprints of many bodies on all cores.
func fingerprints(texts []string) []fingerprint {
	out := make([]fingerprint, len(texts))
	workers := min(runtime.GOMAXPROCS(0), len(texts))
	var wg sync.WaitGroup
	var next sync.Mutex
	i := 0
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				next.Lock()
				k := i
				i++
				next.Unlock()
				if k >= len(texts) {
					return
				}
				out[k] = fingerprintOf(texts[k])
			}
		}()
	}
	wg.Wait()
	return out
}

// jaccard is |a∩b| / |a∪b| of two sorted, unique sets.
func jaccard(a, b []uint64) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	inter := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// nearDupIndexer files articles into near-duplicate groups inside a write
// transaction.
type nearDupIndexer struct {
	lookup, band, sig, body *sql.Stmt
}

func newNearDupIndexer(ctx context.Context, tx *sql.Tx) (*nearDupIndexer, error) {
	var x nearDupIndexer
	for _, p := range []struct {
		st **sql.Stmt
		q  string
	}{
		{&x.lookup, `SELECT article_id FROM article_lsh WHERE band_key IN (` + params(lshBands) + `)`},
		{&x.band, `INSERT OR IGNORE INTO article_lsh (band_key, article_id) VALUES ` + bandRows()},
		{&x.sig, `INSERT OR REPLACE INTO article_minhash (article_id, signature, group_id) VALUES (?, ?, ?)`},
		{&x.body, `SELECT coalesce(o.body, a.body), m.group_id FROM articles a
			JOIN article_minhash m ON m.article_id = a.id
			LEFT JOIN article_originals o ON o.article_id = a.id WHERE a.id = ?`},
	} {
		st, err := tx.PrepareContext(ctx, p.q)
		if err != nil {
			x.close()
			return nil, err
		}
		*p.st = st
	}
	return &x, nil
}

func (x *nearDupIndexer) close() {
	for _, st := range []*sql.Stmt{x.lookup, x.band, x.sig, x.body} {
		if st != nil {
			st.Close()
		}
	}
}

// add files article id, whose body has fingerprint fp: it joins the group
// of the most similar earlier article at nearDupThreshold or above, or
// starts its own.
func (x *nearDupIndexer) add(ctx context.Context, id int64, fp fingerprint) error {
	group := id
	if fp.sig != nil {
		// One statement each for the lookup and the insert of all bands:
		// a statement costs more in database/sql than in SQLite.
		keys := make([]any, lshBands)
		for i, key := range fp.bands {
			keys[i] = key
		}
		var cands []int64
		rows, err := x.lookup.QueryContext(ctx, keys...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var c int64
			if err := rows.Scan(&c); err != nil {
				rows.Close()
				return err
			}
			if c != id {
				cands = append(cands, c)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		slices.Sort(cands)
		if len(cands) > 0 {
			fp.shingles = shingleSet(fp.shingles)
		}
		best := nearDupThreshold
		for _, c := range slices.Compact(cands) {
			var body string
			var g int64
			err := x.body.QueryRowContext(ctx, c).Scan(&body, &g)
			if errors.Is(err, sql.ErrNoRows) {
				continue
			}
			if err != nil {
				return err
			}
			if j := jaccard(fp.shingles, shinglesOf(body)); j >= best {
				best, group = j, g
			}
		}
		if _, err := x.band.ExecContext(ctx, append([]any{id}, keys...)...); err != nil {
			return err
		}
	}
	sig := fp.sig
	if sig == nil {
		sig = []byte{}
	}
	_, err := x.sig.ExecContext(ctx, id, sig, group)
	return err
}

// IndexNearDuplicates files the articles that have no near-duplicate group
// yet — those archived before schema version 5 — in batches of 500, each
// its own transaction, and returns how many it filed. New articles are
// filed as they are added, so this is needed once per old archive; it can
// run in the background and be cancelled through ctx (what was filed
// stays). About 100,000 articles a minute on this machine.
func (s *Store) IndexNearDuplicates(ctx context.Context) (int, error) {
	// The usual case, every article filed, is answered from two small
	// indexes without taking the write lock or reading any article row.
	var unfiled int
	err := s.read.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles)
		- (SELECT count(*) FROM article_minhash)`).Scan(&unfiled)
	if err != nil {
		return 0, fmt.Errorf("index near-duplicates: %w", err)
	}
	if unfiled <= 0 {
		return 0, nil
	}
	total := 0
	for {
		n, err := s.indexNearDuplicateBatch(ctx, 500)
		total += n
		if err != nil {
			return total, fmt.Errorf("index near-duplicates: %w", err)
		}
		if n == 0 {
			return total, nil
		}
	}
}

func (s *Store) indexNearDuplicateBatch(ctx context.Context, batch int) (int, error) {
	n := 0
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		// The ids come from an index that covers them, so finding the
		// unfiled articles does not read every article's row and body.
		rows, err := tx.QueryContext(ctx, `SELECT a.id, coalesce(o.body, a.body) FROM articles a
			LEFT JOIN article_originals o ON o.article_id = a.id
			WHERE a.id IN (SELECT id FROM articles INDEXED BY articles_imported
				WHERE id NOT IN (SELECT article_id FROM article_minhash) LIMIT ?)
			ORDER BY a.id`, batch)
		if err != nil {
			return err
		}
		var ids []int64
		var texts []string
		for rows.Next() {
			var id int64
			var body string
			if err := rows.Scan(&id, &body); err != nil {
				rows.Close()
				return err
			}
			ids, texts = append(ids, id), append(texts, body)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		x, err := newNearDupIndexer(ctx, tx)
		if err != nil {
			return err
		}
		defer x.close()
		for i, fp := range fingerprints(texts) {
			if err := x.add(ctx, ids[i], fp); err != nil {
				return err
			}
		}
		n = len(ids)
		return nil
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}

// NearDuplicates returns the other articles (not in the trash) of article
// id's near-duplicate group, oldest first: the same story under other
// headlines. It returns none for an article without near-duplicates and
// ErrNotFound for an id not in the archive.
func (s *Store) NearDuplicates(ctx context.Context, id int64) ([]briefing.ArticleSummary, error) {
	if err := articleExists(ctx, s.read, id); err != nil {
		return nil, fmt.Errorf("near-duplicates of article %d: %w", id, err)
	}
	rows, err := s.read.QueryContext(ctx, `SELECT `+summaryColumns+`
		FROM article_minhash g JOIN articles a ON a.id = g.article_id
		WHERE g.group_id = (SELECT group_id FROM article_minhash WHERE article_id = ?1)
		  AND a.id <> ?1 AND a.trashed_at IS NULL
		ORDER BY a.id`, id)
	if err != nil {
		return nil, fmt.Errorf("near-duplicates of article %d: %w", id, err)
	}
	defer rows.Close()
	var out []briefing.ArticleSummary
	for rows.Next() {
		a, err := scanSummary(rows)
		if err != nil {
			return nil, fmt.Errorf("near-duplicates of article %d: %w", id, err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// DuplicateGroups tells a list view which of the listed articles belong to
// a near-duplicate group of two or more articles outside the trash (so that
// one wire story shows as one story with, say, "5 versions"). Articles
// without near-duplicates are absent from the map. One query for the whole
// page of ids.
func (s *Store) DuplicateGroups(ctx context.Context, ids []int64) (map[int64]NearDuplicateGroup, error) {
	out := map[int64]NearDuplicateGroup{}
	if len(ids) == 0 {
		return out, nil
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return nil, err
	}
	rows, err := s.read.QueryContext(ctx, `SELECT m.article_id, m.group_id,
		(SELECT count(*) FROM article_minhash g WHERE g.group_id = m.group_id
		   AND g.article_id NOT IN (SELECT id FROM articles WHERE trashed_at IS NOT NULL))
		FROM article_minhash m WHERE m.article_id IN (SELECT value FROM json_each(?))`, string(list))
	if err != nil {
		return nil, fmt.Errorf("near-duplicate groups: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var g NearDuplicateGroup
		if err := rows.Scan(&id, &g.ID, &g.Size); err != nil {
			return nil, fmt.Errorf("near-duplicate groups: %w", err)
		}
		if g.Size >= 2 {
			out[id] = g
		}
	}
	return out, rows.Err()
}

// params returns n comma-separated "?" placeholders.
func params(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// bandRows returns the VALUES rows of the band insert: (?2, ?1), (?3, ?1)...
// with ?1 the article id and ?2... the band keys.
func bandRows() string {
	rows := make([]string, lshBands)
	for i := range rows {
		rows[i] = fmt.Sprintf("(?%d, ?1)", i+2)
	}
	return strings.Join(rows, ", ")
}
