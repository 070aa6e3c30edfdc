package progress

import (
	"fmt"
	"slices"

	"sango/game/mech"
	"sango/game/progress/jsonlite"
)

// The save format is what encoding/json makes of the types in progress.go with their
// struct tags; the tags stay as its specification. It is written out here field by field
// because encoding/json's reflection costs the web download more than the rest of the
// format put together. TestEncodingJSONCompatibility holds this file to the tags: a field
// added there must be added here, in the same order and with the same omitting rule.

func writeProgress(w *jsonlite.Writer, p Progress) {
	w.BeginObject()
	w.Key("version")
	w.Int(p.Version)
	w.Key("levels")
	if p.Levels == nil {
		w.Null()
	} else {
		w.BeginObject()
		for _, id := range sortedKeys(p.Levels) {
			w.Key(id)
			writeLevel(w, p.Levels[id])
		}
		w.EndObject()
	}
	if len(p.Badges) > 0 { // omitempty
		w.Key("badges")
		w.BeginObject()
		for _, key := range sortedKeys(p.Badges) {
			w.Key(key)
			w.Bool(p.Badges[key])
		}
		w.EndObject()
	}
	if p.Settings != (Settings{}) { // omitzero
		w.Key("settings")
		writeSettings(w, p.Settings)
	}
	w.EndObject()
}

// sortedKeys orders a map's keys byte by byte, as encoding/json orders them.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func writeLevel(w *jsonlite.Writer, r LevelRecord) {
	w.BeginObject()
	w.Key("completed")
	w.Bool(r.Completed)
	for _, f := range []struct {
		name string
		n    int
	}{
		{"plays", r.Plays}, {"best_safe", r.BestSafe}, {"choices", r.Choices}, {"last_safe", r.LastSafe},
		{"first_safe", r.FirstSafe}, {"first_choices", r.FirstChoices},
	} {
		w.Key(f.name)
		w.Int(f.n)
	}
	w.Key("first_score")
	writeScore(w, r.FirstScore)
	w.Key("last_score")
	writeScore(w, r.LastScore)
	w.EndObject()
}

func writeScore(w *jsonlite.Writer, s mech.Score) {
	w.BeginObject()
	w.Key("hits")
	w.Int(s.Hits)
	w.Key("misses")
	w.Int(s.Misses)
	w.Key("false_alarms")
	w.Int(s.FalseAlarms)
	w.Key("correct_rejections")
	w.Int(s.CorrectRejections)
	w.EndObject()
}

func writeSettings(w *jsonlite.Writer, s Settings) {
	w.BeginObject()
	if s.Lang != "" {
		w.Key("lang")
		w.String(s.Lang)
	}
	if s.Band != "" {
		w.Key("band")
		w.String(s.Band)
	}
	if s.Sound != nil {
		w.Key("sound")
		w.BeginObject()
		w.Key("music")
		w.Int(s.Sound.Music)
		w.Key("effects")
		w.Int(s.Sound.Effects)
		w.Key("voice")
		w.Int(s.Sound.Voice)
		if s.Sound.Muted {
			w.Key("muted")
			w.Bool(true)
		}
		w.EndObject()
	}
	w.EndObject()
}

// readProgress reads a save into p as json.Unmarshal(data, p) would: unknown keys are
// passed over, keys match their field whatever their case, null leaves a field as it was
// (or empties a map or pointer), and a repeated key is read again over what the first
// one left, so nested objects merge and the last plain value wins.
func readProgress(data []byte, p *Progress) error {
	d := jsonlite.NewDecoder(data)
	err := d.Object(func(key string) error {
		switch {
		case jsonlite.SameName(key, "version"):
			return d.Int(&p.Version)
		case jsonlite.SameName(key, "levels"):
			return readLevels(d, &p.Levels)
		case jsonlite.SameName(key, "badges"):
			return readBadges(d, &p.Badges)
		case jsonlite.SameName(key, "settings"):
			return readSettings(d, &p.Settings)
		}
		return d.Skip()
	})
	if err != nil {
		return err
	}
	return d.End()
}

func readLevels(d *jsonlite.Decoder, levels *map[string]LevelRecord) error {
	if isNull, err := d.Null(); isNull || err != nil {
		*levels = nil
		return err
	}
	if *levels == nil {
		*levels = map[string]LevelRecord{}
	}
	return d.Object(func(id string) error {
		var r LevelRecord // each value of a map starts afresh, as in encoding/json
		if err := readLevel(d, &r); err != nil {
			return fmt.Errorf("level %q: %w", id, err)
		}
		(*levels)[id] = r
		return nil
	})
}

func readLevel(d *jsonlite.Decoder, r *LevelRecord) error {
	ints := []struct {
		name string
		n    *int
	}{
		{"plays", &r.Plays}, {"best_safe", &r.BestSafe}, {"choices", &r.Choices}, {"last_safe", &r.LastSafe},
		{"first_safe", &r.FirstSafe}, {"first_choices", &r.FirstChoices},
	}
	return d.Object(func(key string) error {
		switch {
		case jsonlite.SameName(key, "completed"):
			return d.Bool(&r.Completed)
		case jsonlite.SameName(key, "first_score"):
			return readScore(d, &r.FirstScore)
		case jsonlite.SameName(key, "last_score"):
			return readScore(d, &r.LastScore)
		}
		for _, f := range ints {
			if jsonlite.SameName(key, f.name) {
				return d.Int(f.n)
			}
		}
		return d.Skip()
	})
}

func readScore(d *jsonlite.Decoder, s *mech.Score) error {
	return d.Object(func(key string) error {
		switch {
		case jsonlite.SameName(key, "hits"):
			return d.Int(&s.Hits)
		case jsonlite.SameName(key, "misses"):
			return d.Int(&s.Misses)
		case jsonlite.SameName(key, "false_alarms"):
			return d.Int(&s.FalseAlarms)
		case jsonlite.SameName(key, "correct_rejections"):
			return d.Int(&s.CorrectRejections)
		}
		return d.Skip()
	})
}

func readBadges(d *jsonlite.Decoder, badges *map[string]bool) error {
	if isNull, err := d.Null(); isNull || err != nil {
		*badges = nil
		return err
	}
	if *badges == nil {
		*badges = map[string]bool{}
	}
	return d.Object(func(key string) error {
		var earned bool
		if err := d.Bool(&earned); err != nil {
			return err
		}
		(*badges)[key] = earned
		return nil
	})
}

func readSettings(d *jsonlite.Decoder, s *Settings) error {
	return d.Object(func(key string) error {
		switch {
		case jsonlite.SameName(key, "lang"):
			return d.String(&s.Lang)
		case jsonlite.SameName(key, "band"):
			return d.String(&s.Band)
		case jsonlite.SameName(key, "sound"):
			return readSound(d, &s.Sound)
		}
		return d.Skip()
	})
}

func readSound(d *jsonlite.Decoder, sound **Sound) error {
	if isNull, err := d.Null(); isNull || err != nil {
		*sound = nil
		return err
	}
	if *sound == nil {
		*sound = new(Sound)
	}
	s := *sound
	return d.Object(func(key string) error {
		switch {
		case jsonlite.SameName(key, "music"):
			return d.Int(&s.Music)
		case jsonlite.SameName(key, "effects"):
			return d.Int(&s.Effects)
		case jsonlite.SameName(key, "voice"):
			return d.Int(&s.Voice)
		case jsonlite.SameName(key, "muted"):
			return d.Bool(&s.Muted)
		}
		return d.Skip()
	})
}
