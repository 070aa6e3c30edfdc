// Package registry lists the mechanics the game knows. A new mechanic is a new package
// under game/mech and one line here.
package registry

import (
	"sango/game/mech"
	"sango/game/mech/chat"
	"sango/game/mech/offer"
	"sango/game/mech/settings"
	"sango/game/mech/sorter"
	"sango/game/mech/spot"
)

// All returns every mechanic, in the order levels/README.md documents them.
func All() []mech.Mechanic {
	return []mech.Mechanic{
		sorter.Mechanic(),
		spot.Mechanic(),
		chat.Mechanic(),
		settings.Mechanic(),
		offer.Mechanic(),
	}
}
