package storage

import (
	"context"
	"crypto/md5"
	"database/sql"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/briefdesk/briefdesk/internal/lazy"
)

// A Store opened on a postgres:// URL or a libpq keyword string keeps the
// archive in a PostgreSQL schema (the connection's current schema, public
// unless search_path says otherwise) instead of a file. The methods are
// the same; see pgdialect.go for how one set of statements serves both.

//go:embed migrations/pg/*.sql
var pgMigrationFiles embed.FS

// pgStore is what a PostgreSQL Store has beyond a SQLite one.
type pgStore struct {
	cfg       *pgx.ConnConfig
	connector *pgConnector
	schema    string
	channel   string // LISTEN/NOTIFY channel of this archive (see Changes)
}

// libpqKeywords are the connection keywords libpq knows; a target whose
// first word is one of them, followed by '=', is a connection string.
var libpqKeywords = map[string]bool{
	"host": true, "hostaddr": true, "port": true, "dbname": true, "user": true, "password": true,
	"passfile": true, "service": true, "sslmode": true, "sslrootcert": true, "sslcert": true,
	"sslkey": true, "connect_timeout": true, "application_name": true, "options": true,
	"target_session_attrs": true, "sslpassword": true, "sslnegotiation": true,
}

var keywordStart = lazy.RE(`^\s*([a-z_]+)\s*=`)

// IsPostgres reports whether target names a PostgreSQL archive (a
// postgres:// or postgresql:// URL, or a libpq keyword string such as
// "host=db.example dbname=briefdesk") rather than an archive file.
func IsPostgres(target string) bool {
	t := strings.TrimSpace(target)
	if strings.HasPrefix(t, "postgres://") || strings.HasPrefix(t, "postgresql://") {
		return true
	}
	m := keywordStart.FindStringSubmatch(t)
	return m != nil && libpqKeywords[m[1]]
}

// DisplayTarget returns target fit to show and log: a PostgreSQL target
// as postgres://user@host:port/dbname with no password or other
// parameters; a file path unchanged.
func DisplayTarget(target string) string {
	if !IsPostgres(target) {
		return target
	}
	cfg, err := pgx.ParseConfig(target)
	if err != nil {
		return "postgres://(unreadable connection string)"
	}
	return displayConfig(cfg)
}

func displayConfig(cfg *pgx.ConnConfig) string {
	u := url.URL{Scheme: "postgres", User: url.User(cfg.User), Path: "/" + cfg.Database}
	if strings.HasPrefix(cfg.Host, "/") {
		u.Host = ""
		q := url.Values{"host": {cfg.Host}}
		if cfg.Port != 5432 {
			q.Set("port", strconv.Itoa(int(cfg.Port)))
		}
		u.RawQuery = q.Encode()
	} else {
		u.Host = cfg.Host + ":" + strconv.Itoa(int(cfg.Port))
	}
	return u.String()
}

// redactPassword replaces every occurrence of the password in err's text.
func redactPassword(err error, cfg *pgx.ConnConfig) error {
	if err == nil || cfg == nil || cfg.Password == "" || !strings.Contains(err.Error(), cfg.Password) {
		return err
	}
	return errors.New(strings.ReplaceAll(err.Error(), cfg.Password, "********"))
}

// ErrUnsuitableDatabase is returned (wrapped, with the reason) by Open for
// a PostgreSQL database whose settings would make search wrong.
var ErrUnsuitableDatabase = errors.New("database unsuitable for a Briefdesk archive")

func openPostgres(target string) (*Store, error) {
	cfg, err := pgx.ParseConfig(target)
	if err != nil {
		return nil, fmt.Errorf("open archive %s: %w", DisplayTarget(target), err)
	}
	display := displayConfig(cfg)
	fail := func(err error) error {
		return fmt.Errorf("open archive %s: %w", display, redactPassword(err, cfg))
	}
	pg := &pgStore{cfg: cfg, connector: newPGConnector(cfg)}
	db := sql.OpenDB(pg.connector)
	db.SetMaxOpenConns(8)
	db.SetMaxIdleConns(4)
	db.SetConnMaxIdleTime(5 * time.Minute)
	s := &Store{path: display, write: db, read: db, pg: pg}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var schema sql.NullString
	var key int64
	if err := db.QueryRowContext(ctx, `SELECT current_schema(), hashtext('briefdesk:' || coalesce(current_schema(), ''))`).Scan(&schema, &key); err != nil {
		db.Close()
		return nil, fail(err)
	}
	if !schema.Valid {
		db.Close()
		return nil, fail(errors.New("no schema to keep the archive in: the search_path names no schema that exists"))
	}
	pg.schema = schema.String
	pg.channel = "briefdesk_" + md5hex(schema.String)
	pg.connector.lockKey.Store(key)
	if err := s.migratePG(ctx); err != nil {
		db.Close()
		return nil, fail(err)
	}
	var folded string
	if err := db.QueryRowContext(ctx, `SELECT to_tsvector('briefdesk', 'ПУТИН Erdoğan')::text`).Scan(&folded); err != nil {
		db.Close()
		return nil, fail(err)
	}
	if folded != `'erdogan':2 'путин':1` {
		db.Close()
		return nil, fail(fmt.Errorf("%w: its character classes (LC_CTYPE) do not fold Cyrillic case (ПУТИН Erdoğan indexes as %s); create the database with ENCODING 'UTF8' LC_CTYPE 'C.UTF-8' TEMPLATE template0",
			ErrUnsuitableDatabase, folded))
	}
	return s, nil
}

