package storage

import (
	"database/sql"

	"github.com/mattn/go-sqlite3"
)

// driverName is go-sqlite3 with the pragmas its connection string cannot
// set, run on every new connection.
const driverName = "sqlite3-briefdesk"

func init() {
	sql.Register(driverName, &sqlite3.SQLiteDriver{ConnectHook: func(c *sqlite3.SQLiteConn) error {
		// The statement journal and sorter stay in memory: on disk the
		// journal of a bulk import spilled 76 MB per 4,000 articles.
		_, err := c.Exec("PRAGMA temp_store = MEMORY", nil)
		return err
	}})
}
