//go:build diag

package suggest

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/importer"
)

func TestZZWhy(t *testing.T) {
	f, _ := os.Open(os.Getenv("FILE"))
	defer f.Close()
	want := map[string]bool{}
	for _, id := range strings.Split(os.Getenv("IDS"), ",") {
		want[id] = true
	}
	who := strings.Split(os.Getenv("WHO"), ",")
	e, _ := New()
	dir := t.TempDir()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<26), 1<<26)
	for sc.Scan() {
		var c struct {
			ID       string `json:"id"`
			Articles []struct{ Title, Text string }
		}
		json.Unmarshal(sc.Bytes(), &c)
		if !want[c.ID] {
			continue
		}
		var arts []briefing.Article
		for k, a := range c.Articles {
			p := filepath.Join(dir, fmt.Sprintf("a%02d.txt", k+1))
			os.WriteFile(p, []byte(strings.TrimSpace(a.Title)+"\n\n"+strings.TrimSpace(a.Text)+"\n"), 0o644)
			art, err := importer.FromFileContext(context.Background(), p)
			if err != nil {
				continue
			}
			art.ID = int64(k + 1)
			arts = append(arts, art)
		}
		d := e.Draft(arts)
		b := &briefing.Brief{}
		for i, a := range arts {
			b.Sources = append(b.Sources, briefing.Source{N: i + 1, ArticleID: a.ID})
		}
		Fill(b, d)
		fmt.Println("=====", c.ID)
		if os.Getenv("FULL") != "" {
			fmt.Println("SUMMARY:", b.Summary)
			for _, p := range b.StickingPoints {
				fmt.Println("POINT:", p)
			}
			fmt.Println("OUTLOOK:", b.Outlook)
		}
		for _, it := range b.Actors {
			fmt.Println("ITEM:", it)
		}
		for k, a := range d.Actors {
			for _, w := range who {
				if w != "" && strings.Contains(a.Name, w) {
					fmt.Printf("ACTOR #%d %q acts=%v rep=%q speaksOf=%q score=%.2f\n", k, a.Name, a.Acts, a.rep, a.speaksOf, a.score)
					for _, s := range a.Stance {
						fmt.Printf("   STANCE %q\n", s.Text)
					}
					for _, cd := range a.cands {
						fmt.Printf("   cand ag=%v sub=%v fb=%v %.2f %q\n", cd.agent, cd.subject, cd.fallback, cd.score, cd.s.Text[:min(120, len(cd.s.Text))])
					}
				}
			}
		}
	}
}
