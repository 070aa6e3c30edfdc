package app

import "sango/game/mech"

// PLACEHOLDER until the spot view is written: the plain fallback view.
func newSpotView(a mech.Activity) mechView { return nil }
