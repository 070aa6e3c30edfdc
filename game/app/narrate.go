package app

import (
	"fmt"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/level"
	"sango/game/progress"
	"sango/game/ui/geom"
	"sango/game/ui/icon"
	"sango/game/ui/shape"
	"sango/game/ui/sound"
	"sango/game/ui/theme"
	"sango/game/ui/widget"
)

// Audio is what the game asks of its sound. *sound.Player is the real one; tests pass a
// recorder.
type Audio interface {
	Enabled() bool
	Play(sound.Effect)
	SetVolumes(sound.Volumes)
	PlayMusic(name string, mp3 []byte)
	Music() string
	StopMusic()
	Say(mp3 []byte)
	Saying() bool
	Hush()
	Settle()
}

// ClipStatus says whether a sound file is at hand.
type ClipStatus int

const (
	ClipReady   ClipStatus = iota
	ClipPending            // on its way (the web fetches narration and music after start)
	ClipMissing            // not shipped, or could not be had
)

// Media gives the game its large sounds by path in the assets tree
// ("voice/fr/ui.play.mp3", "music/title.mp3"). The desktop reads them from the program;
// the web fetches them the first time they are asked for, and answers ClipPending until
// they arrive.
type Media interface {
	Clip(path string) ([]byte, ClipStatus)
}

// noMedia is the Media of a game started without any: every clip is missing.
type noMedia struct{}

func (noMedia) Clip(string) ([]byte, ClipStatus) { return nil, ClipMissing }

// voicePath is where the spoken words for a text key live, in the layout game/narration
// and cmd/narrate use.
func voicePath(lang, key string) string { return "voice/" + lang + "/" + key + ".mp3" }

// line is one thing Sango says: a locale key, and the button the words belong to, which is
// ringed while they are spoken. Every line is words the screen shows: its own caption.
type line struct {
	key    string
	target string
}

// speaker is a scene with something to say. state names what the scene shows now: a new
// state is spoken once from the start, the same state is not repeated on every layout.
type speaker interface {
	speech(g *Game) (state string, lines []line)
}

// musical is a scene with music under it.
type musical interface {
	music() string
}

// Timing of the narration. A pause between lines lets a child take in one before the
// next; a clip still on its way is waited for a little, then its words are shown alone.
const (
	linePause    = 350 * time.Millisecond
	clipWait     = 4 * time.Second
	shortestLine = 120 * time.Millisecond
)

// narrator says a scene's lines one after another.
type narrator struct {
	state   string
	lines   []line
	at      int       // the line being said; len(lines) when all are said
	started bool      // lines[at] is playing
	since   time.Time // when lines[at] was asked for, or started playing
	next    time.Time // the next line starts no sooner
	// gaveUp is set once a clip of this screen did not arrive in time: the others are
	// then not waited for either, so a slow network keeps the frames running only once.
	gaveUp bool
}

// active reports whether lines remain to be said.
func (n *narrator) active() bool { return n.at < len(n.lines) }

// current is the line being said, if any.
func (n *narrator) current() (line, bool) {
	if n.active() && n.started {
		return n.lines[n.at], true
	}
	return line{}, false
}

// volumes turns the child's saved steps into the player's volumes.
func volumes(s progress.Sound) sound.Volumes {
	step := func(n int) float64 { return float64(n) / progress.SoundSteps }
	return sound.Volumes{Music: step(s.Music), Effects: step(s.Effects), Voice: step(s.Voice), Muted: s.Muted}
}

// narrationOn reports whether Sango reads aloud now: sound is on, the voice is up, and
// the child is in the youngest band or has not picked one yet. Older bands read for
// themselves; their narration is optional, and not shipped.
func (g *Game) narrationOn() bool {
	s := g.progress.Settings.SoundOrDefault()
	return g.cfg.Sound.Enabled() && !s.Muted && s.Voice > 0 && (g.band == "" || g.band == level.BandUnder9)
}

// speechNow is what the screen has to say now.
func (g *Game) speechNow() (string, []line) {
	if g.help {
		return "help", helpSpeech()
	}
	if sp, ok := g.scene.(speaker); ok {
		return sp.speech(g)
	}
	return "", nil
}

// spoken is what a screen says, taken when the screen is laid out: it changes only with
// the screen, so ticks between layouts need not build it again.
type spoken struct {
	state string
	lines []line
}

// updateSound runs on every tick: music for the scene, and the narration's next line.
func (g *Game) updateSound(now time.Time) {
	g.cfg.Sound.Settle()
	g.updateMusic()
	n := &g.talk
	if !g.narrationOn() {
		if n.active() || n.state != "" {
			g.cfg.Sound.Hush()
			*n = narrator{}
			g.dirty = true
		}
		return
	}
	state, lines := g.speech.state, g.speech.lines
	if state != n.state {
		g.cfg.Sound.Hush()
		*n = narrator{state: state, lines: lines, next: now}
		g.dirty = true
	}
	if !n.active() {
		return
	}
	if !n.started {
		if now.Before(n.next) {
			return
		}
		if n.since.IsZero() {
			n.since = now
		}
		clip, status := g.cfg.Media.Clip(voicePath(g.cat.Lang, n.lines[n.at].key))
		switch {
		case status == ClipReady:
			g.cfg.Sound.Say(clip)
			g.clipsSaid++
			n.started, n.since = true, now
			g.dirty = true
		case status == ClipPending && !n.gaveUp && now.Sub(n.since) < clipWait:
			// Asked again on the next tick.
		default:
			// Missing, or too slow to arrive (its words are on screen): go on without it.
			if status == ClipMissing {
				g.reportMissingVoice(n.lines[n.at].key)
			} else {
				n.gaveUp = true
			}
			n.at++
			n.since, n.next = time.Time{}, now
		}
		return
	}
	if g.cfg.Sound.Saying() || now.Sub(n.since) < shortestLine {
		return
	}
	n.at++
	n.started, n.since, n.next = false, time.Time{}, now.Add(linePause)
	g.dirty = true
}

