package ui

import "time"

// watchColleagues refreshes the archive list when another analyst writes
// to a shared (PostgreSQL) archive, until Shutdown. Several changes in
// quick succession cause one refresh. A SQLite archive has no colleagues.
func (d *Desk) watchColleagues() {
	if d.store.Engine() != "postgres" {
		return
	}
	changes := d.store.Changes(d.ctx)
	go func() {
		for range changes {
			quiet := time.After(300 * time.Millisecond)
		drain:
			for {
				select {
				case _, ok := <-changes:
					if !ok {
						return
					}
				case <-quiet:
					break drain
				}
			}
			d.do(d.archive.refresh)
		}
	}()
}
