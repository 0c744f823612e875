package storage

import (
	"strconv"
	"strings"

	"github.com/briefdesk/briefdesk/internal/lazy"
)

// The archive's statements are written once, in SQLite's dialect; on
// PostgreSQL every statement passes through rebindPG at the driver (see
// pgdriver.go) before it reaches the server. It rewrites only what is
// mechanical and has one meaning in both engines:
//
//   - placeholders: ? becomes $1, $2… in order, ?N becomes $N;
//   - INSERT OR IGNORE becomes INSERT … ON CONFLICT DO NOTHING;
//   - INSERT OR REPLACE INTO t (key, c…) becomes an upsert on its first
//     column, which must be the table's key;
//   - x COLLATE NOCASE becomes lower(x COLLATE "C") COLLATE "C": SQLite's
//     NOCASE folds ASCII letters only and compares bytes, and so does this;
//   - WHERE 1 becomes WHERE true; INDEXED BY (a SQLite planner hint) is
//     dropped.
//
// Everything else that differs (full-text search, json_each, PRAGMA,
// VACUUM INTO) has its own PostgreSQL code in the *_pg.go files.

var (
	indexedBy   = lazy.RE(`(?i)\s+INDEXED\s+BY\s+\w+`)
	orIgnore    = lazy.RE(`(?i)^(\s*)INSERT\s+OR\s+IGNORE\s+INTO\b`)
	orReplace   = lazy.RE(`(?is)^(\s*)INSERT\s+OR\s+REPLACE\s+INTO\s+(\w+)\s*\(([^)]*)\)`)
	nocase      = lazy.RE(`(?i)([\w.]+)\s+COLLATE\s+NOCASE\b`)
	whereOne    = lazy.RE(`(?i)\bWHERE\s+1(\s|$)`)
	insertTable = lazy.RE(`(?is)^\s*INSERT\s+INTO\s+(\w+)\b`)
)

// idTables are the tables whose new rows' ids the code reads with
// LastInsertId: their INSERTs get RETURNING id on PostgreSQL.
var idTables = map[string]bool{"articles": true, "briefs": true, "brief_revisions": true}

// rebindPG translates q (see above).
func rebindPG(q string) string {
	q = indexedBy.ReplaceAllString(q, "")
	if orIgnore.MatchString(q) {
		q = orIgnore.ReplaceAllString(q, "${1}INSERT INTO") + " ON CONFLICT DO NOTHING"
	}
	if m := orReplace.FindStringSubmatch(q); m != nil {
		cols := strings.Split(m[3], ",")
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		set := make([]string, 0, len(cols)-1)
		for _, c := range cols[1:] {
			set = append(set, c+" = excluded."+c)
		}
		q = orReplace.ReplaceAllString(q, "${1}INSERT INTO $2 ($3)") +
			" ON CONFLICT (" + cols[0] + ") DO UPDATE SET " + strings.Join(set, ", ")
	}
	q = nocase.ReplaceAllString(q, `lower($1 COLLATE "C") COLLATE "C"`)
	q = whereOne.ReplaceAllString(q, "WHERE true$1")
	return placeholders(q)
}

// returnsID reports whether q (translated) inserts into a table of
// idTables without saying what it returns.
func returnsID(q string) bool {
	m := insertTable.FindStringSubmatch(q)
	if m == nil || !idTables[strings.ToLower(m[1])] {
		return false
	}
	up := strings.ToUpper(q)
	return !strings.Contains(up, "RETURNING") && !strings.Contains(up, "ON CONFLICT")
}

// placeholders numbers q's ? placeholders for PostgreSQL, leaving quoted
// strings, quoted names and comments alone.
func placeholders(q string) string {
	if !strings.ContainsRune(q, '?') {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '\'' || c == '"':
			j := i + 1
			for j < len(q) && q[j] != c {
				j++
			}
			b.WriteString(q[i:min(j+1, len(q))])
			i = j
		case c == '-' && i+1 < len(q) && q[i+1] == '-':
			j := strings.IndexByte(q[i:], '\n')
			if j < 0 {
				j = len(q) - i
			}
			b.WriteString(q[i : i+j])
			i += j - 1
		case c == '?':
			j := i + 1
			for j < len(q) && '0' <= q[j] && q[j] <= '9' {
				j++
			}
			if j > i+1 {
				b.WriteString("$" + q[i+1:j])
				i = j - 1
			} else {
				n++
				b.WriteString("$" + strconv.Itoa(n))
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
