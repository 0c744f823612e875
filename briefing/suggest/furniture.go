package suggest

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
	"github.com/briefdesk/briefdesk/briefing/suggest/sentence"
	"github.com/briefdesk/briefdesk/internal/lazy"
)

// Web-page furniture: the text a page prints around an article that a copy
// and paste brings along. None of it is reporting, so no section may quote
// it. Each pattern is a class of such text, not a phrase of one page.
var furnitureRes = []*lazy.Regexp{
	// photo captions: a position marker after a name, a file-photo opener,
	// a photo credit in brackets, a caption label
	lazy.RE(`, (?:(?:far |second from |third from )?(?:left|right)|center|centre|front|foreground|background),? `),
	lazy.RE(`(?i)^(?:file ?(?:photo)?\s*[-–—:]|in (?:this|a|an) (?:[^,]{0,40}, )?(?:\d{4} )?(?:file )?(?:photo|image|picture|handout)|this (?:undated )?(?:photo|image|picture|handout)\b|(?:photo|picture|image)s? (?:provided|released|taken) by\b)`),
	lazy.RE(`(?i)\bfile (?:photo|image|picture)\b|\bundated (?:photo|image|picture)\b|\b(?:image|photo|media|picture) (?:copyright|caption|credit)\b|\bphotograph: |\((?:photo|image|picture|pic|credit|courtesy)s?:|\(courtesy of\b|\b(?:photos?|images?|pictures?|video|footage) courtesy of\b|^photo: |\bgetty images\b|\bshutterstock\b`),
	lazy.RE(`(?i)\((?:AP|AFP|Reuters|Associated Press|Getty|EPA|AP Photo|Xinhua|Photo|Pool)\b[^)]{0,60}\)[.\s]*$`),
	// a teaser cut short in a list of links: "... but the rain ...", "... with a …"
	lazy.RE(`\.\.\.\s*\([^)]{2,40}\)[.\s]*$|\s(?:\.\.\.|…)\s*$`),
	// paywalls, subscriptions, newsletters and sign-up lines
	lazy.RE(`(?i)\bsubscribe\b|\balready a subscriber\b|\bpremium (?:content|article|access)\b|\bfor (?:only|just) [$€£]\d|\bsign (?:up|in) (?:for|to|now|here)\b|\blog ?in to\b|\bnewsletters?\b|\bbreaking news (?:emails|alerts)\b|\bget (?:breaking|the latest) news\b|\bnews alerts\b|\bcreate (?:a free|an) account\b|\b(?:free|upcoming|live|online) webinar\b|\bdelivered (?:to your inbox|(?:straight )?to you|weekday (?:mornings?|evenings?)|every weekday)\b`),
	// video and audio players
	lazy.RE(`(?i)media playback is (?:unsupported|not supported)|\bskip in skip\b|\bembed x share\b|\blisten to (?:this )?article\b|\bnow playing\b|\bautoplay\b|\bvideo (?:player|is unavailable)\b|\breplay video\b|^(?:video|watch):|^watch (?:the )?video\b|^(?:[A-Z][\p{L}\d'’.-]+ ){1,4}ha(?:s|ve) (?:the |more )?details\b(?: (?:on|in|from) [^.!?]{1,40})?[.!]?$`),
	// browser notices
	lazy.RE(`(?i)\b(?:turn on|enable) javascript\b|\bjavascript is (?:disabled|required)\b|\byour browser (?:does not|doesn't)\b|\buse of cookies\b`),
	// bylines and time stamps
	lazy.RE(`(?i)^(?:published|updated|last updated|posted)\b[: ]|\bstaff (?:writer|reporter)\b|\bcontributed (?:reporting )?to this (?:report|story)\b|\bis a (?:staff )?(?:reporter|correspondent|writer) (?:for|at|with)\b`),
	// a reporter's credit line: "Ines Dorn reported from Varnholm."
	lazy.RE(`^[A-Z][\p{L}'’. -]{0,60} (?:reported|contributed reporting|contributed) from [A-Z][\p{L}'’.-]*(?:,? (?:and )?[A-Z][\p{L}'’.-]*)*\.?$`),
	// share buttons, read-more and related links, copyright lines
	lazy.RE(`(?i)\bshare (?:on (?:facebook|twitter|whatsapp|linkedin|reddit)|this (?:article|story|page|video)|via (?:email|facebook|twitter))\b|\btweet this\b|\bemail this (?:article|story)\b|\bfollow (?:us|him|her|them|@\w+) on (?:twitter|facebook|instagram|x|linkedin)\b|\b(?:find|like|join) us on (?:twitter|facebook|instagram|x|linkedin)\b|\bwe(?:'|’)?re (?:also )?on (?:twitter|facebook|instagram)\b|\bon our facebook page\b|\bour (?:facebook|twitter|instagram|google\+?|linkedin|tiktok|youtube) (?:page|account|feed|channel)\b|\bmessage us (?:on|via)\b|\btip (?:him|her|them|us) here\b|\bread more\b|\bcontinue reading\b|^(?:related|see also|more on this|recommended|sources?|references)(?: (?:stories|articles|links|coverage|content))?:|\bclick (?:here|to (?:read|see|watch))\b|\ball rights reserved\b|^copyright\b|\bcopyright (?:\d{4}|©)|©|\bmay not be (?:published|reproduced)\b|\bstory highlights\b|\bview (?:slideshow|gallery)\b|\bgallery \d+ photo|\bfor the most comprehensive\b|\bwe(?:'|’)ve got (?:all )?the latest\b|^add .{1,80} as an interest\b|\bto stay up to date (?:on|with) the latest\b|^(?:a )?collection of (?:photos|pictures|images)\b|^(?:our )?(?:best )?(?:photos|pictures|images) of the (?:day|week|month)\b|\b(?:photos|pictures|images) (?:that|which) made the news\b|\bcaught our eye\b`),
	// a photo gallery's credit and counter: "PICTURE DESK 4 of 20", "Hide
	// Caption 4 of 12 12 photos: Photos: <title> – <caption>"
	lazy.RE(`^(?:\d+\) )?[A-Z][A-Z.&' ]{1,30} \d+ of \d+\b`),
	lazy.RE(`\bHide Caption \d+ of \d+\b|\b\d+ photos: Photos: `),
	// a postal address: a box number, a state code and ZIP code
	lazy.RE(`(?i)^(?:p\.? ?o\.? )?box \d+\b|, [A-Z]{2},? \d{5}(?:-\d{4})?\b`),
	// contact lines: an e-mail address, a handle, a request to get in
	// touch ("Reach the writer at ...", "Anyone with information is asked
	// to call ..."); a wire's desk line ("-- Desk name, 555-0100") names its
	// reporters and stays
	lazy.RE(`[\w.+-]+@[\w-]+\.[a-z]{2,}|(?:^|\s)@\w{3,}`),
	lazy.RE(`(?i)^(?:reach|contact|call|write to|e-?mail) .{0,80}\d{3}-\d{4}\b|\b(?:is|are) (?:asked|urged|encouraged|invited) to (?:call|contact|phone|ring)\b|\bplease contact us\b`),
	// a pointer to more elsewhere: "For tips on saving, see the council's
	// guide", "Visit the museum's website for more"
	lazy.RE(`(?i)^(?:for (?:more|further|additional) (?:information|details|tips|help|advice|resources)\b|for tips on\b|to (?:learn|find out|read) more\b)[^.!?]{0,100}\b(?:see|visit|go to|check out|log on to|call|head to)\b|^(?:visit|see|go to|check out|head over to|head to) [^.!?]{0,80}\b(?:website|web site|site|page|\.com|\.org|\.gov)\b`),
	// a finance page's quote widget, an editor's note on where the text
	// comes from or what was corrected, a sponsor's credit
	lazy.RE(`(?i)^(?:stock|price|share) (?:chart|quote|price)s? for\b|^the following (?:is|are) (?:an? )?(?:excerpt|transcript|edited|adapted)|^this (?:article|story|post|piece|report) (?:was |is |first |originally ){1,3}(?:published|appeared|adapted|posted)\b|^this (?:article|story|post|piece|report) (?:has been|had been|was|is being) (?:updated|edited|corrected|amended|revised)\b|^an earlier version of this (?:article|story|post|piece|report)\b|\bmade possible (?:in part )?(?:by|through) (?:the )?(?:generous |financial )?(?:support|funding|a grant) (?:of|from)\b|\bsponsored content\b`),
	// a web archive's notice in place of a missing page: "Web wide crawl
	// with initial seedlist ...", "donating their crawl data to ..."
	lazy.RE(`(?i)\bweb wide crawl\b|\bcrawl(?:er)? (?:data|configuration|start date|end date)\b|\bseedlist\b|\bdistributed crawling\b`),
	// a live page's heading: "The Latest on the floods (all times local):"
	lazy.RE(`(?i)\(all times local\):?\s*$|^the latest(?: on\b|:)`),
}

