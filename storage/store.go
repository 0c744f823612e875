package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/mattn/go-sqlite3" // also registers the "sqlite3" driver
)

// ErrNotFound is returned (wrapped, with the missing id) when an article or
// brief does not exist.
var ErrNotFound = errors.New("not found")

// ErrNewerSchema is returned (wrapped, naming both versions) by Open when the
// archive was written by a newer Briefdesk than this one.
var ErrNewerSchema = errors.New("archive written by a newer Briefdesk")

// ErrDuplicate is returned (wrapped) when an edit would give an article the
// content hash or URL of another article.
var ErrDuplicate = errors.New("duplicate article")

// Store is an open archive. Its methods are safe for concurrent use.
type Store struct {
	path  string
	write *sql.DB  // exactly one connection: SQLite has one writer
	read  *sql.DB  // read-only pool; WAL lets it read while the writer writes
	pg    *pgStore // set when the archive is on PostgreSQL (store_pg.go)
}

// DefaultPath returns where the archive lives when the user names none:
// $XDG_DATA_HOME/briefdesk/archive.db on Linux and other Unix systems
// (~/.local/share when XDG_DATA_HOME is unset), the user configuration
// directory elsewhere (Application Support on macOS, %AppData% on Windows).
func DefaultPath() (string, error) {
	switch runtime.GOOS {
	case "windows", "darwin", "ios", "plan9":
		dir, err := os.UserConfigDir()
		if err != nil {
			return "", fmt.Errorf("finding the user data directory: %w", err)
		}
		return filepath.Join(dir, "Briefdesk", "archive.db"), nil
	}
	if dir := os.Getenv("XDG_DATA_HOME"); filepath.IsAbs(dir) {
		return filepath.Join(dir, "briefdesk", "archive.db"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("finding the user data directory: %w", err)
	}
	return filepath.Join(home, ".local", "share", "briefdesk", "archive.db"), nil
}

// Open opens the archive at path, creating it (and its parent directory) when
// missing, and brings its schema up to date. An existing archive is copied to
// path+".pre-vN.bak" before migration N runs. An archive newer than this code
// is refused with ErrNewerSchema.
//
// A path that is a postgres:// URL or a libpq keyword string (see
// IsPostgres) opens a team archive on PostgreSQL instead (store_pg.go).
func Open(path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("open archive: empty path")
	}
	if IsPostgres(path) { // before any file handling: not a file name
		return openPostgres(path)
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("open archive: %w", err)
		}
	}
	write, err := sql.Open(driverName, dsn(path, false))
	if err != nil {
		return nil, fmt.Errorf("open archive %s: %w", path, err)
	}
	write.SetMaxOpenConns(1)
	write.SetMaxIdleConns(1)
	write.SetConnMaxLifetime(0)
	write.SetConnMaxIdleTime(0)
	s := &Store{path: path, write: write}
	// Nothing is written before the file is known to be a Briefdesk
	// archive this code can read: a refused file is left as it was.
	current, err := s.checkBeforeWriting(context.Background())
	if err != nil {
		write.Close()
		return nil, fmt.Errorf("open archive %s: %w", path, err)
	}
	// an archive at the latest version needs no migration transaction (the
	// version only grows, so a concurrent Open cannot make it stale): a
	// `search` from the shell starts sooner
	if current != SchemaVersion() {
		if err := s.migrate(context.Background()); err != nil {
			write.Close()
			return nil, fmt.Errorf("open archive %s: %w", path, err)
		}
	}
	read, err := sql.Open(driverName, dsn(path, true))
	if err != nil {
		write.Close()
		return nil, fmt.Errorf("open archive %s: %w", path, err)
	}
	read.SetMaxOpenConns(max(2, runtime.NumCPU()))
	read.SetMaxIdleConns(max(2, runtime.NumCPU()))
	s.read = read
	return s, nil
}

// busyTimeout is how long a statement waits for another connection's lock.
const busyTimeout = 10 * time.Second

