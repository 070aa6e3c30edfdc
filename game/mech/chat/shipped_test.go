package chat_test

import (
	"io/fs"
	"strings"
	"testing"

	"sango/game/level"
	"sango/game/mech"
	"sango/game/mech/chat"
	"sango/levels"
)

// shipped reads a level from the levels folder by id.
func shipped(t *testing.T, id string) *level.Level {
	t.Helper()
	band, rest, _ := strings.Cut(id, "-")
	file := band + "/" + rest + ".toml"
	data, err := fs.ReadFile(levels.FS(), file)
	if err != nil {
		t.Fatal(err)
	}
	l, ps := level.Parse(file, data)
	if len(ps) > 0 {
		t.Fatalf("%s: %v", file, ps)
	}
	return l
}

// TestShippedLevelsPlay plays every level with a chat step both ways: safe play makes no
// mistakes, unsafe play makes some and still finishes.
func TestShippedLevelsPlay(t *testing.T) {
	for _, id := range []string{"under9-contact-whats-your-school", "9to12-conduct-group-chat-upstander", "13to18-contact-new-follower"} {
		l := shipped(t, id)
		for _, s := range []mech.Strategy{mech.Safe, mech.Unsafe} {
			var total mech.Score
			for i, st := range l.Steps {
				if st.Kind != "chat" {
					continue
				}
				a := spec(t, l, i).Start().(*chat.Activity)
				run(t, a, s)
				total = total.Add(a.Score())
			}
			switch {
			case s == mech.Safe && (total.Misses+total.FalseAlarms != 0 || total.Hits == 0 || total.CorrectRejections == 0):
				t.Errorf("%s safe: %+v", id, total)
			case s == mech.Unsafe && total.Misses+total.FalseAlarms == 0:
				t.Errorf("%s unsafe made no mistake: %+v", id, total)
			}
		}
	}
}
