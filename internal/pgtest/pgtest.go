// Package pgtest runs a throwaway PostgreSQL server for tests: initdb into a
// temporary folder, a postmaster listening only on a Unix socket in that
// folder, one database, and a fresh schema per test. It uses the server
// binaries installed on the machine (Debian's postgresql package puts them in
// /usr/lib/postgresql/N/bin); there are no mocks.
//
// A server outlives a test process that is killed (SIGKILL, a CI timeout)
// before its Stop: pg_ctl detaches the postmaster. Each server's folder
// records its owner (PID and start time), and Start first stops the
// servers whose owner is gone and removes their folders.
//
// PostgreSQL refuses to run as root, so as root the server runs as the
// "postgres" user (which the Debian package creates) or else "nobody", in a
// folder chowned to it.
package pgtest

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

// ErrUnavailable is returned by Start when no PostgreSQL server binaries
// are installed.
var ErrUnavailable = errors.New("PostgreSQL server binaries (initdb, pg_ctl) not found; install them with `apt-get install postgresql postgresql-contrib` (Debian/Ubuntu) or set PG_BIN to their folder")

// Database is the name of the database the server's tests share.
const Database = "briefdesk_test"

// Server is a running throwaway server.
type Server struct {
	dir   string // the folder: data/, the socket, the log
	bin   string
	runAs *user.User // nil when not root
	admin *sql.DB
	next  atomic.Int64
}

// BinDir finds the folder of initdb and pg_ctl: $PG_BIN, the newest
// /usr/lib/postgresql/N/bin, or the PATH.
func BinDir() (string, error) {
	if d := os.Getenv("PG_BIN"); d != "" {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d, nil
		}
		return "", fmt.Errorf("PG_BIN=%s holds no initdb: %w", d, ErrUnavailable)
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return versionOf(dirs[i]) > versionOf(dirs[j]) })
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d, nil
		}
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		return filepath.Dir(p), nil
	}
	return "", ErrUnavailable
}

func versionOf(binDir string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(binDir)))
	return n
}

// StartT starts a server for one test and stops it when the test ends;
// the test is skipped, with how to install the binaries, when there are
// none.
func StartT(t testing.TB) *Server {
	t.Helper()
	srv, err := Start()
	if errors.Is(err, ErrUnavailable) {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Stop)
	return srv
}

// Start initialises and starts a server in a new temporary folder and
// creates Database in it (UTF-8, C.UTF-8 character classes, so that text
// search folds Cyrillic case) with the unaccent extension.
func Start() (*Server, error) {
	bin, err := BinDir()
	if err != nil {
		return nil, err
	}
	s := &Server{bin: bin}
	if s.runAs, err = serverUser(); err != nil {
		return nil, err
	}
	// A server whose test process was killed (SIGKILL, a CI timeout) had
	// no Stop: stop it now, before it is one more left running.
	sweepOrphans(bin, s.runAs)
	// A short path: the socket's full name must stay under 108 bytes.
	s.dir, err = os.MkdirTemp("", dirPrefix)
	if err != nil {
		return nil, err
	}
	if err := writeOwner(s.dir); err != nil {
		os.RemoveAll(s.dir)
		return nil, err
	}
	if s.runAs != nil {
		uid, _ := strconv.Atoi(s.runAs.Uid)
		gid, _ := strconv.Atoi(s.runAs.Gid)
		if err := os.Chown(s.dir, uid, gid); err != nil {
			os.RemoveAll(s.dir)
			return nil, err
		}
	}
	data := filepath.Join(s.dir, "data")
	if err := s.run("initdb", "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"); err != nil {
		os.RemoveAll(s.dir)
		return nil, err
	}
	// No TCP at all: the socket in the folder is the only way in, so
	// parallel test runs never compete for a port.
	opts := "-k " + s.dir + " -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
	if err := s.run("pg_ctl", "-D", data, "-o", opts, "-l", filepath.Join(s.dir, "log"), "-w", "-t", "60", "start"); err != nil {
		log, _ := os.ReadFile(filepath.Join(s.dir, "log"))
		os.RemoveAll(s.dir)
		return nil, fmt.Errorf("%w\nserver log:\n%s", err, log)
	}
	if s.admin, err = sql.Open("pgx", s.DSN("postgres", "")); err != nil {
		s.Stop()
		return nil, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := s.admin.ExecContext(ctx, `CREATE DATABASE `+Database+` TEMPLATE template0 ENCODING 'UTF8'
		LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`); err != nil {
		s.Stop()
		return nil, fmt.Errorf("pgtest: create database: %w", err)
	}
	s.admin.Close()
	if s.admin, err = sql.Open("pgx", s.DSN(Database, "")); err != nil {
		s.Stop()
		return nil, err
	}
	if _, err := s.admin.ExecContext(ctx, `CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public`); err != nil {
		s.Stop()
		return nil, fmt.Errorf("pgtest: unaccent (is postgresql-contrib installed?): %w", err)
	}
	return s, nil
}

// serverUser is the user the server runs as: nil (this process's) unless
// this process is root.
func serverUser() (*user.User, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	for _, name := range []string{"postgres", "nobody"} {
		if u, err := user.Lookup(name); err == nil {
			return u, nil
		}
	}
	return nil, errors.New("pgtest: running as root and there is no postgres or nobody user to run the server as")
}

// run runs one of the server programs, as the server's user when root.
func (s *Server) run(prog string, args ...string) error {
	path := filepath.Join(s.bin, prog)
	var cmd *exec.Cmd
	if s.runAs != nil {
		cmd = exec.Command("setpriv", append([]string{"--reuid=" + s.runAs.Uid, "--regid=" + s.runAs.Gid,
			"--clear-groups", "--", path}, args...)...)
	} else {
		cmd = exec.Command(path, args...)
	}
	cmd.Dir = s.dir
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("pgtest: %s %s: %w\n%s", prog, strings.Join(args, " "), err, out.String())
	}
	return nil
}

