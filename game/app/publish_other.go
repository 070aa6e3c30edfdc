//go:build !js

package app

// publish has nothing to do outside the browser.
func (g *Game) publish() {}

func (g *Game) publishDraw() {}
