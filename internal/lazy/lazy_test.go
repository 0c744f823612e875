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
	if l.Get() != l.Get() || l.String() != `^a(b+)$` {
		t.Error("compiled twice or lost its source")
	}
	if got := All(); len(got) == 0 || got[len(got)-1] != l {
		t.Error("All does not list the expression")
	}
}
