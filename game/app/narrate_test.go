package app

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"sango/game/content"
	"sango/game/level"
	"sango/game/narration"
	"sango/game/progress"
	"sango/game/runner"
	"sango/game/storage"
	"sango/game/ui/sound"
	"sango/levels"
	"sango/locales"
)

// fakeAudio records what the game asks of its sound. A clip "plays" until the test
// ends it.
type fakeAudio struct {
	said    []string // the clips said, as the paths fakeMedia gave
	saying  bool
	music   string
	volumes sound.Volumes
	effects []sound.Effect
}

func (a *fakeAudio) Enabled() bool              { return true }
func (a *fakeAudio) Play(e sound.Effect)        { a.effects = append(a.effects, e) }
func (a *fakeAudio) SetVolumes(v sound.Volumes) { a.volumes = v }
func (a *fakeAudio) PlayMusic(name string, _ []byte) {
	a.music = name
}
func (a *fakeAudio) Music() string { return a.music }
func (a *fakeAudio) StopMusic()    { a.music = "" }
func (a *fakeAudio) Say(mp3 []byte) {
	a.said = append(a.said, string(mp3))
	a.saying = true
}
func (a *fakeAudio) Saying() bool { return a.saying }
func (a *fakeAudio) Hush()        { a.saying = false }
func (a *fakeAudio) Settle()      {}

// fakeMedia has every file; a clip's bytes are its path. Paths in pending are on their
// way; paths in missing do not exist.
type fakeMedia struct {
	pending, missing map[string]bool
	asked            []string
}

func (m *fakeMedia) Clip(path string) ([]byte, ClipStatus) {
	m.asked = append(m.asked, path)
	switch {
	case m.pending[path]:
		return nil, ClipPending
	case m.missing[path]:
		return nil, ClipMissing
	}
	return []byte(path), ClipReady
}

type soundRig struct {
	g     *Game
	audio *fakeAudio
	media *fakeMedia
	now   time.Time
	out   *strings.Builder
}

func newSoundRig(t *testing.T, cfg Config) *soundRig {
	t.Helper()
	r := &soundRig{audio: &fakeAudio{}, media: &fakeMedia{pending: map[string]bool{}, missing: map[string]bool{}},
		now: time.Unix(1000, 0), out: &strings.Builder{}}
	if cfg.Content == nil {
		cfg.Content = content.Load(levels.FS(), "levels", locales.FS(), "locales")
	}
	cfg.Sound, cfg.Media, cfg.Out = r.audio, r.media, r.out
	g, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	g.LayoutF(1280, 720)
	g.layoutNow()
	r.g = g
	return r
}

// listen lets the narration run to its end, each clip lasting a second, and returns the
// keys said, with the button ringed while each was said.
func (r *soundRig) listen(t *testing.T) (keys, targets []string) {
	t.Helper()
	for range 400 {
		if r.g.relayout {
			r.g.layoutNow()
		}
		r.g.updateSound(r.now)
		if l, ok := r.g.talk.current(); ok && r.audio.saying {
			if len(keys) == 0 || keys[len(keys)-1] != l.key || len(r.audio.said) > len(keys) {
				keys = append(keys, l.key)
				targets = append(targets, l.target)
				if want := voicePath(r.g.cat.Lang, l.key); r.audio.said[len(r.audio.said)-1] != want {
					t.Fatalf("ringing %q while saying %q", l.key, r.audio.said[len(r.audio.said)-1])
				}
			}
			r.now = r.now.Add(time.Second)
			r.audio.saying = false // the clip ends
			continue
		}
		if !r.g.talk.active() {
			return keys, targets
		}
		r.now = r.now.Add(100 * time.Millisecond)
	}
	t.Fatal("the narration never finished")
	return nil, nil
}

func (r *soundRig) press(t *testing.T, id string) {
	t.Helper()
	if r.g.buttons.Find(id) == nil {
		t.Fatalf("no button %q on the %s screen", id, r.g.SceneName())
	}
	r.g.activate(id)
	if r.g.relayout {
		r.g.layoutNow()
	}
}