// dsn builds the go-sqlite3 connection string. The path is a URI so that any
// file name works; the underscore parameters are read by the driver.
func dsn(path string, readOnly bool) string {
	abs, err := filepath.Abs(path)
	if err == nil {
		path = abs
	}
	p := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(filepath.ToSlash(path))
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // Windows drive letters: file:///C:/...
	}
	// The writer switches the file to WAL itself, once checkBeforeWriting
	// has accepted it; the readers find it in WAL mode.
	q := fmt.Sprintf("_foreign_keys=on&_busy_timeout=%d&_synchronous=NORMAL", busyTimeout.Milliseconds())
	// Page caches, in KiB: each read connection keeps its own and an idle
	// app holds them full. On 100,000 articles 8 MB a reader searched as fast
	// as 32 MB (common terms p50 8–15 ms, prefixes 18–49 ms, both settings).
	if readOnly {
		q += "&_journal_mode=WAL&_query_only=on&_cache_size=-8000"
	} else {
		q += "&_txlock=immediate&_cache_size=-32000"
	}
	return "file://" + p + "?" + q
}

// ErrNotArchive is returned (wrapped, naming the file) by Open for a SQLite
// database that holds tables but is not a Briefdesk archive.
var ErrNotArchive = errors.New("not a Briefdesk archive")

// checkBeforeWriting reads, without writing anything, whether the file is
// an archive this code may open: not one of a newer schema, not another
// program's database. Then it switches the file to WAL. It returns the
// schema version it read.
func (s *Store) checkBeforeWriting(ctx context.Context) (int, error) {
	var version, objects, articles int
	var mode string
	// One statement, one snapshot: another Open may be migrating the file
	// this instant.
	if err := s.write.QueryRowContext(ctx, `SELECT (SELECT user_version FROM pragma_user_version),
		(SELECT journal_mode FROM pragma_journal_mode),
		count(*), count(*) FILTER (WHERE type = 'table' AND name = 'articles') FROM sqlite_schema`).Scan(
		&version, &mode, &objects, &articles); err != nil {
		return 0, fmt.Errorf("reading schema: %w", err)
	}
	if latest := SchemaVersion(); version > latest {
		return 0, fmt.Errorf("%w: %s has schema version %d, this Briefdesk understands up to version %d; use a newer Briefdesk",
			ErrNewerSchema, s.path, version, latest)
	}
	if objects > 0 && (articles == 0 || version == 0) {
		return 0, fmt.Errorf("%w: %s is a SQLite database of another program (it holds %d tables or indexes and no Briefdesk schema); choose another file",
			ErrNotArchive, s.path, objects)
	}
	if strings.EqualFold(mode, "wal") {
		return version, nil
	}
	return version, s.switchToWAL(ctx)
}

// switchToWAL puts the file in WAL mode. WAL is a property of the file, so
// an archive opened before needs nothing; a new one is converted. The
// conversion needs the file to itself and SQLite runs no busy handler for
// it, so while another Open holds a lock (two first opens at once) it is
// retried within the busy timeout rather than failing at once.
func (s *Store) switchToWAL(ctx context.Context) error {
	var mode string
	if err := s.write.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return fmt.Errorf("reading the journal mode: %w", err)
	}
	if strings.EqualFold(mode, "wal") {
		return nil
	}
	deadline := time.Now().Add(busyTimeout)
	for wait := 5 * time.Millisecond; ; wait = min(2*wait, 200*time.Millisecond) {
		err := s.write.QueryRowContext(ctx, "PRAGMA journal_mode=WAL").Scan(&mode)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			if err != nil {
				return fmt.Errorf("switching to WAL: %w", err)
			}
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
	}
}

// isBusy reports whether err is SQLite's "database is locked".
func isBusy(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && (se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked)
}

// Close closes the archive.
func (s *Store) Close() error {
	if s.pg != nil {
		return s.write.Close() // one pool reads and writes
	}
	var errs []error
	if s.read != nil {
		errs = append(errs, s.read.Close())
	}
	// A last checkpoint keeps the -wal file from outliving the session; it
	// does not wait for another process's writer (an import's batch): that
	// one checkpoints when it closes.
	_, _ = s.write.Exec("PRAGMA busy_timeout = 0")
	_, _ = s.write.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	errs = append(errs, s.write.Close())
	return errors.Join(errs...)
}

// Path returns the file the archive lives in; for PostgreSQL, the server
// and database as postgres://user@host:port/dbname, never the password.
func (s *Store) Path() string { return s.path }

// inTx runs fn in a write transaction (BEGIN IMMEDIATE through the DSN) and
// commits when fn returns nil.
func (s *Store) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}