// furniturePrefixRe is page text glued before a sentence: a player's close
// and share buttons, an advertisement label, a picture's enlarge button, a
// gallery's caption counter, a study abstract's section label
// ("Objective"), a video's title with its running time ("Floods hit the
// coast (2:15)").
var furniturePrefixRe = lazy.RE(`^(?:CLOSE|ADVERTISEMENT|Advertisement|Skip in Skip x Embed x Share|Embed x Share|Embed|Story highlights|Media caption|(?:Enlarge|View larger) (?:this )?(?i:image|photo)(?: (?:Close|toggle caption))?|Hide Caption \d+ of \d+ Photos:|Scroll down for (?:video|videos?)|[^.!?]{3,80} \(\d{1,2}:\d\d\))\s+`)

// sectionLabelRe is an explainer's section label before a sentence: two to
// four words, only the first capitalised, and a colon ("Why it matters: ",
// "The big picture: "). A speaker before a colon is no label: a name is
// capitalised, and "He said: " or "The minister told reporters: " holds a
// verb of saying or a pronoun (labelSpeech).
var sectionLabelRe = lazy.RE(`^[A-Z][a-z'’]*(?: [a-z'’]+){1,3}: +[A-Z]`)

var labelSpeech = lazy.RE(`(?i)^(?:he|she|they|it|we|i|you)\b|\b(?:said|says|say|added|adds|told|tells|wrote|writes|asked|asks|explained|stated|warned|warns|declared|insisted|tweeted|posted|replied|noted|recalled|announced|concluded|continued|argued|urged)\b`)

