package suggest

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// The actor list Fill writes: rank order, one item per person, one actor
// per sentence, an item that names its actor.

// sentAt is a sentence of article 1 that starts at byte start.
func sentAt(start int, text string) Sentence {
	return Sentence{Text: text, Prov: briefing.Provenance{ArticleID: 1, Start: start, End: start + len(text)}}
}

// Actors are listed in the order they are ranked in, also one whose best
// stance sentence has no clause to quote (a question the copy asks) and
// whose item comes from another of its sentences: it is not moved behind
// the actors ranked below it, and so not cut when the list is full.
func TestActorsKeepTheirRankWhenTheBestSentenceHasNoClause(t *testing.T) {
	b := &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: 1}}}
	asks := sentAt(0, "Will Oruno Feld stay on at the port authority?")
	own := sentAt(100, "Oruno Feld said the pier would reopen once the divers had finished")
	d := Draft{Actors: []Actor{{Name: "Oruno Feld", Type: "PER", Acts: true, Stance: []Sentence{asks},
		cands: []stanceCand{{s: asks}, {s: own, agent: true, subject: true, score: 3}}}}}
	for i, name := range []string{"Tavi Renk", "Sela Marrow", "Ilko Brandt", "Yusra Oddin", "Pell Castor", "Mira Sundqvist"} {
		s := sentAt(200+100*i, name+" said the ferries would sail again on Friday")
		d.Actors = append(d.Actors, Actor{Name: name, Type: "PER", Acts: true, Stance: []Sentence{s},
			cands: []stanceCand{{s: s, agent: true, subject: true, score: 3}}})
	}
	Fill(b, d)
	if len(b.Actors) == 0 || !strings.HasPrefix(b.Actors[0], "Oruno Feld — ") {
		t.Fatalf("actors = %q, want the first-ranked actor first, with its other sentence", b.Actors)
	}
	if !strings.Contains(b.Actors[0], "the pier would reopen") {
		t.Errorf("item = %q, want the clause of its sentence that has one", b.Actors[0])
	}
}

// A person the country speaks through is listed once: the country's item
// names them ("Velm (Harbour Master Ivo Tal)"), in the place of the better
// ranked of the two, and the person gets no second item.
func TestRepresentativeIsListedOnce(t *testing.T) {
	b := &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: 1}}}
	closed := sentAt(0, "Harbour Master Ivo Tal said the north pier would stay closed until the divers reported")
	fleet := sentAt(100, "Ivo Tal said the fishing fleet would be paid for the lost days")
	other := sentAt(200, "Sela Marrow said the ferries would sail again on Friday")
	d := Draft{Actors: []Actor{
		{Name: "Ivo Tal", Type: "PER", Role: "Harbour Master", Acts: true, Stance: []Sentence{fleet}, speaksOf: "Velm",
			cands: []stanceCand{{s: fleet, agent: true, subject: true, score: 3}}},
		{Name: "Sela Marrow", Type: "PER", Acts: true, Stance: []Sentence{other},
			cands: []stanceCand{{s: other, agent: true, subject: true, score: 3}}},
		{Name: "Velm", Type: "LOC", Acts: true, Stance: []Sentence{closed}, rep: "Harbour Master Ivo Tal", repNames: []string{"Ivo Tal"},
			cands: []stanceCand{{s: closed, agent: true, subject: true, score: 3, rep: "Harbour Master Ivo Tal", repNames: []string{"Ivo Tal"}}}},
	}}
	Fill(b, d)
	var leads []string
	for _, it := range b.Actors {
		lead, _ := briefing.SplitLead(it)
		leads = append(leads, lead)
	}
	if len(leads) != 2 || leads[0] != "Velm (Harbour Master Ivo Tal)" || leads[1] != "Sela Marrow" {
		t.Errorf("actors = %q, want Velm through its harbour master first, then Sela Marrow, and no second item for Ivo Tal", leads)
	}
}

