package storage

import (
	"context"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// Change is a write to the archive that Changes reports: Table is
// "articles" or "briefs", Op "insert", "update" or "delete".
type Change struct {
	Table, Op string
}

// Changes reports writes to a shared archive by any analyst (this Store's
// own included) until ctx ends, then closes the channel. On PostgreSQL it
// listens on the archive's channel (LISTEN/NOTIFY, one notification per
// statement and kind, coalesced in each transaction) over a connection of
// its own, reconnecting after a lost connection. A SQLite archive is one
// person's file: its channel only closes. A slow reader misses nothing
// that matters: changes arriving while the channel's buffer is full are
// dropped, the ones buffered already say "reload".
func (s *Store) Changes(ctx context.Context) <-chan Change {
	ch := make(chan Change, 16)
	if s.pg == nil {
		go func() {
			<-ctx.Done()
			close(ch)
		}()
		return ch
	}
	ready := make(chan struct{})
	go func() {
		defer close(ch)
		s.listen(ctx, ch, ready)
	}()
	// Return once listening (or given up), so that a write made after
	// Changes returns is reported.
	select {
	case <-ready:
	case <-ctx.Done():
	case <-time.After(10 * time.Second):
	}
	return ch
}

func (s *Store) listen(ctx context.Context, ch chan<- Change, ready chan struct{}) {
	signalled := false
	for wait := time.Second; ctx.Err() == nil; wait = min(2*wait, 30*time.Second) {
		conn, err := pgx.ConnectConfig(ctx, s.pg.cfg)
		if err == nil {
			_, err = conn.Exec(ctx, "LISTEN "+s.pg.channel)
		}
		if err == nil {
			if !signalled {
				close(ready)
				signalled = true
			}
			wait = time.Second
			for {
				n, err := conn.WaitForNotification(ctx)
				if err != nil {
					break
				}
				table, op, _ := strings.Cut(n.Payload, " ")
				select {
				case ch <- Change{Table: table, Op: op}:
				default:
				}
			}
		}
		if conn != nil {
			conn.Close(context.Background())
		}
		select {
		case <-ctx.Done():
		case <-time.After(wait):
		}
	}
	if !signalled {
		close(ready)
	}
}
