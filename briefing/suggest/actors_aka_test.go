package suggest

import (
	"slices"
	"testing"
)

// One person under two names the text equates.

func TestStatedAliasIsOneActor(t *testing.T) {
	d, _ := draftArticles(t,
		"The singer Ada Lark, whose real name is Ada Morrow, sued the Tarvos label on Monday. Lark said the label had kept her royalties for a decade.",
		"Ada Morrow told the court she had never signed the 2019 contract. Morrow wants the rights to her songs back. Tarvos denied the claim.",
	)
	lark, morrow := actorsWith(d, "Lark"), actorsWith(d, "Morrow")
	if len(lark) != 1 || !slices.Equal(lark, morrow) || lark[0] != "Ada Lark" {
		t.Fatalf("actors named Lark %v, named Morrow %v: want one, Ada Lark", lark, morrow)
	}
	for _, a := range d.Actors {
		if a.Name == "Ada Lark" {
			if got := actorLead(a); got != "Ada Lark (a.k.a. Ada Morrow; singer)" && got != "Ada Lark (a.k.a. Ada Morrow)" {
				t.Errorf("label %q: want the other name beside the first", got)
			}
		}
	}
}

func TestStatedAliasNeedsOnePersonOfTheSurname(t *testing.T) {
	// two people named Lark before "Lark (real name ...)": which one is
	// meant the text does not say, so nobody merges
	d, _ := draftArticles(t,
		"Ana Lark said her son had died on Sunday. Ivo Lark, his brother, thanked the doctors. Lark, whose real name was Teodor Vance, had been ill for a year, the band said.",
	)
	for _, n := range []string{"Ana Lark", "Ivo Lark"} {
		for _, a := range d.Actors {
			if a.Name == n && a.aka != "" {
				t.Errorf("%s goes by %q: a surname two people share says nothing", n, a.aka)
			}
		}
	}
}
