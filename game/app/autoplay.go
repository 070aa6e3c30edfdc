package app

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"sango/game/level"
	"sango/game/runner"
	"sango/game/ui/input"
)

// Autoplay drives the game through its own interface with synthesized input at the
// widgets' real positions: a mouse click or a touch lands on the centre of the button,
// and keyboard play tabs to the button and presses Enter. Nothing is activated behind
// the interface's back, so a playthrough proves what a child could do.
type Autoplay struct {
	// Strategy plays levels when Script is empty or while a "play" line runs.
	Strategy runner.Strategy
	Script   []ScriptLine
	Device   input.Device
	MaxTicks int

	pos       int    // next script line
	playing   bool   // a strategy playthrough is under way
	reach     string // while playing, stop when this step of the level is showing
	keyPushes int    // Tab presses spent looking for the current target
	lastScene string
}

// ScriptLine is one action of an autoplay file.
type ScriptLine struct {
	Line int
	Verb string
	Arg  string
}

// ParseScript reads an autoplay file. Each line is one of:
//
//	click ID | tap ID | press ID   activate a button by mouse, touch or keyboard
//	drag ID ONTO | swipe ID ONTO    carry a button onto another by mouse or by finger
//	key ACTION                      next, prev, up, down, left, right, activate, back
//	wait TICKS                      let time pass
//	shot PATH                       write a screenshot
//	expect SCENE                    fail unless this scene is showing
//	play safe|unsafe                play the current level to its result
//	reach STEP                      play safe until the level's step STEP is showing
//	move safe|unsafe                make the move a strategy makes now in an activity
//
// Blank lines and lines starting with # are ignored.
func ParseScript(name string, r io.Reader) ([]ScriptLine, error) {
	var out []ScriptLine
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		verb, arg, _ := strings.Cut(text, " ")
		arg = strings.TrimSpace(arg)
		l := ScriptLine{Line: n, Verb: verb, Arg: arg}
		bad := func(msg string) error { return fmt.Errorf("%s:%d:1: %s", name, n, msg) }
		switch verb {
		case "click", "tap", "press", "shot", "expect", "reach":
			if arg == "" {
				return nil, bad(verb + " needs an argument")
			}
		case "drag", "swipe":
			if f := strings.Fields(arg); len(f) != 2 {
				return nil, bad(verb + " needs two button ids: what to carry and where to drop it")
			}
		case "key":
			if _, ok := input.ParseAction(arg); !ok {
				return nil, bad(fmt.Sprintf("unknown key action %q", arg))
			}
		case "wait":
			if t, err := strconv.Atoi(arg); err != nil || t < 0 || t > 100000 {
				return nil, bad("wait needs a number of ticks")
			}
		case "play", "move":
			if arg != "safe" && arg != "unsafe" {
				return nil, bad(verb + " needs safe or unsafe")
			}
		default:
			return nil, bad(fmt.Sprintf("unknown action %q", verb))
		}
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

// step queues the input for the next action. It runs only when the previous input has
// been played out.
func (a *Autoplay) step(g *Game) error {
	limit := a.MaxTicks
	if limit == 0 {
		limit = 60 * 60 * 5
	}
	if g.tick > limit {
		return fmt.Errorf("autoplay: gave up after %d ticks on the %s screen", g.tick, g.SceneName())
	}
	// Ebitengine may run several updates per drawn frame; a screenshot must show the
	// state it was asked for, so nothing moves until pending shots are written.
	if len(g.shots) > 0 {
		return nil
	}
	if scene := g.SceneName(); scene != a.lastScene {
		a.lastScene, a.keyPushes = scene, 0
	}
	if a.Script == nil || a.playing {
		return a.strategyStep(g)
	}
	if a.pos >= len(a.Script) {
		fmt.Fprintf(g.cfg.Out, "autoplay: script done on the %s screen\n", g.SceneName())
		g.Finish()
		return nil
	}
	l := a.Script[a.pos]
	where := fmt.Sprintf("autoplay line %d", l.Line)
	switch l.Verb {
	case "click", "tap", "press":
		dev := map[string]input.Device{"click": input.Mouse, "tap": input.Touch, "press": input.Keyboard}[l.Verb]
		done, err := a.activate(g, l.Arg, dev)
		if err != nil {
			return fmt.Errorf("%s: %w", where, err)
		}
		if !done {
			return nil // still tabbing towards it
		}
	case "drag", "swipe":
		ids := strings.Fields(l.Arg)
		from, to := g.buttons.Find(ids[0]), g.buttons.Find(ids[1])
		if from == nil || to == nil {
			return fmt.Errorf("%s: no buttons %q and %q on the %s screen", where, ids[0], ids[1], g.SceneName())
		}
		dev := input.Mouse
		if l.Verb == "swipe" {
			dev = input.Touch
		}
		x0, y0 := from.Rect.Center()
		x1, y1 := to.Rect.Center()
		g.script.Push(input.Drag(x0, y0, x1, y1, dev)...)
	case "key":
		act, _ := input.ParseAction(l.Arg)
		g.script.Push(input.Key(act)...)
	case "wait":
		t, _ := strconv.Atoi(l.Arg)
		g.script.Push(make([]input.Frame, t)...)
	case "shot":
		g.queueShot(l.Arg)
		g.script.Push(input.Frame{})
	case "expect":
		if g.SceneName() != l.Arg {
			return fmt.Errorf("%s: expected the %s screen, but the %s screen is showing", where, l.Arg, g.SceneName())
		}
	case "reach":
		a.Strategy, a.playing, a.reach = runner.PlaySafe, true, l.Arg
	case "move":
		s, ok := g.scene.(*playScene)
		if !ok || s.Runner().View().Phase != runner.Activity {
			return fmt.Errorf("%s: move needs an activity on screen, not the %s screen", where, g.SceneName())
		}
		strategy := runner.PlaySafe
		if l.Arg == "unsafe" {
			strategy = runner.PlayUnsafe
		}
		id := runner.NextMove(s.Runner(), strategy)
		if id == "" {
			return fmt.Errorf("%s: the activity is done; there is no move to make", where)
		}
		done, err := a.activate(g, id, a.Device)
		if err != nil {
			return fmt.Errorf("%s: %w", where, err)
		}
		if !done {
			return nil
		}
	case "play":
		a.Strategy = runner.PlaySafe
		if l.Arg == "unsafe" {
			a.Strategy = runner.PlayUnsafe
		}
		a.playing = true
	}
	a.pos++
	return nil
}

// activate presses the button with the given id using a device. It reports false while
// the keyboard is still moving focus towards the button.
func (a *Autoplay) activate(g *Game, id string, dev input.Device) (bool, error) {
	b := g.buttons.Find(id)
	if b == nil {
		var ids []string
		for _, b := range g.buttons.Buttons {
			ids = append(ids, b.ID)
		}
		return false, fmt.Errorf("no button %q on the %s screen (buttons: %s)", id, g.SceneName(), strings.Join(ids, ", "))
	}
	if b.Disabled {
		return false, fmt.Errorf("button %q on the %s screen is disabled", id, g.SceneName())
	}
	if dev != input.Keyboard {
		x, y := b.Rect.Center()
		g.script.Push(input.Tap(x, y, dev)...)
		return true, nil
	}
	if g.buttons.Focused() != id {
		a.keyPushes++
		if a.keyPushes > 2*len(g.buttons.Buttons)+2 {
			return false, fmt.Errorf("Tab never reached button %q on the %s screen", id, g.SceneName())
		}
		g.script.Push(input.Key(input.Next)...)
		return false, nil
	}
	a.keyPushes = 0
	g.script.Push(input.Key(input.Activate)...)
	return true, nil
}

// target is the level a strategy run plays: -level, else the first of -band (or 9to12).
func (a *Autoplay) target(g *Game) *level.Level {
	if l := g.cfg.Content.Find(g.cfg.LevelID); l != nil {
		return l
	}
	band := g.cfg.Band
	if !band.Valid() {
		band = level.Band9to12
	}
	if ls := g.cfg.Content.InBand(band); len(ls) > 0 {
		return ls[0]
	}
	return nil
}

func (a *Autoplay) strategyStep(g *Game) error {
	press := func(id string) error {
		_, err := a.activate(g, id, a.Device)
		return err
	}
	switch s := g.scene.(type) {
	case *titleScene:
		return press("play")
	case *bandsScene:
		l := a.target(g)
		if l == nil {
			return fmt.Errorf("autoplay: no playable level to aim for")
		}
		return press("band:" + string(l.Band))
	case *mapScene:
		l := a.target(g)
		if l == nil {
			return fmt.Errorf("autoplay: no playable level to aim for")
		}
		if l.Band != s.band {
			return press("back")
		}
		return press("place:" + string(l.Risk))
	case *levelsScene:
		l := a.target(g)
		if l == nil {
			return fmt.Errorf("autoplay: no playable level to aim for")
		}
		if l.Band != s.band || (s.risk != "" && l.Risk != s.risk) {
			return press("back")
		}
		return press("level:" + l.ID)
	case *playScene:
		r := s.Runner()
		if a.reach != "" && r.View().StepID == a.reach {
			a.playing, a.reach = false, ""
			return nil
		}
		switch {
		case r.View().Phase == runner.Choice:
			return press("option:" + strconv.Itoa(runner.PickOption(r, a.Strategy)))
		case r.View().Phase == runner.Activity && !r.View().Activity.Done():
			move := runner.NextMove(r, a.Strategy)
			if move == "" {
				return fmt.Errorf("autoplay: the activity offers no move")
			}
			return press(move)
		}
		return press("continue")
	case *resultScene:
		if a.reach != "" {
			return fmt.Errorf("autoplay: the level ended before step %q was showing", a.reach)
		}
		l, res := s.Result()
		strategy := map[runner.Strategy]string{runner.PlaySafe: "safe", runner.PlayUnsafe: "unsafe"}[a.Strategy]
		fmt.Fprintf(g.cfg.Out, "autoplay: level %s completed=%v safe_first_try=%d choices=%d picks=%d activities=%d hits=%d misses=%d false_alarms=%d correct_rejections=%d strategy=%s\n",
			l.ID, res.Completed, res.SafeFirstTry, res.Choices, len(res.Picks), res.Activities,
			res.Score.Hits, res.Score.Misses, res.Score.FalseAlarms, res.Score.CorrectRejections, strategy)
		fmt.Fprintf(g.cfg.Out, "autoplay: narration clips started=%d\n", g.clipsSaid)
		if a.playing {
			a.playing = false
			return nil
		}
		g.Finish()
		return nil
	case *brokenScene:
		return fmt.Errorf("autoplay: the level could not be opened: %v", s.broken.Problems)
	}
	return fmt.Errorf("autoplay: does not know the %s screen", g.SceneName())
}
