// Package testbrief holds invented briefs for the layout, PDF and export
// tests: a full diplomatic brief, an empty one, and generators for briefs
// that fill or overflow the page. All text was written by the Briefdesk team.
package testbrief

import (
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

func day(d int) time.Time { return time.Date(2026, time.November, d, 9, 0, 0, 0, time.UTC) }

// Full returns a complete brief of about 420 words with Cyrillic and
// accented names and four sources.
func Full() *briefing.Brief {
	return &briefing.Brief{
		ID:       7,
		Title:    "Valmora talks stall over corridor control; technical contacts continue",
		Author:   "Lena Hartmann, Eastern Desk",
		Handling: "TLP:AMBER",
		Version:  "3",
		AsOf:     day(13),
		Summary: "Two days of talks in Geneva ended without agreement because Sarkand would not drop its demand " +
			"for full control of the Dorna corridor, which Arvelia calls a red line [1]. A settlement this quarter is " +
			"unlikely. The talks matter beyond the region: the corridor carries most of the grain and gas that reaches " +
			"Київ-bound markets, and a stalled process raises the risk of a winter offensive that would draw in " +
			"neighbours and test EU sanctions unity [2][3].",
		Actors: []string{
			"Arvelia (Foreign Minister Mikhail Sokolov, Михаил Соколов) — rejects any cession of territory as a precondition for a ceasefire; wants international monitors on the contact line first [1].",
			"Sarkand (Deputy PM Aylin Erdoğan-Kaya) — demands the corridor as a condition of any deal; accused Arvelian forces of drone strikes on its supply routes during the talks [1][2].",
			"UN envoy Jean-Pierre Moreau — mediates on a revised 14-point plan with phased withdrawal, monitors and a joint commission on prisoners [1].",
			"EU and United States — accuse Sarkand of stalling; Washington's envoy Daniel Okafor calls the plan “the only serious text on the table” [2].",
			"Moscow — Путин's spokesman offered to host a follow-up round, which both delegations have so far ignored [4].",
		},
		StickingPoints: []string{
			"Corridor control — Sarkand vs Arvelia — Sarkand's precondition meets Arvelia's stated red line; neither side has signalled a fallback [1].",
			"Sequencing — ceasefire first or territory first — Arvelia wants monitors deployed before any talk of withdrawal, Sarkand the reverse [1][3].",
			"Prisoners — both sides vs the mediator's timetable — a joint commission is agreed in principle, but lists of names have not been exchanged [3].",
		},
		Outlook: "Technical contacts on prisoner exchanges and monitoring are likely to resume within two weeks, because both " +
			"delegations agreed to them in Geneva and neither pays a price for talking [1][3]. A comprehensive deal before " +
			"the end of the year is very unlikely while the corridor question stays open. Alternative: a winter " +
			"escalation around Kyrov closes the window for talks and shifts mediation to Moscow or Ankara [2][4].\n" +
			"Watch for: a new mediator text on sequencing; a first exchange of prisoner lists; shelling reports near Kyrov.",
		Sources: []briefing.Source{
			{N: 1, ArticleID: 11, Outlet: "Northbridge Wire", Title: "Valmora talks end without a deal as corridor dispute persists", Published: day(12), URL: "https://northbridge.example/world/2026/11/12/valmora-talks-end-without-deal"},
			{N: 2, ArticleID: 12, Outlet: "The Meridian Post", Title: "EU and US accuse Sarkand of stalling in Geneva", Published: day(12), URL: "https://meridianpost.example/europe/eu-us-sarkand-geneva"},
			{N: 3, ArticleID: 13, Outlet: "Caspian Ledger", Title: "Prisoner commission agreed in principle, lists still missing", Published: day(11), URL: "https://caspianledger.example/news/prisoner-commission-lists"},
			{N: 4, ArticleID: 14, Outlet: "Eastern Review", Title: "Kremlin offers to host next round of Valmora talks", Published: day(10), URL: "https://easternreview.example/2026/11/10/kremlin-offers-host-valmora"},
		},
		CreatedAt: day(10),
		UpdatedAt: day(13),
	}
}

// Empty returns a brief with nothing drafted yet.
func Empty() *briefing.Brief { return &briefing.Brief{} }

// filler is extra outlook text, cycled to grow a brief line by line.
const filler = "Further reporting from Geneva suggests the delegations will keep their positions until the " +
	"winter weather sets the pace of fighting along the contact line [2]. "

// WithOutlookWords returns Full with n extra words appended to the outlook.
func WithOutlookWords(n int) *briefing.Brief {
	b := Full()
	words := strings.Fields(strings.Repeat(filler, n/len(strings.Fields(filler))+1))
	b.Outlook = strings.Replace(b.Outlook, "\nWatch for:", " "+strings.Join(words[:n], " ")+"\nWatch for:", 1)
	return b
}

// Fill returns the fullest brief that still fits the page in the house
// style (11 pt, step 0) — about 99% fill — and the first one after it,
// which auto-fit has to set tighter. fit is layout.Fit, passed in so this
// package does not import the layout it helps to test.
func Fill(fit func(*briefing.Brief) (step int, fits bool)) (full, tighter *briefing.Brief) {
	last := 0
	for n := 0; n < 400; n += 2 {
		step, fits := fit(WithOutlookWords(n))
		if step == 0 && fits {
			last = n
			continue
		}
		break
	}
	return WithOutlookWords(last), WithOutlookWords(last + 2)
}
