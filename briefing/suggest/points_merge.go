package suggest

import (
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/internal/lazy"
)

// anaphoraRe finds a reference back to another side's demand: "Sokolov
// called the demand unacceptable".
var anaphoraRe = lazy.RE(`(?i)\b(?:the|this|that|such a|their|its) (?:demand|condition|precondition|proposal|request|ultimatum)\b`)

// resolveAnaphora gives a one-party point that answers "the demand" the
// party of the nearest earlier point of the same article as the other side,
// and records the nearest earlier demand as what it refers to. ps is in
// reading order.
func resolveAnaphora(ps []Point) {
	for i := range ps {
		p := &ps[i]
		if !anaphoraRe.MatchString(p.Text) {
			continue
		}
		for j := i - 1; j >= 0 && ps[j].Prov.ArticleID == p.Prov.ArticleID && p.sent-ps[j].sent <= 3; j-- {
			if demandKind()[ps[j].kind] && p.ref == (briefing.Provenance{}) {
				p.ref = ps[j].Prov
			}
			if len(p.Parties) == 1 && len(ps[j].Parties) == 1 && ps[j].Parties[0] != p.Parties[0] {
				p.Parties = []string{p.Parties[0], ps[j].Parties[0]}
			}
			if p.ref != (briefing.Provenance{}) && len(p.Parties) != 1 {
				break
			}
		}
	}
}

// demandKind are the cue labels of a demand that "the demand" can refer to.
var demandKind = lazy.Of(wordSet, "demand-kinds")

// genericIssueWords do not identify an issue on their own.
var genericIssueWords = lazy.Of(wordSet, "generic-issue-words")

// issueKeys are the words that identify an issue label, in the singular
// ("sanctions relief" and "a sanction" share "sanction").
func issueKeys(label string) map[string]bool {
	k := map[string]bool{}
	for _, w := range words(label) {
		if !genericIssueWords()[w] {
			k[singular(w)] = true
		}
	}
	return k
}

// mergePoints keeps one point per issue: points whose labels share a
// specific word ("corridor", "withdrawal") and that share a party or an
// article are merged into the strongest one, parties unioned and the more
// specific label kept; then a point that answers an earlier demand ("called
// the demand unacceptable") joins the point holding that demand when they
// share a party. ps is sorted best first.
func mergePoints(ps []Point) []Point {
	var out []Point
	var keys []map[string]bool
	var refs [][]briefing.Provenance
	for _, p := range ps {
		merged := false
		pk := issueKeys(p.Issue)
		for k := range out {
			if p.ref != (briefing.Provenance{}) {
				break // "rejected the demand": it joins the demand it answers, below
			}
			q := &out[k]
			if !sharesKey(keys[k], pk) {
				continue
			}
			if q.Prov.ArticleID != p.Prov.ArticleID && !sharesParty(q.Parties, p.Parties) &&
				!((len(q.Parties) == 0 || len(p.Parties) == 0) && sharedKeys(keys[k], pk) >= 2) {
				continue // another report's point with other parties; one with none is the same issue when two words of its label are
			}
			absorb(q, p)
			for w := range pk {
				keys[k][w] = true
			}
			refs[k] = append(refs[k], p.ref)
			merged = true
			break
		}
		if !merged {
			out = append(out, p)
			keys = append(keys, pk)
			refs = append(refs, []briefing.Provenance{p.ref})
		}
	}
	// anaphora: "the demand" joins the point that holds the demand
	for changed := true; changed; {
		changed = false
		for i := 0; i < len(out) && !changed; i++ {
			for _, r := range refs[i] {
				if r == (briefing.Provenance{}) {
					continue
				}
				j := holder(out, r)
				if j < 0 || j == i || !sharesParty(out[i].Parties, out[j].Parties) {
					continue
				}
				a, b := min(i, j), max(i, j) // keep the stronger point
				label := out[j].Issue
				absorb(&out[a], out[b])
				if label != out[j].kind {
					out[a].Issue = label // the issue is the demand's object, not the answer's words
				}
				refs[a] = append(refs[a], refs[b]...)
				for w := range keys[b] {
					keys[a][w] = true
				}
				out = append(out[:b], out[b+1:]...)
				keys = append(keys[:b], keys[b+1:]...)
				refs = append(refs[:b], refs[b+1:]...)
				changed = true
				break
			}
		}
	}
	return out
}

// absorb merges point p into q: parties unioned, the more specific label
// kept, p's sentences added to q's.
func absorb(q *Point, p Point) {
	if len(p.Issue) > len(q.Issue) {
		q.Issue = p.Issue
	}
	q.Parties = unionParties(q.Parties, p.Parties)
	q.also = append(q.also, p.Sentence)
	q.also = append(q.also, p.also...)
	sort.SliceStable(q.also, func(i, j int) bool { return q.also[i].Prov.Start < q.also[j].Prov.Start })
}

// holder returns the index of the point in ps that holds the sentence at
// r, or -1.
func holder(ps []Point, r briefing.Provenance) int {
	for i, p := range ps {
		if p.Prov == r {
			return i
		}
		for _, s := range p.also {
			if s.Prov == r {
				return i
			}
		}
	}
	return -1
}

// sharedKeys counts the words two issue labels share.
func sharedKeys(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}

func sharesKey(a, b map[string]bool) bool {
	for w := range a {
		if b[w] {
			return true
		}
	}
	return false
}

// partyNames flattens sides ("A, B") into names.
func partyNames(sides []string) []string {
	var out []string
	for _, s := range sides {
		out = append(out, strings.Split(s, ", ")...)
	}
	return out
}

func sharesParty(a, b []string) bool {
	for _, x := range partyNames(a) {
		for _, y := range partyNames(b) {
			if x == y {
				return true
			}
		}
	}
	return false
}

// unionParties adds b's names missing from a: to the second side when a
// has one side, else to the side they stand on in b.
func unionParties(a, b []string) []string {
	have := map[string]bool{}
	for _, n := range partyNames(a) {
		have[n] = true
	}
	var extra []string
	for _, n := range partyNames(b) {
		if !have[n] {
			have[n] = true
			extra = append(extra, n)
		}
	}
	if len(extra) == 0 {
		return a
	}
	out := append([]string(nil), a...)
	switch len(out) {
	case 0:
		return []string{strings.Join(extra, ", ")}
	case 1:
		return append(out, strings.Join(extra, ", "))
	}
	out[1] += ", " + strings.Join(extra, ", ")
	return out
}
