package storage

import (
	"context"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestOutletsAndCountMatching(t *testing.T) {
	st := newTestStore(t)
	ctx := context.Background()
	add := func(title, outlet string, published time.Time) int64 {
		a := briefing.Article{Title: title, Outlet: outlet, Published: published, Text: title + " — body text of the report."}
		a.Finish()
		res, err := st.AddArticle(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		return res.ID
	}
	day := func(d int) time.Time { return time.Date(2026, 3, d, 0, 0, 0, 0, time.UTC) }
	add("Talks open", "Meridian News", day(1))
	b := add("Talks stall", "Meridian News", day(5))
	add("Envoy arrives", "Northbridge Wire", day(9))
	add("No outlet", "", day(10))
	if err := st.Tag(ctx, b, "geneva"); err != nil {
		t.Fatal(err)
	}

	outlets, err := st.Outlets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(outlets) != 2 || outlets["Meridian News"] != 2 || outlets["Northbridge Wire"] != 1 {
		t.Errorf("outlets = %v", outlets)
	}
	for _, tc := range []struct {
		name string
		f    ArticleFilter
		want int
	}{
		{"no filter counts the whole archive", ArticleFilter{}, 4},
		{"an outlet counts its articles", ArticleFilter{Outlet: "Meridian News"}, 2},
		{"a tag counts tagged articles", ArticleFilter{Tag: "GENEVA"}, 1},
		{"a date range counts published inside it", ArticleFilter{Since: day(2), Until: day(10)}, 2},
		{"the limit does not change the count", ArticleFilter{Limit: 1}, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, err := st.CountMatching(ctx, tc.f)
			if err != nil || n != tc.want {
				t.Errorf("CountMatching = %d, %v; want %d", n, err, tc.want)
			}
			list, err := st.Articles(ctx, ArticleFilter{Tag: tc.f.Tag, Outlet: tc.f.Outlet, Since: tc.f.Since, Until: tc.f.Until})
			if err != nil || len(list) != tc.want {
				t.Errorf("Articles lists %d, %v; want %d", len(list), err, tc.want)
			}
		})
	}
	if err := st.Trash(ctx, b); err != nil {
		t.Fatal(err)
	}
	if n, _ := st.CountMatching(ctx, ArticleFilter{Trashed: true}); n != 1 {
		t.Errorf("trash count = %d, want 1", n)
	}
	if outlets, _ := st.Outlets(ctx); outlets["Meridian News"] != 1 {
		t.Errorf("trashed article still counted for its outlet: %v", outlets)
	}
}
