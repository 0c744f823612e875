package export

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/layout"
)

// Issue 12 item 28: a failed export names the file asked for, not the
// temporary file it writes through.
func TestWriteFileErrorNamesTheTarget(t *testing.T) {
	target := filepath.Join(t.TempDir(), "no-such-folder", "weekly.md")
	err := WriteFile(target, &briefing.Brief{Title: "Weekly"}, layout.Options{})
	if err == nil {
		t.Fatal("export into a missing folder succeeded")
	}
	if strings.Contains(err.Error(), ".briefdesk-export") || !strings.Contains(err.Error(), target) {
		t.Errorf("error = %q, want it to name %s and not the temporary file", err, target)
	}
}
