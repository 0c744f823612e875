package suggest

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
	"github.com/briefdesk/briefdesk/briefing/suggest/sentence"
)

func TestFurnitureClasses(t *testing.T) {
	for _, tc := range []struct {
		class, text string
		want        bool
	}{
		{"caption position marker", "Envoy Rima Tasz, left, greets Minister Oder Pell at the lakeside hotel in Varnholm.", true},
		{"caption position marker", "Striker Anna Voll, front, holds off a defender in the second half.", true},
		{"file-photo caption", "In this March 3, 2029 file photo, Minister Oder Pell speaks to reporters.", true},
		{"file-photo caption", "FILE - Police officers stand outside the court in Kessan.", true},
		{"undated photo caption", "This undated photo provided by the Pell family shows the boat.", true},
		{"photo credit at the end", "Protesters march past the ministry in Varnholm. (Associated Press)", true},
		{"photo credit at the end", "Crews clear the road near Kessan (AP Photo/Ivo Brandt)", true},
		{"image credit label in brackets", "Dry fields could mean dear bread (Image: Fieldlens Studio/Norvask Press).", true},
		{"a site's follow prompt", "Add Ines Valdor as an interest on your news feed.", true},
		{"a sponsor's credit", "This guide was made possible in part through the financial support of the Kessan Trust.", true},
		{"a video's caption: an outlet's reporter and a quotation", "The BBC's Ines Dorn: \"No one saw the flood coming\"", true},
		{"a minister's words after a colon are news", "Kessel's Foreign Minister Ines Dorn: \"We will not sign\"", false},
		{"a reporter's credit line", "Ines Dorn reported from Varnholm.", true},
		{"a reporter's credit line", "Ines Dorn and Ivo Tal contributed reporting from Kessan and Varnholm.", true},
		{"a report from a place is news", "The envoy reported from Varnholm that the talks had stalled.", false},
		{"a correction note", "This report has been updated to give the mayor's full title.", true},
		{"a correction note", "An earlier version of this story misstated the year the bridge opened.", true},
		{"a report that a story was corrected is news", "The paper said its story was corrected after the minister complained.", false},
		{"a social prompt", "Send your views through our Instagram account.", true},
		{"a request for messages", "Seen something odd? Message us via the app.", true},
		{"a promotion for a webinar", "Our editors will take readers' questions in a free webinar next week.", true},
		{"a report of a page's account is no prompt", "The ministry said its Facebook page had been hacked.", false},
		{"a site's follow prompt, its second half", "Tap the bell to stay up to date with the latest from Kessan.", true},
		{"a picture's courtesy line", "Photo courtesy of the Kessan Museum.", true},
		{"courtesy of in brackets", "A marsh vole in its burrow (courtesy of the Kessan Museum)", true},
		{"courtesy label in brackets", "A river otter near the dam (courtesy: Ivo Tal, Kessan Wildlife Trust)", true},
		{"present tense and a full date: a caption", "Mayor Ines Dorn waves to supporters Oct. 3, 2029, outside the town hall.", true},
		{"past tense and a full date: a report", "Mayor Ines Dorn waved to supporters on Oct. 3, 2029, outside the town hall.", false},
		{"cut caption with credit", "The ministry said its staff were safe... (Kessan Daily)", true},
		{"a web archive's notice", "Broad crawl of news sites with a starting seedlist from May 2031.", true},
		{"a gallery's counter and caption", "Hide Caption 4 of 12 12 photos: Photos: Floods in the Velm valley Floods in the Velm valley – A boy wades through the market square on May 3.", true},
		{"a gallery's count and title", "12 photos: Photos: Floods in the Velm valley", true},
		{"a live page's heading", "The Latest on the floods in the Velm valley (all times local):", true},
		{"a live page's heading, the short form", "The Latest: Velm mayor orders the north bank cleared", true},
		{"a sentence that tells of the latest", "The latest figures show the river fell by a metre overnight.", false},
		{"a web archive's notice of its data", "Since 2029 a search firm has been donating its crawl data to the archive.", true},
		{"a request to get in touch with the page", "If you would like a copy of this set, please contact us and say who you are.", true},
		{"a crawl in the story", "Rescuers had to crawl through the rubble to reach the family.", false},
		{"a teaser cut short", "A new survey of dock workers found the strike may hurt not only wages but their pensions as ...", true},
		{"a teaser cut short, one mark", "Harbour fees in Kessan could double, officials …", true},
		{"a pause in a quotation", "\"We waited... and then nothing,\" she said.", false},
		{"caption label", "Image copyright Orla Press Image caption Crowds gathered overnight.", true},
		{"caption ending in its full date", "Guards stand by the gate of the summer palace near Varnholm, Saturday, May 4, 2029.", true},
		{"caption ending in its full date", "Rescuers carry a survivor ashore in Kessan, Tue., Oct. 9, 2029", true},
		{"caption ending in its full date", "A ferry carrying the envoy crosses the bay at Kessan, Sunday May 6, 2029.", true},
		{"caption ending in its full date", "The car carrying the envoy, seated at the back, drives to Kessan Sunday, May 6, 2029", true},
		{"caption with its full date and place", "A guard opens the gate of the summer palace, Friday, Nov. 3, 2028 in Varnholm, Ol.", true},
		{"caption with its full date and place", "Crews clear the harbour road, Sunday, May 6, 2029, in Port Aldine.", true},
		{"paywall", "Premium content for only $1.49 a week.", true},
		{"newsletter promotion", "The morning briefing from Kessan, delivered weekday mornings.", true},
		{"newsletter promotion", "Our best stories, delivered to your inbox.", true},
		{"contact line", "Reach Lena Morrow at lmorrow@kessandaily.example or 555-201-3344.", true},
		{"contact line", "Anyone with information is asked to call the Varnholm police at (555) 201-3344.", true},
		{"contact line", "Write to the desk at @kessandesk on any platform.", true},
		{"quote widget", "Stock Chart for Varn Ferries AS (VARN)", true},
		{"editor's note", "The following is an excerpt of the minister's memoir.", true},
		{"editor's note", "This article was originally published by the Kessan Daily.", true},
		{"paywall", "Subscribe now to keep reading the full story.", true},
		{"newsletter", "Get breaking news alerts on your phone from the Kessan desk.", true},
		{"newsletter", "Sign up for our morning newsletter.", true},
		{"player text", "Media playback is not supported in this app", true},
		{"a broadcast's tease", "Lena Morrow has the details.", true},
		{"a broadcast's tease", "KVLT7's Lena Morrow has the details", true},
		{"a page's promotion", "We’ve got all the latest on the ferry strike in Kessan.", true},
		{"a broadcast's tease", "Ivo Brandt has details on The Harbour Hour", true},
		{"a sentence about details", "The ministry has the details of every contract signed since 2020.", false},
		{"player text", "Skip in Skip x Embed x Share the ferry captain speaks.", true},
		{"browser notice", "Please turn on JavaScript to view this page.", true},
		{"byline", "By Lena Morrow and Ivo Brandt, Capital Desk", true},
		{"byline", "By Lena Morrow", true},
		{"pointer to more elsewhere", "For tips on cutting your heating bill, see the Kessan Energy Council's guide.", true},
		{"pointer to more elsewhere", "Visit the Varnholm museum's website for more on the exhibition.", true},
		{"pointer to more elsewhere", "To learn more about the ferry timetable, go to kessanferries.example.com.", true},
		{"no pointer: a visit reported", "The envoy will visit the Varnholm museum on Tuesday to see the new exhibition.", false},
		{"no pointer: advice reported", "For more than a decade, the council has urged residents to see a doctor every year.", false},
		{"postal address", "Box 4120, Kessan, OK 73301", true},
		{"postal address", "Donations may be mailed to the fund at P.O. Box 88, Varnholm, WY 82001.", true},
		{"follow line", "Find us on Facebook and Instagram.", true},
		{"follow line", "We’re also on Twitter and Facebook.", true},
		{"follow line", "Tell us what you think on our Facebook page.", true},
		{"tip line", "Desk editor Lena Morrow - tip her here", true},
		{"a sentence about following", "The envoy said he would follow the talks on Twitter.", false},
		{"caption in the picture's present passive", "The ferry that sank is pictured at the Kessan quay.", true},
		{"caption in the picture's present passive", "Lava flows are seen on a road near Varnholm", true},
		{"caption in the picture's present passive", "Minister Oder Pell is shown in a photo released by his office.", true},
		{"caption ending in its place and date", "Soldiers patrol outside the cathedral in Varnholm, April 22, 2029.", true},
		{"caption ending in its place and date after 'of'", "A lineman is silhouetted as he mends cables on the outskirts of Kessan January 31, 2029.", true},
		{"a gallery's blurb", "A collection of pictures from the Kessan floods.", true},
		{"a gallery's blurb", "Pictures of the week: floods in Kessan and a royal visit.", true},
		{"a gallery's blurb", "Images that made the news in Varnholm this month.", true},
		{"a proposal that drew notice is news", "The proposal caught the eye of regulators in Kessan.", false},
		{"a report of pictures is news", "The photos were taken in the capital of Kessan on January 31, 2029.", false},
		{"caption side marker", "Envoy Rima Tasz (R) and Minister Oder Pell attend a news conference in Kessan.", true},
		{"caption side marker", "Oder Pell (2nd L) greets the delegation.", true},
		{"a date in the report", "The treaty was signed in Varnholm on April 22, 2029, after a week of talks.", false},
		{"a quotation ending in its place and date", "“We will return,” the envoy said in Varnholm, April 22, 2029.", false},
		{"a report about pictures, not a caption", "In the new photographs, which fill a book, the painter is seen at ease in her garden.", false},
		{"a judgement, not a picture", "The offer is seen as a concession to the rebels.", false},
		{"an audience, not a picture", "The museum's shows are seen by millions each year.", false},
		{"the past tense reports what happened", "No weapons were seen during the robbery.", false},
		{"a sentence about a box", "The ballot box 12 was found empty in Kessan.", false},
		{"time stamp", "Updated: 10:42 on Tuesday.", true},
		{"share buttons", "Share on Facebook Share on Twitter Email", true},
		{"read more", "Read more: What the Varnholm deal means for fishing fleets.", true},
		{"related links", "Related: Kessan ferry sinks in a storm.", true},
		{"follow line", "Follow him on Twitter @lmorrow.", true},
		{"gallery counter", "KESSAN DAILY 4 of 20 Crews clear the harbour.", true},
		{"copyright line", "Copyright 2029 Kessan Daily. All rights reserved.", true},
		{"a health article's list of sources", "SOURCES: Ines Valdor, MD, professor of medicine, Kessan University; Ivo Tal, PhD.", true},
		{"sources cited in a sentence", "Sources close to the ministry said the port would reopen.", false},
		{"a title lost in the copy", "Tasz, who starred in \"\" before she ran for office, departed early.", true},
		{"a title lost in the copy", "Tasz, who starred in “” before she ran for office, departed early.", true},
		{"caption without its date: the picture's verb in the present, then the weekday", "Senator Ada Vale and Minister Ivo Tal walk to the chamber floor Wednesday.", true},
		{"caption without its date: the picture's verb in the present, then the weekday", "Envoy Rima Tasz gestures during a news conference Tuesday in Varnholm.", true},
		{"caption without its date: the picture's verb in the present, then 'last week'", "Minister Oder Pell speaks during a news conference at the Kessan assembly last week.", true},
		{"a report of last week", "Minister Oder Pell resigned after a news conference last week.", false},
		{"a report of what comes next", "Peace talks resume Wednesday in Varnholm.", false},
		{"a report of what comes next", "Minister Oder Pell speaks to parliament on Tuesday, aides said.", false},
		{"prose", "Minister Oder Pell said the border would stay closed until Friday.", false},
		{"a pop-up name card and its links run into the copy", "The vote on President Orlin Vale Orlin Matteo ValeAides say budget talks will resume Monday came late.", true},
		{"a pop-up name card and its links run into the copy", "Senator Ada Brisk Ada Lynn BriskCourt rulings this week made the bill urgent.", true},
		{"a name written as one word", "Shares of ProGrain rose after the ProGrain board met the McVale family.", false},
		{"a name written as one word", "You can watch the clip the ministry posted on YouTube.", false},
		// reporting that only looks like furniture
		{"prose", "Minister Oder Pell left the talks early on Tuesday.", false},
		{"prose", "Netflix said it had added two million subscribers in Varnholm.", false},
		{"prose", "Related charges were filed against the ferry operator.", false},
		{"prose", "Video footage showed the ferry listing before it sank.", false},
		{"prose", "By Tuesday the two delegations had agreed an agenda.", false},
		{"prose", "The two countries share this goal, the envoy said.", false},
		{"prose", "The studio filed a copyright suit against the site.", false},
		{"prose", "He turned to the right and left the room.", false},
		{"prose", "The talks began on Saturday, May 4, 2029, in Varnholm.", false},
		{"prose", "The envoy arrived in Varnholm on Saturday, May 4, 2029.", false},
		{"prose", "The talks began on Saturday, May 4, 2029 in Varnholm.", false},
		{"prose", "Food aid is delivered daily to the camp near Kessan.", false},
		{"prose", "The ferry sank in 2029 with 120 people on board.", false},
		{"prose", "The following day the envoy returned to Varnholm.", false},
		{"prose", "This story has been told many times in Kessan.", false},
		{"prose", "The vote was 52-48, with 20 abstentions.", false},
		{"prose", "Tasz, who starred in \"Harbour Lights\" before she ran for office, departed early.", false},
		{"a wire's desk line names its reporter", "-- Ines Valdor, Kessan newsroom 555-201-3344", false},
		{"prose", "Ministers called for calm after the vote in Kessan.", false},
	} {
		if got := furniture(tc.text); got != tc.want {
			t.Errorf("%s: furniture(%q) = %v, want %v", tc.class, tc.text, got, tc.want)
		}
	}
}

