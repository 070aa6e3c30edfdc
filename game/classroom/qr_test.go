package classroom

import (
	"net/netip"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"rsc.io/qr"
)

const testURL = "http://192.168.1.23:8080"

// parseTerminal turns TerminalQR's half blocks back into a matrix of modules.
func parseTerminal(t *testing.T, text string) [][]bool {
	t.Helper()
	var grid [][]bool
	for i, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		var top, bottom []bool
		for _, r := range line {
			switch r {
			case '█':
				top, bottom = append(top, true), append(bottom, true)
			case '▀':
				top, bottom = append(top, true), append(bottom, false)
			case '▄':
				top, bottom = append(top, false), append(bottom, true)
			case ' ':
				top, bottom = append(top, false), append(bottom, false)
			default:
				t.Fatalf("line %d: unexpected character %q", i, r)
			}
		}
		grid = append(grid, top, bottom)
	}
	return grid
}

// finder reports whether the 7×7 finder pattern (ring, gap, 3×3 core) starts at x, y.
func finder(grid [][]bool, x, y int) bool {
	for dy := 0; dy < 7; dy++ {
		for dx := 0; dx < 7; dx++ {
			ring := dx == 0 || dy == 0 || dx == 6 || dy == 6
			core := dx >= 2 && dx <= 4 && dy >= 2 && dy <= 4
			if grid[y+dy][x+dx] != (ring || core) {
				return false
			}
		}
	}
	return true
}

func TestTerminalQR(t *testing.T) {
	code, err := EncodeQR(testURL)
	if err != nil {
		t.Fatal(err)
	}
	// The reference: the same text and level encoded by rsc.io/qr directly.
	want, err := qr.Encode(testURL, qr.M)
	if err != nil {
		t.Fatal(err)
	}
	if code.Size < 21 || (code.Size-21)%4 != 0 || code.Size != want.Size {
		t.Fatalf("size %d, reference %d", code.Size, want.Size)
	}
	grid := parseTerminal(t, TerminalQR(code))
	n := code.Size + 2*QuietZone
	lines := (n + 1) / 2
	if len(grid) != 2*lines {
		t.Fatalf("%d half rows, want %d (%d lines)", len(grid), 2*lines, lines)
	}
	for y, row := range grid {
		if len(row) != n {
			t.Fatalf("row %d is %d modules wide, want %d", y, len(row), n)
		}
		for x, dark := range row {
			inside := x >= QuietZone && x < QuietZone+code.Size && y >= QuietZone && y < QuietZone+code.Size
			if !inside && dark {
				t.Fatalf("module (%d,%d) in the quiet zone is dark", x, y)
			}
			if inside && dark != want.Black(x-QuietZone, y-QuietZone) {
				t.Fatalf("module (%d,%d) differs from rsc.io/qr", x-QuietZone, y-QuietZone)
			}
		}
	}
	q, far := QuietZone, QuietZone+code.Size-7
	if !finder(grid, q, q) || !finder(grid, far, q) || !finder(grid, q, far) {
		t.Fatal("finder patterns missing from the corners")
	}
	if finder(grid, far, far) {
		t.Fatal("a QR code has no finder pattern at the bottom right")
	}
}

func TestSVG(t *testing.T) {
	code, err := EncodeQR(testURL)
	if err != nil {
		t.Fatal(err)
	}
	svg := SVG(code, `code for <"&>`)
	n := code.Size + 2*QuietZone
	if !strings.HasPrefix(svg, `<svg viewBox="0 0 `+strconv.Itoa(n)+" "+strconv.Itoa(n)+`"`) || !strings.HasSuffix(svg, "</svg>") {
		t.Fatalf("bad svg frame: %.120s", svg)
	}
	if strings.Contains(svg, `<"&>`) {
		t.Fatal("label not escaped")
	}
	grid := make([][]bool, n)
	for i := range grid {
		grid[i] = make([]bool, n)
	}
	rect := regexp.MustCompile(`<rect x="(\d+)" y="(\d+)" width="(\d+)" height="1"/>`)
	for _, m := range rect.FindAllStringSubmatch(svg, -1) {
		x, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[2])
		w, _ := strconv.Atoi(m[3])
		for i := x; i < x+w; i++ {
			if grid[y][i] {
				t.Fatalf("module (%d,%d) drawn twice", i, y)
			}
			grid[y][i] = true
		}
	}
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			if grid[y][x] != code.Black(x-QuietZone, y-QuietZone) {
				t.Fatalf("svg module (%d,%d) differs from the code", x, y)
			}
		}
	}
}

func TestBanner(t *testing.T) {
	code, err := EncodeQR(testURL)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	b := Banner{Listen: netip.MustParseAddrPort("[::]:8080"), URLs: []string{testURL, "http://10.0.0.5:8080"}, LAN: true, Code: code, HasGame: true}
	if _, err := b.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{testURL, "http://10.0.0.5:8080", TerminalQR(code), "http://localhost:8080/join", "Ctrl+C"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("banner lacks %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "\x1b[") || strings.Contains(out.String(), "WARNING") {
		t.Errorf("plain banner has colours or a warning:\n%s", out.String())
	}

	out.Reset()
	b.Colour = true
	if _, err := b.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	// Every line of the code is black on white, and the colours are reset after it.
	lines := strings.Count(TerminalQR(code), "\n")
	if got := strings.Count(out.String(), "\x1b[30;107m"); got != lines || strings.Count(out.String(), "\x1b[0m\n") != lines {
		t.Errorf("%d coloured lines, want %d", got, lines)
	}

	out.Reset()
	b = Banner{Listen: netip.MustParseAddrPort("[::]:8080"), URLs: []string{"http://localhost:8080"}}
	if _, err := b.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"No network found", "http://localhost:8080", MissingBuildMessage} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("banner lacks %q:\n%s", want, out.String())
		}
	}
	if strings.ContainsAny(out.String(), "█▀▄") {
		t.Errorf("no QR code without a network:\n%s", out.String())
	}
}