// captionPrefixRe is a photo caption run into the sentence after it, the
// split missed for the state's abbreviation that ends it ("Guards stand
// by the gate, Friday, Nov. 3, 2028, in Port Aldine, Ol. The envoy ...").
var captionPrefixRe = lazy.RE(`^[A-Z][^.!?]*?, (?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4},? in [A-Z][\p{L}'’-]*(?: [A-Z][\p{L}'’-]*){0,3}(?:, [A-Z][\p{L}]*\.?){0,2}\.? +[A-Z“"]`)

// editorLabelRe is an editor's label before a sentence: an update, a
// correction, a breaking line ("SATURDAY UPDATE: The spokesman ...",
// "Editor's note: ..."). The label is cut; the sentence stays.
var editorLabelRe = lazy.RE(`^(?:(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|LATE|LATEST|EARLIER|BREAKING) )?(?:UPDATE|UPDATED|CORRECTION|CLARIFICATION|BREAKING|DEVELOPING|EDITOR'?S NOTE|EDITOR’S NOTE|Editor'?s note|Editor’s note|Update|Correction)(?: \d{1,2})?: +[A-Z"“]`)

// abstractLabelRe is a study abstract's section label before a sentence
// that reports (Background, Results, Conclusions and Relevance ...): the
// label, then a capital. The label is cut.
var abstractLabelRe = lazy.RE(`^(?:Importance|Background|Results|Findings|Conclusions?(?: and Relevance)?) +[A-Z]`)

// studyAimRe is an abstract's section on what a study set out to do and
// how ("Objective To describe ...", "Design, Setting, and Participants
// Trend analysis of ..."): no finding; the whole sentence is furniture.
var studyAimRe = lazy.RE(`^(?:Objectives?|Design|Setting|Participants|Design, Setting,? and Participants|Main Outcomes? and Measures?|Methods|Interventions?|Exposures?) +[A-Z]`)