// A pre-reader hears every line of an under9 level, every question and then each answer
// while its button is ringed, the feedback, each mini-game's prompt and pieces and what
// Sango says after each move, and the key message at the end.
func TestUnder9LevelsAreReadAloudLineByLine(t *testing.T) {
	set := content.Load(levels.FS(), "levels", locales.FS(), "locales")
	en := set.Catalogs[content.BaseLang]
	narrated := narration.Keys(set.Levels, en)
	for _, l := range set.InBand(level.BandUnder9) {
		t.Run(l.ID, func(t *testing.T) {
			r := newSoundRig(t, Config{Content: set, Lang: "en", LevelID: l.ID})
			s := r.g.scene.(*playScene)
			heard := map[string]bool{}
			for step := 0; r.g.SceneName() == "play"; step++ {
				if step > 200 {
					t.Fatal("the level never ended")
				}
				keys, targets := r.listen(t)
				for _, k := range keys {
					heard[k] = true
					if !en.Has(k) {
						t.Errorf("said %q, which has no English text", k)
					}
					if !slices.Contains(narrated, k) {
						t.Errorf("said %q, which game/narration does not list, so it has no recording", k)
					}
				}
				v := s.run.View()
				switch v.Phase {
				case runner.Choice:
					// The question, then each answer ringed on its own button.
					want := []string{v.Text}
					wantTargets := []string{""}
					for i, o := range v.Options {
						want = append(want, o)
						wantTargets = append(wantTargets, fmt.Sprintf("option:%d", i))
					}
					if !slices.Equal(keys, want) || !slices.Equal(targets, wantTargets) {
						t.Fatalf("at choice %s heard %v ringing %v, want %v ringing %v", v.StepID, keys, targets, want, wantTargets)
					}
					r.press(t, fmt.Sprintf("option:%d", runner.PickOption(s.run, runner.PlayUnsafe)))
				case runner.Activity:
					if len(keys) == 0 {
						t.Fatalf("step %s (%s, %d moves) said nothing", v.StepID, v.Kind, s.moves)
					}
					if s.moves == 0 && v.Text != "" && keys[0] != v.Text {
						t.Fatalf("activity %s began with %q, want its prompt %q", v.StepID, keys[0], v.Text)
					}
					if v.Activity.Done() {
						r.press(t, "continue")
					} else {
						r.press(t, runner.NextMove(s.run, runner.PlayUnsafe))
					}
				default:
					if v.Text != "" && !slices.Contains(keys, v.Text) {
						t.Fatalf("step %s (phase %d) said %v, not its words %q", v.StepID, v.Phase, keys, v.Text)
					}
					r.press(t, "continue")
				}
			}
			if r.g.SceneName() != "result" {
				t.Fatalf("the level ended on %s", r.g.SceneName())
			}
			keys, _ := r.listen(t)
			if !slices.Contains(keys, l.KeyMessage) {
				t.Fatalf("the result screen said %v, not the key message %q", keys, l.KeyMessage)
			}
			for _, st := range l.Steps {
				if st.Kind == level.KindSay && !heard[st.Text] {
					t.Errorf("the line %q (step %s) was never said", st.Text, st.ID)
				}
			}
			if strings.Contains(r.out.String(), "no narration") {
				t.Errorf("the game reported missing narration:\n%s", r.out.String())
			}
		})
	}
}

// Older children read for themselves: no narration, and no "hear it again" button.
func TestOlderBandsAreNotReadAloud(t *testing.T) {
	r := newSoundRig(t, Config{Lang: "en", LevelID: "9to12-contact-free-skins"})
	if keys, _ := r.listen(t); len(keys) > 0 {
		t.Fatalf("a 9 to 12 level was read aloud: %v", keys)
	}
	if r.g.buttons.Find("hear") != nil {
		t.Fatal("a 9 to 12 level shows the hear-again button")
	}
}

func TestHearAgainStartsFromTheFirstLine(t *testing.T) {
	r := newSoundRig(t, Config{Lang: "en", Band: level.BandUnder9})
	first, _ := r.listen(t)
	if len(first) < 2 || first[0] != "ui.choose_place" {
		t.Fatalf("the map said %v, want the question first and then the places", first)
	}
	r.press(t, "hear")
	again, _ := r.listen(t)
	if !slices.Equal(first, again) {
		t.Fatalf("hear again said %v, the first time %v", again, first)
	}
	if r.audio.music != "map" {
		t.Fatalf("the map plays music %q, want \"map\"", r.audio.music)
	}
}

// A clip still on its way is waited for, briefly; a missing one is skipped and
// reported, and its words stay on screen.
func TestNarrationWaitsForClipsThenGoesOn(t *testing.T) {
	r := newSoundRig(t, Config{Lang: "en", Band: level.BandUnder9})
	path := voicePath("en", "ui.choose_place")
	r.media.pending[path] = true
	r.g.hearAgain()
	r.g.updateSound(r.now)
	if len(r.audio.said) != 0 || !r.g.talk.active() {
		t.Fatal("a pending clip was not waited for")
	}
	r.now = r.now.Add(clipWait / 2)
	delete(r.media.pending, path)
	keys, _ := r.listen(t)
	if len(keys) == 0 || keys[0] != "ui.choose_place" {
		t.Fatalf("after the clip arrived the map said %v", keys)
	}
	r.media.missing[path] = true
	r.press(t, "hear")
	keys, _ = r.listen(t)
	if slices.Contains(keys, "ui.choose_place") || len(keys) == 0 {
		t.Fatalf("with the clip missing the map said %v", keys)
	}
	if !strings.Contains(r.out.String(), `no narration for "ui.choose_place" in en`) {
		t.Fatalf("a missing clip was not reported: %q", r.out.String())
	}
}