// A sentence two reports print word for word is one actor's item, not the
// item of each actor it names.
func TestAWireCopyIsOneActorsItem(t *testing.T) {
	b := &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: 1}, {N: 2, ArticleID: 2}}}
	same := "Both Velm and Orun have closed their border crossings to lorries from the south"
	one := Sentence{Text: same, Prov: briefing.Provenance{ArticleID: 1, Start: 0, End: len(same)}}
	two := Sentence{Text: same, Prov: briefing.Provenance{ArticleID: 2, Start: 40, End: 40 + len(same)}}
	d := Draft{Actors: []Actor{
		{Name: "Velm", Type: "LOC", Acts: true, Stance: []Sentence{one}, cands: []stanceCand{{s: one, agent: true, subject: true, score: 3}}},
		{Name: "Orun", Type: "LOC", Acts: true, Stance: []Sentence{two}, cands: []stanceCand{{s: two, agent: true, subject: true, score: 3}}},
	}}
	Fill(b, d)
	if len(b.Actors) != 1 {
		t.Errorf("actors = %q, want the shared sentence once", b.Actors)
	}
}

// An actor's item names the actor: a clause of its sentence about someone
// else ("Kessel lobbied for the tariff, while ...") is never its item, and
// a longer clause that names it is used instead.
func TestAnActorsItemNamesTheActor(t *testing.T) {
	b := &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: 1}}}
	text := "Kessel lobbied for months for a new tariff on grain from the lowlands, while the farmers' union in Orun, which sells most of that grain, stayed silent throughout the talks"
	st := Sentence{Text: text, Prov: briefing.Provenance{ArticleID: 1, Start: 0, End: len(text)}}
	d := Draft{Actors: []Actor{{Name: "Orun", Type: "LOC", Acts: true, Stance: []Sentence{st},
		cands: []stanceCand{{s: st, score: 1}}}}}
	Fill(b, d)
	if len(b.Actors) != 1 {
		t.Fatalf("actors = %q, want one item for Orun", b.Actors)
	}
	if _, body := briefing.SplitLead(b.Actors[0]); !strings.Contains(body, "Orun") {
		t.Errorf("Orun's item %q does not name Orun: it is Kessel's deed", b.Actors[0])
	}
}

// A representative's role that repeats the body's name prints only what
// the label does not already say.
func TestWithoutOwnerDropsTheBodysName(t *testing.T) {
	for _, tc := range []struct{ rep, owner, want string }{
		{"Velm Harbour Board chairman Ivo Tal", "Velm Harbour Board", "chairman Ivo Tal"},
		{"Kessel's envoy Ada Kessie", "Kessel", "envoy Ada Kessie"},
		{"Tessaly University Ada Kessie", "Tessaly University at Lusan", "Ada Kessie"},
		{"Tessaly University's dean Ada Kessie", "Tessaly University at Lusan", "dean Ada Kessie"},
		{"Tessaly mayor Ada Kessie", "Tessaly University", "Tessaly mayor Ada Kessie"},
		{"spokesman Ivo Tal", "White House", "spokesman Ivo Tal"},
		{"geologist at the Tessaly Survey Institute Pia Lund", "Tessaly Survey Institute", "geologist Pia Lund"},
		{"astronomer with Kesa Pia Lund", "Kesa", "astronomer Pia Lund"},
		{"chair of the Velm Board Ivo Tal", "Velm Board of Ports", "chair Ivo Tal"},
		{"editor of The Lusan Herald Ivo Tal", "Lusan Herald", "editor Ivo Tal"},
		{"nurse at the Office for Children’s Services Ivo Tal", "Office for Children's Services", "nurse Ivo Tal"},
	} {
		if got := withoutOwner(tc.rep, tc.owner); got != tc.want {
			t.Errorf("withoutOwner(%q, %q) = %q, want %q", tc.rep, tc.owner, got, tc.want)
		}
	}
}

// A body's label does not say its name twice: the representative's role
// loses the name written with or without "The", and the acronym the label
// already gives.
func TestARepresentativesRoleLosesTheBodysNameAndAcronym(t *testing.T) {
	for _, tc := range []struct {
		a    Actor
		want string
	}{
		{Actor{Name: "The Lusan Institute of Tides", Type: "ORG", rep: "Lusan Institute of Tides Pia Lund"},
			"The Lusan Institute of Tides (Pia Lund)"},
		{Actor{Name: "Velm Harbour Board", Type: "ORG", Aliases: []string{"VHB"}, rep: "VHB chairman Ivo Tal"},
			"Velm Harbour Board (VHB) (chairman Ivo Tal)"},
		{Actor{Name: "Velm Harbour Board", Type: "ORG", Aliases: []string{"VHB"}, rep: "Kessan mayor Ivo Tal"},
			"Velm Harbour Board (VHB) (Kessan mayor Ivo Tal)"},
	} {
		if got := actorLead(tc.a); got != tc.want {
			t.Errorf("actorLead = %q, want %q", got, tc.want)
		}
	}
}

