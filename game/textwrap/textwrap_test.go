package textwrap

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// mono is a fake monospace font: CJK ideographs, kana and fullwidth
// punctuation are two units wide, every other rune (marks included) one.
// Counting marks keeps the arithmetic of the expectations obvious.
func mono(s string) float64 {
	w := 0.0
	for _, r := range s {
		if isCJKTest(r) {
			w += 2
		} else {
			w++
		}
	}
	return w
}

// isCJKTest is independent of the package's isWide so that a mistake there
// cannot hide itself in the expectations.
func isCJKTest(r rune) bool {
	return unicode.Is(unicode.Han, r) ||
		(r >= 0x3000 && r <= 0x30ff) || // CJK punctuation, hiragana, katakana
		(r >= 0xff01 && r <= 0xff60) // fullwidth forms
}

func TestWrap(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		width float64
		want  []string
	}{
		{"short text unchanged", "Hello world", 20, []string{"Hello world"}},
		{"exact fit", "Hello world", 11, []string{"Hello world"}},
		{"break at spaces", "the quick brown fox jumps", 10,
			[]string{"the quick", "brown fox", "jumps"}},
		{"spaces at break dropped, interior kept", "ab  cd   ef", 6,
			[]string{"ab  cd", "ef"}},
		{"leading and trailing spaces trimmed", "   hello   ", 20, []string{"hello"}},
		{"paragraphs", "one two three\n\nfour", 8,
			[]string{"one two", "three", "", "four"}},
		{"spaces around newline trimmed", "a  \n  b\r\n", 5, []string{"a", "b", ""}},
		{"long word split", "a abcdefghij b", 4,
			[]string{"a", "abcd", "efgh", "ij b"}},
		{"long word split avoids leading punctuation", "abcdef!", 6,
			[]string{"abcde", "f!"}},
		{"hyphen breaks between letters", "well-known", 6, []string{"well-", "known"}},
		{"minus sign is not a break", "x -12345", 5, []string{"x", "-1234", "5"}},
		{"chinese breaks between characters", "我们今天去公园散步", 8,
			[]string{"我们今天", "去公园散", "步"}},
		// Naive filling gives "你好世界" / "。再见".
		{"closing 。 never starts a line", "你好世界。再见", 8,
			[]string{"你好世", "界。再见"}},
		{"closing ，and 、", "一二三，四五、六", 6, []string{"一二", "三，四", "五、六"}},
		// Naive filling gives "Tu viens ou quoi" / "?".
		{"closing after space stays", "Tu viens ou quoi ?", 16,
			[]string{"Tu viens ou", "quoi ?"}},
		{"forced break among glued spaces is trimmed", "quoi  ？", 4,
			[]string{"quoi", "？"}},
		{"ascii closing", "said (hello) there", 11, []string{"said", "(hello)", "there"}},
		// Naive filling gives "他说「" / "你好」" / "吧".
		{"opening 「 never ends a line", "他说「你好」吧", 6,
			[]string{"他说", "「你", "好」吧"}},
		{"opening “ never ends a line", "他说“你好”", 6, []string{"他说", "“你好”"}},
		{"chinese with latin word and digits", "我在用Go语言写了100个程序", 7,
			[]string{"我在用", "Go语言", "写了100", "个程序"}},
		{"chinese with latin, wider", "我在用Go语言写了100个程序", 10,
			[]string{"我在用Go语", "言写了100", "个程序"}},
		{"chinese with spaced latin", "我喜欢 Python 编程", 10,
			[]string{"我喜欢", "Python 编", "程"}},
		{"japanese small kana and ー", "コーヒーを飲みました", 6,
			[]string{"コー", "ヒーを", "飲みま", "した"}},
		{"russian", "Съешь же ещё этих мягких французских булок", 15,
			[]string{"Съешь же ещё", "этих мягких", "французских", "булок"}},
		{"arabic with digits", "لدي 3 كتب و 25 قلما في الحقيبة", 10,
			[]string{"لدي 3 كتب", "و 25 قلما", "في الحقيبة"}},
		{"korean breaks at spaces only", "안녕하세요 여러분 반갑습니다", 10,
			[]string{"안녕하세요 여러분", "반갑습니다"}},
		// Naive rune splitting gives "ab" / "\u0301c".
		{"combining mark stays with base", "ab\u0301c", 2,
			[]string{"a", "b\u0301", "c"}},
		{"combining marks in long word", "e\u0301e\u0301e\u0301", 3,
			[]string{"e\u0301", "e\u0301", "e\u0301"}},
		{"combining marks across spaces", "cafe\u0301 noe\u0308l", 6,
			[]string{"cafe\u0301", "noe\u0308l"}},
		{"emoji sequences stay whole", "👨\u200d👩\u200d👧👍🏽", 2,
			[]string{"👨\u200d👩\u200d👧", "👍🏽"}},
		{"no-break space glues", "10\u00a0km away", 5, []string{"10\u00a0km", "away"}},
		{"unit wider than max gets own line", "a 漢 b", 1, []string{"a", "漢", "b"}},
		{"width 0 only explicit newlines", "a long line that would wrap\n second ", 0,
			[]string{"a long line that would wrap", "second"}},
		{"negative width", "x y", -3, []string{"x y"}},
		{"empty", "", 10, nil},
		{"empty no wrap", "", 0, nil},
		{"only spaces", "   ", 10, []string{""}},
		{"only newline", "\n", 10, []string{"", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Wrap(tt.text, tt.width, mono)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Wrap(%q, %v)\n got %q\nwant %q", tt.text, tt.width, got, tt.want)
			}
		})
	}
}

