package storage

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var matchQueryTests = []struct {
	name, in, want string
}{
	{"a plain term is quoted", "Geneva", `"Geneva"`},
	{"terms are ANDed implicitly", "Geneva talks", `"Geneva" "talks"`},
	{"a phrase stays a phrase", `"contact line"`, `"contact line"`},
	{"a prefix term keeps its star", "negoti*", `"negoti"*`},
	{"a phrase can be a prefix", `"peace talk"*`, `"peace talk"*`},
	{"operators between terms are kept", "Geneva OR Dorna AND Kyrov", `"Geneva" OR "Dorna" AND "Kyrov"`},
	{"NOT excludes from the whole query", "Geneva OR Dorna NOT Kyrov", `( "Geneva" OR "Dorna" ) NOT "Kyrov"`},
	{"a leading minus excludes", "Geneva -Dorna", `"Geneva" NOT "Dorna"`},
	{"lower-case operators are words", "war and peace", `"war" "and" "peace"`},
	{"a leading operator is dropped", "OR Geneva", `"Geneva"`},
	{"a trailing operator is dropped", "Geneva AND", `"Geneva"`},
	{"only operators are searched as words", "NOT", `"NOT"`},
	{"a hyphenated word is a phrase", "Erdoğan-Kaya", `"Erdoğan Kaya"`},
	{"only exclusions give empty", "-Dorna", ``},
	{"a lone minus is punctuation", "Geneva - Dorna", `"Geneva" "Dorna"`},
	{"a column filter is punctuation", "title:Geneva", `"title Geneva"`},
	{"parentheses are punctuation", "(Geneva OR Dorna)", `"Geneva" OR "Dorna"`},
	{"an unmatched quote is punctuation", `"Geneva talks`, `"Geneva" "talks"`},
	{"an empty phrase is dropped", `"" Geneva`, `"Geneva"`},
	{"a quote inside a word splits it", `Gen"eva`, `"Gen" "eva"`},
	{"NUL is punctuation inside a word", "Gen\x00eva", `"Gen eva"`},
	{"emoji are dropped", "🙂 Geneva 🇺🇦", `"Geneva"`},
	{"NEAR is a word", "NEAR(a b)", `"NEAR a" "b"`},
	{"a star inside a word splits it", "Gene*va", `"Gene va"`},
	{"Cyrillic passes", "Путин", `"Путин"`},
	{"combining marks stay in their word", "Erdog\u0306an", "\"Erdog\u0306an\""},
	{"lone marks are dropped", "\u0301 x", `"x"`},
	{"invalid UTF-8 separates words", "ab\xffcd", `"ab" "cd"`},
	{"nothing searchable gives empty", `*() - : "" 🙂`, ``},
}

func TestMatchQuery(t *testing.T) {
	for _, tt := range matchQueryTests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MatchQuery(tt.in); got != tt.want {
				t.Errorf("MatchQuery(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestMatchQueryCapsTerms(t *testing.T) {
	got := MatchQuery(strings.Repeat("word ", 10000))
	if n := strings.Count(got, `"word"`); n != maxQueryTerms {
		t.Errorf("kept %d terms, want %d", n, maxQueryTerms)
	}
}

// FuzzMatchQuery checks that whatever MatchQuery returns, FTS5 accepts it.
func FuzzMatchQuery(f *testing.F) {
	for _, tt := range matchQueryTests {
		f.Add(tt.in)
	}
	for _, q := range nastyQueries {
		f.Add(q)
	}
	if testPG != nil {
		fuzzPostgresSearch(f)
		return
	}
	db, err := sql.Open("sqlite3", filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(`CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
		INSERT INTO fts VALUES ('Valmora talks', 'Erdoğan met Путин in Geneva');`); err != nil {
		f.Fatal(err)
	}
	stmt, err := db.Prepare(`SELECT count(*) FROM fts WHERE fts MATCH ?`)
	if err != nil {
		f.Fatal(err)
	}
	defer stmt.Close()
	f.Fuzz(func(t *testing.T, in string) {
		q := MatchQuery(in)
		if !utf8.ValidString(q) {
			t.Fatalf("MatchQuery(%q) = %q: invalid UTF-8", in, q)
		}
		if strings.ContainsRune(q, 0) {
			t.Fatalf("MatchQuery(%q) = %q: contains NUL", in, q)
		}
		if q == "" {
			return
		}
		var n int
		if err := stmt.QueryRow(q).Scan(&n); err != nil {
			t.Fatalf("MATCH %q (from %q): %v", q, in, err)
		}
	})
}
