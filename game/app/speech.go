package app

import (
	"fmt"
	"strconv"
	"strings"

	"sango/game/level"
	"sango/game/mech/chat"
	"sango/game/runner"
)

// What each screen says aloud, and the music under it. A pre-reader hears the screen's
// question, then each choice while it is ringed, so "the one Sango just read" is enough
// to pick it.

func (*titleScene) music() string { return "title" }

func (s *titleScene) speech(g *Game) (string, []line) {
	lines := []line{{key: "ui.tagline"}}
	if g.notice != "" && g.noticeKind != nil && g.noticeKind.Fresh {
		lines = append(lines, line{key: "ui.progress_fresh"})
	}
	lines = append(lines, line{key: "ui.play", target: "play"}, line{key: "ui.settings", target: "settings"})
	return "title", lines
}

func (*bandsScene) music() string { return "title" }

func (*bandsScene) speech(g *Game) (string, []line) {
	return "bands", append([]line{{key: "ui.choose_band"}}, g.sayButtons()...)
}

func (*mapScene) music() string        { return "map" }
func (s *mapScene) bandOf() level.Band { return s.band }

func (s *mapScene) speech(g *Game) (string, []line) {
	return "map:" + string(s.band), append([]line{{key: "ui.choose_place"}}, g.sayButtons()...)
}

func (*levelsScene) music() string        { return "map" }
func (s *levelsScene) bandOf() level.Band { return s.band }

func (s *levelsScene) speech(g *Game) (string, []line) {
	return "levels:" + string(s.band) + "/" + string(s.risk), append([]line{{key: "ui.choose_level"}}, g.sayButtons()...)
}

func (*languageScene) music() string { return "title" }

func (s *playScene) bandOf() level.Band { return s.lvl.Band }

// speech reads the level as it goes: each line of dialogue; a question and then each
// answer; the feedback on a pick; a mini-game's prompt and its pieces, then what Sango
// says after each move.
func (s *playScene) speech(g *Game) (string, []line) {
	v := s.run.View()
	state := fmt.Sprintf("play:%s/%s/%d/%d", s.lvl.ID, v.StepID, v.Phase, s.moves)
	var lines []line
	add := func(key, target string) {
		if key != "" {
			lines = append(lines, line{key: key, target: target})
		}
	}
	switch v.Phase {
	case runner.Choice:
		add(v.Text, "")
		for i, k := range v.Options {
			add(k, "option:"+strconv.Itoa(i))
		}
	case runner.Feedback:
		if v.Safe {
			add("ui.safe_feedback", "")
		} else {
			add("ui.retry_feedback", "")
		}
		add(v.Text, "")
	case runner.Activity:
		chatAct, isChat := v.Activity.(*chat.Activity)
		if s.moves == 0 {
			add(v.Text, "")
			if isChat {
				lines = append(lines, chatMessages(chatAct, 0)...)
			}
			lines = append(lines, g.sayButtons()...)
			break
		}
		// After a move: what Sango says about it, or, for a move he does not comment
		// on (a card picked up), the words of what was tapped.
		if v.Reaction.Text != "" {
			add(v.Reaction.Text, "")
		} else {
			add(s.tapped.Say, s.tapped.ID)
		}
		if isChat {
			// A chat goes on: the new messages, then the replies the child can send now.
			lines = append(lines, chatMessages(chatAct, s.historySeen)...)
			for _, l := range g.sayButtons() {
				if strings.HasPrefix(l.target, "reply:") {
					lines = append(lines, l)
				}
			}
		}
	default:
		add(v.Text, "")
	}
	return state, lines
}

func (s *resultScene) bandOf() level.Band { return s.lvl.Band }

func (s *resultScene) speech(g *Game) (string, []line) {
	lines := []line{{key: "ui.result_title"}, {key: "ui.you_learned"}, {key: s.lvl.KeyMessage}}
	if s.res.Choices > 0 {
		next := "ui.result_some_safe"
		if s.res.SafeFirstTry == s.res.Choices {
			next = "ui.result_all_safe"
		}
		lines = append(lines, line{key: next})
	}
	return "result:" + s.lvl.ID, append(lines, g.sayButtons()...)
}

// chatMessages is the messages a chat received from entry from on: the other side's
// words, which a pre-reader must hear to judge them. Redacted ones have no words.
func chatMessages(a *chat.Activity, from int) []line {
	var out []line
	h := a.History()
	for _, e := range h[min(from, len(h)):] {
		if e.Kind == chat.Message && !e.Redacted && e.Text != "" {
			out = append(out, line{key: e.Text})
		}
	}
	return out
}
