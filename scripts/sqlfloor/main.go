// Command sqlfloor is the floor for a Go + cgo program's start-up in the
// CLI start-up bench (scripts/bench_startup.sh): it opens an SQLite file
// through mattn/go-sqlite3 (as storage does, FTS5 build tag included), runs
// the statements of a file one a line and prints their rows tab-separated,
// and does nothing else.
//
//	sqlfloor DB STATEMENTS.sql
package main

import (
	"bufio"
	"database/sql"
	"fmt"
	"os"
	"strings"

	_ "github.com/mattn/go-sqlite3"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: sqlfloor DB STATEMENTS.sql")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "sqlfloor:", err)
		os.Exit(1)
	}
}

func run(dbPath, stmtsPath string) error {
	text, err := os.ReadFile(stmtsPath)
	if err != nil {
		return err
	}
	db, err := sql.Open("sqlite3", "file:"+dbPath+"?mode=ro")
	if err != nil {
		return err
	}
	defer db.Close()
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, q := range strings.Split(strings.TrimSpace(string(text)), "\n") {
		if err := query(db, q, out); err != nil {
			return err
		}
	}
	return nil
}

func query(db *sql.DB, q string, out *bufio.Writer) error {
	rows, err := db.Query(q)
	if err != nil {
		return err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	vals := make([]sql.NullString, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		for i, v := range vals {
			if i > 0 {
				out.WriteByte('\t')
			}
			out.WriteString(v.String)
		}
		out.WriteByte('\n')
	}
	return rows.Err()
}
