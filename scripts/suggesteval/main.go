// Command suggesteval writes the outputs that the shared scorers read, from
// the drafting engine's batch interface (suggest.WriteJSONL, the code path of
// `briefdesk suggest --jsonl`):
//
//	suggesteval -summaries IN.jsonl -summary-out OUT.jsonl
//	suggesteval -actors IN.jsonl -actors-out OUT.jsonl
//
// Summary output lines are {"id","summary":[sentences]}; actor output lines
// are {"id","entities":[{"text","type"}]}, one entry per name as written.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/briefdesk/briefdesk/briefing/suggest"
)

func main() {
	summaries := flag.String("summaries", "", "input JSONL with {id, text} lines for the summary run")
	summaryOut := flag.String("summary-out", "", "where to write {id, summary} lines")
	actors := flag.String("actors", "", "input JSONL with {id, text} lines for the actor run")
	actorsOut := flag.String("actors-out", "", "where to write {id, entities} lines")
	flag.Parse()
	e, err := suggest.New()
	if err != nil {
		fail(err)
	}
	if *summaries != "" {
		if err := run(e, *summaries, *summaryOut, summaryLine); err != nil {
			fail(err)
		}
	}
	if *actors != "" {
		if err := run(e, *actors, *actorsOut, entityLine); err != nil {
			fail(err)
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "suggesteval:", err)
	os.Exit(1)
}

// draftLine is the part of a WriteJSONL line the scorers need.
type draftLine struct {
	ID      json.RawMessage `json:"id"`
	Summary []string        `json:"summary"`
	Actors  []struct {
		Forms []entity `json:"forms"`
	} `json:"actors"`
}

type entity struct {
	Text string `json:"text"`
	Type string `json:"type"`
}

func summaryLine(d draftLine) any {
	return struct {
		ID      json.RawMessage `json:"id"`
		Summary []string        `json:"summary"`
	}{d.ID, d.Summary}
}

func entityLine(d draftLine) any {
	ents := []entity{}
	for _, a := range d.Actors {
		ents = append(ents, a.Forms...)
	}
	return struct {
		ID       json.RawMessage `json:"id"`
		Entities []entity        `json:"entities"`
	}{d.ID, ents}
}

// run pipes the input through suggest.WriteJSONL and converts each line.
func run(e *suggest.Engine, in, out string, conv func(draftLine) any) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	o, err := os.Create(out)
	if err != nil {
		return err
	}
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(suggest.WriteJSONL(e, f, pw)) }()
	if err := Convert(pr, o, conv); err != nil {
		o.Close()
		return fmt.Errorf("%s: %w", in, err)
	}
	return o.Close()
}

// Convert reads WriteJSONL lines from r and writes conv of each to w.
func Convert(r io.Reader, w io.Writer, conv func(draftLine) any) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for sc.Scan() {
		var d draftLine
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return err
		}
		if err := enc.Encode(conv(d)); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return bw.Flush()
}
