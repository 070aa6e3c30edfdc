//go:build js

package app

import "syscall/js"

// publish mirrors the current screen's buttons into the page as plain data (in CSS
// pixels): browser tests use it to click real widget positions, and it is the hook a
// screen-reader layer can grow from. It describes the interface only; nothing about the
// child is in it, and nothing leaves the page.
func (g *Game) publish() {
	scale := g.CSSScale()
	widgets := js.Global().Get("Array").New()
	for _, b := range g.buttons.Buttons {
		o := js.Global().Get("Object").New()
		o.Set("id", b.ID)
		o.Set("label", b.Label)
		o.Set("x", b.Rect.X/scale)
		o.Set("y", b.Rect.Y/scale)
		o.Set("w", b.Rect.W/scale)
		o.Set("h", b.Rect.H/scale)
		o.Set("disabled", b.Disabled)
		o.Set("marked", b.Marked)
		widgets.Call("push", o)
	}
	state := js.Global().Get("Object").New()
	state.Set("scene", g.SceneName())
	state.Set("widgets", widgets)
	state.Set("focus", g.buttons.Focused())
	state.Set("pressed", g.buttons.Pressed())
	state.Set("draws", g.draws)
	js.Global().Set("sangoState", state)
}

// publishDraw counts frames actually drawn, so a test can tell the first frame is up.
func (g *Game) publishDraw() {
	if s := js.Global().Get("sangoState"); s.Truthy() {
		s.Set("draws", g.draws)
		s.Set("focus", g.buttons.Focused())
		s.Set("pressed", g.buttons.Pressed())
	}
}
