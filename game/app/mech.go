package app

import (
	"fmt"
	"sort"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/mech"
	"sango/game/ui/geom"
	"sango/game/ui/widget"
)

// mechView shows one mechanic's activity inside the play scene's panel. The play scene
// draws Sango, the prompt, the reaction to the last move and the Continue button; the
// view draws the mechanic itself in the area it is given.
//
// A view offers one button per move the activity lists, with the move's id as the
// button's id, so that mouse, touch, keys and autoplay all reach every move. Areas are
// in left-to-right coordinates: pass rectangles through g.place so right-to-left
// languages get a mirrored layout.
type mechView interface {
	layout(g *Game, area geom.Rect) []*widget.Button
	draw(g *Game, dst *ebiten.Image, area geom.Rect)
}

// mechViews maps each mechanic to the view that shows it. A mechanic with no view of its
// own is shown by plainView, so a new mechanic is playable before it is pretty.
func mechViews() map[mech.Kind]func(a mech.Activity) mechView {
	return map[mech.Kind]func(a mech.Activity) mechView{
		"sort":     newSortView,
		"spot":     newSpotView,
		"chat":     newChatView,
		"settings": newSettingsView,
		"offer":    newOfferView,
	}
}

func newMechView(kind mech.Kind, a mech.Activity) mechView {
	if mk, ok := mechViews()[kind]; ok {
		if v := mk(a); v != nil {
			return v
		}
	}
	return plainView{a: a}
}

// plainView lists the moves as option buttons. It is the fallback for a mechanic that has
// no view of its own yet.
type plainView struct{ a mech.Activity }

func (v plainView) layout(g *Game, area geom.Rect) []*widget.Button {
	m := g.m
	moves := v.a.Moves()
	sort.Strings(moves)
	var out []*widget.Button
	h := min(m.Button, area.H/float64(max(1, len(moves))))
	for i, id := range moves {
		r := geom.Rect{X: area.X, Y: area.Y + float64(i)*h, W: area.W, H: h * 0.9}
		out = append(out, &widget.Button{ID: id, Label: fmt.Sprintf("%s", strings.ReplaceAll(id, ":", " ")), Style: widget.Option, Rect: g.place(r)})
	}
	return out
}

func (plainView) draw(*Game, *ebiten.Image, geom.Rect) {}