// Settings change the volumes at once, are saved, and come back on the next start.
func TestSoundSettingsAreAppliedAndRemembered(t *testing.T) {
	mem := &storage.Memory{}
	r := newSoundRig(t, Config{Lang: "en", Store: storage.New(mem)})
	if r.audio.music != "" {
		r.g.updateSound(r.now)
	}
	r.g.updateSound(r.now)
	if r.audio.music != "title" {
		t.Fatalf("the title plays music %q, want \"title\"", r.audio.music)
	}
	if !slices.Contains(r.media.asked, "music/map.mp3") {
		t.Fatalf("the map's loop was not fetched with the title's, so it would be missing offline: asked %v", r.media.asked)
	}
	r.press(t, "settings")
	if r.g.SceneName() != "settings" {
		t.Fatalf("Settings opened %s", r.g.SceneName())
	}
	def := progress.DefaultSound()
	r.press(t, "voice-")
	r.press(t, "music-")
	r.press(t, "music-")
	want := def
	want.Voice--
	want.Music -= 2
	if got := volumes(want); r.audio.volumes != got {
		t.Fatalf("volumes now %+v, want %+v", r.audio.volumes, got)
	}
	if b := r.g.buttons.Find("music-"); want.Music == 0 && (b == nil || !b.Disabled) {
		t.Fatal("quieter stays pressable at silence")
	}
	r.press(t, "mute")
	r.g.updateSound(r.now)
	if !r.audio.volumes.Muted || r.audio.music != "" {
		t.Fatalf("muted, yet volumes %+v and music %q", r.audio.volumes, r.audio.music)
	}
	if keys, _ := r.listen(t); len(keys) > 0 {
		t.Fatalf("muted, yet Sango said %v", keys)
	}

	// A new start reads the same settings back.
	again := newSoundRig(t, Config{Lang: "en", Store: storage.New(mem)})
	want.Muted = true
	if got := again.g.progress.Settings.SoundOrDefault(); got != want {
		t.Fatalf("after a restart the sound settings are %+v, want %+v", got, want)
	}
	if again.audio.volumes != volumes(want) {
		t.Fatalf("after a restart the player has %+v, want %+v", again.audio.volumes, volumes(want))
	}
}

// Settings open the language picker, which comes back to Settings.
func TestSettingsReachTheLanguagePicker(t *testing.T) {
	r := newSoundRig(t, Config{Lang: "en"})
	r.g.LayoutF(390, 844) // a portrait phone: no globe in the top bar, so this is the way
	r.g.layoutNow()
	r.press(t, "settings")
	r.press(t, "language")
	if r.g.SceneName() != "language" {
		t.Fatalf("the language button opened %s", r.g.SceneName())
	}
	r.press(t, "lang:en")
	if r.g.SceneName() != "settings" {
		t.Fatalf("picking a language went to %s, want back to settings", r.g.SceneName())
	}
}

// The web build opens on "tap to start"; its tap leads to the picker on a first visit,
// and Sango says nothing before it (a browser would not let him).
func TestTapToStartComesFirst(t *testing.T) {
	r := newSoundRig(t, Config{TapToStart: true, AskLanguage: true})
	if r.g.SceneName() != "start" {
		t.Fatalf("the first screen is %s, want start", r.g.SceneName())
	}
	r.g.updateSound(r.now)
	if len(r.media.asked) > 0 || r.audio.music != "" {
		t.Fatalf("before the first tap the game fetched %v and played music %q", r.media.asked, r.audio.music)
	}
	r.press(t, "start")
	if r.g.SceneName() != "language" {
		t.Fatalf("after the tap the screen is %s, want the language picker", r.g.SceneName())
	}
}

// Every line Sango says on the result screen is also written there, on every screen
// size and in every language: the words are the caption. On a small phone the review
// and the score give way, never the key message or the closing line.
func TestResultScreenShowsWhatItSays(t *testing.T) {
	set := content.Load(levels.FS(), "levels", locales.FS(), "locales")
	sizes := [][2]float64{{1280, 720}, {360, 640}, {412, 915}, {640, 360}, {768, 1024}}
	for _, l := range set.Levels {
		var results []runner.Result
		for _, strategy := range []runner.Strategy{runner.PlayUnsafe, runner.PlaySafe} {
			r, err := runner.New(l)
			if err != nil {
				t.Fatal(err)
			}
			res, err := runner.PlayThrough(r, strategy)
			if err != nil {
				t.Fatalf("%s: %v", l.ID, err)
			}
			results = append(results, res)
		}
		for lang := range set.Catalogs {
			for _, size := range sizes {
				for _, res := range results {
					g, err := New(Config{Content: set, Lang: lang})
					if err != nil {
						t.Fatal(err)
					}
					s := &resultScene{lvl: l, res: res, badge: true}
					g.scene = s
					g.LayoutF(size[0], size[1])
					g.layoutNow()
					p := s.plan(g)
					top := g.buttons.Find("more").Rect.Y
					where := fmt.Sprintf("%s in %s at %v", l.ID, lang, size)
					if p.keyBox.Bottom() > top {
						t.Errorf("%s: the key message runs to %.0f, under the buttons at %.0f", where, p.keyBox.Bottom(), top)
					}
					if res.Choices > 0 && (p.next == "" || p.nextBottom > top || p.nextY < p.keyBox.Bottom()) {
						t.Errorf("%s: the closing line %q at %.0f–%.0f does not fit between the key message (%.0f) and the buttons (%.0f)",
							where, p.next, p.nextY, p.nextBottom, p.keyBox.Bottom(), top)
					}
				}
			}
		}
	}
}
