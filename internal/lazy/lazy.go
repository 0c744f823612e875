// Package lazy holds what the program builds when first used, not at
// package init: regular expressions (RE) and values such as word lists (Of).
// Every CLI command (a search or `version` too) runs every package's init,
// and the drafting assistant's lists and expressions cost ~5–7 ms there.
package lazy

import (
	"regexp"
	"sync"
	"sync/atomic"
)

// loads counts the values and expressions built so far, for Loads.
var loads atomic.Int64

// Loads returns how many values of Of and expressions of RE have been built
// so far. Right after package init it is 0, which a test checks.
func Loads() int64 { return loads.Load() }

// Of returns a function that returns f(arg), calling f once, when the
// function is first called: lazy.Of(wordSet, "pronouns").
func Of[T any](f func(string) T, arg string) func() T {
	return sync.OnceValue(func() T {
		loads.Add(1)
		return f(arg)
	})
}

// Value is Of for a value that needs no argument, such as a table.
func Value[T any](f func() T) func() T {
	return sync.OnceValue(func() T {
		loads.Add(1)
		return f()
	})
}

// Regexp is a regular expression compiled when first used. Its methods are
// those of regexp.Regexp that the program calls.
type Regexp struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
}

// all is every expression RE returned, for All.
var all []*Regexp

// RE returns the expression src, to be compiled (regexp.MustCompile) when
// first used.
func RE(src string) *Regexp {
	l := &Regexp{src: src}
	all = append(all, l)
	return l
}

// All returns every expression made by RE so far: after package init, those
// of every package of the binary. A test compiles them all, since a bad one
// would panic only when first used.
func All() []*Regexp { return all }

// Get returns the compiled expression.
func (l *Regexp) Get() *regexp.Regexp {
	l.once.Do(func() {
		loads.Add(1)
		l.re = regexp.MustCompile(l.src)
	})
	return l.re
}

// String returns the source text, without compiling it.
func (l *Regexp) String() string { return l.src }

func (l *Regexp) MatchString(s string) bool { return l.Get().MatchString(s) }

func (l *Regexp) FindString(s string) string { return l.Get().FindString(s) }

func (l *Regexp) FindStringIndex(s string) []int { return l.Get().FindStringIndex(s) }

func (l *Regexp) FindStringSubmatch(s string) []string { return l.Get().FindStringSubmatch(s) }

func (l *Regexp) FindStringSubmatchIndex(s string) []int { return l.Get().FindStringSubmatchIndex(s) }

func (l *Regexp) FindAllString(s string, n int) []string { return l.Get().FindAllString(s, n) }

func (l *Regexp) FindAllStringIndex(s string, n int) [][]int { return l.Get().FindAllStringIndex(s, n) }

func (l *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return l.Get().FindAllStringSubmatch(s, n)
}

func (l *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.Get().FindAllStringSubmatchIndex(s, n)
}

func (l *Regexp) ReplaceAllString(src, repl string) string {
	return l.Get().ReplaceAllString(src, repl)
}

func (l *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return l.Get().ReplaceAllStringFunc(src, repl)
}

func (l *Regexp) Split(s string, n int) []string { return l.Get().Split(s, n) }
