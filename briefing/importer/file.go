package importer

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
)

// Item is the outcome for one input item: a file, a URL or a feed entry.
// Exactly one of Article and Err is meaningful.
type Item struct {
	Source  string // path or URL as given, or the feed entry's link
	Article briefing.Article
	Err     error
	// Teaser is set when Article holds only what a feed said of the entry
	// (its page could not be fetched); Note then says why, for the report.
	Teaser bool
	Note   string
	// Waited is set on a feed entry whose page was fetched: it took a
	// download, so a report should show it at once.
	Waited bool
	seq    int // the entry's place in its feed, to restore feed order
}

// fileKind maps an extension to its reader.
var fileKinds = map[string]func(path string, data []byte) (briefing.Article, error){
	".txt":      fromTextFile,
	".text":     fromTextFile,
	".md":       fromMarkdownFile,
	".markdown": fromMarkdownFile,
	".html":     fromHTMLFile,
	".htm":      fromHTMLFile,
	".xhtml":    fromHTMLFile,
	".eml":      fromEmailFile,
	".docx":     fromDocxFile,
	".pdf":      fromPDFFile,
}

// sizeCap is the largest file of each kind FromFile reads.
func sizeCap(ext string) int64 {
	switch ext {
	case ".docx", ".pdf":
		return MaxDocumentSize
	}
	return MaxTextSize
}

// Supported reports whether FromFile reads files with path's extension.
// Feed files (.rss, .atom) count too: Load reads them.
func Supported(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	_, ok := fileKinds[ext]
	return ok || feedExts[ext] || xmlExts[ext]
}

