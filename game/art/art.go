// Package art names the pictures the game can show, so that level files can ask for one
// by name and the level checker can catch a misspelt name without drawing anything. The
// drawings themselves are in game/ui/icon.
package art

import "slices"

// Icons lists every picture name a level may use. Pictures are simple symbols, never
// photos and never anything frightening, as the content rules ask.
func Icons() []string {
	return []string{
		"house", "school", "location", "lock", "key", "password", "camera", "photo",
		"cloud", "cartoon", "gem", "coin", "chest", "gift", "star", "heart", "smile",
		"sad", "phone", "person", "grown-up", "friends", "shield", "envelope", "chat",
		"bell", "globe", "cake", "pet", "ball", "book", "clock", "cart", "card",
		"question", "check", "cross", "eye", "eye-off", "megaphone", "flag", "thumbs-up",
		"trophy", "music", "game", "news", "link", "block", "report", "settings",
		"speaker", "speaker-off",
	}
}

// Valid reports whether name is a picture the game can draw.
func Valid(name string) bool { return slices.Contains(Icons(), name) }
