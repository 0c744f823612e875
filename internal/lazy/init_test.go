package lazy

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// compilers are the calls that must not run at package init: a regular
// expression or a template parsed there is paid by every CLI command.
var compilers = map[string]bool{
	"regexp.MustCompile": true, "regexp.Compile": true, "regexp.MustCompilePOSIX": true,
	"template.Must": true, "template.New": true,
}

// TestNothingCompiledAtInit reads the module's sources (scripts, which are
// programs of their own, aside) and fails on a package-level variable or an
// init function that compiles an expression or parses a template: use RE or
// Value. A function literal is looked into only where it is called at once.
// (A named function called at init is not followed; cmd/briefdesk's
// TestNothingLoadedAtInit bounds what each package allocates at init.)
func TestNothingCompiledAtInit(t *testing.T) {
	root := filepath.Join("..", "..")
	files := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "scripts", "testdata", "bin", "out", ".git":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		files++
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		for _, n := range atInit(f) {
			t.Errorf("%s: %s at package init; build it when first used (lazy.RE, lazy.Value)", fset.Position(n.Pos()), callName(n))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 50 {
		t.Fatalf("read only %d files", files)
	}
}

// atInit returns the compiler calls of f that run at package init.
func atInit(f *ast.File) []*ast.CallExpr {
	var roots []ast.Node
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.GenDecl:
			if d.Tok == token.VAR {
				roots = append(roots, d)
			}
		case *ast.FuncDecl:
			if d.Name.Name == "init" && d.Recv == nil {
				roots = append(roots, d.Body)
			}
		}
	}
	var out []*ast.CallExpr
	for _, r := range roots {
		called := map[*ast.FuncLit]bool{}
		ast.Inspect(r, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if fl, ok := n.Fun.(*ast.FuncLit); ok {
					called[fl] = true
				}
				if compilers[callName(n)] {
					out = append(out, n)
				}
			case *ast.FuncLit:
				return called[n]
			}
			return true
		})
	}
	return out
}

// callName is "pkg.Func" for a call of a package's function, else "".
func callName(c *ast.CallExpr) string {
	if s, ok := c.Fun.(*ast.SelectorExpr); ok {
		if x, ok := s.X.(*ast.Ident); ok {
			return x.Name + "." + s.Sel.Name
		}
	}
	return ""
}

// TestAtInitFindsEagerCompiles: the check sees through what runs at init
// and not into what runs later.
func TestAtInitFindsEagerCompiles(t *testing.T) {
	src := `package p
var a = regexp.MustCompile("a")
var b = RE("b")
var c = Value(func() *regexp.Regexp { return regexp.MustCompile("c") })
var d = func() *template.Template { return template.Must(template.New("d").Parse("")) }()
var e = []*regexp.Regexp{regexp.MustCompile("e")}
func init() { f = regexp.MustCompile("f") }
func g() { _ = regexp.MustCompile("g") }
`
	f, err := parser.ParseFile(token.NewFileSet(), "p.go", src, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range atInit(f) {
		got = append(got, types.ExprString(c))
	}
	want := `regexp.MustCompile("a") template.Must(template.New("d").Parse("")) template.New("d") regexp.MustCompile("e") regexp.MustCompile("f")`
	if strings.Join(got, " ") != want {
		t.Errorf("found %q\nwant %q", strings.Join(got, " "), want)
	}
}