// prefixLen returns the length of the page text or section label glued
// before the sentence t, or 0.
func prefixLen(t string) int {
	if n := len(furniturePrefixRe.FindString(t)); n > 0 {
		return n
	}
	if m := abstractLabelRe.FindString(t); m != "" {
		return len(m) - 1 // up to the sentence's first letter
	}
	if strings.Contains(t[:min(len(t), 40)], ":") {
		if m := editorLabelRe.FindString(t); m != "" {
			_, n := utf8.DecodeLastRuneInString(m)
			return len(m) - n // up to the sentence's first letter
		}
	}
	if hasYear(t) && weekdayHint(strings.ToLower(t)) {
		if m := captionPrefixRe.FindStringIndex(t); m != nil {
			_, n := utf8.DecodeLastRuneInString(t[:m[1]])
			return m[1] - n // up to the next sentence's first letter
		}
	}
	if m := sectionLabelRe.FindString(t); m != "" && !labelSpeech.MatchString(m[:strings.IndexByte(m, ':')]) {
		return len(m) - 1 // up to the sentence's first letter
	}
	return 0
}

// byline is "By Lena Morrow" or "By Lena Morrow and Ivo Brandt, Capital
// Desk": a short line that names the writers.
var bylineRe = lazy.RE(`^(?i:by) [A-Z][\p{L}'’-]+(?: [A-Z]\.)?(?: [A-Z][\p{L}'’-]+){0,2}(?:(?:,| and) [A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){0,3})*[.,]?$`)

// furnitureHints hold, for each pattern of furnitureRes in order, lower-case
// words one of which its every match contains, so that the patterns run
// only on the sentences that could match (nil: always run). They make
// cleaning an article several times cheaper.
var furnitureHints = [][]string{
	{", left", ", right", ", center", ", centre", ", front", ", foreground", ", background", ", far ", ", second from", ", third from"},
	{"file", "photo", "image", "picture", "handout"},
	{"file ", "undated", "copyright", "caption", "credit", "photograph", "photo:", "photos:", "courtesy", "image:", "images:", "picture:", "pictures:", "pic:", "pics:", "getty", "shutterstock"},
	{"(ap", "(afp", "(reuters", "(associated", "(getty", "(epa", "(xinhua", "(photo", "(pool"},
	{"...", "…"},
	{"subscri", "premium", "for only", "for just", "sign up", "sign in", "log in", "login", "newsletter", "breaking news", "get breaking", "get the latest", "news alerts", "create a free", "create an account", "webinar", "delivered"},
	{"media playback", "skip in skip", "embed x share", "listen to", "now playing", "autoplay", "video", "watch", "details"},
	{"javascript", "your browser", "cookies"},
	{"published", "updated", "posted", "staff ", "contributed", "reporter", "correspondent", "writer"},
	{"reported from", "contributed reporting from", "contributed from"},
	{"share", "tweet this", "us on ", "re on ", "re also on ", "facebook page", "our facebook", "our twitter", "our instagram", "our google", "our linkedin", "our tiktok", "our youtube", "message us", "tip him", "tip her", "tip them", "tip us", "email this", "follow", "read more", "continue reading", "related", "see also", "more on this", "recommended", "click", "source:", "sources:", "references:", "all rights reserved", "copyright", "©", "may not be", "story highlights", "view ", "gallery", "for the most comprehensive", "ve got", "as an interest", "stay up to date", "collection of", "of the day", "of the week", "of the month", "made the news", "caught our eye"},
	{" of "},
	{"hide caption", "photos: "},
	nil,
	{"@"},
	{"reach ", "contact ", "call ", "write to ", "mail ", "to call", "to contact", "to phone", "to ring"},
	{"for more", "for further", "for additional", "for tips", "to learn more", "to find out more", "to read more", "visit", "see ", "go to", "check out", "head"},
	{"chart for", "quote for", "quotes for", "price for", "prices for", "the following", "this article", "this story", "this post", "this piece", "this report", "made possible", "sponsored content"},
	{"crawl", "seedlist"},
	{"all times local", "the latest"},
}

