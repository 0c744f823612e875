package suggest

import (
	"strings"

	"github.com/briefdesk/briefdesk/internal/lazy"
)

// Photo captions: a picture's line run into the copy, told by its date,
// its present tense, its passive or its side markers (see furniture).

// captionDateRe is a sentence that ends in a full date with its weekday,
// and the word before the weekday: a photo caption's convention ("...
// flies over the palace, Saturday, May 4, 2029."), the place sometimes
// after it ("..., Saturday, May 4, 2029, in Varnholm, Oland."); reporting
// writes "on Saturday" and leaves the year out.
var captionDateRe = lazy.RE(`(\S+) (?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}(?:,? in [A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*){0,3}(?:, [A-Z][\p{L}.]*){0,2})?\.?$`)

// captionPlaceDateRe is a caption's end without its weekday: the place,
// then the full date ("… outside the cathedral in Varnholm, April 22, 2029",
// "… on the outskirts of Varnholm January 31, 2029").
// A report dates what happened with the weekday or in the sentence.
var captionPlaceDateRe = lazy.RE(`\b(?:in|of|at|near|outside) [A-Z][\p{L}'’.-]*(?: [A-Z][\p{L}'’.-]*){0,3}(?:, [A-Z][\p{L}.]*){0,2},? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\.?$`)

// captionFullDateRe is a full date with its year inside a sentence: what a
// picture shows is dated so ("… waves to supporters Oct. 3, 2029, outside
// the town hall"); a report writes the day, and its verbs in the past.
var captionFullDateRe = lazy.RE(`\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d\b`)

// captionSideRe is a picture's place marker after a name: "Oder Pell (R)",
// "(2nd L)", "(C)".
var captionSideRe = lazy.RE(`\((?:\d(?:st|nd|rd|th) )?(?:L|R|C|left|right|center|centre)\)`)

// pictureVerbs describe what a photograph shows, in the present tense a
// caption uses ("walks", "gestures", "speaks").
var pictureVerbs = lazy.Of(wordSet, "picture-verbs")

// captionDayRe is a weekday at the end of a sentence, with the place after
// it: "… Wednesday", "… Tuesday in Lusan".
var captionDayRe = lazy.RE(`\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last week|earlier this week|last month)(?:,? (?:in|at|near|outside) (?:the )?[A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*){0,3}(?:, [A-Z][\p{L}.]*)?)?\.?$`)

// presentCaption reports whether t is a photograph's caption without its
// date: a short sentence whose verb shows what the picture does, in the
// present, ending on the weekday ("Senator Ada Vale walks to the chamber
// Wednesday"). Reports put what happened in the past tense, and quote.
func presentCaption(t string) bool {
	return len(strings.Fields(t)) <= 30 && captionDayRe.MatchString(t) && pictureSentence(t, false)
}

// photoCreditRe opens the line after a caption: its date, then the
// photographer and the outlet in brackets ("May 2, 2029 (Ivo Tal / Kessan
// Daily)").
var photoCreditRe = lazy.RE(`^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\.? )?\([A-Z][\p{L}.'’ -]{1,40} ?/ ?[A-Z][\p{L}&.'’ -]{1,40}\)`)

// creditHint is the quick test for photoCreditRe: a bracket and a slash
// in the first 80 bytes.
func creditHint(t string) bool {
	t = t[:min(len(t), 80)]
	return strings.IndexByte(t, '(') >= 0 && strings.IndexByte(t, '/') >= 0
}

// pictureSentence reports whether t says what a picture shows, in the
// present tense after a name ("Counsel Ada Vale talks at the court about
// the suit"): the caption that a credit line follows. A report writes
// what happened in the past tense, and quotes.
func pictureSentence(t string, credited bool) bool {
	fs := strings.Fields(t)
	if len(fs) > 40 || strings.ContainsAny(t, "\"“”") {
		return false
	}
	for k, w := range fs {
		lw := strings.ToLower(strings.Trim(w, ".,;:"))
		if lw == "said" || lw == "says" || lw == "will" || lw == "would" {
			return false
		}
		if k > 0 && pictureVerbs()[lw] && isCapWord(fs[k-1]) {
			return true
		}
		// with a credit after it, "Counsel Ada Vale talks at the court": a
		// full name, a verb in the present, then where (without one, "Vale
		// flies to Lusan on Monday" may be a report of what comes next)
		if credited && k > 1 && k+1 < len(fs) && strings.HasSuffix(lw, "s") && isCapWord(fs[k-1]) && isCapWord(fs[k-2]) && !isCapWord(w) &&
			placePreps()[strings.ToLower(fs[k+1])] {
			return true
		}
	}
	return false
}

// pictureVoiceRe is the present passive a caption describes its picture
// with: "is pictured", "are seen on a road", "is shown in a photo". Not
// "is seen as" (a judgement) or "are seen by millions" (an audience).
var pictureVoiceRe = lazy.RE(`\b(?:is|are) (?:pictured|photographed|seen|shown)\b(?: (?:as|by|to|that)\b)?`)

// pictureVoice reports whether lower (a sentence in lower case, without a
// quotation) is a caption in the picture's present passive.
func pictureVoice(lower string) bool {
	if !strings.Contains(lower, " pictured") && !strings.Contains(lower, " photographed") &&
		!strings.Contains(lower, " seen") && !strings.Contains(lower, " shown") {
		return false
	}
	if strings.ContainsAny(lower, "\"“”") || nwords(lower) > 35 {
		return false
	}
	if strings.HasPrefix(lower, "in ") {
		return false // "In the new photographs, the painter is seen …": a report about pictures
	}
	for _, m := range pictureVoiceRe.FindAllString(lower, -1) {
		if f := strings.Fields(m); len(f) == 2 {
			return true
		}
	}
	return false
}

// weekdayHint reports whether lower (a sentence in lower case) may name a
// weekday, written out or cut short: the cheap test before captionDateRe.
func weekdayHint(lower string) bool {
	if strings.Contains(lower, "day") {
		return true
	}
	for _, w := range []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"} {
		if strings.Contains(lower, w+".") {
			return true
		}
	}
	return false
}

// hasYear reports whether four digits stand together somewhere in t.
func hasYear(t string) bool {
	run := 0
	for i := 0; i < len(t); i++ {
		if c := t[i]; c >= '0' && c <= '9' {
			if run++; run == 4 {
				return true
			}
			continue
		}
		run = 0
	}
	return false
}

// yearNearEnd reports whether four digits stand among the last 60 bytes
// of t: where a caption's date is, with the place after it.
func yearNearEnd(t string) bool { return hasYear(t[max(0, len(t)-60):]) }
