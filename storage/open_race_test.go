package storage

import (
	"path/filepath"
	"sync"
	"testing"
)

// Issue 12 item 19: two first opens of a new archive at once both succeed
// (one migrates, the other finds it done), never "table already exists".
func TestTwoFirstOpensAtOnce(t *testing.T) {
	sqliteOnly(t) // the file; see store_pg_test.go for PostgreSQL
	dir := t.TempDir()
	for i := range 12 {
		path := filepath.Join(dir, "new"+string(rune('a'+i))+".db")
		var wg sync.WaitGroup
		errs := make([]error, 3)
		for k := range errs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s, err := Open(path)
				if err == nil {
					err = s.Close()
				}
				errs[k] = err
			}()
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatalf("open %d of a new archive at once: %v", i, err)
			}
		}
	}
}