// reportMissingVoice logs, once per key, a narrated line with no recording: levelcheck
// should have caught it.
func (g *Game) reportMissingVoice(key string) {
	id := "voice:" + g.cat.Lang + ":" + key
	if g.missing == nil {
		g.missing = map[string]bool{}
	}
	if !g.missing[id] {
		g.missing[id] = true
		fmt.Fprintf(g.cfg.Out, "sango: no narration for %q in %s\n", key, g.cat.Lang)
	}
}

// hearAgain says the screen's lines again from the first.
func (g *Game) hearAgain() {
	g.cfg.Sound.Hush()
	n := &g.talk
	n.at, n.started, n.since, n.next = 0, false, time.Time{}, time.Time{}
	g.dirty = true
}

// updateMusic plays the scene's music, fetched on first need.
func (g *Game) updateMusic() {
	want := ""
	if m, ok := g.scene.(musical); ok && !g.progress.Settings.SoundOrDefault().Muted {
		want = m.music()
	}
	if want == g.cfg.Sound.Music() {
		return
	}
	if want == "" {
		g.cfg.Sound.StopMusic()
		return
	}
	if !g.cfg.Sound.Enabled() {
		return
	}
	// Music on its way is asked for again on a later tick; it does not keep the frames
	// running, which on a phone's software renderer would slow everything else.
	clip, status := g.cfg.Media.Clip("music/" + want + ".mp3")
	switch status {
	case ClipReady:
		g.cfg.Sound.PlayMusic(want, clip)
		// The other loop is asked for now too, so a browser has it before it goes
		// offline, not only the one it happened to play.
		for _, other := range musicNames() {
			if other != want {
				g.cfg.Media.Clip("music/" + other + ".mp3")
			}
		}
	case ClipPending:
	default:
		// No music shipped, or it could not be had: the game is quiet and plays on.
		g.cfg.Sound.StopMusic()
	}
}

// musicNames lists the music loops the scenes play.
func musicNames() []string { return []string{"title", "map"} }

// soundBusy reports whether the frames must keep running for sound: a line being said
// or waited for.
func (g *Game) soundBusy() bool { return g.talk.active() }

// sayButtons is a line for each button that has words to say, in reading order.
func (g *Game) sayButtons() []line {
	var out []line
	for _, b := range g.buttons.Buttons {
		if b.Say != "" && !isBarButton(b.ID) {
			out = append(out, line{key: b.Say, target: b.ID})
		}
	}
	return out
}

// hearButton is the top bar's "hear it again" button: a loudspeaker, inside the Get help
// button, on every screen with something to say.
func (g *Game) hearButton(help geom.Rect) *widget.Button {
	m := g.m
	side := m.Button
	r := geom.Rect{X: help.X - m.Pad*0.5 - side, Y: help.Y, W: side, H: help.H}
	if g.rtl {
		r.X = help.Right() + m.Pad*0.5
	}
	return &widget.Button{ID: "hear", Label: g.T("ui.hear_again"), Rect: r,
		Paint: func(dst *ebiten.Image, r geom.Rect, hovered, pressed bool) {
			fill := theme.Panel
			if hovered || pressed {
				fill = theme.SkyLow
			}
			shape.RoundRect(dst, r, m.Radius*0.6, fill)
			shape.RoundRectLine(dst, r, m.Radius*0.6, 2*m.Unit, theme.PanelEdge)
			icon.Draw(dst, "speaker", r.Inset(r.H*0.18))
		}}
}

// drawSpeech rings the button whose words are being said.
func (g *Game) drawSpeech(dst *ebiten.Image) {
	l, ok := g.talk.current()
	if !ok {
		return
	}
	m := g.m
	if l.target != "" {
		if b := g.buttons.Find(l.target); b != nil {
			ring := geom.Rect{X: b.Rect.X - 4*m.Unit, Y: b.Rect.Y - 4*m.Unit, W: b.Rect.W + 8*m.Unit, H: b.Rect.H + 8*m.Unit}
			shape.RoundRectLine(dst, ring, m.Radius*0.7, 5*m.Unit, theme.Speaking)
		}
	}
}

// helpSpeech is the Get help panel, read out: it matters most to a child who cannot read.
func helpSpeech() []line {
	return []line{{key: "ui.help_title"}, {key: "ui.help_tell"}, {key: "ui.help_not_trouble"}, {key: "ui.help_line"}, {key: "ui.close", target: "help-close"}}
}
