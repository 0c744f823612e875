package sentence

import (
	"slices"
	"strings"
)

// splitRunOn parts the pieces where a line without a full stop (a photo
// caption or a heading a web page set inline) runs into the sentence after
// it with only a space between: a word in lower case or a number, then a
// word that opens sentences and is not written capitalised inside one
// ("The", "It", "When") and two words in lower case: "a soldier walks past
// the ruins of the old market The talks began ...", "was detained in 2019
// He denies the charge". The opener must not follow a word that introduces
// a title ("the film The ..."), a title's own capitals stop it ("for When
// the Rain Falls"), and both parts must be at least runOnWords words long.
//
// It also returns the ends of the lines it parted off, which Split marks
// Inline.
func splitRunOn(chunk string, pieces [][2]int) ([][2]int, []int) {
	var out [][2]int
	var cuts []int
	for _, p := range pieces {
		from := p[0]
		for i := p[0] + 2; i < p[1]; i++ {
			if chunk[i-1] != ' ' || !isUpperASCII(chunk[i]) || !runOnOpener(wordAt(chunk[i:p[1]])) {
				continue
			}
			before, after := strings.Fields(chunk[from:i-1]), strings.Fields(chunk[i:p[1]])
			if len(before) < runOnWords || len(after) < runOnWords || !lowerWord(before[len(before)-1]) || titleCue(before[len(before)-1]) {
				continue
			}
			if !isLowerASCII(after[1][0]) || !isLowerASCII(after[2][0]) {
				continue // "for When the Rain Falls": a title
			}
			if slices.ContainsFunc(before, pictureLabel) {
				continue // "Image 2 of 5 The ...": the caption comes after its label; cleaning drops both
			}
			out = append(out, [2]int{from, i - 1})
			cuts = append(cuts, i-1)
			from = i
		}
		out = append(out, [2]int{from, p[1]})
	}
	return out, cuts
}

// runOnWords is the least length, in words, of each part splitRunOn makes.
const runOnWords = 4

// runOnOpener reports whether w opens sentences and is not written with a
// capital inside one. "A", "I" and "His" are left out: "plan A", "the
// letter I", "His" in scripture.
func runOnOpener(w string) bool {
	switch w {
	case "The", "It", "He", "She", "They", "We", "But", "When", "After",
		"This", "These", "Those", "Their", "Its", "In", "As", "While",
		"Meanwhile", "However":
		return true
	}
	return false
}

// lowerWord reports whether w is a word in lower case or a number, with
// a closing quotation mark after it or not. A closing bracket is a
// picture's credit ("(Ivo Tal / Kessan Daily) The ..."), which cleaning
// cuts off as a whole; a capitalised word may be a name ("Vice Premier
// Liu He on Monday").
func lowerWord(w string) bool {
	w = strings.TrimRight(w, "'’\"”")
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isLowerASCII(w[i]) && !isDigit(w[i]) && w[i] != '-' && w[i] != '\'' {
			return false
		}
	}
	return true
}

// titleCue reports whether word introduces a title, so a capitalised
// opener after it starts the title ("the film The ...", "titled It ...").
func titleCue(word string) bool {
	switch strings.ToLower(strings.Trim(word, ",:;'\"")) {
	case "the", "a", "an", "of", "film", "movie", "book", "novel", "show",
		"series", "song", "album", "play", "titled", "entitled", "called",
		"named", "headline", "column", "read", "reads", "reading", "magazine":
		return true
	}
	return false
}

// pictureLabel reports whether w labels a picture on a page ("Image
// caption", "Photo:", "Image 2 of 5"), so that the text after it is the
// caption, not the report.
func pictureLabel(w string) bool {
	switch strings.ToLower(strings.Trim(w, ",:;.()")) {
	case "caption", "image", "images", "photo", "photos", "picture", "pictures", "credit", "copyright", "getty":
		return true
	}
	return false
}
