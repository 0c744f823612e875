package layout

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/assets"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/norm"
)

// Style is one of the four faces of the embedded Go font.
type Style int

// The four faces, matching assets.Regular, Bold, Italic and BoldItalic.
const (
	Regular Style = iota
	Bold
	Italic
	BoldItalic
)

// String returns the fpdf style string of s: "", "B", "I" or "BI".
func (s Style) String() string {
	return [...]string{"", "B", "I", "BI"}[s]
}

// FontData returns the TrueType bytes of style s, the same bytes every
// renderer must draw with so that measured widths hold.
func FontData(s Style) []byte {
	return [...][]byte{assets.Regular, assets.Bold, assets.Italic, assets.BoldItalic}[s]
}

// tableEnd and the ranges below cover the runes that are precomputed: Latin,
// Greek, Cyrillic and general punctuation (dashes, quotes, ellipsis).
const tableEnd = 0x0530

// face holds one style's metrics, all per 1 pt of font size.
type face struct {
	f       *sfnt.Font
	upm     fixed.Int26_6
	ascent  float64
	descent float64
	low     [tableEnd]float64 // advances of runes below tableEnd
	punct   [0x80]float64     // advances of U+2000..U+207F
	lowOK   [tableEnd]bool    // whether the font has a glyph for the rune
	punctOK [0x80]bool
	repl    rune // what a rune without a glyph prints as
}

var faces = sync.OnceValues(loadFaces)

func loadFaces() ([4]*face, error) {
	var out [4]*face
	var buf sfnt.Buffer
	for s := Regular; s <= BoldItalic; s++ {
		f, err := sfnt.Parse(FontData(s))
		if err != nil {
			return out, fmt.Errorf("layout: parse font %d: %w", s, err)
		}
		upm := fixed.Int26_6(f.UnitsPerEm()) << 6
		m, err := f.Metrics(&buf, upm, font.HintingNone)
		if err != nil {
			return out, fmt.Errorf("layout: font metrics: %w", err)
		}
		fc := &face{f: f, upm: upm,
			ascent:  float64(m.Ascent) / float64(upm),
			descent: float64(m.Descent) / float64(upm)}
		for r := rune(0); r < tableEnd; r++ {
			fc.low[r] = fc.measure(&buf, r)
			fc.lowOK[r] = fc.hasGlyph(&buf, r)
		}
		for i := range fc.punct {
			fc.punct[i] = fc.measure(&buf, 0x2000+rune(i))
			fc.punctOK[i] = fc.hasGlyph(&buf, 0x2000+rune(i))
		}
		fc.repl = '?'
		if fc.hasGlyph(&buf, '\uFFFD') {
			fc.repl = '\uFFFD'
		}
		out[s] = fc
	}
	return out, nil
}

// measure returns the advance of r per 1 pt, in the font's own units: no
// hinting and no kerning, as fpdf draws it.
func (fc *face) measure(buf *sfnt.Buffer, r rune) float64 {
	gi, err := fc.f.GlyphIndex(buf, r)
	if err != nil {
		return 0
	}
	adv, err := fc.f.GlyphAdvance(buf, gi, fc.upm, font.HintingNone)
	if err != nil {
		return 0
	}
	return float64(adv) / float64(fc.upm)
}

func (fc *face) hasGlyph(buf *sfnt.Buffer, r rune) bool {
	gi, err := fc.f.GlyphIndex(buf, r)
	return err == nil && gi != 0
}

// printable reports whether r can be drawn: the font has a glyph for it and
// it lies in the Basic Multilingual Plane (fpdf's UTF-8 fonts stop there).
func (fc *face) printable(r rune) bool {
	switch {
	case r >= 0 && r < tableEnd:
		return fc.lowOK[r]
	case r >= 0x2000 && r < 0x2080:
		return fc.punctOK[r-0x2000]
	case r > 0xFFFF:
		return false
	}
	var buf sfnt.Buffer
	return fc.hasGlyph(&buf, r)
}

// clean makes s drawable: format and control characters (zero-width
// spaces, joiners) are dropped, and any other rune the font cannot draw
// becomes a visible replacement mark rather than vanishing.
func (fc *face) clean(s string) string {
	ok := true
	for _, r := range s {
		if !fc.printable(r) || r == utf8.RuneError { // RuneError: maybe invalid UTF-8
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	if n := norm.NFC.String(s); n != s { // decomposed accents: g + ̆ → ğ
		return fc.clean(n)
	}
	var sb strings.Builder
	for _, r := range s {
		switch {
		case fc.printable(r):
			sb.WriteRune(r)
		case unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Mn, r):
		default:
			sb.WriteRune(fc.repl)
		}
	}
	return sb.String()
}

func (fc *face) advance(r rune) float64 {
	switch {
	case r >= 0 && r < tableEnd:
		return fc.low[r]
	case r >= 0x2000 && r < 0x2080:
		return fc.punct[r-0x2000]
	}
	var buf sfnt.Buffer
	return fc.measure(&buf, r)
}

// width returns the width of s in points at size pt.
func (fc *face) width(s string, size float64) float64 {
	w := 0.0
	for _, r := range s {
		w += fc.advance(r)
	}
	return w * size
}

// TextWidth returns the width in points of s set in style at size, measured
// with the embedded font's advances (no kerning).
func TextWidth(s string, style Style, size float64) float64 {
	fs, err := faces()
	if err != nil {
		return 0
	}
	return fs[style].width(s, size)
}
