package lazy

import (
	"bytes"
	"regexp"
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// Filter is a cheap test that a text may hold a match of a regular
// expression: the strings one of which every match contains, read off the
// expression's syntax. A text that holds none of them cannot match, so the
// expression need not run on it (most sentences hold no match of most of
// the program's expressions, and running one costs tens of times more).
// The strings are in lower case (ASCII letters only) and are looked for in
// the text lower-cased the same way, which keeps the test exact for a
// case-folding expression too: a folded letter whose fold takes in a
// non-ASCII rune (k and the Kelvin sign, s and the long s) or any
// non-ASCII folded rune is never part of a string. A nil *Filter lets
// every text through.
type Filter struct {
	req [][]byte
}

// filter limits: sets of literal strings larger than maxExact are not
// multiplied out; a filter of more than maxReq strings, or with a string
// shorter than minReq bytes, tests too little to pay for itself.
const (
	maxExact = 16
	maxReq   = 24
	minReq   = 3
)

// FilterOf returns the filter of the expression src (Perl syntax, as
// regexp.Compile reads it), or nil when it has none worth testing.
func FilterOf(src string) *Filter {
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return nil
	}
	req, ok := infoOf(re).match()
	if !ok || len(req) == 0 || len(req) > maxReq {
		return nil
	}
	f := &Filter{}
	for _, s := range req {
		if len(s) < minReq {
			return nil
		}
		f.req = append(f.req, []byte(s))
	}
	return f
}

// May reports whether s holds one of the filter's strings, so may match.
func (f *Filter) May(s string) bool {
	if f == nil {
		return true
	}
	var buf [512]byte
	b := buf[:0]
	if len(s) > len(buf) {
		b = make([]byte, 0, len(s))
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	for _, r := range f.req {
		if bytes.Contains(b, r) {
			return true
		}
	}
	return false
}

// info is what a node of the syntax tells of the texts it matches: either
// exactly one of the strings exact (exactness), or a text holding one of
// req; neither (any) tells nothing.
type info struct {
	exact   []string
	isExact bool
	req     []string // when !isExact: nil is any
}

var anyInfo = info{}

func exactInfo(s ...string) info { return info{exact: s, isExact: true} }

// match turns i into a set of strings one of which every match holds;
// ok is false when there is none (a match may be empty or anything).
func (i info) match() ([]string, bool) {
	if !i.isExact {
		return i.req, i.req != nil
	}
	if len(i.exact) == 0 {
		return nil, false
	}
	for _, s := range i.exact {
		if s == "" {
			return nil, false
		}
	}
	return i.exact, true
}

func matchInfo(i info) info {
	req, ok := i.match()
	if !ok {
		return anyInfo
	}
	return info{req: req}
}

// quality ranks a set of required strings: its shortest string's length,
// then fewer strings.
func better(a, b []string) bool {
	qa, qb := minLen(a), minLen(b)
	if qa != qb {
		return qa > qb
	}
	return len(a) < len(b)
}

func minLen(ss []string) int {
	if len(ss) == 0 {
		return 0
	}
	m := len(ss[0])
	for _, s := range ss[1:] {
		m = min(m, len(s))
	}
	return m
}

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
		return info{req: []string{best}}
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
		var out []string
		for _, s := range subs {
			req, ok := s.match()
			if !ok {
				return anyInfo
			}
			out = append(out, req...)
		}
		return info{req: dedup(out)}
	}
	return anyInfo // any character, a larger class, a star, no match
}

// concatInfo multiplies out the runs of exact parts of a concatenation
// and keeps the best set of required strings among them and the other
// parts: every match holds one string of each.
func concatInfo(subs []*syntax.Regexp) info {
	var best []string
	consider := func(i info) {
		if req, ok := i.match(); ok && (best == nil || better(req, best)) {
			best = req
		}
	}
	run := exactInfo("")
	whole := true // every part so far was exact and multiplied out
	for _, s := range subs {
		i := infoOf(s)
		if i.isExact && len(run.exact)*len(i.exact) <= maxExact {
			run = exactInfo(cross(run.exact, i.exact)...)
			continue
		}
		whole = false
		consider(run)
		if i.isExact {
			run = i
			continue
		}
		run = exactInfo("")
		consider(i)
	}
	if whole {
		return run
	}
	consider(run)
	if best == nil {
		return anyInfo
	}
	return info{req: best}
}

// Filtered is a compiled expression whose Match and Find methods return
// at once, with no match, on a text its Filter rules out.
type Filtered struct {
	*regexp.Regexp
	f *Filter
}

// Compile compiles src (regexp.MustCompile) with its filter.
func Compile(src string) *Filtered {
	return &Filtered{regexp.MustCompile(src), FilterOf(src)}
}

func (r *Filtered) MatchString(s string) bool { return r.f.May(s) && r.Regexp.MatchString(s) }

func (r *Filtered) FindStringIndex(s string) []int {
	if !r.f.May(s) {
		return nil
	}
	return r.Regexp.FindStringIndex(s)
}

func (r *Filtered) FindStringSubmatch(s string) []string {
	if !r.f.May(s) {
		return nil
	}
	return r.Regexp.FindStringSubmatch(s)
}