// An actor whose best sentence is too long for the room the list leaves is
// still listed, from a shorter sentence of its own, rather than dropped.
func TestALongStanceGivesWayToAShorterOneOfTheSameActor(t *testing.T) {
	b := &briefing.Brief{Sources: []briefing.Source{{N: 1, ArticleID: 1}}}
	var d Draft
	for i, name := range []string{"Tavi Renk", "Sela Marrow", "Ilko Brandt", "Yusra Oddin", "Pell Castor"} {
		day := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}[i]
		s := sentAt(200*i, name+" said the eastern ferries would sail again on "+day+" morning from the old harbour to the islands")
		d.Actors = append(d.Actors, Actor{Name: name, Type: "PER", Acts: true, Stance: []Sentence{s},
			cands: []stanceCand{{s: s, agent: true, subject: true, score: 3}}})
	}
	long := sentAt(1200, "Mira Sundqvist said the western ferries would wait in the new harbour until the divers had searched every berth of the flooded southern quay for the missing crews of the two trawlers lost in the gale on Sunday night")
	short := sentAt(1500, "Mira Sundqvist closed the fish market")
	d.Actors = append(d.Actors, Actor{Name: "Mira Sundqvist", Type: "PER", Acts: true, Stance: []Sentence{long},
		cands: []stanceCand{{s: long, agent: true, subject: true, score: 3}, {s: short, agent: true, subject: true, score: 2}}})
	Fill(b, d)
	if len(b.Actors) != 6 {
		t.Fatalf("actors = %d %q, want all six", len(b.Actors), b.Actors)
	}
	if last := b.Actors[5]; !strings.HasPrefix(last, "Mira Sundqvist — ") || !strings.Contains(last, "fish market") {
		t.Errorf("sixth item = %q, want Mira Sundqvist's shorter sentence", last)
	}
}

// An item drops its actor's name from the start of the clause it quotes,
// as the lead names the actor, unless the name joins more of the subject,
// is part of a longer name, or little would be left.
func TestAnItemDoesNotNameItsActorTwice(t *testing.T) {
	forms := []string{"Ilko Brandt", "Brandt"}
	for _, tc := range []struct{ in, want string }{
		{"Ilko Brandt closed the fish market on Monday", "closed the fish market on Monday"},
		{"Brandt had fought the port levy for years", "had fought the port levy for years"},
		{"Brandt and his deputy closed the fish market", "Brandt and his deputy closed the fish market"},
		{"Brandt Shipping closed the fish market", "Brandt Shipping closed the fish market"},
		{"Brandt resigned on Monday", "Brandt resigned on Monday"},
	} {
		got := withoutSubject(sentAt(0, tc.in), forms)
		if got.Text != tc.want || got.Prov.End-got.Prov.Start != len(got.Text) || tc.in[got.Prov.Start:got.Prov.End] != got.Text {
			t.Errorf("withoutSubject(%q) = %q %+v, want %q with its provenance", tc.in, got.Text, got.Prov, tc.want)
		}
	}
}

// The words before a quotation a sentence leaves open are an item only
// when they say more than who spoke where: "The Trust said in a statement"
// is no position.
func TestTheWordsBeforeAnOpenQuotationMustSayMore(t *testing.T) {
	bare := sentAt(0, "The Tarrow Harbour Trust said in a statement: \"We have closed the north pier")
	if got := itemSpans([]Sentence{bare}); len(got) != 0 {
		t.Errorf("itemSpans(%q) = %q, want none", bare.Text, got[0].Text)
	}
	told := sentAt(0, "A spokesman for the Trust told the Dorna Courier: \"We have closed the north pier")
	if got := itemSpans([]Sentence{told}); len(got) != 0 {
		t.Errorf("itemSpans(%q) = %q, want none", told.Text, got[0].Text)
	}
	more := sentAt(0, "The Tarrow Harbour Trust said the north pier would stay shut until May: \"We have closed it")
	got := itemSpans([]Sentence{more})
	if len(got) != 1 || got[0].Text != "The Tarrow Harbour Trust said the north pier would stay shut until May" {
		t.Errorf("itemSpans(%q) = %v, want the words before the quotation", more.Text, got)
	}
}

