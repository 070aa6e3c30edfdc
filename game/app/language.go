package app

import (
	"fmt"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/locale"
	"sango/game/ui/geom"
	"sango/game/ui/icon"
	"sango/game/ui/textdraw"
	"sango/game/ui/theme"
	"sango/game/ui/widget"
)

// LanguageLoader makes a language ready to use: its strings and whatever its text needs
// (on the web, the language's font, fetched the first time it is chosen). It may take a
// while, so the game calls it away from the frame loop.
type LanguageLoader func(code string) (*locale.Catalog, error)

// languageLoad is a language switch under way.
type languageLoad struct {
	code string
	done chan languageResult
}

type languageResult struct {
	cat   *locale.Catalog
	fonts *textdraw.Fonts
	err   error
}

// chooseLanguage starts switching to code. The current screen stays, and keeps
// answering, until the language is ready; a failure (a font that cannot be fetched
// offline, say) keeps the current language and says why on the picker.
func (g *Game) chooseLanguage(code string) {
	if g.loading != nil {
		return
	}
	info, ok := locale.LanguageInfo(code)
	if !ok {
		return
	}
	ld := &languageLoad{code: code, done: make(chan languageResult, 1)}
	g.loading = ld
	g.langErr = ""
	load := g.cfg.LoadLanguage
	go func() {
		cat, err := load(code)
		if err != nil {
			ld.done <- languageResult{err: err}
			return
		}
		fonts, err := textdraw.NewFonts(code, info.Direction == locale.RTL)
		ld.done <- languageResult{cat: cat, fonts: fonts, err: err}
	}()
	g.dirty = true
}

// pollLanguage finishes a language switch once its loader is done.
func (g *Game) pollLanguage() {
	if g.loading == nil {
		return
	}
	select {
	case r := <-g.loading.done:
		code := g.loading.code
		g.loading = nil
		g.dirty = true
		if r.err != nil {
			fmt.Fprintf(g.cfg.Out, "sango: language %s: %v\n", code, r.err)
			g.langErr = code
			return
		}
		g.useLanguage(r.cat, r.fonts)
		g.progress.Settings.Lang = code
		if err := g.cfg.Store.Save(g.progress); err != nil {
			fmt.Fprintf(g.cfg.Out, "sango: %v (the language choice is kept until the game closes)\n", err)
		}
		if s, ok := g.scene.(*languageScene); ok {
			s.chosen(g)
		}
	default:
	}
}

// useLanguage makes cat the game's language, mirroring the layout when it reads right
// to left.
func (g *Game) useLanguage(cat *locale.Catalog, fonts *textdraw.Fonts) {
	g.cat, g.fonts, g.rtl = cat, fonts, cat.Direction == locale.RTL
	if g.notice != "" {
		g.notice = g.noticeText()
	}
	g.relayout, g.dirty = true, true
}

// nameFonts are the faces that draw each language's own name on the picker: every name
// in its own script, whatever the current language.
func (g *Game) nameFonts(code string) *textdraw.Fonts {
	if f, ok := g.pickerFonts[code]; ok {
		return f
	}
	info, _ := locale.LanguageInfo(code)
	f, err := textdraw.NewFonts(code, info.Direction == locale.RTL)
	if err != nil {
		f = g.fonts // the name is still drawn, perhaps with the current language's font
	}
	if g.pickerFonts == nil {
		g.pickerFonts = map[string]*textdraw.Fonts{}
	}
	g.pickerFonts[code] = f
	return f
}

// languageScene lets the child pick the game's language: at the first start, before
// anything else, and later from the globe button on the title screen. Each language is
// named in its own script, so a child finds theirs without reading the current one.
type languageScene struct {
	first bool // the first start: no Back, and the title screen follows
	// returnTo is the screen the picker was opened from (settings); nil for the title.
	returnTo scene
}

func (*languageScene) name() string         { return "language" }
func (*languageScene) title(g *Game) string { return "" }
func (s *languageScene) hasBack() bool      { return !s.first }
func (s *languageScene) back(g *Game)       { s.chosen(g) }

func (s *languageScene) activate(g *Game, id string) {
	if code, ok := strings.CutPrefix(id, "lang:"); ok {
		if code == g.cat.Lang {
			s.chosen(g)
			return
		}
		g.chooseLanguage(code)
	}
}

// chosen leaves the picker once the language is in use.
func (s *languageScene) chosen(g *Game) {
	if s.returnTo != nil {
		g.goTo(s.returnTo)
		return
	}
	g.goTo(&titleScene{})
}

func (s *languageScene) layout(g *Game) ([]*widget.Button, string) {
	_, area := g.headingSplit("ui.choose_language")
	m := g.m
	langs := locale.Languages()
	cols := 3
	if m.Portrait {
		cols = 2
	}
	rows := (len(langs) + cols - 1) / cols
	gap := m.Pad
	w := (area.W - gap*float64(cols-1)) / float64(cols)
	h := min((area.H-gap*float64(rows-1))/float64(rows), m.Button*2)
	top := area.Y + (area.H-(h*float64(rows)+gap*float64(rows-1)))/2
	var out []*widget.Button
	focus := ""
	for i, l := range langs {
		col, row := i%cols, i/cols
		r := geom.Rect{X: area.X + float64(col)*(w+gap), Y: top + float64(row)*(h+gap), W: w, H: h}
		b := &widget.Button{ID: "lang:" + l.Code, Label: l.Name, Style: widget.Option, Rect: g.place(r),
			Marked: l.Code == g.cat.Lang}
		if g.loading != nil {
			b.Disabled = b.ID != "lang:"+g.loading.code
		}
		if l.Code == g.cat.Lang {
			focus = b.ID
		}
		out = append(out, b)
	}
	return out, focus
}

func (s *languageScene) draw(g *Game, dst *ebiten.Image) {
	g.drawHeading(dst, "ui.choose_language")
	m := g.m
	for _, b := range g.buttons.Buttons {
		code, ok := strings.CutPrefix(b.ID, "lang:")
		if !ok {
			continue
		}
		widget.Draw(dst, b, g.nameFonts(code), m, b.ID == g.buttons.Focused(), b.ID == g.buttons.Hovered(), b.ID == g.buttons.Pressed())
		if g.loading != nil && g.loading.code == code {
			// A language whose font is on its way shows a small busy mark, not a frozen screen.
			box := geom.Rect{X: b.Rect.X + m.Pad*0.5, Y: b.Rect.Y + m.Pad*0.5, W: m.Pad * 1.5, H: m.Pad * 1.5}
			icon.Draw(dst, "clock", box)
		}
		if g.langErr == code {
			face := g.fonts.Face(m.Small, false)
			r := geom.Rect{X: b.Rect.X, Y: b.Rect.Bottom() + m.Pad*0.2, W: b.Rect.W, H: textdraw.LineHeight(face)}
			textdraw.Line(dst, g.T("ui.language_unavailable"), face, r, textdraw.Center, theme.Ink)
		}
	}
}
