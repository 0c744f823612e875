package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// runner runs a search's statements on one connection and, when record is
// set, appends each with its values in place (see Store.SearchSQL).
type runner struct {
	conn   *sql.Conn
	record *[]string
}

// query runs q with exactly the named arguments given (:name in q).
func (r runner) query(ctx context.Context, q string, args ...sql.NamedArg) (*sql.Rows, error) {
	r.note(q, args)
	return r.conn.QueryContext(ctx, q, namedArgs(args)...)
}

// queryRow is query for a statement that returns at most one row.
func (r runner) queryRow(ctx context.Context, q string, args ...sql.NamedArg) *sql.Row {
	r.note(q, args)
	return r.conn.QueryRowContext(ctx, q, namedArgs(args)...)
}

// note records q with args in place when the runner records.
func (r runner) note(q string, args []sql.NamedArg) {
	if r.record != nil {
		*r.record = append(*r.record, inlineSQL(q, args))
	}
}

func namedArgs(args []sql.NamedArg) []any {
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = a
	}
	return out
}

// inlineSQL writes the values of q's named parameters into q as SQL
// literals and folds its white space. A parameter is the whole name after
// the colon (:lo is not the start of :lim); one without an argument is left
// as written.
func inlineSQL(q string, args []sql.NamedArg) string {
	vals := make(map[string]any, len(args))
	for _, a := range args {
		vals[a.Name] = a.Value
	}
	var b strings.Builder
	for i := 0; i < len(q); {
		if q[i] != ':' {
			b.WriteByte(q[i])
			i++
			continue
		}
		j := i + 1
		for j < len(q) && isParamByte(q[j]) {
			j++
		}
		v, ok := vals[q[i+1:j]]
		if j == i+1 || !ok {
			b.WriteString(q[i:j])
		} else {
			b.WriteString(sqlLiteral(v))
		}
		i = j
	}
	return strings.Join(strings.Fields(b.String()), " ") + ";"
}

func isParamByte(c byte) bool {
	return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// sqlLiteral writes v as an SQL literal.
func sqlLiteral(v any) string {
	switch v := v.(type) {
	case string:
		return "'" + strings.ReplaceAll(v, "'", "''") + "'"
	case nil:
		return "NULL"
	default:
		return fmt.Sprint(v)
	}
}
