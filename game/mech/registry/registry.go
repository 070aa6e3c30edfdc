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

// Specs returns an empty spec of every mechanic, in the order of All. They name the
// types a decoded level's steps may hold (see game/modelbin) without bringing in the
// decoders, which the web build leaves out.
func Specs() []mech.Spec {
	return []mech.Spec{&sorter.Spec{}, &spot.Spec{}, &chat.Spec{}, &settings.Spec{}, &offer.Spec{}}
}

// Next is the move strategy s makes now in a, an activity of one of the mechanics (see
// mech.Strategy). An activity of no mechanic listed here, such as a test's, may answer
// with a Next method of its own; otherwise it gets "".
func Next(a mech.Activity, s mech.Strategy) string {
	switch a := a.(type) {
	case *sorter.Activity:
		return sorter.Next(a, s)
	case *spot.Activity:
		return spot.Next(a, s)
	case *chat.Activity:
		return chat.Next(a, s)
	case *settings.Activity:
		return settings.Next(a, s)
	case *offer.Activity:
		return offer.Next(a, s)
	case interface{ Next(mech.Strategy) string }:
		return a.Next(s)
	}
	return ""
}
