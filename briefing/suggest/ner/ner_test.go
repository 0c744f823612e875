package ner

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/suggest/sentence"
)

func TestRecognize(t *testing.T) {
	sp, err := sentence.NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	r := New(sp.Model())
	rs := NewWithOptions(sp.Model(), Options{SportsTables: true})
	for _, tc := range []struct {
		name, text string
		want       map[string]string // name -> type
		roles      map[string]string // name -> role
	}{
		{"titles give people and roles",
			"U.S. President Dana Whitcombe met envoy Steve Okafor and Prime Minister Рустем Умєров in Geneva on Monday.",
			map[string]string{"U.S.": LOC, "Dana Whitcombe": PER, "Steve Okafor": PER, "Рустем Умєров": PER, "Geneva": LOC},
			map[string]string{"Dana Whitcombe": "U.S. President", "Steve Okafor": "envoy", "Рустем Умєров": "Prime Minister"}},
		{"organisations by suffix and gazetteer",
			"The European Union and Northbridge Holdings said the Bank of Valdoria would reopen. NATO agreed.",
			map[string]string{"European Union": ORG, "Northbridge Holdings": ORG, "Bank of Valdoria": ORG, "NATO": ORG}, nil},
		{"a surname after a full name is the same person",
			"Talks were led by Mikhail Sokolov. Later, Sokolov said he would return.",
			map[string]string{"Mikhail Sokolov": PER, "Sokolov": PER}, nil},
		{"sentence-initial words and demonyms are not names",
			"However, Russian officials said on Friday that Arvelian forces had left.",
			map[string]string{}, nil},
		{"a name does not run on over a line break",
			"Valdoria City beat Harbour Rovers\nPavel Marek scored twice.",
			map[string]string{"Pavel Marek": PER}, nil},
		{"state abbreviations are places, month abbreviations are not names",
			"The plant near Tulsa, Okla, reopened on Sep 3 for Norvatek and its buyers.",
			map[string]string{"Okla": LOC, "Sep": ""}, nil},
		{"a lone unknown word is no actor without a cue; with one, all its mentions are",
			"Farmers praised Dunmaro and Quellin. Dunmaro's chief executive resigned. Malnutrition rose.",
			map[string]string{"Dunmaro": ORG, "Quellin": "", "Malnutrition": ""}, nil},
		{"a compass word before a place, an article before a town",
			"Rain fell on Southern Malawi and on La Paz.",
			map[string]string{"Southern Malawi": LOC, "La Paz": LOC}, nil},
		{"a title of world news before a name",
			"Cabinet Secretary Njeri Wambugu spoke after Honourable Kojo Mensah.",
			map[string]string{"Njeri Wambugu": PER, "Kojo Mensah": PER},
			map[string]string{"Njeri Wambugu": "Cabinet Secretary", "Kojo Mensah": "Honourable"}},
		{"an unknown body before a title, and a body with its title after a name",
			"Dockers Union President Ada Kessie met Yaw Dartey VTA Director-General on Monday.",
			map[string]string{"Ada Kessie": PER, "Yaw Dartey": PER, "VTA": ORG, "Yaw Dartey VTA Director-General": ""},
			map[string]string{"Ada Kessie": "Dockers Union President", "Yaw Dartey": "VTA Director-General"}},
		{"a title word that is also a surname after a given name stays the name",
			"Ministers met Bill King and the Ministry of Justice.",
			map[string]string{"Bill King": PER, "Ministry of Justice": ORG}, nil},
		{"a body's name goes on after for and on",
			"The Panel on Soil Health and the Office for the Welfare of Fishers replied.",
			map[string]string{"Panel on Soil Health": ORG, "Office for the Welfare of Fishers": ORG}, nil},
		{"a name ending in an ordinary word is no person; a facility is a place",
			"Crowds filled Tarrow Pavilion before the talks at the Mardell Hotel.",
			map[string]string{"Tarrow Pavilion": "", "Mardell Hotel": LOC}, nil},
		{"an unknown word after the is an actor only if another mention types it",
			"The Dorna was quiet. Later the Velmo said it would appeal, and Velmo's chief executive resigned.",
			map[string]string{"Dorna": "", "Velmo": ORG}, nil},
		{"acronyms of places and of common things",
			"Aid reached the DRC and MENA, but the PPP and R&D budgets fell.",
			map[string]string{"DRC": LOC, "MENA": LOC, "PPP": "", "R&D": ""}, nil},
		{"bodies of many languages by their first word",
			"The Frente Amplio Popular and Banque Dravenne replied.",
			map[string]string{"Frente Amplio Popular": ORG, "Banque Dravenne": ORG}, nil},
		{"a lone surname after a full name typed by a fallback is the person",
			"Dilan Weeratunge spoke first. Later Weeratunge's office replied.",
			map[string]string{"Dilan Weeratunge": PER, "Weeratunge": PER}, nil},
		{"a given name ending in -an is no demonym; San starts a place",
			"Juan Guillermo Ostera spoke in San Telmar.",
			map[string]string{"Juan Guillermo Ostera": PER, "San Telmar": LOC}, nil},
		{"police ranks and members of parliament as titles",
			"ASI Rahim Uddin and MK Yael Doron said so.",
			map[string]string{"Rahim Uddin": PER, "Yael Doron": PER},
			map[string]string{"Rahim Uddin": "ASI", "Yael Doron": "MK"}},
		{"a town's name that is the surname of a person in the text is the person; according to X is no place",
			"Yara Moyo met the press. Later Moyo left, according to Velkoro.",
			map[string]string{"Yara Moyo": PER, "Moyo": PER, "Velkoro": ""}, nil},
		{"a known place ends inside a qualified word",
			"The New Delhi-based Velmar Group and South Africans abroad gave money.",
			map[string]string{"New Delhi": LOC, "Velmar Group": ORG, "South Africans": ""}, nil},
		{"a title of a body, then the person",
			"General Secretary of Kelvar Tribal Forum Sanjib Dorai said so.",
			map[string]string{"Kelvar Tribal Forum": ORG, "Sanjib Dorai": PER},
			map[string]string{"Sanjib Dorai": "General Secretary of Kelvar Tribal Forum"}},
		{"a place before a dollar sign is a currency",
			"Aid of US$ 17 million and HK$3 reached Kenya.",
			map[string]string{"US": "", "HK": "", "Kenya": LOC}, nil},
		{"a title word inside a name after a given name is part of it",
			"President Hassan Sheikh Omar spoke. Hassan Sheikh Warsame replied.",
			map[string]string{"Hassan Sheikh Omar": PER, "Hassan Sheikh Warsame": PER},
			map[string]string{"Hassan Sheikh Omar": "President"}},
		{"a possessive before a title: the owner is part of the role",
			"Marek's adviser, Lena Morrow, left. The minister's adviser, Ivo Brandt, stayed.",
			map[string]string{"Lena Morrow": PER, "Ivo Brandt": PER}, map[string]string{"Lena Morrow": "Marek's adviser", "Ivo Brandt": "minister's adviser"}},
		{"a body of several words with of before a title",
			"Tarrow Department of Prisons Director Ada Kessie said so.",
			map[string]string{"Ada Kessie": PER}, map[string]string{"Ada Kessie": "Tarrow Department of Prisons Director"}},
		{"and inside the part of a body's name after of",
			"The Ministry of Fisheries and Livestock met the Bank of Tarrow and Kenya.",
			map[string]string{"Ministry of Fisheries and Livestock": ORG, "Bank of Tarrow": ORG, "Kenya": LOC}, nil},
		{"an ordinary plural's possessive inside a body's name",
			"The Velmar People's Party and the Kelvar Children's Trust met.",
			map[string]string{"Velmar People's Party": ORG, "Kelvar Children's Trust": ORG}, nil},
		{"a body's name, then a person's, in one run",
			"They heard Kelvar Tribal Forum Maria Dorai on Monday.",
			map[string]string{"Kelvar Tribal Forum": ORG, "Maria Dorai": PER}, nil},
		{"a nickname in quotes after a given name is part of the name",
			"Then Maria \"Lulu\" Dorai and Grace “Jojo” Wekesa left.",
			map[string]string{"Maria \"Lulu\" Dorai": PER, "Grace “Jojo” Wekesa": PER}, nil},
		{"the body a title is of ends after its last body word; a plural title",
			"Secretary of Kenya Dockers Union Ada Kessie met Green MPs Tom Okello.",
			map[string]string{"Kenya Dockers Union": ORG, "Ada Kessie": PER, "Tom Okello": PER},
			map[string]string{"Ada Kessie": "Secretary of Kenya Dockers Union", "Tom Okello": "Green MPs"}},
		{"a byline in capitals is a person; a headline is not",
			"ADA WEKESSI\n\nTraders met on Monday.\n\nKENYA VOTES\n\nPolls opened.",
			map[string]string{"ADA WEKESSI": PER, "KENYA VOTES": "", "KENYA": LOC}, nil},
		{"an ordinary noun after the is no actor",
			"The Constitution gives the State the power to tax.",
			map[string]string{"Constitution": "", "State": ""}, nil},
		{"sports: " + "teams in a results line",
			"Valdoria City 3 Harbour Rovers 1",
			map[string]string{"Valdoria City": ORG, "Harbour Rovers": ORG}, nil},
		{"a dateline names a place",
			"TARVANO, Valdoria 2024-03-01\nTalks resumed on Friday.",
			map[string]string{"TARVANO": LOC, "Valdoria": LOC}, nil},
		{"a dateline with a month and a wire credit",
			"KESTRAVIK, Dec 6 (Reuters) - Officials met on Friday.",
			map[string]string{"KESTRAVIK": LOC}, nil},
		{"sports: " + "teams in a sports report: beat, v, X's coach, drew with",
			"SOCCER - LEAGUE ROUND-UP.\nMarvenna beat Ostrovo 2-1 on Sunday in the league. Ostrovo's coach was unhappy. Dalbrook (4) v Harwick (9). Tellaro drew with Marvenna and the match ended 1-1.",
			map[string]string{"Marvenna": ORG, "Ostrovo": ORG, "Dalbrook": ORG, "Harwick": ORG, "Tellaro": ORG}, nil},
		{"sports: " + "a league table with countries in brackets",
			"BASKETBALL - STANDINGS.\nVelmora (Italy) 9 6 3 15\nKastel Split (Croatia) 9 5 4 14",
			map[string]string{"Velmora": ORG, "Italy": LOC, "Croatia": LOC}, nil},
		{"sports: " + "athletes with their country in brackets are people, even after beat",
			"BADMINTON - RESULTS.\nTerho Valkama (Finland) beat Ruslan Dzhabarov (Russia) 15-12 15-6",
			map[string]string{"Terho Valkama": PER, "Ruslan Dzhabarov": PER, "Finland": LOC, "Russia": LOC}, nil},
		{"sports: " + "a league table in capitals",
			"ICE HOCKEY - STANDINGS.\nW L T GF GA PTS\nNORTHVALE 12 7 6 77 76 30\nPORT ELWICK 10 11 4 74 84 24",
			map[string]string{"NORTHVALE": ORG, "PORT ELWICK": ORG}, nil},
		{"sports: " + "scorers in brackets are people",
			"SOCCER - SUMMARIES.\nDalbrook 2 (Oskarsen 43, Brevik 88 penalty) Harwick 1 (Tamberlo 10).",
			map[string]string{"Dalbrook": ORG, "Harwick": ORG, "Oskarsen": PER, "Brevik": PER, "Tamberlo": PER}, nil},
		{"sports: " + "cricket scorecard names are people",
			"CRICKET - SCOREBOARD.\nArvind Kalsekar c Mokoena b Prithwani 12\nBowling: Prithwani 8-1-60-2",
			map[string]string{"Arvind Kalsekar": PER, "Mokoena": PER, "Prithwani": PER}, nil},
		{"sports: " + "a surname in a standings row after the full name is the person",
			"SKI JUMPING - STANDINGS.\n1. Tavio Kerkelainen (Finland) 303.4 points\nStandings:\n1. Kerkelainen 210\n2. Ostrand 206",
			map[string]string{"Tavio Kerkelainen": PER, "Kerkelainen": PER}, nil},
		{"a known body before a title, and the lone surname later",
			"Traders waited for Federal Reserve Chairman Alan Whitcombe. Whitcombe said nothing.",
			map[string]string{"Federal Reserve": ORG, "Alan Whitcombe": PER, "Whitcombe": PER}, nil},
		{"origin, party and title words before a given name",
			"Croat Dejan Petrovac scored. Conservative MP Sir John Hartleby resigned.",
			map[string]string{"Dejan Petrovac": PER, "John Hartleby": PER}, nil},
		{"a weekday ends a name",
			"Talks with Valdoria Thursday went well.",
			map[string]string{"Valdoria": LOC, "Valdoria Thursday": ""}, nil},
		{"a doubtful given name before a surname that speaks is the person's",
			"Talk show host Piers Velmont spoke first. Later Velmont told reporters he was fine.",
			map[string]string{"Piers Velmont": PER, "Velmont": PER}, nil},
		{"a title word that opens a body's name is part of it",
			"The U.N. General Assembly voted. The General Administration of Fisheries said catches fell. General Oder Pell resigned.",
			map[string]string{"U.N. General Assembly": ORG, "General Administration of Fisheries": ORG, "Administration of Fisheries": "", "Oder Pell": PER}, nil},
		{"a month with its day after a name is a date",
			"The board dismissed Halvorsen May 9 and hired Ines Valdor Jan. 6, sources said. Theresa Okonjo-Mays spoke in May.",
			map[string]string{"Halvorsen": PER, "Halvorsen May": "", "Ines Valdor": PER, "Ines Valdor Jan": "", "May": ""}, nil},
		{"an emeritus title is the role, not the name",
			"Pope Emeritus Gregor met the envoy. Professor Emeritus Ines Valdor said the law was clear.",
			map[string]string{"Gregor": PER, "Emeritus Gregor": "", "Ines Valdor": PER}, map[string]string{"Gregor": "Pope Emeritus", "Ines Valdor": "Professor Emeritus"}},
		{"common abbreviations and Roman numerals alone are no actors; a regnal number stays in the name",
			"RIP messages poured in. Part III of the report was published. Queen Adela II said so.",
			map[string]string{"RIP": "", "III": "", "Adela II": PER}, nil},
		{"an acronym before said is a body",
			"The NCDA said exports rose.",
			map[string]string{"NCDA": ORG}, nil},
		{"bodies joined by of the, and, &",
			"The Organisation of the Coastal States met Velmar Trust & Banking Co and Harbour Row Bank and Trust Company.",
			map[string]string{"Organisation of the Coastal States": ORG, "Velmar Trust & Banking Co": ORG, "Harbour Row Bank and Trust Company": ORG}, nil},
		{"a place inside a name that is no person's is an organisation",
			"Prices quoted by Ontario Pork rose.",
			map[string]string{"Ontario Pork": ORG}, nil},
		{"cities and given names from the embedded lexicon",
			"Rosalind met officials in Chittagong.",
			map[string]string{"Chittagong": LOC, "Rosalind": PER}, nil},
		{"companies and papers by their context: shares in X, the newspaper X, X shares",
			"Shares in Veltrano Massip rose after the newspaper La Vostrana reported the deal. Analysts expect Brunel Oskarvik shares to follow.",
			map[string]string{"Veltrano Massip": ORG, "La Vostrana": ORG, "Brunel Oskarvik": ORG}, nil},
		{"companies by their context: X, which makes; X's chief executive; said in a statement",
			"Ostrel Danvik, which makes tractors, cut jobs. Pardoe Ventrix's chief executive resigned. Lomax Quarrel said in a statement that it would appeal.",
			map[string]string{"Ostrel Danvik": ORG, "Pardoe Ventrix": ORG, "Lomax Quarrel": ORG}, nil},
		{"places by their context: X, a town; north of X; X province; X, <state>",
			"Shelling hit Kelvarro, a town near the border, and farms north of Tessaly. Dravenna province was quiet. Brackley Fen, Ohio, has a new mayor.",
			map[string]string{"Kelvarro": LOC, "Tessaly": LOC, "Dravenna": LOC, "Brackley Fen": LOC, "Ohio": LOC}, nil},
		{"a person by X, who and X, age,",
			"Dravnik, who chairs the panel, spoke first. Osterlund, 54, left early.",
			map[string]string{"Dravnik": PER, "Osterlund": PER}, nil},
		{"a name that starts with an ordinary word and has no cue is not an actor",
			"Crowds gathered for Harvest Mornay on Sunday. Later, Silver Pellam said in a statement that sales rose.",
			map[string]string{"Harvest Mornay": "", "Silver Pellam": ORG}, nil},
		{"a capitalised word with an ordinary word after its hyphen is no name",
			"Palace-backed fighters defended the Empire-imposed border near Tarvano-based units.",
			map[string]string{"Palace-backed": "", "Empire-imposed": "", "Tarvano-based": ""}, nil},
		{"time zones, offices and ordinary words in capitals are not actors",
			"By 1400 GMT the CEO of Norvatek said exports rose. NOTE: figures are provisional.",
			map[string]string{"GMT": "", "CEO": "", "NOTE": ""}, nil},
		{"the header of a table is no name",
			"Weekly figures were released on Friday.\nRegion  Output  Exports  Imports\nNorth  12  4  7",
			map[string]string{"Region Output": "", "Output": "", "Exports": "", "Imports": "", "Region  Output  Exports  Imports": ""}, nil},
		{"towns and regions from GeoNames type names no other cue explains",
			"Mirandela was quiet on Sunday, and Podlasie voted.",
			map[string]string{"Mirandela": LOC, "Podlasie": LOC}, nil},
		{"an article starts a paper's name; a surname with a particle stays the person's",
			"Il Vespertino ran the story. Marine Le Vasseur spoke first, and Le Vasseur spoke again.",
			map[string]string{"Il Vespertino": ORG, "Marine Le Vasseur": PER, "Le Vasseur": PER}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := map[string]Mention{}
			rec := r
			if strings.HasPrefix(tc.name, "sports: ") {
				rec = rs
			}
			for _, m := range rec.Recognize(tc.text, sp.Split(tc.text)) {
				if tc.text[m.Start:m.End] != m.Text {
					t.Errorf("mention %+v does not slice its text", m)
				}
				got[m.Text] = m
			}
			for n, typ := range tc.want {
				if got[n].Type != typ {
					t.Errorf("%q: type %q, want %q (all: %+v)", n, got[n].Type, typ, got)
				}
			}
			if len(tc.want) == 0 && len(got) > 0 {
				t.Errorf("found %+v, want nothing", got)
			}
			for n, role := range tc.roles {
				if got[n].Role != role {
					t.Errorf("%q: role %q, want %q", n, got[n].Role, role)
				}
			}
		})
	}
}
