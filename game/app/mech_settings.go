package app

import "sango/game/mech"

// PLACEHOLDER until the settings view is written: the plain fallback view.
func newSettingsView(a mech.Activity) mechView { return nil }
