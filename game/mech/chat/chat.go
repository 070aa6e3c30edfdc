// Package chat is the "chat" mechanic. PLACEHOLDER: being written; a level that uses it
// is reported as broken until then.
package chat

import "sango/game/mech"

// Mechanic describes the chat mechanic to the level decoder.
func Mechanic() mech.Mechanic {
	return mech.Mechanic{Kind: "chat", Decode: func(t mech.Table, _ mech.Context) mech.Spec {
		t.Problemf("kind", "the chat mechanic is not built yet")
		return nil
	}}
}