// FromFile imports one file, choosing the reader by extension. Errors start
// with the path and give the reason, e.g. `page.bin: unsupported file type
// ".bin"` or `empty.txt: no text`.
func FromFile(path string) (a briefing.Article, err error) {
	defer func() {
		// A parser bug must cost one item, not the whole import.
		if r := recover(); r != nil {
			a, err = briefing.Article{}, fmt.Errorf("%s: %w: internal error: %v", path, ErrMalformed, r)
		}
	}()
	ext := strings.ToLower(filepath.Ext(path))
	read, ok := fileKinds[ext]
	if !ok {
		if ext == "" {
			return briefing.Article{}, fmt.Errorf("%s: %w (no extension)", path, ErrUnsupported)
		}
		return briefing.Article{}, fmt.Errorf("%s: %w %q", path, ErrUnsupported, ext)
	}
	data, err := readFile(path, sizeCap(ext))
	if err != nil {
		return briefing.Article{}, fmt.Errorf("%s: %w", path, err)
	}
	a, err = read(path, data)
	if err != nil {
		return briefing.Article{}, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}

// readFile reads a regular file of at most limit bytes. Anything else is
// refused before it is opened: opening a named pipe blocks until something
// writes to it, and a device may never end.
func readFile(path string, limit int64) ([]byte, error) {
	if st, err := os.Stat(path); err != nil {
		return nil, openError(err)
	} else if err := regular(st); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, openError(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if err := regular(st); err != nil { // replaced between the two looks
		return nil, err
	}
	if st.Size() > limit {
		return nil, fmt.Errorf("%w: %s, the limit is %d MB", ErrTooLarge, sizeMB(st.Size()), limit>>20)
	}
	data, err := readCapped(f, limit)
	if err != nil {
		return nil, err
	}
	if len(data) == 0 {
		return nil, ErrNoText
	}
	return data, nil
}

func openError(err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return errors.New("no such file")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// regular refuses what is not a regular file, naming what it is.
func regular(st fs.FileInfo) error {
	m := st.Mode()
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return errors.New("is a directory")
	case m&fs.ModeNamedPipe != 0:
		return errors.New("not a regular file (a named pipe)")
	case m&fs.ModeSocket != 0:
		return errors.New("not a regular file (a socket)")
	case m&fs.ModeDevice != 0:
		return errors.New("not a regular file (a device)")
	}
	return errors.New("not a regular file")
}

func fromTextFile(path string, data []byte) (briefing.Article, error) {
	text, err := decodeText(data)
	if err != nil {
		return briefing.Article{}, err
	}
	a, guessed, err := fromText(text, Meta{})
	if err != nil {
		return a, err
	}
	if guessed {
		// The title was guessed from the body's first words: the file name says more.
		a.Title = fileTitle(path)
		a.Finish()
	}
	return a, nil
}

func fromMarkdownFile(path string, data []byte) (briefing.Article, error) {
	text, err := decodeText(data)
	if err != nil {
		return briefing.Article{}, err
	}
	doc := parseMarkdown(text)
	a := briefing.Article{Title: doc.Title, Text: doc.Text}
	applyByline(&a)
	if f := doc.Front; f != nil {
		if a.Author == "" {
			a.Author = f["author"]
		}
		if a.Outlet == "" {
			a.Outlet = f["outlet"]
		}
		if a.URL == "" && f["url"] != "" {
			a.URL = CanonicalURL(f["url"])
		}
		if d := f["date"]; a.Published.IsZero() && d != "" {
			if t, err := parseDate(d); err == nil {
				a.Published = t
			}
		}
	}
	if strings.TrimSpace(a.Text) == "" {
		if a.Title == "" {
			return briefing.Article{}, ErrNoText
		}
		a.Text = a.Title
	}
	if a.Title == "" {
		a.Title = fileTitle(path)
	}
	a.Finish()
	return a, nil
}

func fromHTMLFile(path string, data []byte) (briefing.Article, error) {
	a, err := fromHTMLBytes(data, "", "")
	if err != nil {
		return a, err
	}
	if a.Title == "" {
		a.Title = fileTitle(path)
		a.Finish()
	}
	return a, nil
}

// fileTitle makes a title from a file name: "talks-end_2026.txt" → "talks end 2026".
func fileTitle(path string) string {
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	if !utf8.ValidString(base) {
		// A name in a legacy encoding: decoded as text is, never stored raw.
		if s, err := decodeText([]byte(base)); err == nil && utf8.ValidString(s) {
			base = s
		} else {
			base = strings.ToValidUTF8(base, "\uFFFD")
		}
	}
	return strings.Join(strings.FieldsFunc(base, func(r rune) bool { return r == '-' || r == '_' || r == ' ' }), " ")
}

// Expand turns the command line's paths into the items to import: a folder
// becomes the supported files under it, recursively, sorted, skipping hidden
// files and folders; a file or URL is kept as given (an unsupported or
// missing file is then reported by FromFile); duplicates are dropped. The
// error reports folders that could not be read, joined; the files found
// are returned anyway. ExpandReport also says what it passed over.
func Expand(paths []string) ([]string, error) {
	files, _, err := ExpandReport(paths)
	return files, err
}

// Skipped is a path inside a folder that an import passes over, and why:
// a hidden file or folder, a file type no importer reads, a symbolic link.
type Skipped struct {
	Path, Reason string
}

// ExpandReport is Expand that also returns, sorted by path, what it passed
// over in the folders it walked (a hidden folder is one entry, not one per
// file in it).
func ExpandReport(paths []string) ([]string, []Skipped, error) {
	var out []string
	var skipped []Skipped
	var errs []error
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, p := range paths {
		if isURL(p) {
			add(p)
			continue
		}
		st, err := os.Stat(p)
		if err != nil || !st.IsDir() {
			add(p)
			continue
		}
		// A root given through a symbolic link is walked where it points
		// (WalkDir does not enter a link), its files named under p.
		root := p
		if r, err := filepath.EvalSymlinks(p); err == nil {
			root = r
		}
		named := func(path string) string {
			if root == p {
				return path
			}
			return filepath.Join(p, strings.TrimPrefix(path, root))
		}
		var found []string
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			isRoot := path == root
			path = named(path)
			if err != nil {
				var pe *fs.PathError
				if errors.As(err, &pe) {
					err = &fs.PathError{Op: pe.Op, Path: named(pe.Path), Err: pe.Err}
				}
				errs = append(errs, err)
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if isRoot {
				return nil
			}
			if reason := skipReason(path, d); reason != "" {
				skipped = append(skipped, Skipped{Path: path, Reason: reason})
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if !d.IsDir() {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, err)
		}
		sort.Strings(found)
		for _, f := range found {
			add(f)
		}
	}
	sort.SliceStable(skipped, func(i, j int) bool { return skipped[i].Path < skipped[j].Path })
	return out, skipped, errors.Join(errs...)
}

// skipReason says why a folder walk passes over path, or "" when it is a
// folder to enter or a file to import.
func skipReason(path string, d fs.DirEntry) string {
	hidden := strings.HasPrefix(d.Name(), ".")
	switch {
	case d.IsDir() && hidden:
		return "hidden folder"
	case d.IsDir():
		return ""
	case hidden:
		return "hidden file"
	case d.Type()&fs.ModeSymlink != 0:
		return "symbolic link, not followed"
	case !d.Type().IsRegular():
		if info, err := d.Info(); err == nil {
			return regular(info).Error()
		}
		return "not a regular file"
	case !Supported(path) || !feedOrList(path):
		if ext := filepath.Ext(path); ext != "" {
			return fmt.Sprintf("%v %q", ErrUnsupported, strings.ToLower(ext))
		}
		return ErrUnsupported.Error() + " (no extension)"
	}
	return ""
}

// isURL reports an http or https URL.
func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

func fromEmailFile(path string, data []byte) (briefing.Article, error) {
	return FromEmail(bytes.NewReader(data))
}

func fromDocxFile(path string, data []byte) (briefing.Article, error) {
	a, err := FromDocx(data)
	if err == nil && a.Title == titleFromText(a.Text) {
		a.Title = fileTitle(path)
		a.Finish()
	}
	return a, err
}

func fromPDFFile(path string, data []byte) (briefing.Article, error) {
	a, err := FromPDF(data)
	if err == nil && a.Title == titleFromText(a.Text) {
		a.Title = fileTitle(path)
		a.Finish()
	}
	return a, err
}
