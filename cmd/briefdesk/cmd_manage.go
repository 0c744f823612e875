package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/briefdesk/briefdesk/storage"
)

func runTag(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("tag", flag.ContinueOnError)
	remove := fs.Bool("remove", false, "remove the tags instead of adding them")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) < 2 {
		return usagef("want an article ID and at least one tag")
	}
	id, err := parseID("article ID", pos[0])
	if err != nil {
		return err
	}
	st, err := e.openStore()
	if err != nil {
		return err
	}
	defer st.Close()
	if *remove {
		err = st.Untag(ctx, id, pos[1:]...)
	} else {
		err = st.Tag(ctx, id, pos[1:]...)
	}
	if err != nil {
		return fmt.Errorf("article %d: %w", id, err)
	}
	return nil
}

// eachArticle parses every argument as an article ID, then runs do on each
// with the archive open and reports "<verb> <id>" or "failed <id>: reason".
func eachArticle(ctx context.Context, e *env, args []string, verb string,
	do func(*storage.Store, context.Context, int64) error) error {
	args, err := noFlags(verb, args)
	if err != nil {
		return err
	}
	if len(args) == 0 {
		return usagef("want at least one article ID")
	}
	ids := make([]int64, len(args))
	for i, a := range args {
		id, err := parseID("article ID", a)
		if err != nil {
			return err
		}
		ids[i] = id
	}
	st, err := e.openStore()
	if err != nil {
		return err
	}
	defer st.Close()
	failed := false
	for _, id := range ids {
		if err := do(st, ctx, id); err != nil {
			fmt.Fprintf(e.stdout, "failed %d: %s\n", id, term(err.Error()))
			failed = true
			continue
		}
		fmt.Fprintf(e.stdout, "%s %d\n", verb, id)
	}
	if failed {
		return errSomeFailed
	}
	return nil
}

func runRemove(ctx context.Context, e *env, args []string) error {
	return eachArticle(ctx, e, args, "trashed", (*storage.Store).Trash)
}

func runRestore(ctx context.Context, e *env, args []string) error {
	return eachArticle(ctx, e, args, "restored", (*storage.Store).Restore)
}

func runExportArchive(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("export-archive", flag.ContinueOnError)
	force := fs.Bool("force", false, "replace FILE if it exists")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("want one output file")
	}
	out := pos[0]
	st, err := e.openStore()
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.CheckOutput(out, *force); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(out), ".briefdesk-archive-*")
	if err != nil {
		return fmt.Errorf("%s: %w", out, err)
	}
	defer os.Remove(tmp.Name())
	if err := st.ExportArchive(ctx, tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("%s: %w", out, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("%s: %w", out, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("%s: %w", out, err)
	}
	// Checked again just before the rename: the file may have appeared meanwhile.
	if err := st.CheckOutput(out, *force); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), out)
}

func runImportArchive(ctx context.Context, e *env, args []string) error {
	args, err := noFlags("import-archive", args)
	if err != nil {
		return err
	}
	if len(args) != 1 {
		return usagef("want one bundle file")
	}
	f, err := openRegular(args[0])
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := e.openStore()
	if err != nil {
		return err
	}
	defer st.Close()
	return st.ImportArchive(ctx, f)
}

func runBackup(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	force := fs.Bool("force", false, "replace FILE if it exists")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("want one output file")
	}
	st, err := e.openStore()
	if err != nil {
		return err
	}
	defer st.Close()
	return st.Backup(ctx, pos[0], *force)
}
