package ner

import (
	"fmt"
	"os"
)

// traceCues is set by the environment variable BRIEFDESK_NER_TRACE: each
// context cue that types a name is then written to standard error as
// "TRACE cue old-type new-type name", so that how often each cue fires and
// is right can be counted on a data set without changing the code.
var traceCues = os.Getenv("BRIEFDESK_NER_TRACE") != ""

func traceRule(cue, typ string, m *Mention) {
	if traceCues {
		fmt.Fprintf(os.Stderr, "TRACE\t%s\t%s\t%s\t%s\n", cue, m.Type, typ, m.Text)
	}
}
