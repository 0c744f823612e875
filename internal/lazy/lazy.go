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
// function is first called: lazy.Of(wordSet, "pronouns"). It costs one
// small allocation at init (sync.OnceValue cost several: the drafting
// assistant declares some ninety such values).
func Of[T any](f func(string) T, arg string) func() T {
	return (&value[T]{of: f, arg: arg}).get
}

// Value is Of for a value that needs no argument, such as a table.
func Value[T any](f func() T) func() T {
	return Of(func(string) T { return f() }, "")
}

// value is a value built once, by of(arg), when first asked for; when
// building it panicked, every call panics with the same value, as with
// sync.OnceValue. Once built, a call is one atomic load (the word lists
// are read in the drafting assistant's inner loops).
type value[T any] struct {
	done  atomic.Bool
	mu    sync.Mutex
	of    func(string) T
	arg   string
	v     T
	panic any
}

func (l *value[T]) get() T {
	if l.done.Load() {
		return l.v
	}
	return l.slow()
}

func (l *value[T]) slow() T {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.panic == nil && !l.done.Load() {
		l.build()
	}
	if l.panic != nil {
		panic(l.panic)
	}
	return l.v
}

func (l *value[T]) build() {
	loads.Add(1)
	defer func() {
		if r := recover(); r != nil {
			l.panic = r
		}
	}()
	l.v = l.of(l.arg)
	l.done.Store(true)
}

// Regexp is a regular expression compiled when first used. Its methods are
// those of regexp.Regexp that the program calls.
type Regexp struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
	f    *Filter // the texts worth running re on
}

// all is every expression RE returned, for All; room for the program's
// expressions is made once, so that the packages that declare them do not
// each pay for the slice growing at their init.
var all = make([]*Regexp, 0, 256)

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
		l.f = FilterOf(l.src)
	})
	return l.re
}

// may reports whether s may hold a match (see Filter), compiling the
// expression first.
func (l *Regexp) may(s string) bool {
	l.Get()
	return l.f.May(s)
}

// String returns the source text, without compiling it.
func (l *Regexp) String() string { return l.src }

func (l *Regexp) MatchString(s string) bool { return l.may(s) && l.re.MatchString(s) }

func (l *Regexp) FindString(s string) string {
	if !l.may(s) {
		return ""
	}
	return l.re.FindString(s)
}

func (l *Regexp) FindStringIndex(s string) []int {
	if !l.may(s) {
		return nil
	}
	return l.re.FindStringIndex(s)
}

func (l *Regexp) FindStringSubmatch(s string) []string {
	if !l.may(s) {
		return nil
	}
	return l.re.FindStringSubmatch(s)
}

func (l *Regexp) FindStringSubmatchIndex(s string) []int {
	if !l.may(s) {
		return nil
	}
	return l.re.FindStringSubmatchIndex(s)
}

func (l *Regexp) FindAllString(s string, n int) []string {
	if !l.may(s) {
		return nil
	}
	return l.re.FindAllString(s, n)
}

func (l *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if !l.may(s) {
		return nil
	}
	return l.re.FindAllStringIndex(s, n)
}

func (l *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	if !l.may(s) {
		return nil
	}
	return l.re.FindAllStringSubmatch(s, n)
}

func (l *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !l.may(s) {
		return nil
	}
	return l.re.FindAllStringSubmatchIndex(s, n)
}

// ReplaceAllString and ReplaceAllStringFunc return src itself when it
// holds no match, as regexp's do (a copy of it).
func (l *Regexp) ReplaceAllString(src, repl string) string {
	if !l.may(src) {
		return src
	}
	return l.re.ReplaceAllString(src, repl)
}

func (l *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	if !l.may(src) {
		return src
	}
	return l.re.ReplaceAllStringFunc(src, repl)
}

func (l *Regexp) Split(s string, n int) []string { return l.Get().Split(s, n) }
