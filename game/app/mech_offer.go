package app

import "sango/game/mech"

// PLACEHOLDER until the offer view is written: the plain fallback view.
func newOfferView(a mech.Activity) mechView { return nil }