// Every furniture pattern has its hints (the prefilter that lets it run).
func TestFurnitureHintsMatchThePatterns(t *testing.T) {
	if len(furnitureHints) != len(furnitureRes) {
		t.Fatalf("%d hint lists for %d patterns", len(furnitureHints), len(furnitureRes))
	}
}

func TestCleanSpans(t *testing.T) {
	sp, err := sentence.NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	text := "CLOSE Skip in Skip x Embed x Share A ferry sank off Kessan on Tuesday.\n\n" +
		"Envoy Rima Tasz, left, greets Minister Oder Pell. (Associated Press)\n\n" +
		"VARNHOLM — Rescuers found twelve survivors.\n\n" +
		"Port Aldine (AP) The coast guard blamed the storm.\n\n" +
		"STORM WARNING ISSUED Crews worked through the night.\n\n" +
		"Please turn on JavaScript\n\n" +
		"Why it matters: The closure cuts the only road to the coast.\n\n" +
		"Oder Pell: We will reopen the road.\n\n" +
		"The minister told reporters: The road stays shut.\n\n" +
		"He added: Repairs will take a month.\n\n" +
		"The road was first paved in 1921.[4][7]\n\n" +
		"Guards stand by the ferry gate, Friday, Nov. 3, 2028, in Kessan, Va. Pell said the port would reopen.\n\n" +
		"The captain said the engines failed.\n\n" +
		"Enlarge Image Close The harbour master closed the quay.\n\n" +
		"View larger image The ferry's owner said repairs had begun.\n\n" +
		"Hide Caption 3 of 9 Photos: Divers reached the wreck at dawn.\n\n" +
		"Objective To measure how often the Kessan ferries ran late.\n\n" +
		"Design, Setting, and Participants Survey of 400 crossings in 2029.\n\n" +
		"Conclusions The ferries ran late on one crossing in five.\n\n" +
		"Design changes to the hull were approved.\n\n" +
		"Ferry fares rise again (2:41) Passengers paid a fifth more this year.\n\n" +
		"Results were mixed across the three ports.\n\n" +
		"Scroll down for video The ferry's captain was cleared of blame.\n\n" +
		"Harbour counsel Ines Valdor talks outside the Kessan court about the salvage suit. May 2, 2029 (Ivo Tal / Kessan Daily) Harbour counsel Ines Valdor talks outside the Kessan court\n\n" +
		"May 3, 2029 (Ivo Tal / Kessan Daily) The salvage firm said it would appeal.\n\n" +
		"Ines Valdor returns to the court on Friday.\n\n" +
		"Scroll down for video\n\n" +
		"Ferry workers carry a lifebelt along the quay in the rain The inquiry opens in May.\n\n" +
		"SATURDAY UPDATE: The ferry company's spokesman issued a statement.\n\n" +
		"Update: Pell has since resigned."
	want := []string{
		"A ferry sank off Kessan on Tuesday.",
		"Rescuers found twelve survivors.",
		"The coast guard blamed the storm.",
		"Crews worked through the night.",
		"The closure cuts the only road to the coast.",
		"Oder Pell: We will reopen the road.",
		"The minister told reporters: The road stays shut.",
		"He added: Repairs will take a month.",
		"The road was first paved in 1921.",
		"Pell said the port would reopen.",
		"The captain said the engines failed.",
		"The harbour master closed the quay.",
		"The ferry's owner said repairs had begun.",
		"Divers reached the wreck at dawn.",
		"The ferries ran late on one crossing in five.",
		"Design changes to the hull were approved.",
		"Passengers paid a fifth more this year.",
		"Results were mixed across the three ports.",
		"The ferry's captain was cleared of blame.",
		"The salvage firm said it would appeal.",
		"Ines Valdor returns to the court on Friday.",
		"The inquiry opens in May.",
		"The ferry company's spokesman issued a statement.",
		"Pell has since resigned.",
	}
	got := cleanSpans(text, sp.Split(text))
	var texts []string
	for i, s := range got {
		if text[s.Start:s.End] != s.Text || s.Index != i {
			t.Errorf("span %+v does not slice the text or is misnumbered", s)
		}
		texts = append(texts, s.Text)
	}
	if strings.Join(texts, "|") != strings.Join(want, "|") {
		t.Errorf("got %q\nwant %q", texts, want)
	}
}

func TestAnInlineCaptionsNamesAreKept(t *testing.T) {
	sp, err := sentence.NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	text := "Minister Ines Valdor waves to the crowd outside the harbour office The inquiry into the sinking opens in May."
	raw := sp.Split(text)
	spans := cleanSpans(text, raw)
	if len(spans) != 1 || spans[0].Text != "The inquiry into the sinking opens in May." {
		t.Fatalf("spans %+v: the caption should be cut off", spans)
	}
	at := strings.Index(text, "Ines Valdor")
	ms := keepMentions(text, []ner.Mention{{Text: "Ines Valdor", Start: at, End: at + len("Ines Valdor"), Type: ner.PER}}, raw, spans)
	if len(ms) != 1 || ms[0].Sentence != len(spans) {
		t.Errorf("mentions %+v: the caption's name is kept as a mention of no sentence", ms)
	}
}
