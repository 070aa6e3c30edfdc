package progress

import (
	"sango/game/mech"
	"sango/game/progress/jsonlite"
)

// The save format is what encoding/json makes of the types in progress.go with their
// struct tags; the tags stay as its specification. It is described here field by field
// because reading and writing it with encoding/json's reflection cost the web download
// about 23 KB (brotli), and this about 10. TestEncodingJSONCompatibility holds these tables to the tags: a
// field added there must be added here, in the same order and with the same omitting
// rule. Each table serves both reading and writing.

func writeProgress(p Progress) []byte {
	var w jsonlite.Writer
	w.Fields(progressFields(&p))
	return w.Bytes()
}

// readProgress reads a save into p as json.Unmarshal(data, p) would: unknown keys are
// passed over, keys match their field whatever their case, null leaves a field as it was
// (or empties a map or pointer), and a repeated key is read again over what the first
// one left, so nested objects merge and the last plain value wins.
func readProgress(data []byte, p *Progress) error {
	d := jsonlite.NewDecoder(data)
	if err := d.Fields(progressFields(p)); err != nil {
		return err
	}
	return d.End()
}

func progressFields(p *Progress) []jsonlite.Field {
	return []jsonlite.Field{
		{Name: "version", Int: &p.Version},
		{Name: "levels", Custom: jsonlite.Map[LevelRecord]{M: &p.Levels, Elem: levelValue}},
		{Name: "badges", Custom: jsonlite.Map[bool]{M: &p.Badges, Elem: badgeValue}, Omit: len(p.Badges) == 0},
		{Name: "settings", Object: settingsFields(&p.Settings), Omit: p.Settings == Settings{}},
	}
}

func levelValue(r *LevelRecord) jsonlite.Field {
	return jsonlite.Field{Object: []jsonlite.Field{
		{Name: "completed", Bool: &r.Completed},
		{Name: "plays", Int: &r.Plays},
		{Name: "best_safe", Int: &r.BestSafe},
		{Name: "choices", Int: &r.Choices},
		{Name: "last_safe", Int: &r.LastSafe},
		{Name: "first_safe", Int: &r.FirstSafe},
		{Name: "first_choices", Int: &r.FirstChoices},
		{Name: "first_score", Object: scoreFields(&r.FirstScore)},
		{Name: "last_score", Object: scoreFields(&r.LastScore)},
	}}
}

func scoreFields(s *mech.Score) []jsonlite.Field {
	return []jsonlite.Field{
		{Name: "hits", Int: &s.Hits},
		{Name: "misses", Int: &s.Misses},
		{Name: "false_alarms", Int: &s.FalseAlarms},
		{Name: "correct_rejections", Int: &s.CorrectRejections},
	}
}

func badgeValue(earned *bool) jsonlite.Field { return jsonlite.Field{Bool: earned} }

func settingsFields(s *Settings) []jsonlite.Field {
	return []jsonlite.Field{
		{Name: "lang", String: &s.Lang, Omit: s.Lang == ""},
		{Name: "band", String: &s.Band, Omit: s.Band == ""},
		{Name: "sound", Custom: jsonlite.Pointer[Sound]{P: &s.Sound, Fields: soundFields}, Omit: s.Sound == nil},
	}
}

func soundFields(s *Sound) []jsonlite.Field {
	return []jsonlite.Field{
		{Name: "music", Int: &s.Music},
		{Name: "effects", Int: &s.Effects},
		{Name: "voice", Int: &s.Voice},
		{Name: "muted", Bool: &s.Muted, Omit: !s.Muted},
	}
}
