package main

import (
	"context"
	"fmt"
)

// version is set at link time: -ldflags "-X main.version=1.2.3".
var version = "0.1.0-dev"

func runVersion(_ context.Context, e *env, args []string) error {
	if _, err := noFlags("version", args); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, "briefdesk", version)
	return nil
}
