package main

import (
	"context"
	"flag"
	"fmt"
	"math"

	"github.com/briefdesk/briefdesk/briefing/export"
	"github.com/briefdesk/briefdesk/briefing/layout"
)

func runBriefFit(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("brief fit", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	paper := fs.String("paper", "A4", "A4 or Letter")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if err := layout.CheckPaper(*paper); err != nil {
		return usagef("--paper: %v", err)
	}
	st, b, err := e.openBrief(ctx, pos)
	if err != nil {
		return err
	}
	defer st.Close()
	rep := layout.Fit(&b, layout.Options{Paper: *paper})
	if *asJSON {
		return writeJSON(e.stdout, toFitJSON(rep))
	}
	for _, s := range rep.Sections {
		fmt.Fprintf(e.stdout, "%-16s %3d lines %4d words\n", s.Section.Heading(), s.Lines, s.Words)
	}
	fmt.Fprintf(e.stdout, "page fill %.0f%% at %.1f pt body\n", rep.FillPercent, rep.BodySize)
	for _, o := range rep.Overflow {
		fmt.Fprintf(e.stdout, "over: %s by %d lines\n", o.Section.Heading(), o.LinesOver)
	}
	return nil
}

func runBriefExport(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("brief export", flag.ContinueOnError)
	out := fs.String("out", "", "output file; the format follows the extension: .pdf .md .html .txt")
	paper := fs.String("paper", "A4", "A4 or Letter")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *out == "" {
		return usagef("--out FILE is required")
	}
	if _, err := export.ByExtension(*out); err != nil {
		return usagef("%v", err)
	}
	if err := layout.CheckPaper(*paper); err != nil {
		return usagef("--paper: %v", err)
	}
	st, b, err := e.openBrief(ctx, pos)
	if err != nil {
		return err
	}
	defer st.Close()
	return export.WriteFile(*out, &b, layout.Options{Paper: *paper})
}

// fitJSON is the CLI's JSON shape of a fit report, a contract for scripts.
type fitJSON struct {
	Fits        bool             `json:"fits"`
	FillPercent float64          `json:"fill_percent"`
	BodySize    float64          `json:"body_size"`
	Sections    []sectionFitJSON `json:"sections"`
	Overflow    []overflowJSON   `json:"overflow"`
}

type sectionFitJSON struct {
	Section string `json:"section"`
	Lines   int    `json:"lines"`
	Words   int    `json:"words"`
}

type overflowJSON struct {
	Section   string `json:"section"`
	LinesOver int    `json:"lines_over"`
}

func toFitJSON(r layout.FitReport) fitJSON {
	j := fitJSON{Fits: r.Fits(), FillPercent: math.Round(r.FillPercent*10) / 10, BodySize: r.BodySize,
		Sections: []sectionFitJSON{}, Overflow: []overflowJSON{}}
	for _, s := range r.Sections {
		j.Sections = append(j.Sections, sectionFitJSON{Section: string(s.Section), Lines: s.Lines, Words: s.Words})
	}
	for _, o := range r.Overflow {
		j.Overflow = append(j.Overflow, overflowJSON{Section: string(o.Section), LinesOver: o.LinesOver})
	}
	return j
}
