package importer

import "testing"

// TestLazyRegexpsCompile: every expression compiled on first use is valid
// (a bad one would panic only when first used, not at start-up).
func TestLazyRegexpsCompile(t *testing.T) {
	for i, l := range []*lazyRegexp{mdHeading, mdSetext, mdRule, mdFence, mdBullet, mdOrdered, mdQuote, mdRefDef, mdTableSep, mdImage, mdLink, mdRefLink, mdAutolink, mdTag, mdCode, mdStrong, mdEmStar, mdEmUnder, mdStrike, mdEscape, mdFrontMatter, bylineRE} {
		if l.get() == nil {
			t.Errorf("expression %d (%q) did not compile", i, l.src)
		}
	}
}
