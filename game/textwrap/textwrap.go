// Package textwrap breaks text into lines for a renderer that has no line
// wrapping of its own (ebiten text/v2 only draws what it is given).
//
// The rules are a deliberately small subset of UAX #14 that is enough for the
// game's locales: spaces separate words in alphabetic scripts, East Asian
// ideographs and kana may break between any two characters, and a short
// kinsoku list keeps punctuation on the correct side of a break. Scripts that
// need a dictionary to find word boundaries (Thai, Lao, Khmer, Myanmar) are
// treated as long words and are only broken when a "word" overflows.
package textwrap

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Measure returns the advance width of s in the caller's units.
type Measure func(s string) float64

// Wrap breaks text into lines no wider than maxWidth.
//
// Explicit "\n" always starts a new line, so n newlines give n+1 lines (an
// empty paragraph yields ""). Spaces at a break are dropped and every line is
// trimmed of leading and trailing spaces; interior spaces are kept verbatim.
// Lines are substrings of text. A grapheme cluster that is wider than maxWidth
// on its own gets a line of its own and is the only way a line can exceed
// maxWidth. An empty text yields nil. If maxWidth <= 0 (or NaN) only explicit
// newlines break, and measure is never called, so it may be nil.
func Wrap(text string, maxWidth float64, measure Measure) []string {
	if text == "" {
		return nil
	}
	noWrap := !(maxWidth > 0) // also catches NaN
	var lines []string
	// Scratch space is sized once and shared by all paragraphs; growing it
	// by doubling was most of the allocation cost for a typical dialogue box.
	n := utf8.RuneCountInString(text)
	cl := make([]cluster, 0, n)
	segs := make([]segment, 0, n/2+1)
	for para := range strings.SplitSeq(text, "\n") {
		cl = appendClusters(cl[:0], para)
		segs = appendSegments(segs[:0], cl)
		lines = wrapParagraph(lines, para, cl, segs, noWrap, maxWidth, measure)
	}
	return lines
}

// class is the line-breaking behaviour of a cluster.
type class uint8

const (
	clsOther class = iota // letters, digits, ideographs, symbols
	clsSpace              // break opportunity; dropped at line edges
	clsClose              // must not start a line
	clsOpen               // must not end a line
)

// cluster is a user-perceived character: a base rune plus whatever must never
// be separated from it. Splitting only at cluster boundaries is what makes the
// emergency (overlong-word) breaks safe for combining marks and emoji.
type cluster struct {
	start, end int // byte offsets into the paragraph
	cls        class
	// wide marks East Asian text, which may break on either side without a
	// space. Kept separate from cls so that CJK punctuation can be both
	// closing and a break opportunity after itself.
	wide   bool
	hyphen bool // a hyphen between letters is a break opportunity after itself
	letter bool // needed to tell "well-known" (breakable) from "-5" (not)
}

const (
	zwj = '\u200d' // emoji ZWJ sequences must stay whole
	wj  = '\u2060' // word joiner: the author explicitly forbids a break here
	bom = '\ufeff' // zero-width no-break space, the legacy word joiner
)

// appendClusters segments s into clusters. It is "grapheme-safe enough":
// marks, joiners, emoji modifiers, tag sequences and regional-indicator pairs
// stay attached, which covers what the game's fonts can actually render,
// without carrying the full UAX #29 tables.
func appendClusters(dst []cluster, s string) []cluster {
	for i := 0; i < len(s); {
		base, n := utf8.DecodeRuneInString(s[i:])
		start := i
		i += n
		runes := 1
		glue := base == zwj || base == wj || base == bom
	extend:
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			switch {
			case glue, extends(r):
			case runes == 1 && isRegionalIndicator(base) && isRegionalIndicator(r):
			default:
				break extend
			}
			glue = r == zwj || r == wj || r == bom
			i += n
			runes++
		}
		c := cluster{start: start, end: i, cls: classify(base), wide: isWide(base)}
		if c.cls == clsSpace && runes > 1 {
			// A mark on a space is a visible spacing diacritic; dropping
			// it as whitespace would lose text.
			c.cls = clsOther
		}
		c.hyphen = base == '-' || base == '\u2010'
		c.letter = unicode.IsLetter(base)
		dst = append(dst, c)
	}
	return dst
}

