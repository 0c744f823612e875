package suggest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// jsonlIn is one input line of WriteJSONL.
type jsonlIn struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
}

// jsonlOut is one output line of WriteJSONL.
type jsonlOut struct {
	ID             json.RawMessage `json:"id"`
	Summary        []string        `json:"summary"`
	Actors         []jsonlActor    `json:"actors"`
	StickingPoints []jsonlPoint    `json:"sticking_points"`
	Outlook        []jsonlForecast `json:"outlook"`
}

type jsonlName struct {
	Text string `json:"text"`
	Type string `json:"type"`
}

type jsonlActor struct {
	Text    string      `json:"text"`
	Type    string      `json:"type"`
	Role    string      `json:"role"`
	Acts    bool        `json:"acts"`
	Aliases []jsonlName `json:"aliases"`
	Forms   []jsonlName `json:"forms"` // every surface form written in the text, with its type
	Stance  []string    `json:"stance"`
}

type jsonlPoint struct {
	Text    string   `json:"text"`
	Issue   string   `json:"issue"`
	Parties []string `json:"parties"`
}

type jsonlForecast struct {
	Text       string              `json:"text"`
	Likelihood briefing.Likelihood `json:"likelihood"`
}

// WriteJSONL reads lines {"id","text"} from r and writes one line to w for
// each: {"id","summary":[...],"actors":[{"text","type","role","acts","aliases":
// [{"text","type"}],"forms":[{"text","type"}],"stance":[...]}],"sticking_points":[{"text","issue",
// "parties"}],"outlook":[{"text","likelihood"}]}. Blank lines are skipped;
// a line that is not such an object stops the run with an error naming its
// line number. Actors lists every name found, places that only appear as
// locations last (acts false).
func WriteJSONL(e *Engine, r io.Reader, w io.Writer) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	line := 0
	for sc.Scan() {
		line++
		raw := strings.TrimSpace(sc.Text())
		if raw == "" {
			continue
		}
		var in jsonlIn
		if err := json.Unmarshal([]byte(raw), &in); err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
		if in.Text == nil || len(in.ID) == 0 {
			return fmt.Errorf("line %d: want an object with \"id\" and \"text\"", line)
		}
		d := e.Draft([]briefing.Article{{ID: int64(line), Text: *in.Text}})
		if err := enc.Encode(toJSONL(in.ID, d)); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("line %d: %w", line+1, err)
	}
	return bw.Flush()
}

func toJSONL(id json.RawMessage, d Draft) jsonlOut {
	o := jsonlOut{ID: id, Summary: []string{}, Actors: []jsonlActor{}, StickingPoints: []jsonlPoint{}, Outlook: []jsonlForecast{}}
	for _, s := range d.Summary {
		o.Summary = append(o.Summary, s.Text)
	}
	for _, a := range d.Actors {
		ja := jsonlActor{Text: a.Name, Type: a.Type, Role: a.Role, Acts: a.Acts, Aliases: []jsonlName{}, Forms: []jsonlName{}, Stance: []string{}}
		if a.named {
			ja.Forms = append(ja.Forms, jsonlName{a.Name, a.Type})
		}
		for i, al := range a.Aliases {
			ja.Aliases = append(ja.Aliases, jsonlName{al, a.AliasTypes[i]})
			ja.Forms = append(ja.Forms, jsonlName{al, a.AliasTypes[i]})
		}
		for _, s := range a.Stance {
			ja.Stance = append(ja.Stance, s.Text)
		}
		o.Actors = append(o.Actors, ja)
	}
	for _, p := range d.StickingPoints {
		parties := p.Parties
		if parties == nil {
			parties = []string{}
		}
		o.StickingPoints = append(o.StickingPoints, jsonlPoint{p.Text, p.Issue, parties})
	}
	for _, f := range d.Outlook {
		o.Outlook = append(o.Outlook, jsonlForecast{f.Text, f.Likelihood})
	}
	return o
}

// WriteText writes a human-readable report of d: the four sections with
// each suggestion and, for actors, role and aliases.
func WriteText(w io.Writer, d Draft) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "SUMMARY")
	for _, s := range d.Summary {
		fmt.Fprintf(bw, "  %s\n", s.Text)
	}
	fmt.Fprintln(bw, "\nACTORS")
	for _, a := range d.Actors {
		if !a.Acts {
			continue
		}
		fmt.Fprintf(bw, "  %s [%s]", a.Name, a.Type)
		if a.Role != "" {
			fmt.Fprintf(bw, " (%s)", a.Role)
		}
		if len(a.Aliases) > 0 {
			fmt.Fprintf(bw, " aka %s", strings.Join(a.Aliases, ", "))
		}
		fmt.Fprintln(bw)
		for _, s := range a.Stance {
			fmt.Fprintf(bw, "    - %s\n", s.Text)
		}
	}
	fmt.Fprintln(bw, "\nSTICKING POINTS")
	for _, p := range d.StickingPoints {
		fmt.Fprintf(bw, "  %s", p.Issue)
		if len(p.Parties) > 0 {
			fmt.Fprintf(bw, " (%s)", strings.Join(p.Parties, " vs "))
		}
		fmt.Fprintf(bw, ": %s\n", p.Text)
	}
	fmt.Fprintln(bw, "\nOUTLOOK")
	for _, f := range d.Outlook {
		fmt.Fprintf(bw, "  [%s] %s\n", f.Likelihood, f.Text)
	}
	return bw.Flush()
}