// furniture reports whether a sentence is page furniture, or text the copy
// damaged: an empty quotation where a title in italics was lost ("starred
// in "" before").
func furniture(t string) bool {
	if strings.Contains(t, `""`) || strings.Contains(t, "“”") || gluedNameRun(t) {
		return true
	}
	if furniturePrefixRe.FindString(t+" ") == t+" " {
		return true // "Scroll down for video" on its own
	}
	lower := strings.ToLower(t)
	if strings.HasPrefix(lower, "by ") && bylineRe.MatchString(t) {
		return true
	}
	if outletSpeakerCaption(t) {
		return true // "The Courier's Ines Dorn: \"No one saw it coming\"": a video's caption
	}
	if (weekdayHint(lower) || strings.Contains(lower, "last ") || strings.Contains(lower, "this week")) && presentCaption(t) || pictureVoice(lower) || studyAimRe.MatchString(t) {
		return true
	}
	if yearNearEnd(t) && (captionPlaceDateRe.MatchString(t) && !strings.ContainsAny(t, "\"“”")) {
		return true
	}
	if hasYear(t) && captionFullDateRe.MatchString(t) && pictureSentence(t, false) {
		return true // "Mayor Ines Dorn waves to supporters Oct. 3, 2029, outside the town hall"
	}
	if strings.Contains(t, "(") && captionSideRe.MatchString(t) {
		return true
	}
	if yearNearEnd(t) && weekdayHint(lower) {
		if m := captionDateRe.FindStringSubmatch(t); m != nil && !strings.EqualFold(m[1], "on") {
			return true
		}
	}
	hs := furnitureHintIndex()
	held := hs.index.present(lower)
	for i, re := range furnitureRes {
		if furnitureHints[i] != nil && !held.any(hs.masks[i]) { // hinted(lower, furnitureHints[i])
			continue
		}
		if re.MatchString(t) {
			return true
		}
	}
	return false
}

// gluedNameRun reports whether a name the sentence already uses runs,
// without a space, into a capitalised word: a page's pop-up card (the
// person's full name) and its links pasted into the copy ("Senator Vale
// Ada Mae ValeLinks of the day"). A name written as one word ("McVale",
// "ProGrain") uses no part of it alone first.
func gluedNameRun(t string) bool {
	words := strings.Fields(t)
	for i, w := range words {
		if i < 2 {
			continue
		}
		head, ok := gluedHead(w)
		if !ok {
			continue
		}
		for _, v := range words[1:i] {
			if strings.TrimRight(v, ".,;:'’s") == head {
				return true
			}
		}
	}
	return false
}

// gluedHead returns the capitalised head of a word in which a lower-case
// letter is followed by a capital ("ValeLinks" -> "Vale"), when the head
// has three letters or more.
func gluedHead(w string) (string, bool) {
	rs := []rune(w)
	if len(rs) < 5 || !unicode.IsUpper(rs[0]) {
		return "", false
	}
	for k := 1; k+1 < len(rs); k++ {
		if !unicode.IsLetter(rs[k]) {
			return "", false
		}
		if unicode.IsLower(rs[k]) && unicode.IsUpper(rs[k+1]) {
			if k+1 < 3 {
				return "", false
			}
			return string(rs[:k+1]), true
		}
	}
	return "", false
}

// capsHeadingLen returns the length of a heading in capitals at the start of
// s with the space after it ("STORM WARNING ISSUED Crews worked..."): three
// or more words in capitals followed by a word in mixed case; 0 when none.
func capsHeadingLen(s string) int {
	i, words := 0, 0
	for {
		j := i
		letters := 0
		for j < len(s) && s[j] != ' ' {
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLower(r) {
				return headingEnd(s, i, words)
			}
			if unicode.IsLetter(r) {
				letters++
			}
			j += n
		}
		if letters == 0 || j >= len(s) {
			return headingEnd(s, i, words)
		}
		words++
		i = j + 1
	}
}

func headingEnd(s string, i, words int) int {
	if words < 3 || i >= len(s) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if !unicode.IsUpper(r) {
		return 0
	}
	return i
}

// footnoteEndRe is a footnote mark at the end of a sentence: "[5]".
var footnoteEndRe = lazy.RE(`\s*\[\d{1,3}\]\s*$`)

