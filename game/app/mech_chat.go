package app

import "sango/game/mech"

// PLACEHOLDER until the chat view is written: the plain fallback view.
func newChatView(a mech.Activity) mechView { return nil }
