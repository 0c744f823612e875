package lazy

// What the syntax tree of an expression tells of the texts it matches:
// the walk that builds a Filter (see FilterOf).

import (
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// info is what a node of the syntax tells of the texts it matches: either
// exactly one of the strings exact (exactness), or a text that passes the
// test req; neither (any: req nil) tells nothing.
type info struct {
	exact   []string
	isExact bool
	req     *node
}

var anyInfo = info{}

func exactInfo(s ...string) info { return info{exact: s, isExact: true} }

// matchNode turns i into a test every match passes; nil when there is
// none (a match may be empty or anything).
func matchNode(i info) *node {
	if !i.isExact {
		return i.req
	}
	if len(i.exact) == 0 || slices.Contains(i.exact, "") {
		return nil
	}
	return atomsNode(i.exact)
}

func matchInfo(i info) info { return info{req: matchNode(i)} }

func dedup(ss []string) []string {
	ss = slices.Clone(ss)
	slices.Sort(ss)
	return slices.Compact(ss)
}

func cross(a, b []string) []string {
	var out []string
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return dedup(out)
}

// foldSafe reports whether a case-folding literal's rune r may stand in a
// filter string, and in what form.
func foldSafe(r rune) (string, bool) {
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f >= utf8.RuneSelf || r >= utf8.RuneSelf {
			return "", false
		}
	}
	return lowerRune(r), true
}

func lowerRune(r rune) string {
	if 'A' <= r && r <= 'Z' {
		r += 'a' - 'A'
	}
	return string(r)
}

func infoOf(re *syntax.Regexp) info {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return exactInfo("")
	case syntax.OpLiteral:
		// runs of runes that stand in a string, split where a folded rune
		// cannot
		var runs []string
		cur := ""
		broken := false
		for _, r := range re.Rune {
			s, ok := lowerRune(r), true
			if re.Flags&syntax.FoldCase != 0 {
				s, ok = foldSafe(r)
			}
			if !ok {
				runs, cur, broken = append(runs, cur), "", true
				continue
			}
			cur += s
		}
		if !broken {
			return exactInfo(cur)
		}
		runs = append(runs, cur)
		best := ""
		for _, r := range runs {
			if len(r) > len(best) {
				best = r
			}
		}
		if best == "" {
			return anyInfo
		}
		return info{req: atomsNode([]string{best})}
	case syntax.OpCharClass:
		var out []string
		for k := 0; k+1 < len(re.Rune); k += 2 {
			for r := re.Rune[k]; r <= re.Rune[k+1]; r++ {
				if len(out) >= maxExact {
					return anyInfo
				}
				out = append(out, lowerRune(r))
			}
		}
		if len(out) == 0 {
			return anyInfo
		}
		return exactInfo(dedup(out)...)
	case syntax.OpCapture:
		return infoOf(re.Sub[0])
	case syntax.OpQuest:
		sub := infoOf(re.Sub[0])
		if sub.isExact && len(sub.exact) < maxExact {
			return exactInfo(dedup(append(slices.Clone(sub.exact), ""))...)
		}
		return anyInfo
	case syntax.OpPlus:
		return matchInfo(infoOf(re.Sub[0]))
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return matchInfo(infoOf(re.Sub[0]))
		}
		return anyInfo
	case syntax.OpConcat:
		return concatInfo(re.Sub)
	case syntax.OpAlternate:
		subs := make([]info, len(re.Sub))
		allExact := true
		n := 0
		for k, s := range re.Sub {
			subs[k] = infoOf(s)
			allExact = allExact && subs[k].isExact
			n += len(subs[k].exact)
		}
		if allExact && n <= maxExact {
			var out []string
			for _, s := range subs {
				out = append(out, s.exact...)
			}
			return exactInfo(dedup(out)...)
		}
		ns := make([]*node, len(subs))
		for k, s := range subs {
			ns[k] = matchNode(s)
		}
		return info{req: orNode(ns)}
	}
	return anyInfo // any character, a larger class, a star, no match
}

// concatInfo multiplies out the runs of exact parts of a concatenation;
// a match passes the test of each run and of every other part.
func concatInfo(subs []*syntax.Regexp) info {
	var ns []*node
	run := exactInfo("")
	whole := true // every part so far was exact and multiplied out
	for _, s := range subs {
		i := infoOf(s)
		if i.isExact && len(run.exact)*len(i.exact) <= maxExact {
			run = exactInfo(cross(run.exact, i.exact)...)
			continue
		}
		whole = false
		ns = append(ns, matchNode(run))
		if i.isExact {
			run = i
			continue
		}
		run = exactInfo("")
		ns = append(ns, i.req)
	}
	if whole {
		return run
	}
	ns = append(ns, matchNode(run))
	return info{req: andNode(ns)}
}
