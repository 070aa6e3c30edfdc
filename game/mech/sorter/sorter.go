// Package sorter is the "sort" mechanic. PLACEHOLDER: being written; a level that uses it
// is reported as broken until then.
package sorter

import "sango/game/mech"

// Mechanic describes the sort mechanic to the level decoder.
func Mechanic() mech.Mechanic {
	return mech.Mechanic{Kind: "sort", Decode: func(t mech.Table, _ mech.Context) mech.Spec {
		t.Problemf("kind", "the sort mechanic is not built yet")
		return nil
	}}
}
