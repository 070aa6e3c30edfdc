// Package settings is the "settings" mechanic. PLACEHOLDER: being written; a level that uses it
// is reported as broken until then.
package settings

import "sango/game/mech"

// Mechanic describes the settings mechanic to the level decoder.
func Mechanic() mech.Mechanic {
	return mech.Mechanic{Kind: "settings", Decode: func(t mech.Table, _ mech.Context) mech.Spec {
		t.Problemf("kind", "the settings mechanic is not built yet")
		return nil
	}}
}
