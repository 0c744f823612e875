package storage

import (
	"bytes"
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestBundleMovesBetweenEnginesExactly: an archive exported from SQLite and
// imported into an empty PostgreSQL archive exports byte for byte the same
// bundle, and so does the way back (a laptop archive joins the team's, a
// team archive goes offline for travel). Tags whose order differs between
// byte-wise and linguistic sorting are included.
func TestBundleMovesBetweenEnginesExactly(t *testing.T) {
	postgresOnly(t)
	ctx := context.Background()
	export := func(s *Store) []byte {
		t.Helper()
		var b bytes.Buffer
		if err := s.ExportArchive(ctx, &b); err != nil {
			t.Fatalf("export from %s: %v", s.Engine(), err)
		}
		return b.Bytes()
	}
	importInto := func(s *Store, bundle []byte) {
		t.Helper()
		if err := s.ImportArchive(ctx, bytes.NewReader(bundle)); err != nil {
			t.Fatalf("import into %s: %v", s.Engine(), err)
		}
	}
	openFile := func(name string) *Store {
		s, err := Open(filepath.Join(t.TempDir(), name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	fill := func(s *Store) {
		fillArchive(t, s)
		id := mustAdd(t, s, article("Tag order", "https://e.org/tags", "Tags that sort differently by bytes and by language."))
		if err := s.Tag(ctx, id, "zeta", "Éclair", "_draft", "a-b", "ab", "Z9", "äpfel"); err != nil {
			t.Fatal(err)
		}
		bs, err := s.Briefs(ctx)
		if err != nil {
			t.Fatal(err)
		}
		bs[0].Summary = "Revised with Erdoğan."
		if _, err := s.SaveBrief(ctx, bs[0], "saved", 0); err != nil {
			t.Fatal(err)
		}
	}

	t.Run("from SQLite to PostgreSQL and back", func(t *testing.T) {
		laptop := openFile("laptop.db")
		fill(laptop)
		first := export(laptop)
		team := newTestStore(t)
		importInto(team, first)
		second := export(team)
		if !bytes.Equal(first, second) {
			t.Fatalf("PostgreSQL exports another bundle:\n%s", firstDiff(first, second))
		}
		back := openFile("back.db")
		importInto(back, second)
		if third := export(back); !bytes.Equal(second, third) {
			t.Fatalf("back on SQLite, another bundle:\n%s", firstDiff(second, third))
		}
	})
	t.Run("from PostgreSQL to SQLite and back", func(t *testing.T) {
		team := newTestStore(t)
		fill(team)
		first := export(team)
		laptop := openFile("travel.db")
		importInto(laptop, first)
		second := export(laptop)
		if !bytes.Equal(first, second) {
			t.Fatalf("SQLite exports another bundle:\n%s", firstDiff(first, second))
		}
		again := newTestStore(t)
		importInto(again, second)
		if third := export(again); !bytes.Equal(second, third) {
			t.Fatalf("back on PostgreSQL, another bundle:\n%s", firstDiff(second, third))
		}
		// What moved is searchable in both.
		for _, s := range []*Store{laptop, again} {
			if hits, err := s.Search(ctx, "путин", SearchOptions{}); err != nil || len(hits) != 1 {
				t.Errorf("%s: Search(путин) = %v, %v", s.Engine(), hitIDs(hits), err)
			}
		}
	})
}

// firstDiff shows the first line where two bundles differ.
func firstDiff(a, b []byte) string {
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return "line " + strconv.Itoa(i+1) + ":\n- " + la[i] + "\n+ " + lb[i]
		}
	}
	return "one bundle is a prefix of the other"
}
