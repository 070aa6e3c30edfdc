// Package sound plays the game's three kinds of sound: short interface effects, music
// that loops on the title and the map, and Sango's spoken voice. Sound is a help, never
// a need: with no sound device, or when muted, every call is a quiet no-op and the game
// plays on.
//
// The desktop and mobile builds decode the MP3 files and play them through Ebitengine's
// audio (sound_other.go). The web build hands the same files to the browser's Web Audio
// (sound_js.go), which decodes MP3 itself: that keeps Ebitengine's audio, its mixer and
// the MP3 decoder out of the download (about 100 KB compressed).
package sound

// SampleRate is the audio context's rate; the effects, music and voice are encoded at it.
const SampleRate = 44100

// Effect names a sound effect.
type Effect string

// The interface's effects, one file each under assets/sounds.
const (
	Tap   Effect = "tap"
	Good  Effect = "good"
	Retry Effect = "retry"
	Badge Effect = "badge"
)

// Effects lists every effect.
func Effects() []Effect { return []Effect{Tap, Good, Retry, Badge} }

// Volumes are the loudness of each kind of sound, from 0 to 1.
type Volumes struct {
	Music, Effects, Voice float64
	Muted                 bool
}

// duckedMusic is how loud music stays while Sango speaks, so the words are heard.
const duckedMusic = 0.35

// Player plays effects, music and voice. The zero value, and a Player made without a
// device, is silent.
type Player struct {
	out     *output // nil when silent
	volumes Volumes
	music   string // the music asked for, "" for none
}

// Silent returns a player that plays nothing.
func Silent() *Player { return &Player{} }

// ReadFunc reads one of the game's files, such as "sounds/tap.mp3".
type ReadFunc func(name string) ([]byte, error)

// EffectFile is where an effect's MP3 file lives among the game's files.
func EffectFile(e Effect) string { return "sounds/" + string(e) + ".mp3" }

// New opens the audio output, which reads the effects through read (files EffectFile).
// The desktop reads them at once and reports a missing one; the web build fetches them
// after the first gesture, since nothing can sound before it, so they stay out of the
// download before the first frame. Call New only when a sound device is known to work:
// see DeviceWorks.
func New(read ReadFunc) (*Player, error) {
	out, err := newOutput(read)
	if err != nil {
		return nil, err
	}
	return &Player{out: out, volumes: Volumes{Music: 0.4, Effects: 0.8, Voice: 1}}, nil
}

// Enabled reports whether the player makes sound.
func (p *Player) Enabled() bool { return p != nil && p.out != nil }

// SetVolumes sets every volume at once; sounds already playing follow.
func (p *Player) SetVolumes(v Volumes) {
	if p == nil {
		return
	}
	clamp := func(x float64) float64 { return max(0, min(1, x)) }
	p.volumes = Volumes{Music: clamp(v.Music), Effects: clamp(v.Effects), Voice: clamp(v.Voice), Muted: v.Muted}
	if p.Enabled() {
		p.out.setVolumes(p.musicVolume(), p.voiceVolume())
	}
}

func (p *Player) effectVolume() float64 {
	if p.volumes.Muted {
		return 0
	}
	return p.volumes.Effects
}

func (p *Player) voiceVolume() float64 {
	if p.volumes.Muted {
		return 0
	}
	return p.volumes.Voice
}

func (p *Player) musicVolume() float64 {
	if p.volumes.Muted {
		return 0
	}
	if p.out.saying() {
		return p.volumes.Music * duckedMusic
	}
	return p.volumes.Music
}

// Play starts an effect and returns at once.
func (p *Player) Play(e Effect) {
	if !p.Enabled() || p.effectVolume() == 0 {
		return
	}
	p.out.play(e, p.effectVolume())
}

// PlayMusic loops the music called name, given as MP3 bytes, replacing any other. The
// same name again keeps it playing from where it is.
func (p *Player) PlayMusic(name string, mp3 []byte) {
	if !p.Enabled() || name == p.music {
		return
	}
	p.music = name
	p.out.loop(mp3, p.musicVolume())
}

// Music is the name of the music playing, "" for none.
func (p *Player) Music() string {
	if p == nil {
		return ""
	}
	return p.music
}

// StopMusic stops the music.
func (p *Player) StopMusic() {
	if !p.Enabled() || p.music == "" {
		return
	}
	p.music = ""
	p.out.stopLoop()
}

// Say speaks one clip, given as MP3 bytes, stopping any clip still speaking. Music
// steps back while the voice speaks.
func (p *Player) Say(mp3 []byte) {
	if !p.Enabled() {
		return
	}
	p.out.say(mp3, p.voiceVolume())
	p.out.setVolumes(p.musicVolume(), p.voiceVolume())
}

// Saying reports whether a clip is still speaking.
func (p *Player) Saying() bool { return p.Enabled() && p.out.saying() }

// Hush stops the voice, and brings the music back up.
func (p *Player) Hush() {
	if !p.Enabled() {
		return
	}
	p.out.hush()
	p.out.setVolumes(p.musicVolume(), p.voiceVolume())
}

// Settle brings the music back to its full volume once the voice has finished; the game
// calls it on its ticks.
func (p *Player) Settle() {
	if p.Enabled() {
		p.out.setVolumes(p.musicVolume(), p.voiceVolume())
	}
}