// DSN is a libpq keyword/value connection string for database db whose
// search_path is schema (then public, where unaccent lives) when schema is
// not empty.
func (s *Server) DSN(db, schema string) string {
	dsn := fmt.Sprintf("host=%s port=5432 user=postgres dbname=%s sslmode=disable", s.dir, db)
	if schema != "" {
		dsn += " search_path=" + schema + ",public"
	}
	return dsn
}

// URL is DSN as a postgres:// URL (the socket folder as the host
// parameter), for tests of the URL form.
func (s *Server) URL(db, schema string) string {
	q := url.Values{"host": {s.dir}, "port": {"5432"}, "user": {"postgres"}, "sslmode": {"disable"}}
	if schema != "" {
		q.Set("search_path", schema+",public")
	}
	return "postgres:///" + db + "?" + q.Encode()
}

// Dir is the server's folder (the socket's folder: a libpq host).
func (s *Server) Dir() string { return s.dir }

// Schema creates a fresh, empty schema for the test, dropped when it ends,
// and returns a connection string whose search_path is that schema.
func (s *Server) Schema(t testing.TB) string {
	t.Helper()
	return s.DSN(Database, s.NewSchema(t))
}

// NewSchema creates a fresh, empty schema for the test, dropped when it
// ends, and returns its name.
func (s *Server) NewSchema(t testing.TB) string {
	t.Helper()
	name := fmt.Sprintf("t%d_%d", os.Getpid(), s.next.Add(1))
	if _, err := s.admin.Exec(`CREATE SCHEMA ` + name); err != nil {
		t.Fatalf("pgtest: create schema: %v", err)
	}
	t.Cleanup(func() {
		if _, err := s.admin.Exec(`DROP SCHEMA ` + name + ` CASCADE`); err != nil {
			t.Errorf("pgtest: drop schema %s: %v", name, err)
		}
	})
	return name
}

// Exec runs statements as the superuser in Database (for tests that
// tamper with a schema).
func (s *Server) Exec(q string, args ...any) error {
	_, err := s.admin.Exec(q, args...)
	return err
}

// Stop stops the server at once and removes its folder.
func (s *Server) Stop() {
	if s.admin != nil {
		s.admin.Close()
	}
	_ = s.run("pg_ctl", "-D", filepath.Join(s.dir, "data"), "-m", "immediate", "-w", "stop")
	os.RemoveAll(s.dir)
}
