package lazy

import (
	"bytes"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
)

// Filter is a cheap test that a text may hold a match of a regular
// expression, read off the expression's syntax: strings one of which every
// match contains, joined by and and or as the expression's parts are
// (RE2's prefilter does the same). A text that holds none of them cannot
// match, so the expression need not run on it (most sentences hold no
// match of most of the program's expressions, and running one costs tens
// of times more). The strings are in lower case (ASCII letters only) and
// are looked for in the text lower-cased the same way, which keeps the
// test exact for a case-folding expression too: a folded letter whose fold
// takes in a non-ASCII rune (k and the Kelvin sign, s and the long s) or
// any non-ASCII folded rune is never part of a string. A nil *Filter lets
// every text through.
type Filter struct {
	root *node
}

// node is a test of a filter: the text holds one of atoms, or passes
// every one (and) or one (or) of subs.
type node struct {
	and   bool
	atoms [][]byte // when subs is nil
	subs  []*node
}

// filter limits: sets of literal strings larger than maxExact are not
// multiplied out; a filter of more than maxAtoms strings costs too much to
// test, and a test whose strings may be shorter than minReq bytes passes
// too much to pay for itself.
const (
	maxExact = 16
	maxAtoms = 64
	minReq   = 3
)

// FilterOf returns the filter of the expression src (Perl syntax, as
// regexp.Compile reads it), or nil when it has none worth testing.
func FilterOf(src string) *Filter {
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return nil
	}
	n := matchNode(infoOf(re))
	if n == nil || n.atomCount() > maxAtoms || n.strength() < minReq {
		return nil
	}
	return &Filter{n}
}

// May reports whether s passes the filter, so may match.
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
	return f.root.holds(b)
}

func (n *node) holds(b []byte) bool {
	if n.subs == nil {
		for _, a := range n.atoms {
			if bytes.Contains(b, a) {
				return true
			}
		}
		return false
	}
	for _, s := range n.subs {
		if s.holds(b) != n.and {
			return !n.and
		}
	}
	return n.and
}

// String shows the test: strings one of which the text holds in [a|b],
// tests joined by & and |.
func (f *Filter) String() string {
	if f == nil {
		return "<none>"
	}
	return f.root.String()
}

func (n *node) String() string {
	var parts []string
	if n.subs == nil {
		for _, a := range n.atoms {
			parts = append(parts, string(a))
		}
		return "[" + strings.Join(parts, "|") + "]"
	}
	for _, s := range n.subs {
		parts = append(parts, s.String())
	}
	if n.and {
		return "(" + strings.Join(parts, " & ") + ")"
	}
	return "(" + strings.Join(parts, " | ") + ")"
}

func (n *node) atomCount() int {
	c := len(n.atoms)
	for _, s := range n.subs {
		c += s.atomCount()
	}
	return c
}

// strength is the fewest bytes of the strings a text passing n holds.
func (n *node) strength() int {
	if n.subs == nil {
		m := -1
		for _, a := range n.atoms {
			if m < 0 || len(a) < m {
				m = len(a)
			}
		}
		return max(m, 0)
	}
	m := -1
	for _, s := range n.subs {
		v := s.strength()
		if m < 0 || (n.and && v > m) || (!n.and && v < m) {
			m = v
		}
	}
	return max(m, 0)
}

// atomsNode is a test of the strings ss, none of which holds another (a
// text holding the longer one holds the shorter one too).
func atomsNode(ss []string) *node {
	ss = dedup(ss)
	n := &node{}
	for _, s := range ss {
		redundant := false
		for _, t := range ss {
			if t != s && strings.Contains(s, t) {
				redundant = true
				break
			}
		}
		if !redundant {
			n.atoms = append(n.atoms, []byte(s))
		}
	}
	return n
}

// andNode joins tests every one of which a match passes, leaving out those
// too weak to pay; nil when none is left.
func andNode(ns []*node) *node {
	var subs []*node
	for _, n := range ns {
		if n == nil || n.strength() < minReq {
			continue
		}
		if n.and {
			subs = append(subs, n.subs...)
		} else {
			subs = append(subs, n)
		}
	}
	switch len(subs) {
	case 0:
		return nil
	case 1:
		return subs[0]
	}
	// the strongest test first: a longer string is rarer
	slices.SortStableFunc(subs, func(a, b *node) int { return b.strength() - a.strength() })
	return &node{and: true, subs: subs}
}

// orNode joins tests one of which a match passes; nil (any text) when one
// of them is nil.
func orNode(ns []*node) *node {
	var atoms []string
	var subs []*node
	for _, n := range ns {
		switch {
		case n == nil:
			return nil
		case n.subs == nil:
			for _, a := range n.atoms {
				atoms = append(atoms, string(a))
			}
		case !n.and:
			for _, s := range n.subs {
				if s.subs == nil {
					for _, a := range s.atoms {
						atoms = append(atoms, string(a))
					}
				} else {
					subs = append(subs, s)
				}
			}
		default:
			subs = append(subs, n)
		}
	}
	if len(atoms) > 0 {
		subs = append([]*node{atomsNode(atoms)}, subs...)
	}
	if len(subs) == 1 {
		return subs[0]
	}
	return &node{subs: subs}
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

func (r *Filtered) FindAllStringIndex(s string, n int) [][]int {
	if !r.f.May(s) {
		return nil
	}
	return r.Regexp.FindAllStringIndex(s, n)
}

func (r *Filtered) FindStringSubmatch(s string) []string {
	if !r.f.May(s) {
		return nil
	}
	return r.Regexp.FindStringSubmatch(s)
}