func TestWrapNoWrapNeverMeasures(t *testing.T) {
	got := Wrap("a b\nc", 0, nil)
	if want := []string{"a b", "c"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// randomText mixes every kind of unit the wrapper distinguishes so that the
// invariants are exercised across script boundaries, not just within one.
func randomText(r *rand.Rand) string {
	pieces := []string{
		"the", "quick", "brown", "fox", "extraordinarily", "a", "I", "well-known",
		"Hello!", "(aside)", "end.", "x,y", "100", "3.14",
		"Съешь", "ещё", "булок", "كتب", "الحقيبة", "25", "안녕하세요",
		"我", "们", "今天", "公园", "。", "，", "、", "「", "」", "“", "”", "！", "？",
		"コーヒー", "っ", "ー", "Go", "cafe\u0301", "noe\u0308l", "a\u0301\u0302",
		"👍🏽", "\u00a0",
	}
	seps := []string{"", "", "", " ", " ", "  ", "\n"}
	var b strings.Builder
	n := r.IntN(40)
	for range n {
		b.WriteString(pieces[r.IntN(len(pieces))])
		b.WriteString(seps[r.IntN(len(seps))])
	}
	return b.String()
}

func nonSpace(s string) []rune {
	var rs []rune
	for _, r := range s {
		if !isSpace(r) {
			rs = append(rs, r)
		}
	}
	return rs
}

// singleUnit reports whether s is one base rune plus marks, the only thing
// the wrapper is allowed to let overflow (ZWJ sequences and emoji modifiers
// in the generator are at most as wide as one CJK character).
func singleUnit(s string) bool {
	_, n := utf8.DecodeRuneInString(s)
	for _, r := range s[n:] {
		if !unicode.Is(unicode.M, r) && !(r >= 0x1f3fb && r <= 0x1f3ff) {
			return false
		}
	}
	return true
}

func TestWrapProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for iter := range 3000 {
		text := randomText(r)
		width := 0.5 + r.Float64()*30
		if iter%5 == 0 {
			width = float64(1 + r.IntN(12)) // integral widths hit exact fits
		}
		lines := Wrap(text, width, mono)
		if text == "" {
			if lines != nil {
				t.Fatalf("Wrap(%q) = %q, want nil", text, lines)
			}
			continue
		}
		for _, l := range lines {
			if w := mono(l); w > width && !singleUnit(l) {
				t.Fatalf("Wrap(%q, %v): line %q has width %v", text, width, l, w)
			}
			if strings.Contains(l, "\n") {
				t.Fatalf("Wrap(%q, %v): line %q contains a newline", text, width, l)
			}
			if l != strings.TrimFunc(l, isSpace) {
				t.Fatalf("Wrap(%q, %v): line %q not trimmed", text, width, l)
			}
			if first, _ := utf8.DecodeRuneInString(l); unicode.Is(unicode.Mn, first) {
				t.Fatalf("Wrap(%q, %v): line %q starts with a detached mark", text, width, l)
			}
		}
		if got, want := nonSpace(strings.Join(lines, "")), nonSpace(text); !reflect.DeepEqual(got, want) {
			t.Fatalf("Wrap(%q, %v) = %q lost or reordered text", text, width, lines)
		}
		if got, want := len(lines), strings.Count(text, "\n")+1; got < want {
			t.Fatalf("Wrap(%q, %v) = %q: %d lines for %d paragraphs", text, width, lines, got, want)
		}
	}
}

const englishParagraph = "The river kingdoms had known peace for a generation, " +
	"but the harvest failed in the third year and the granaries of the " +
	"northern provinces stood empty. Merchants raised their prices, soldiers " +
	"went unpaid, and in the mountain passes the old warlords began to gather " +
	"their banners once more. Our general, still young and untested, must " +
	"decide whether to march at once against the rebels or to wait for the " +
	"spring rains and the reinforcements promised by the court, knowing that " +
	"every day of delay lets the enemy grow stronger. Whatever he chooses, " +
	"the people of the valley will remember it for years to come."

func chineseParagraph() string {
	const s = "天下大势，分久必合，合久必分。周末七国分争，并入于秦。及秦灭之后，楚、汉分争，又并入于汉。"
	var b strings.Builder
	for utf8.RuneCountInString(b.String()) < 200 {
		b.WriteString(s)
	}
	return string([]rune(b.String())[:200])
}

// TestMeasureCallsLinear guards the performance contract: one measurement
// per break opportunity plus one per line, never one per character prefix.
func TestMeasureCallsLinear(t *testing.T) {
	for _, text := range []string{englishParagraph, chineseParagraph(), strings.Repeat("x", 500)} {
		calls := 0
		counting := func(s string) float64 { calls++; return mono(s) }
		lines := Wrap(text, 40, counting)
		limit := len(strings.Fields(text)) + utf8.RuneCountInString(text)/2 + 10*len(lines)
		if calls > limit {
			t.Errorf("%d measure calls for %d runes in %d lines, want <= %d",
				calls, utf8.RuneCountInString(text), len(lines), limit)
		}
	}
	if n := len(strings.Fields(englishParagraph)); n < 95 || n > 105 {
		t.Fatalf("English benchmark paragraph has %d words, want about 100", n)
	}
}

func BenchmarkWrapEnglish100Words(b *testing.B) {
	for b.Loop() {
		Wrap(englishParagraph, 60, mono)
	}
}

func BenchmarkWrapChinese200Chars(b *testing.B) {
	text := chineseParagraph()
	b.ResetTimer()
	for b.Loop() {
		Wrap(text, 60, mono)
	}
}