// pgMigrations returns the embedded PostgreSQL steps, numbered 1, 2, 3…
func pgMigrations() ([]migration, error) {
	entries, err := fs.ReadDir(pgMigrationFiles, "migrations/pg")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || !strings.HasSuffix(e.Name(), ".sql") {
			return nil, fmt.Errorf("migration file pg/%q is not named NNNN_name.sql", e.Name())
		}
		body, err := pgMigrationFiles.ReadFile("migrations/pg/" + e.Name())
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: "pg/" + e.Name(), sql: string(body)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: expected number %d", m.name, i+1)
		}
	}
	return ms, nil
}

// PostgresSchemaVersion is the PostgreSQL schema version this code writes.
func PostgresSchemaVersion() int {
	ms, err := pgMigrations()
	if err != nil {
		return 0
	}
	return len(ms)
}

// migratePG brings the schema to the latest version. The version lives in
// briefdesk_schema; the check and every step run in one transaction under
// the archive's advisory lock (every write transaction takes it), so two
// first opens at once cannot both create the tables: the second waits and
// finds the schema current. PostgreSQL runs DDL in transactions, so a
// failed step leaves the archive as it was (no backup copy is made: the
// server's own backups cover it).
func (s *Store) migratePG(ctx context.Context) error {
	ms, err := pgMigrations()
	if err != nil {
		return err
	}
	latest := len(ms)
	return s.inTx(ctx, func(tx *sql.Tx) error {
		var hasVersion bool
		var tables int
		// Both in the current schema itself: a table of that name in a
		// later schema of the search_path is another archive's.
		if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM pg_tables
			WHERE schemaname = current_schema() AND tablename = 'briefdesk_schema'),
			(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())`).Scan(&hasVersion, &tables); err != nil {
			return fmt.Errorf("reading schema: %w", err)
		}
		current := 0
		if hasVersion {
			if err := tx.QueryRowContext(ctx, `SELECT version FROM briefdesk_schema`).Scan(&current); err != nil {
				return fmt.Errorf("reading schema version: %w", err)
			}
		} else if tables > 0 {
			return fmt.Errorf("%w: schema %s holds %d tables of another program and no Briefdesk schema; choose another database or schema",
				ErrNotArchive, s.pg.schema, tables)
		}
		if current > latest {
			return fmt.Errorf("%w: %s has schema version %d, this Briefdesk understands up to version %d; use a newer Briefdesk",
				ErrNewerSchema, s.path, current, latest)
		}
		if current == latest {
			return nil
		}
		if !hasVersion {
			if _, err := tx.ExecContext(ctx, `CREATE TABLE briefdesk_schema (version integer NOT NULL);
				INSERT INTO briefdesk_schema VALUES (0)`); err != nil {
				return fmt.Errorf("creating the version table: %w", err)
			}
		}
		for _, m := range ms[current:] {
			if _, err := tx.ExecContext(ctx, m.sql); err != nil {
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
			if _, err := tx.ExecContext(ctx, `UPDATE briefdesk_schema SET version = ?`, m.version); err != nil {
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
		}
		return nil
	})
}

// Engine names the archive's engine: "sqlite" or "postgres".
func (s *Store) Engine() string {
	if s.pg != nil {
		return "postgres"
	}
	return "sqlite"
}

func md5hex(s string) string {
	sum := md5.Sum([]byte(s))
	return hex.EncodeToString(sum[:])
}

// passwordKeyword finds a password in a libpq keyword string.
var passwordKeyword = lazy.RE(`(^|\s)password\s*=`)

// HasPassword reports whether a PostgreSQL target carries a password
// itself (rather than leaving it to ~/.pgpass, PGPASSFILE or PGSERVICE):
// such a target must not be stored in the preferences.
func HasPassword(target string) bool {
	t := strings.TrimSpace(target)
	if strings.HasPrefix(t, "postgres://") || strings.HasPrefix(t, "postgresql://") {
		u, err := url.Parse(t)
		if err != nil {
			return true // unreadable: do not store it
		}
		_, set := u.User.Password()
		return set || u.Query().Has("password")
	}
	return passwordKeyword.MatchString(t)
}
