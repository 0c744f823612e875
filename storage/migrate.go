package storage

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migration is one numbered step of the schema.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded steps in order. Their numbers must run
// 1, 2, 3... without gaps; a gap is a programming error caught by the tests.
func migrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || !strings.HasSuffix(e.Name(), ".sql") {
			return nil, fmt.Errorf("migration file %q is not named NNNN_name.sql", e.Name())
		}
		body, err := migrationFiles.ReadFile("migrations/" + e.Name())
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: e.Name(), sql: string(body)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: expected number %d", m.name, i+1)
		}
	}
	return ms, nil
}

// SchemaVersion is the schema version this code writes.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil {
		return 0
	}
	return len(ms)
}

// migrate brings the schema to the latest version. The version is read
// and every step run inside one immediate transaction, so two first
// opens of a new archive at once cannot both create its tables: the
// second waits, then finds the schema current. An existing archive is
// backed up first (VACUUM INTO cannot run in a transaction), and its
// version read again once the lock is held.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	latest := len(ms)
	backedUp := false
	for {
		needBackup := false
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			var current int
			if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&current); err != nil {
				return fmt.Errorf("reading schema version: %w", err)
			}
			if current > latest {
				return fmt.Errorf("%w: %s has schema version %d, this Briefdesk understands up to version %d; use a newer Briefdesk",
					ErrNewerSchema, s.path, current, latest)
			}
			if current == latest {
				return nil
			}
			var objects int
			if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&objects); err != nil {
				return fmt.Errorf("reading schema: %w", err)
			}
			if objects > 0 && !backedUp {
				needBackup = true
				return nil
			}
			for _, m := range ms[current:] {
				if _, err := tx.ExecContext(ctx, m.sql); err != nil {
					return fmt.Errorf("migration %s: %w", m.name, err)
				}
				if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
					return fmt.Errorf("migration %s: %w", m.name, err)
				}
			}
			return nil
		})
		if err != nil || !needBackup {
			return err
		}
		if err := s.backupBeforeMigration(ctx, latest); err != nil {
			return err
		}
		backedUp = true
	}
}

// backupBeforeMigration copies the archive to path+".pre-vN.bak" (N the
// version about to be reached), never overwriting an earlier backup.
func (s *Store) backupBeforeMigration(ctx context.Context, to int) error {
	base := fmt.Sprintf("%s.pre-v%d.bak", s.path, to)
	dest := base
	for i := 2; ; i++ {
		if _, err := os.Stat(dest); errors.Is(err, os.ErrNotExist) {
			break
		}
		dest = fmt.Sprintf("%s.%d", base, i)
	}
	if _, err := s.write.ExecContext(ctx, "VACUUM INTO ?", dest); err != nil {
		return fmt.Errorf("backup before migrating to version %d: %w", to, err)
	}
	return nil
}
