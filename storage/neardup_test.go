package storage

import (
	"bytes"
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/storage/internal/benchtext"
	"github.com/briefdesk/briefdesk/storage/internal/neardup"
)

// wireStory is a ~4 KB wire report (realistic generated text, see
// benchtext) with a lead sentence of its own.
func wireStory(seed uint64, lead string) string {
	return lead + " " + benchtext.New(seed).Text(3600)
}

// changeSentence replaces the n-th sentence of text (split on ". ").
func changeSentence(text string, n int, with string) string {
	parts := strings.SplitAfter(text, ". ")
	parts[n] = with + " "
	return strings.Join(parts, "")
}

func summaryIDs(as []briefing.ArticleSummary) []int64 {
	var ids []int64
	for _, a := range as {
		ids = append(ids, a.ID)
	}
	return ids
}

// nearDupFixture stores a wire story, the same story under another
// headline with a sentence changed at another outlet, and a different story
// on the same topic that opens with the same lead and quote.
func nearDupFixture(t *testing.T, s *Store) (wire, copied, other int64) {
	t.Helper()
	lead := "Negotiators from Arvelia and Sarkand resumed talks on prisoner exchanges in Geneva on Monday. " +
		"\"Both delegations agreed on a framework for monitoring the contact line,\" the United Nations envoy said."
	text := wireStory(7, lead)
	wire = mustAdd(t, s, article("Arvelia and Sarkand resume Geneva talks", "https://wire.example/1", text))
	changed := changeSentence(text, 4, "The envoy declined to say when the next round would begin.")
	if changed == text {
		t.Fatal("sentence not changed")
	}
	c := article("Prisoner swap back on the table as rivals meet in Geneva", "https://post.example/geneva", changed)
	c.Outlet = "Meridian Post"
	copied = mustAdd(t, s, c)
	o := article("Geneva talks: what each side wants", "https://times.example/explainer", wireStory(8, lead))
	o.Outlet = "Harbour Times"
	other = mustAdd(t, s, o)
	if j := neardup.Jaccard(neardup.Shingles(text), neardup.Shingles(changed)); j < neardup.Threshold {
		t.Fatalf("fixture: similarity of the copy %.3f, want >= %.2f", j, neardup.Threshold)
	}
	return wire, copied, other
}

func TestNearDuplicatesGroupsWireCopy(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	wire, copied, other := nearDupFixture(t, s)

	got, err := s.NearDuplicates(ctx, wire)
	if err != nil || !slices.Equal(summaryIDs(got), []int64{copied}) {
		t.Errorf("NearDuplicates(wire) = %v, %v; want [%d]", summaryIDs(got), err, copied)
	}
	if len(got) == 1 && got[0].Title != "Prisoner swap back on the table as rivals meet in Geneva" {
		t.Errorf("summary = %+v", got[0])
	}
	got, _ = s.NearDuplicates(ctx, copied)
	if !slices.Equal(summaryIDs(got), []int64{wire}) {
		t.Errorf("NearDuplicates(copy) = %v, want [%d]", summaryIDs(got), wire)
	}
	got, err = s.NearDuplicates(ctx, other)
	if err != nil || len(got) != 0 {
		t.Errorf("a different story on the same topic is grouped: %v, %v", summaryIDs(got), err)
	}
	if _, err := s.NearDuplicates(ctx, 999); !errorsIsNotFound(err) {
		t.Errorf("NearDuplicates(999) err = %v, want ErrNotFound", err)
	}

	groups, err := s.DuplicateGroups(ctx, []int64{wire, copied, other, 999})
	if err != nil {
		t.Fatal(err)
	}
	want := map[int64]NearDuplicateGroup{wire: {ID: wire, Size: 2}, copied: {ID: wire, Size: 2}}
	if len(groups) != 2 || groups[wire] != want[wire] || groups[copied] != want[copied] {
		t.Errorf("DuplicateGroups = %v, want %v", groups, want)
	}

	// A third copy joins the same group.
	third := article("Geneva round resumes", "https://ledger.example/3",
		changeSentence(wireStory(7, "Negotiators from Arvelia and Sarkand resumed talks on prisoner exchanges in Geneva on Monday. "+
			"\"Both delegations agreed on a framework for monitoring the contact line,\" the United Nations envoy said."),
			9, "Reporting by the Eastern Ledger staff."))
	thirdID := mustAdd(t, s, third)
	groups, _ = s.DuplicateGroups(ctx, []int64{thirdID})
	if groups[thirdID] != (NearDuplicateGroup{ID: wire, Size: 3}) {
		t.Errorf("third copy: %v", groups)
	}

	// The trash does not count.
	if err := s.Trash(ctx, copied); err != nil {
		t.Fatal(err)
	}
	if err := s.Trash(ctx, thirdID); err != nil {
		t.Fatal(err)
	}
	groups, _ = s.DuplicateGroups(ctx, []int64{wire})
	got, _ = s.NearDuplicates(ctx, wire)
	if len(groups) != 0 || len(got) != 0 {
		t.Errorf("after trashing the copies: groups %v, near-duplicates %v", groups, summaryIDs(got))
	}
}

