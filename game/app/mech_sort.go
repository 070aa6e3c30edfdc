package app

import "sango/game/mech"

// PLACEHOLDER until the sort view is written: the plain fallback view.
func newSortView(a mech.Activity) mechView { return nil }
