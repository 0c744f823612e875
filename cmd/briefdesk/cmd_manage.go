package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
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

// articleAction runs fn on each article ID given, reporting each one.
func articleAction(ctx context.Context, e *env, args []string, verb string, fn func(context.Context, int64) error) error {
	failed := false
	for _, a := range args {
		id, err := parseID("article ID", a)
		if err != nil {
			return err
		}
		if err := fn(ctx, id); err != nil {
			fmt.Fprintf(e.stdout, "failed %d: %v\n", id, err)
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
	if len(args) == 0 {
		return usagef("want at least one article ID")
	}
	st, err := e.openStore()
	if err != nil {
		return err
	}
	defer st.Close()
	return articleAction(ctx, e, args, "trashed", st.Trash)
}

func runRestore(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		return usagef("want at least one article ID")
	}
	st, err := e.openStore()
	if err != nil {
		return err
	}
	defer st.Close()
	return articleAction(ctx, e, args, "restored", st.Restore)
}

func runExportArchive(ctx context.Context, e *env, args []string) error {
	if len(args) != 1 {
		return usagef("want one output file")
	}
	st, err := e.openStore()
	if err != nil {
		return err
	}
	defer st.Close()
	tmp, err := os.CreateTemp(filepath.Dir(args[0]), ".briefdesk-archive-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := st.ExportArchive(ctx, tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), args[0])
}

func runImportArchive(ctx context.Context, e *env, args []string) error {
	if len(args) != 1 {
		return usagef("want one bundle file")
	}
	f, err := os.Open(args[0])
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
	if len(args) != 1 {
		return usagef("want one output file")
	}
	st, err := e.openStore()
	if err != nil {
		return err
	}
	defer st.Close()
	return st.Backup(ctx, args[0])
}