// cleanSpans prepares the sentences of an article for every section: page
// furniture is dropped, and a leading dateline, player text or heading in
// capitals is cut from a sentence's start. Each span still slices text
// exactly; Index is renumbered.
func cleanSpans(text string, spans []sentence.Span) []sentence.Span {
	out := spans[:0:0]
	for i, s := range spans {
		credited := false // the span opens with a picture's credit line
		for k := 0; k < 4; k++ {
			t := text[s.Start:s.End]
			n := prefixLen(t)
			if n == 0 && creditHint(t) {
				if loc := photoCreditRe.FindStringIndex(t); loc != nil {
					n, credited = loc[1], true
				}
			}
			if n == 0 {
				if d := datelineLen(t); d > 0 {
					n = d
				} else {
					n = capsHeadingLen(t)
				}
			}
			if n == 0 || n >= len(t) {
				break
			}
			s.Start += n
			for s.Start < s.End && text[s.Start] == ' ' {
				s.Start++
			}
		}
		// a reference work's footnote marks after the full stop ("in
		// Utah.[5][6]") would read as the brief's own citations
		for {
			m := footnoteEndRe.FindStringIndex(text[s.Start:s.End])
			if m == nil || m[0] == 0 {
				break
			}
			s.End = s.Start + m[0]
		}
		s.Text = text[s.Start:s.End]
		if s.Text == "" || s.Inline || furniture(strings.TrimSpace(s.Text)) {
			continue
		}
		if (credited || i+1 < len(spans) && creditHint(text[spans[i+1].Start:spans[i+1].End]) && photoCreditRe.MatchString(text[spans[i+1].Start:spans[i+1].End])) && pictureSentence(s.Text, true) {
			continue // "Ada Vale talks at the court about the suit." next to "May 2, 2029 (Ivo Tal / Kessan Daily)"
		}
		s.Index = len(out)
		out = append(out, s)
	}
	return out
}

// keepMentions keeps the mentions that lie inside a cleaned sentence, with
// Sentence renumbered to it. The recogniser reads the whole text (a caption
// can tell a name's type), but only the cleaned sentences reach a section.
// The place and the wire credit of a dateline ("KESTRAVIK, Jun 10 (IPS) -")
// are kept too, as mentions of no sentence (Sentence is len(spans)): they
// are named in the report, though no section quotes the dateline; so are
// the names of a line set inline without a stop (sentence.Span.Inline: a
// caption, a heading, or a sentence that lost its stop).
func keepMentions(text string, ms []ner.Mention, raw, spans []sentence.Span) []ner.Mention {
	out := ms[:0:0]
	for _, m := range ms {
		k := sort.Search(len(spans), func(i int) bool { return spans[i].End > m.Start })
		if k < len(spans) && m.Start >= spans[k].Start && m.End <= spans[k].End {
			m.Sentence = k
			out = append(out, m)
			continue
		}
		r := sort.Search(len(raw), func(i int) bool { return raw[i].End > m.Start })
		if r < len(raw) && raw[r].Inline && m.Start >= raw[r].Start && m.End <= raw[r].End {
			m.Sentence = len(spans)
			out = append(out, m)
			continue
		}
		if m.Type != ner.LOC && m.Type != ner.ORG {
			continue
		}
		if r < len(raw) && m.Start >= raw[r].Start && m.End <= raw[r].Start+datelineLen(text[raw[r].Start:raw[r].End]) {
			m.Sentence = len(spans)
			out = append(out, m)
		}
	}
	return out
}

// speakerCaptionRe is a video's or a picture's caption naming who speaks
// and what: an owner with a possessive, a name of up to three words, a
// colon and a quotation ("The Courier's Ines Dorn: \"...\"").
var speakerCaptionRe = lazy.RE(`^(?:The )?([A-Z][\p{L}&.]*(?: [A-Z][\p{L}&.]*){0,2})(?:'s|’s) [A-Z][\p{L}'’.-]+(?: [A-Z][\p{L}'’.-]+){0,2}: ["“]`)

// outletSpeakerCaption reports whether t is such a caption and its owner
// is a news outlet, whose reporter's line is no reporting of the story.
func outletSpeakerCaption(t string) bool {
	if !strings.Contains(t, ": ") {
		return false
	}
	m := speakerCaptionRe.FindStringSubmatch(t)
	if m == nil {
		return false
	}
	o := strings.ToLower(m[1])
	return outlets()[o] || newsAgencies()[o]
}