// extends reports whether r belongs to the cluster before it.
func extends(r rune) bool {
	if r < 0x300 {
		return false // nothing below the combining diacritics block extends
	}
	return unicode.Is(unicode.M, r) || // Mn, Mc, Me: diacritics, vowel signs, variation selectors
		r == zwj || r == wj || r == bom ||
		(r >= 0x1f3fb && r <= 0x1f3ff) || // emoji skin-tone modifiers
		(r >= 0xe0020 && r <= 0xe007f) // emoji tag sequences (subdivision flags)
}

func isRegionalIndicator(r rune) bool { return r >= 0x1f1e6 && r <= 0x1f1ff }

func classify(r rune) class {
	if r < utf8.RuneSelf {
		// Most game text is ASCII; avoid the table lookups below.
		switch r {
		case ' ', '\t', '\r', '\v', '\f':
			return clsSpace
		case '!', '?', '.', ',', ';', ':', ')', ']', '}':
			return clsClose
		case '(', '[', '{':
			return clsOpen
		}
		return clsOther
	}
	switch {
	case isSpace(r):
		return clsSpace
	case isClosing(r):
		return clsClose
	case isOpening(r):
		return clsOpen
	}
	return clsOther
}

// isSpace is unicode.IsSpace minus the no-break spaces, which exist precisely
// to glue words together ("10\u00a0km"), plus ZWSP, an invisible break hint.
func isSpace(r rune) bool {
	switch r {
	case '\u00a0', '\u2007', '\u202f':
		return false
	case '\u200b':
		return true
	}
	return unicode.IsSpace(r)
}

// isClosing lists characters that must not begin a line (gyōtō kinsoku).
// Small kana, the prolonged sound mark and iteration marks are included
// because Japanese typography forbids them at line start as well.
func isClosing(r rune) bool {
	return strings.ContainsRune(
		"!?.,;:)]}"+
			"’”»›‼⁇⁈⁉…‥"+
			"。，、．！？：；）］｝」』】〉》〕〗〙〛｠〞"+
			"・ー〜ゝゞヽヾ々〻"+
			"ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"+
			"ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"+
			"｡｣､･ｧｨｩｪｫｬｭｮｯｰ", r)
}

// isOpening lists characters that must not end a line (gyōmatsu kinsoku).
func isOpening(r rune) bool {
	return strings.ContainsRune("([{‘“«‹¿¡（［｛「『【〈《〔〖〘〚｟〝｢", r)
}

// isWide reports East Asian characters that allow a break on either side
// without a space. Hangul is deliberately absent: Korean separates words
// with spaces and breaking inside a word looks wrong.
func isWide(r rune) bool {
	if r < 0x2e80 {
		return false // fast path for Latin, Cyrillic, Arabic, ...
	}
	switch {
	case r >= 0x3000 && r <= 0x303f, // CJK symbols and punctuation
		r >= 0x31c0 && r <= 0x31ff,   // CJK strokes, small katakana extension
		r >= 0x3200 && r <= 0x33ff,   // enclosed CJK, CJK compatibility
		r >= 0xff01 && r <= 0xff60,   // fullwidth forms
		r >= 0xff61 && r <= 0xff9f,   // halfwidth katakana and punctuation
		r >= 0xffe0 && r <= 0xffe6,   // fullwidth signs
		r >= 0x1f300 && r <= 0x1faff: // emoji behave like ideographs (UAX #14 ID)
		return true
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Bopomofo, unicode.Yi)
}

