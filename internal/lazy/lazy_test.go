package lazy

import "testing"

func TestRegexp(t *testing.T) {
	l := RE(`^a(b+)$`)
	if l.re != nil {
		t.Fatal("compiled before first use")
	}
	if m := l.FindStringSubmatch("abb"); len(m) != 2 || m[1] != "bb" {
		t.Errorf("FindStringSubmatch = %q", m)
	}
	first := l.Get()
	if l.Get() != first || l.String() != `^a(b+)$` {
		t.Error("compiled twice or lost its source")
	}
	if got := All(); len(got) == 0 || got[len(got)-1] != l {
		t.Error("All does not list the expression")
	}
}

func TestOf(t *testing.T) {
	calls := 0
	f := Of(func(s string) int { calls++; return len(s) }, "four")
	before := Loads()
	if calls != 0 {
		t.Fatal("called before first use")
	}
	a, b := f(), f()
	if a != 4 || b != 4 || calls != 1 || Loads() != before+1 {
		t.Errorf("calls %d, loads %d -> %d", calls, before, Loads())
	}
	v := Value(func() []string { return []string{"a"} })
	if len(v()) != 1 || Loads() != before+2 {
		t.Errorf("Value: loads %d", Loads())
	}
}

// A value whose building panics panics again on every later call, not
// return a zero value as if it had been built.
func TestOfPanicsEveryTime(t *testing.T) {
	calls := 0
	f := Of(func(string) int { calls++; panic("bad list") }, "x")
	for i := range 2 {
		func() {
			defer func() {
				if r := recover(); r != "bad list" {
					t.Errorf("call %d: recovered %v, want the build's panic", i, r)
				}
			}()
			f()
		}()
	}
	if calls != 1 {
		t.Errorf("built %d times, want once", calls)
	}
}