func errorsIsNotFound(err error) bool {
	return err != nil && strings.Contains(err.Error(), ErrNotFound.Error())
}

func TestIndexNearDuplicatesFilesOldArticles(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	wire, copied, other := nearDupFixture(t, s)
	// Pretend the articles predate migration 0005.
	if _, err := s.write.Exec(`DELETE FROM article_minhash; DELETE FROM article_lsh`); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.NearDuplicates(ctx, wire); len(got) != 0 {
		t.Fatalf("near-duplicates without signatures: %v", summaryIDs(got))
	}
	n, err := s.IndexNearDuplicates(ctx)
	if err != nil || n != 3 {
		t.Fatalf("IndexNearDuplicates = %d, %v; want 3", n, err)
	}
	got, _ := s.NearDuplicates(ctx, copied)
	if !slices.Equal(summaryIDs(got), []int64{wire}) {
		t.Errorf("after indexing: NearDuplicates(copy) = %v, want [%d]", summaryIDs(got), wire)
	}
	if got, _ := s.NearDuplicates(ctx, other); len(got) != 0 {
		t.Errorf("other story grouped: %v", summaryIDs(got))
	}
	var bands, keys int
	if err := s.read.QueryRow(`SELECT count(*), count(DISTINCT band_key) FROM article_lsh`).Scan(&bands, &keys); err != nil || bands != 3*neardup.Bands {
		t.Errorf("LSH rows = %d (%v), want %d", bands, err, 3*neardup.Bands)
	}
	if keys >= bands || keys < 2*neardup.Bands {
		t.Errorf("distinct band keys = %d of %d: the copy should share some bands, the other story none", keys, bands)
	}
	if n, err := s.IndexNearDuplicates(ctx); n != 0 || err != nil {
		t.Errorf("second IndexNearDuplicates = %d, %v; want 0", n, err)
	}
}

func TestNearDuplicatesSurviveArchiveRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	wire, copied, _ := nearDupFixture(t, s)
	var bundle bytes.Buffer
	if err := s.ExportArchive(ctx, &bundle); err != nil {
		t.Fatal(err)
	}
	dst, err := Open(filepath.Join(t.TempDir(), "restored.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	if err := dst.ImportArchive(ctx, &bundle); err != nil {
		t.Fatal(err)
	}
	got, _ := dst.NearDuplicates(ctx, wire)
	if !slices.Equal(summaryIDs(got), []int64{copied}) {
		t.Errorf("restored archive: NearDuplicates = %v, want [%d]", summaryIDs(got), copied)
	}
}

func TestShortTextsAreNotCompared(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	a := mustAdd(t, s, article("Short", "", "Shelling near Kyrov."))
	b := mustAdd(t, s, article("Short too", "", "Shelling near Kyrov again."))
	groups, err := s.DuplicateGroups(ctx, []int64{a, b})
	if err != nil || len(groups) != 0 {
		t.Errorf("short texts grouped: %v, %v", groups, err)
	}
}
