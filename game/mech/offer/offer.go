// Package offer is the "offer" mechanic. PLACEHOLDER: being written; a level that uses it
// is reported as broken until then.
package offer

import "sango/game/mech"

// Mechanic describes the offer mechanic to the level decoder.
func Mechanic() mech.Mechanic {
	return mech.Mechanic{Kind: "offer", Decode: func(t mech.Table, _ mech.Context) mech.Spec {
		t.Problemf("kind", "the offer mechanic is not built yet")
		return nil
	}}
}
