package app

import "math"

// cosTurn and sinTurn take an angle in turns (1 = full circle), which reads more plainly
// in the icon code than radians.
func cosTurn(t float64) float64 { return math.Cos(2 * math.Pi * t) }
func sinTurn(t float64) float64 { return math.Sin(2 * math.Pi * t) }
