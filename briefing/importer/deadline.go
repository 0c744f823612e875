package importer

import (
	"context"
	"fmt"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// ParseDeadline is how long the reading and parsing of one file may take
// before it is abandoned, unless WithParseDeadline says otherwise. Real
// files take milliseconds; a 16 MB PDF a few seconds.
const ParseDeadline = time.Minute

type parseDeadlineKey struct{}

// WithParseDeadline returns ctx carrying d as the deadline of each file's
// parse under it (in place of ParseDeadline); d <= 0 leaves ctx as it is.
func WithParseDeadline(ctx context.Context, d time.Duration) context.Context {
	if d <= 0 {
		return ctx
	}
	return context.WithValue(ctx, parseDeadlineKey{}, d)
}

func parseDeadline(ctx context.Context) time.Duration {
	if d, ok := ctx.Value(parseDeadlineKey{}).(time.Duration); ok && d > 0 {
		return d
	}
	return ParseDeadline
}

// FromFileContext is FromFile under a deadline: a file whose parse takes
// longer than the parse deadline of ctx (a PDF that loops in a way its
// checks do not foresee) fails with "parse took longer than …", and one
// still being parsed when ctx is cancelled fails at once, so an import
// goes on to the next file or ends. Go cannot stop a computation from
// outside: the abandoned parse runs on in the background, its result
// discarded, until it ends or the process does.
func FromFileContext(ctx context.Context, path string) (briefing.Article, error) {
	if err := ctx.Err(); err != nil {
		return briefing.Article{}, fmt.Errorf("%s: cancelled", path)
	}
	type result struct {
		a   briefing.Article
		err error
	}
	done := make(chan result, 1)
	go func() {
		a, err := FromFile(path)
		done <- result{a, err}
	}()
	d := parseDeadline(ctx)
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case r := <-done:
		return r.a, r.err
	case <-timer.C:
		return briefing.Article{}, fmt.Errorf("%s: parse took longer than %v: abandoned (a malformed file?)", path, d)
	case <-ctx.Done():
		return briefing.Article{}, fmt.Errorf("%s: cancelled", path)
	}
}
