package ner

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/suggest/sentence"
)

// bracketed tokenizes an example sentence with the name in [brackets] and
// returns its tokens and the token range of the name.
func bracketed(t *testing.T, ex string) ([]Token, int, int) {
	t.Helper()
	a, b := strings.IndexByte(ex, '['), strings.IndexByte(ex, ']')
	if a < 0 || b < a {
		t.Fatalf("example %q has no [name]", ex)
	}
	text := ex[:a] + ex[a+1:b] + ex[b+1:]
	start, end := a, b-1
	toks := Tokenize(text)
	i, j := -1, -1
	for k, tk := range toks {
		if tk.Start == start {
			i = k
		}
		if tk.End == end {
			j = k + 1
		}
	}
	if i < 0 || j <= i {
		t.Fatalf("example %q: [name] is not a run of whole tokens", ex)
	}
	return toks, i, j
}

func TestRuleExamples(t *testing.T) {
	sp, err := sentence.NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	// the tables' scorecard row reads scorecards only with its option on
	r := NewWithOptions(sp.Model(), Options{SportsTables: true})
	for _, table := range []struct {
		name  string
		rules []rule
	}{{"nameRules", nameRules()}, {"contextRules", contextRules}, {"tableRules", tableRules()}} {
		names := map[string]bool{}
		for k, ru := range table.rules {
			if ru.name == "" || ru.what == "" || ru.match == nil {
				t.Errorf("%s[%d]: a row needs a name, what it matches and a match", table.name, k)
			}
			if names[ru.name] {
				t.Errorf("%s: two rows named %q", table.name, ru.name)
			}
			names[ru.name] = true
			if len(ru.pos) == 0 || len(ru.neg) == 0 {
				t.Errorf("%s %q: a row needs positive and negative examples", table.name, ru.name)
			}
			switch ru.typ {
			case PER, ORG, LOC, "":
			default:
				t.Errorf("%s %q: type %q", table.name, ru.name, ru.typ)
			}
			for _, ex := range ru.pos {
				toks, i, j := bracketed(t, ex)
				c := r.newNameCtx(ex, toks, i, j, "")
				if got := firstRule(table.rules, c); got != k {
					first := "none"
					if got >= 0 {
						first = table.rules[got].name
					}
					t.Errorf("%s %q: %q is matched first by %s", table.name, ru.name, ex, first)
				}
			}
			for _, ex := range ru.neg {
				toks, i, j := bracketed(t, ex)
				if ru.match(r.newNameCtx(ex, toks, i, j, "")) {
					t.Errorf("%s %q: matches its negative example %q", table.name, ru.name, ex)
				}
			}
		}
	}
}
