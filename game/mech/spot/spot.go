// Package spot is the "spot" mechanic. PLACEHOLDER: being written; a level that uses it
// is reported as broken until then.
package spot

import "sango/game/mech"

// Mechanic describes the spot mechanic to the level decoder.
func Mechanic() mech.Mechanic {
	return mech.Mechanic{Kind: "spot", Decode: func(t mech.Table, _ mech.Context) mech.Spec {
		t.Problemf("kind", "the spot mechanic is not built yet")
		return nil
	}}
}