// A person the story is about who neither speaks nor acts in a clause of
// their own is still listed, when there is room, and the item says that
// the sources give no position of theirs; a body named the same way is
// not.
func TestASilentPrincipalIsListed(t *testing.T) {
	b := filledOne(t, "The Harwick council voted on Monday to close the old river harbour to cargo ships from next spring, ending two centuries of trade at the port. "+
		"Mayor Lotte Baines said the harbour would be turned into a park and a ferry terminal within five years. "+
		"Dock workers' union leader Tomas Arrieta said the vote would cost four hundred jobs and promised to fight it in court. "+
		"The council said the port had lost money for a decade as ships moved to the deep-water terminal at Kessan. "+
		"Arrieta said the harbour's owner, the shipping heiress Ines Varnholm, had sold her stake to the council in May. "+
		"Baines said she had not spoken to Ines Varnholm since the sale. "+
		"Arrieta said the Harwick Port Trust had ignored the union for years, and Baines said the Harwick Port Trust would be wound up. "+
		"The Harwick Maritime Museum holds the ledgers of the Harwick Maritime Museum's first trading house. "+
		"Shipping agents at the port said most of their clients had already left for Kessan.")
	var silent []string
	for _, it := range b.Actors {
		if strings.Contains(it, silentNote) {
			silent = append(silent, it)
		}
	}
	if len(silent) != 1 || !strings.HasPrefix(silent[0], "Ines Varnholm") {
		t.Errorf("actors %q: want Ines Varnholm listed with %q, and no one else", b.Actors, silentNote)
	}
}

// harbourSale opens two invented reports: a principal named only in
// others' sentences, and four who speak.
const harbourSale = "The Harwick council voted on Monday to close the old river harbour to cargo ships from next spring, ending two centuries of trade at the port. " +
	"Mayor Lotte Baines said the harbour would be turned into a park and a ferry terminal within five years. " +
	"Dock workers' union leader Tomas Arrieta said the vote would cost four hundred jobs and promised to fight it in court. " +
	"Arrieta said the harbour's owner, the shipping heiress Ines Varnholm, had sold her stake to the council in May. " +
	"Baines said she had not spoken to Ines Varnholm since the sale. " +
	"Harbour pilot Ada Kessie said the pilots had not been told of the vote. "

// A leading person without a clause of their own is listed ahead of minor
// actors that the sources only name, also when those fill the list; never
// ahead of one that speaks.
func TestASilentPrincipalOutranksActorsOnlyNamed(t *testing.T) {
	b := filledOne(t, harbourSale+
		"Boats of the Orvik Fishing Cooperative still moor at the north pier. "+
		"The quay was built by the Tarrow Engineering Company in 1820. "+
		"Rowers from the Velm Rowing Club train in the basin each summer. "+
		"A plaque from the Harwick Historical Society marks the old customs house.")
	var varnholm, kessie bool
	for _, it := range b.Actors {
		varnholm = varnholm || strings.HasPrefix(it, "Ines Varnholm")
		kessie = kessie || strings.HasPrefix(it, "Ada Kessie")
	}
	if !varnholm || !kessie {
		t.Errorf("actors %q: want Ines Varnholm, the story's principal, and Ada Kessie, who speaks, listed", b.Actors)
	}
	// six who speak: none gives way to her
	b = filledOne(t, harbourSale+
		"Ferry captain Ivo Tal said the ferries would keep running through the winter. "+
		"Shopkeeper Dallas Orvin said trade on the quay had fallen by half since spring. "+
		"Fisherman Edo Brask said the new owners would have to dredge the channel. "+
		"Councillor Mira Orme said the vote had been close.")
	for _, it := range b.Actors {
		if strings.HasPrefix(it, "Ines Varnholm") {
			t.Errorf("actors %q: a silent principal displaced one who speaks", b.Actors)
		}
	}
}
