// Package assets holds the game's media. The desktop build embeds them all: the interface
// sound effects (effects.go), the music loops (music.go) and the narration (voice.go).
// The web build embeds none: it fetches each file when first needed (the effects at the
// first tap, a language's narration when Sango first speaks it), so the download before
// the first frame stays small, and its service worker keeps them for offline play.
package assets
