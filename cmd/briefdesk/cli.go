package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/storage"
	"github.com/briefdesk/briefdesk/ui"
)

// env is what every command gets: the streams and the archive location.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	dbPath         string
}

// openStore opens the archive the command works on.
func (e *env) openStore() (*storage.Store, error) {
	return storage.Open(e.dbPath)
}

// command is one CLI subcommand.
type command struct {
	usage string // one line: arguments after the command name
	help  string
	run   func(ctx context.Context, e *env, args []string) error
}

var commands map[string]command

func init() {
	commands = map[string]command{
		"import":         {"[--tag T]... [--feed-deadline D] FILE|DIR|URL...", "import articles; one result line per item", runImport},
		"search":         {"QUERY [--limit N] [--sort rank|date] [--tag T] [--since DATE] [--until DATE] [--json]", "ranked full-text search with snippets", runSearch},
		"list":           {"[--tag T] [--limit N] [--json]", "list archived articles, newest first", runList},
		"show":           {"ID [--json]", "show one article", runShow},
		"brief":          {"new|show|list|set|fit|export ...", "create, edit and export briefs (see `briefdesk brief help`)", runBrief},
		"suggest":        {"FILE | --jsonl IN.jsonl", "offline suggestions for the four sections", runSuggest},
		"tag":            {"ID TAG... [--remove]", "tag an article (or remove tags)", runTag},
		"rm":             {"ID...", "move articles to the trash", runRemove},
		"restore":        {"ID...", "bring articles back from the trash", runRestore},
		"export-archive": {"[--force] FILE.jsonl", "write the whole archive as a lossless JSONL bundle", runExportArchive},
		"import-archive": {"FILE.jsonl", "load a JSONL bundle into this archive", runImportArchive},
		"backup":         {"[--force] FILE.sqlite", "write a consistent copy of the archive", runBackup},
		"version":        {"", "print the version", runVersion},
	}
}

// usageError marks a mistake in the command line (exit status 2).
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

// errSomeFailed reports that a batch command finished but some items failed;
// the items were already reported, so nothing more is printed.
var errSomeFailed = errors.New("some items failed")

// run is main without the process: it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	global := flag.NewFlagSet("briefdesk", flag.ContinueOnError)
	global.SetOutput(stderr)
	db := global.String("db", "", "archive file, or a team archive as postgres://user@host/db or \"host=… dbname=…\" (default: $BRIEFDESK_DB or the user data directory)")
	global.Usage = func() { printUsage(stderr) }
	if err := global.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, dbPath: *db}
	if e.dbPath == "" {
		e.dbPath = os.Getenv("BRIEFDESK_DB")
	}
	chosen := e.dbPath != "" // by flag or environment, not the default
	if e.dbPath == "" {
		p, err := storage.DefaultPath()
		if err != nil {
			fmt.Fprintln(stderr, "briefdesk:", err)
			return 1
		}
		e.dbPath = p
	}

	rest := global.Args()
	if len(rest) == 0 {
		if err := ui.Run(ui.Config{DBPath: e.dbPath, DBPathChosen: chosen, Version: version}); err != nil {
			fmt.Fprintln(stderr, "briefdesk:", err)
			return 1
		}
		return 0
	}
	name := rest[0]
	if name == "help" || name == "-h" || name == "--help" {
		printUsage(stdout)
		return 0
	}
	cmd, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "briefdesk: unknown command %q\n", name)
		printUsage(stderr)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() {
		// The first Ctrl-C cancels the command, which ends cleanly; a
		// second one ends the process at once.
		<-ctx.Done()
		stop()
	}()
	err := cmd.run(ctx, e, rest[1:])
	var ue usageError
	var hr helpRequest
	switch {
	case err == nil:
		return 0
	case errors.As(err, &hr):
		printCommandHelp(stdout, name, cmd, hr.fs)
		return 0
	case errors.Is(err, errSomeFailed):
		return 1
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "briefdesk %s: %s\nusage: briefdesk %s %s\n", name, term(ue.msg), name, cmd.usage)
		return 2
	default:
		fmt.Fprintf(stderr, "briefdesk %s: %s\n", name, term(err.Error()))
		return 1
	}
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "usage: briefdesk [--db PATH] [COMMAND [ARGS]]")
	fmt.Fprintln(w, "\nWithout a command, opens the app. Commands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		c := commands[n]
		fmt.Fprintf(w, "  %s %s\n      %s\n", n, c.usage, c.help)
	}
}

// term makes one line of text safe for the terminal: control characters
// (a newline, an escape sequence from an e-mail Subject) and bytes that are
// not UTF-8 are printed as Go escapes, so what an article or a file name
// holds can neither forge an output line nor drive the terminal.
func term(s string) string { return briefing.EscapeControl(s) }

// termText is term for a body of text: newlines and tabs are kept.
func termText(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		parts := strings.Split(l, "\t")
		for j, p := range parts {
			parts[j] = term(p)
		}
		lines[i] = strings.Join(parts, "\t")
	}
	return strings.Join(lines, "\n")
}

// helpRequest is returned by parseFlags when the arguments ask for -h or
// --help: run prints the command's usage and exits 0, before anything is
// opened.
type helpRequest struct{ fs *flag.FlagSet }

func (helpRequest) Error() string { return "help requested" }

// printCommandHelp prints one command's usage, what it does and its flags.
func printCommandHelp(w io.Writer, name string, cmd command, fs *flag.FlagSet) {
	usage := "usage: briefdesk " + name + " " + cmd.usage
	if fs != nil && strings.HasPrefix(fs.Name(), name+" ") {
		// a brief subcommand: its own line of the brief help
		for _, line := range strings.Split(briefHelp, "\n") {
			if strings.HasPrefix(line, "briefdesk "+fs.Name()) {
				usage = "usage: " + line
			}
		}
	}
	fmt.Fprintln(w, strings.TrimSpace(usage))
	fmt.Fprintf(w, "\n%s\n", cmd.help)
	if fs == nil {
		return
	}
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	if n > 0 {
		fmt.Fprintln(w, "\nflags:")
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
}

// noFlags parses the arguments of a command that takes no flags, so that
// -h and --help ask for help and "--" ends the options like everywhere.
func noFlags(name string, args []string) ([]string, error) {
	return parseFlags(flag.NewFlagSet(name, flag.ContinueOnError), args)
}

// parseFlags parses a command's flags wherever they appear among the
// positional arguments ("search putin --limit 5" works as well as
// "search --limit 5 putin").
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, helpRequest{fs}
			}
			return nil, usageError{err.Error()}
		}
		args = fs.Args()
		if len(args) == 0 {
			return positional, nil
		}
		if args[0] == "--" {
			return append(positional, args[1:]...), nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// multiFlag collects a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// openRegular opens a file the command reads, refusing anything that is not
// a regular file before opening it: opening a named pipe blocks until
// something writes to it, and a device may never end.
func openRegular(path string) (*os.File, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		f.Close()
		if err == nil {
			err = fmt.Errorf("%s: not a regular file", path)
		}
		return nil, err
	}
	return f, nil
}

// readRegular reads a whole regular file (see openRegular).
func readRegular(path string) ([]byte, error) {
	f, err := openRegular(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}