// canBreakBefore reports whether a line may break between cl[i-1] and cl[i],
// both of which are non-space clusters.
func canBreakBefore(cl []cluster, i int) bool {
	a, b := cl[i-1], cl[i]
	if b.cls == clsClose || a.cls == clsOpen {
		return false
	}
	if a.wide || b.wide {
		return true
	}
	return a.hyphen && b.letter && i >= 2 && cl[i-2].letter
}

// segment is the smallest run of clusters that may not be broken under the
// normal rules. It starts and ends with a non-space cluster; inside, it only
// holds spaces that sit next to punctuation they must not be parted from.
type segment struct {
	start, end int // byte offsets of the visible content
	c0, c1     int // cluster index range [c0, c1)
}

func appendSegments(segs []segment, cl []cluster) []segment {
	prev := -1 // last non-space cluster
	for i, c := range cl {
		if c.cls == clsSpace {
			continue
		}
		var brk bool
		switch {
		case prev < 0:
			brk = true
		case prev < i-1:
			// Spaces do not license a break that would strand
			// punctuation: French "Quoi ?" or "( aside )" typed with
			// ordinary spaces must still keep the mark on the word's line.
			brk = c.cls != clsClose && cl[prev].cls != clsOpen
		default:
			brk = canBreakBefore(cl, i)
		}
		if brk {
			segs = append(segs, segment{start: c.start, end: c.end, c0: i, c1: i + 1})
		} else {
			s := &segs[len(segs)-1]
			s.end, s.c1 = c.end, i+1
		}
		prev = i
	}
	return segs
}

// wrapParagraph fills lines greedily. Each break opportunity costs one
// measurement of the candidate line, so the work is proportional to
// (segments × line length) rather than to every prefix of the paragraph;
// measuring whole lines instead of summing pieces keeps kerning and
// contextual shaping (Arabic) correct.
func wrapParagraph(lines []string, p string, cl []cluster, segs []segment, noWrap bool, maxWidth float64, measure Measure) []string {
	if len(segs) == 0 {
		return append(lines, "")
	}
	if noWrap {
		return append(lines, p[segs[0].start:segs[len(segs)-1].end])
	}
	lineStart, lineEnd := -1, -1
	for i := 0; i < len(segs); {
		s := segs[i]
		if lineStart >= 0 {
			if measure(p[lineStart:s.end]) <= maxWidth {
				lineEnd = s.end
				i++
				continue
			}
			lines = append(lines, p[lineStart:lineEnd])
			lineStart = -1
		}
		if s.c1-s.c0 == 1 || measure(p[s.start:s.end]) <= maxWidth {
			lineStart, lineEnd = s.start, s.end
			i++
			continue
		}
		// The segment alone overflows an empty line: fall back to breaking
		// between clusters. The tail stays in segs so that it can share its
		// line with the words that follow. A segment may hold spaces
		// (those glued to punctuation), so the cut can land among them and
		// both sides need trimming.
		tail := s.c0 + fitClusters(p, cl[s.c0:s.c1], maxWidth, measure)
		last := tail - 1
		for cl[last].cls == clsSpace {
			last--
		}
		for cl[tail].cls == clsSpace {
			tail++
		}
		lines = append(lines, p[s.start:cl[last].end])
		segs[i].start, segs[i].c0 = cl[tail].start, tail
	}
	return append(lines, p[lineStart:lineEnd])
}

// fitClusters returns how many leading clusters of seg (at least 1, fewer
// than len(seg)) to put on a line, given that all of seg does not fit. Binary
// search keeps this at O(log n) measurements for a long unbroken run such as
// a URL.
func fitClusters(p string, seg []cluster, maxWidth float64, measure Measure) int {
	start := seg[0].start
	lo, hi := 1, len(seg)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if measure(p[start:seg[mid-1].end]) <= maxWidth {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	// Even a forced break should not strand punctuation on the wrong side
	// when there is room to give.
	for lo > 1 && (seg[lo].cls == clsClose || seg[lo-1].cls == clsOpen) {
		lo--
	}
	return lo
}
