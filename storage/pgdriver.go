package storage

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"sync/atomic"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// pgConnector opens pgx connections (pgx's database/sql driver) wrapped so
// that the archive's SQLite-dialect statements run on PostgreSQL (see
// rebindPG) and its write transactions behave as SQLite's do: one writer
// at a time. Every transaction that is not read-only first takes a
// transaction-scoped advisory lock, so the read-then-write steps of the
// archive (is this article a duplicate? is this id free?) see every other
// analyst's committed import, and two imports of one story store it once.
// The unique constraints of the schema stand behind it. Read-only
// transactions (ExportArchive) run at REPEATABLE READ: one snapshot.
type pgConnector struct {
	base driver.Connector
	// lockKey is the advisory lock of this archive (a hash of its schema
	// name), set by openPostgres before the first write.
	lockKey atomic.Int64
}

func newPGConnector(cfg *pgx.ConnConfig) *pgConnector {
	return &pgConnector{base: stdlib.GetConnector(*cfg)}
}

func (c *pgConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.base.Connect(ctx)
	if err != nil {
		return nil, err
	}
	sc, ok := conn.(*stdlib.Conn)
	if !ok {
		conn.Close()
		return nil, fmt.Errorf("pgx returned a %T, not a *stdlib.Conn", conn)
	}
	return &pgConn{c: sc, lock: &c.lockKey}, nil
}

func (c *pgConnector) Driver() driver.Driver { return c.base.Driver() }

// pgConn is one wrapped connection.
type pgConn struct {
	c    *stdlib.Conn
	lock *atomic.Int64
}

var (
	_ driver.ConnPrepareContext = (*pgConn)(nil)
	_ driver.ConnBeginTx        = (*pgConn)(nil)
	_ driver.ExecerContext      = (*pgConn)(nil)
	_ driver.QueryerContext     = (*pgConn)(nil)
	_ driver.Pinger             = (*pgConn)(nil)
	_ driver.SessionResetter    = (*pgConn)(nil)
	_ driver.NamedValueChecker  = (*pgConn)(nil)
)

func (c *pgConn) Prepare(q string) (driver.Stmt, error) {
	return c.PrepareContext(context.Background(), q)
}

func (c *pgConn) PrepareContext(ctx context.Context, q string) (driver.Stmt, error) {
	q = rebindPG(q)
	ret := returnsID(q)
	if ret {
		q += " RETURNING id"
	}
	st, err := c.c.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	return &pgStmt{st: st.(*stdlib.Stmt), returning: ret}, nil
}

func (c *pgConn) Close() error { return c.c.Close() }

func (c *pgConn) Begin() (driver.Tx, error) {
	return c.BeginTx(context.Background(), driver.TxOptions{})
}

func (c *pgConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	if opts.ReadOnly && opts.Isolation == driver.IsolationLevel(sql.LevelDefault) {
		opts.Isolation = driver.IsolationLevel(sql.LevelRepeatableRead)
	}
	tx, err := c.c.BeginTx(ctx, opts)
	if err != nil || opts.ReadOnly {
		return tx, err
	}
	if _, err := c.c.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`,
		[]driver.NamedValue{{Ordinal: 1, Value: c.lock.Load()}}); err != nil {
		_ = tx.Rollback()
		return nil, fmt.Errorf("waiting for the archive's write lock: %w", err)
	}
	return tx, nil
}

func (c *pgConn) ExecContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Result, error) {
	q = rebindPG(q)
	if !returnsID(q) {
		return c.c.ExecContext(ctx, q, args)
	}
	rows, err := c.c.QueryContext(ctx, q+" RETURNING id", args)
	if err != nil {
		return nil, err
	}
	return idResultOf(rows)
}

func (c *pgConn) QueryContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Rows, error) {
	return c.c.QueryContext(ctx, rebindPG(q), args)
}

func (c *pgConn) Ping(ctx context.Context) error                  { return c.c.Ping(ctx) }
func (c *pgConn) ResetSession(ctx context.Context) error          { return c.c.ResetSession(ctx) }
func (c *pgConn) CheckNamedValue(nv *driver.NamedValue) error     { return c.c.CheckNamedValue(nv) }
func (s *pgStmt) Close() error                                    { return s.st.Close() }
func (s *pgStmt) NumInput() int                                   { return s.st.NumInput() }
func (s *pgStmt) Exec(args []driver.Value) (driver.Result, error) { return nil, errLegacyStmt }
func (s *pgStmt) Query(args []driver.Value) (driver.Rows, error)  { return nil, errLegacyStmt }

var errLegacyStmt = errors.New("storage: pgStmt needs the context methods")

// pgStmt is a prepared statement of a pgConn.
type pgStmt struct {
	st        *stdlib.Stmt
	returning bool // RETURNING id was added: Exec reads it
}

func (s *pgStmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	if !s.returning {
		return s.st.ExecContext(ctx, args)
	}
	rows, err := s.st.QueryContext(ctx, args)
	if err != nil {
		return nil, err
	}
	return idResultOf(rows)
}

func (s *pgStmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	return s.st.QueryContext(ctx, args)
}

// idResult is the result of an INSERT … RETURNING id.
type idResult struct {
	id, n int64
}

func (r idResult) LastInsertId() (int64, error) {
	if r.n == 0 {
		return 0, errors.New("no row was inserted")
	}
	return r.id, nil
}

func (r idResult) RowsAffected() (int64, error) { return r.n, nil }

func idResultOf(rows driver.Rows) (driver.Result, error) {
	defer rows.Close()
	var r idResult
	dest := make([]driver.Value, 1)
	for {
		err := rows.Next(dest)
		if err == io.EOF {
			return r, nil
		}
		if err != nil {
			return nil, err
		}
		id, ok := dest[0].(int64)
		if !ok {
			return nil, fmt.Errorf("RETURNING id gave a %T", dest[0])
		}
		r.id = id
		r.n++
	}
}
