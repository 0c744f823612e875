package briefing

import "strings"

// citedText returns the words of b's sections that cite the article with ID
// articleID, lower-cased, one space apart, each cited run between " | "
// bars so that a match cannot run from one into the next, and the whole
// with a space at either end; "" when nothing cites it.
//
// A marker [n] (or [n, m]) cites the text before it back to the previous
// marker or the start of the line (an item, or a paragraph of prose), the
// way suggestions are written ("Talks ended [1]. The port stayed shut
// [2]."). Text after a line's last marker cites nothing and does not
// count: the reader's green mark says the brief takes the words from this
// article, and without a marker the brief does not say which article the
// words come from.
func citedText(b *Brief, articleID int64) string {
	var mine []int
	for i, s := range b.Sources {
		if s.ArticleID == articleID {
			n := s.N
			if n == 0 {
				n = i + 1
			}
			mine = append(mine, n)
		}
	}
	if len(mine) == 0 {
		return ""
	}
	cites := func(ns []int) bool {
		for _, n := range ns {
			for _, m := range mine {
				if n == m {
					return true
				}
			}
		}
		return false
	}
	var runs []string
	for _, sec := range Sections {
		for _, line := range strings.Split(b.Text(sec), "\n") {
			var words []string // the line's last run with words, not yet kept
			var ns []int       // what cites it
			flush := func() {
				if len(words) > 0 && cites(ns) {
					runs = append(runs, strings.Join(words, " "))
				}
				words, ns = nil, nil
			}
			from := 0
			for i := 0; i < len(line); i++ {
				if line[i] != '[' {
					continue
				}
				nums, l := parseCitation(line[i:])
				if l == 0 {
					continue
				}
				if w := quoteWords(line[from:i]); len(w) > 0 {
					flush()
					words = w
				}
				// A marker straight after another ("[1] [3]") cites the same text.
				ns = append(ns, nums...)
				from = i + l
				i += l - 1
			}
			flush()
		}
	}
	if len(runs) == 0 {
		return ""
	}
	return " " + strings.Join(runs, " | ") + " "
}

// parseCitation reads a citation marker at the start of s: "[2]", "[1, 3]"
// or "[1,3]". It returns the numbers and the marker's length, or 0 when s
// does not start with one.
func parseCitation(s string) (nums []int, length int) {
	if len(s) < 3 || s[0] != '[' {
		return nil, 0
	}
	i := 1
	for {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		n, digits := 0, 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' && digits < 4 {
			n = n*10 + int(s[i]-'0')
			i++
			digits++
		}
		if digits == 0 || i >= len(s) {
			return nil, 0
		}
		nums = append(nums, n)
		switch s[i] {
		case ']':
			return nums, i + 1
		case ',':
			i++
		default:
			return nil, 0
		}
	}
}
