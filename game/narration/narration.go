// Package narration decides which text is spoken aloud and where its audio lives.
//
// Children under nine often cannot read yet, so every line they meet in the under9 band,
// and the interface they need to move around, is narrated in every shipped language. The
// audio is one MP3 per language and key, voice/<lang>/<key>.mp3 inside the assets tree,
// made by cmd/narrate (espeak-ng) or replaced by a person's recording at the same path.
// The web build fetches one pack per language instead (EncodePack, DecodePack).
package narration

import (
	"regexp"
	"slices"
	"strings"

	"sango/game/level"
	"sango/game/locale"
)

// SayPrefix starts the keys of lines that are only ever spoken, never shown (ui.say_...):
// every such key in the English catalog is narrated, so adding one needs no code change.
const SayPrefix = "ui.say_"

// UIKeys lists the interface strings a child who cannot read needs to hear. Keys adds
// to them every SayPrefix key of the English catalog.
func UIKeys() []string {
	return []string{
		"ui.play", "ui.back", "ui.get_help", "ui.continue", "ui.close", "ui.done",
		"ui.tagline", "ui.choose_band", "ui.band_under9", "ui.band_9to12", "ui.band_13to18",
		"ui.choose_place", "ui.risk_content", "ui.risk_contact", "ui.risk_conduct",
		"ui.risk_contract", "ui.choose_level", "ui.no_levels", "ui.place_empty",
		"ui.place_locked", "ui.level_locked", "ui.safe_feedback", "ui.retry_feedback",
		"ui.result_title", "ui.result_all_safe", "ui.result_some_safe", "ui.play_again",
		"ui.more_levels", "ui.you_learned", "ui.result_good", "ui.result_next",
		"ui.help_title", "ui.help_tell", "ui.help_not_trouble", "ui.help_line",
		"ui.tap_to_start", "ui.choose_language", "ui.language", "ui.settings", "ui.music",
		"ui.effects", "ui.voice", "ui.mute", "ui.unmute", "ui.louder", "ui.quieter",
		"ui.hear_again", "ui.progress_fresh", "who.sango",
	}
}

// Band is the age band whose levels are narrated.
const Band = level.BandUnder9

// Keys lists, sorted and each once, the keys narrated in every language: UIKeys, the
// SayPrefix keys of en, and every text key of the under9 levels. A key that cannot be one
// recording (its English has a {placeholder} or is a plural) or that en lacks is left
// out; Skipped says which and why.
func Keys(levels []*level.Level, en *locale.Catalog) []string {
	var keys []string
	for _, c := range candidates(levels, en) {
		if c.reason == "" {
			keys = append(keys, c.key)
		}
	}
	return keys
}

// Skip is a key that would be narrated but cannot be.
type Skip struct {
	Key    string
	Reason string       // why, as a phrase: "its English has the placeholder {name}"
	Level  *level.Level // the first under9 level using it; nil for an interface key
}

// Skipped lists the keys Keys leaves out, sorted, with the reason for each.
func Skipped(levels []*level.Level, en *locale.Catalog) []Skip {
	var out []Skip
	for _, c := range candidates(levels, en) {
		if c.reason != "" {
			out = append(out, Skip{Key: c.key, Reason: c.reason, Level: c.level})
		}
	}
	return out
}

type candidate struct {
	key    string
	level  *level.Level
	reason string
}

func candidates(levels []*level.Level, en *locale.Catalog) []candidate {
	seen := map[string]int{}
	var out []candidate
	add := func(key string, l *level.Level) {
		if key == "" {
			return
		}
		if _, ok := seen[key]; ok {
			return
		}
		seen[key] = len(out)
		out = append(out, candidate{key: key, level: l, reason: unspeakable(key, en)})
	}
	for _, k := range UIKeys() {
		add(k, nil)
	}
	if en != nil {
		for _, k := range locale.Keys(en) {
			if strings.HasPrefix(k, SayPrefix) {
				add(k, nil)
			}
		}
	}
	for _, l := range levels {
		if l.Band != Band {
			continue
		}
		for _, k := range l.TextKeys() {
			add(k, l)
		}
	}
	slices.SortFunc(out, func(a, b candidate) int { return strings.Compare(a.key, b.key) })
	return out
}

var placeholderRE = regexp.MustCompile(`\{[a-z_]+\}`)

// unspeakable says why key cannot be a single recording, or "" when it can.
func unspeakable(key string, en *locale.Catalog) string {
	if en == nil || !en.Has(key) {
		return "it is missing from the English catalog"
	}
	if _, ok := locale.PluralOf(en, key); ok {
		return "it is a plural, whose wording depends on a number"
	}
	if p := placeholderRE.FindString(en.Text(key)); p != "" {
		return "its English has the placeholder " + p + ", filled in only while playing"
	}
	return ""
}

// File is where the narration of key in lang lives, a slash-separated path inside the
// assets tree (assets.Voice on the desktop).
func File(lang, key string) string {
	return "voice/" + lang + "/" + key + ".mp3"
}
