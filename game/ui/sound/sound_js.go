//go:build js

package sound

import (
	"errors"
	"sync"
	"syscall/js"
	"time"
)

// lateStart is how long an effect asked for while it was still being decoded may start
// late: a tap sound 50 ms late still belongs to the tap, one a second late does not.
const lateStart = 250 * time.Millisecond

// output plays through the browser's Web Audio. The AudioContext is made at the child's
// first gesture, not at start: one made earlier would stay suspended (and Chromium
// warns about it), and making it costs nothing before the first frame. The browser
// decodes the MP3 files itself, off the main thread, as soon as the context exists.
type output struct {
	// Event handlers and decoding callbacks come in from JavaScript; Play comes from the
	// game loop. None of the Web Audio calls made under the lock calls back into Go
	// synchronously, so holding it across them cannot deadlock.
	mu      sync.Mutex
	class   js.Value            // the AudioContext constructor
	ctx     js.Value            // undefined until the first gesture
	read    ReadFunc            // fetches the effects at the first gesture
	buffers map[Effect]js.Value // decoded AudioBuffers
	wanted  map[Effect]request  // asked to play before its buffer was ready
	// Kept for the page's lifetime: see newOutput.
	onEvent, ignore js.Func

	// Music and voice each go through a gain node, so a volume change reaches a sound
	// already playing. The generation numbers let a decode that finishes after its sound
	// was replaced or stopped drop its result.
	musicGain, voiceGain js.Value
	musicData            []byte   // music asked for before the first gesture
	musicSrc             js.Value // the looping source; undefined when none
	musicGen             int
	musicVol, voiceVol   float64
	voiceSrc             js.Value
	voiceGen             int
	speaking             bool // from say until the clip ends, fails or is hushed
}

type request struct {
	at     time.Time
	volume float64
}

func newOutput(read ReadFunc) (*output, error) {
	class := js.Global().Get("AudioContext")
	if !class.Truthy() {
		class = js.Global().Get("webkitAudioContext")
	}
	if !class.Truthy() {
		return nil, errors.New("this browser has no Web Audio")
	}
	o := &output{class: class, read: read, buffers: map[Effect]js.Value{}, wanted: map[Effect]request{},
		musicSrc: js.Undefined(), voiceSrc: js.Undefined()}
	o.ignore = js.FuncOf(func(js.Value, []js.Value) any { return nil })
	// The handlers stay: a phone can suspend audio again (a call, the page hidden), and
	// the next tap must wake it.
	o.onEvent = js.FuncOf(func(js.Value, []js.Value) any {
		o.unlock()
		return nil
	})
	doc := js.Global().Get("document")
	opts := js.Global().Get("Object").New()
	opts.Set("capture", true)
	opts.Set("passive", true)
	// Browsers let an AudioContext make sound only after a user gesture, and which events
	// count differs between them (Safari: touchend, not touchstart), so all of these try.
	for _, ev := range []string{"pointerdown", "mousedown", "keydown", "touchend", "pointerup", "mouseup", "keyup"} {
		doc.Call("addEventListener", ev, o.onEvent, opts)
	}
	return o, nil
}

// unlock runs inside a user gesture: it makes the context on the first one, and resumes
// it whenever it is not running.
func (o *output) unlock() {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.ctx.IsUndefined() {
		o.ctx = o.class.New()
		dest := o.ctx.Get("destination")
		o.musicGain, o.voiceGain = o.ctx.Call("createGain"), o.ctx.Call("createGain")
		o.musicGain.Call("connect", dest)
		o.voiceGain.Call("connect", dest)
		o.musicGain.Get("gain").Set("value", o.musicVol)
		o.voiceGain.Get("gain").Set("value", o.voiceVol)
		go o.fetchEffects()
		if o.musicData != nil {
			o.startLoop(o.musicData)
			o.musicData = nil
		}
	}
	if o.ctx.Get("state").String() != "running" {
		// resume returns a promise; a refusal just means the next gesture tries again.
		o.ctx.Call("resume").Call("catch", o.ignore)
	}
}

// fetchEffects fetches every effect and hands each to the browser to decode, starting
// with the tap that a child hears most. It runs once, at the first gesture: nothing can
// sound before it, so the effects stay out of the download before the first frame. The
// service worker has them for offline play. An effect that cannot be fetched stays
// silent; the game plays on without it.
func (o *output) fetchEffects() {
	for _, e := range Effects() {
		data, err := o.read(EffectFile(e))
		if err != nil {
			continue
		}
		o.mu.Lock()
		o.decode(e, data)
		o.mu.Unlock()
	}
}

// decode hands one effect to the browser; o.mu is held.
func (o *output) decode(e Effect, data []byte) {
	o.decodeThen(data, func(buf js.Value) {
		o.buffers[e] = buf
		if r, asked := o.wanted[e]; asked {
			delete(o.wanted, e)
			if time.Since(r.at) < lateStart {
				o.start(e, r.volume)
			}
		}
	}, func() {}) // a damaged effect stays silent; the game plays on without it
}

// decodeThen has the browser decode MP3 bytes off the main thread and calls ok with the
// AudioBuffer, or fail, with o.mu held. The callback form of decodeAudioData works in
// every browser with Web Audio, the promise form only in newer ones. o.mu is held by
// the caller too: decodeAudioData calls back later, never at once.
func (o *output) decodeThen(data []byte, ok func(js.Value), fail func()) {
	arr := js.Global().Get("Uint8Array").New(len(data))
	js.CopyBytesToJS(arr, data)
	var okFn, failFn js.Func
	done := func() { okFn.Release(); failFn.Release() }
	okFn = js.FuncOf(func(_ js.Value, args []js.Value) any {
		defer done()
		o.mu.Lock()
		defer o.mu.Unlock()
		ok(args[0])
		return nil
	})
	failFn = js.FuncOf(func(js.Value, []js.Value) any {
		defer done()
		o.mu.Lock()
		defer o.mu.Unlock()
		fail()
		return nil
	})
	o.ctx.Call("decodeAudioData", arr.Get("buffer"), okFn, failFn)
}

// loop plays music over and over. Before the first gesture it waits for it.
func (o *output) loop(data []byte, volume float64) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.stopLoopLocked()
	o.musicVol = volume
	if o.ctx.IsUndefined() {
		o.musicData = data
		return
	}
	o.musicGain.Get("gain").Set("value", volume)
	o.startLoop(data)
}

// startLoop decodes and starts the music; o.mu is held.
func (o *output) startLoop(data []byte) {
	gen := o.musicGen
	o.decodeThen(data, func(buf js.Value) {
		if gen != o.musicGen {
			return // stopped or replaced while decoding
		}
		src := o.ctx.Call("createBufferSource")
		src.Set("buffer", buf)
		// The whole buffer loops: the browser's decoder already drops what LAME's tag
		// marks as delay and padding (Chromium decodes title.mp3 to exactly its composed
		// 19.2 s), so the turns join without a gap, as GaplessRange makes them on the
		// desktop.
		src.Set("loop", true)
		src.Call("connect", o.musicGain)
		src.Call("start")
		o.musicSrc = src
	}, func() {})
}

func (o *output) stopLoop() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.stopLoopLocked()
}

func (o *output) stopLoopLocked() {
	o.musicGen++
	o.musicData = nil
	if !o.musicSrc.IsUndefined() {
		o.musicSrc.Call("stop")
		o.musicSrc = js.Undefined()
	}
}

// say speaks a clip. Before the first gesture nothing can sound, so it says nothing.
func (o *output) say(data []byte, volume float64) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.hushLocked()
	o.voiceVol = volume
	if o.ctx.IsUndefined() {
		return
	}
	o.voiceGain.Get("gain").Set("value", volume)
	o.speaking = true
	gen := o.voiceGen
	o.decodeThen(data, func(buf js.Value) {
		if gen != o.voiceGen {
			return
		}
		src := o.ctx.Call("createBufferSource")
		src.Set("buffer", buf)
		src.Call("connect", o.voiceGain)
		var ended js.Func
		ended = js.FuncOf(func(js.Value, []js.Value) any {
			ended.Release()
			o.mu.Lock()
			defer o.mu.Unlock()
			if gen == o.voiceGen {
				o.speaking = false
				o.voiceSrc = js.Undefined()
			}
			return nil
		})
		src.Set("onended", ended)
		src.Call("start")
		o.voiceSrc = src
	}, func() {
		if gen == o.voiceGen {
			o.speaking = false // a damaged clip is skipped; its words are on screen
		}
	})
}

func (o *output) hush() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.hushLocked()
}

func (o *output) hushLocked() {
	o.voiceGen++
	o.speaking = false
	if !o.voiceSrc.IsUndefined() {
		// Its onended still fires and releases its callback; the generation check makes
		// it change nothing.
		o.voiceSrc.Call("stop")
		o.voiceSrc = js.Undefined()
	}
}

func (o *output) saying() bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.speaking
}

func (o *output) setVolumes(music, voice float64) {
	o.mu.Lock()
	defer o.mu.Unlock()
	// Only on change: the game calls this on its ticks, and each AudioParam write is a
	// call into JavaScript.
	if music == o.musicVol && voice == o.voiceVol {
		return
	}
	o.musicVol, o.voiceVol = music, voice
	if o.ctx.IsUndefined() {
		return
	}
	o.musicGain.Get("gain").Set("value", music)
	o.voiceGain.Get("gain").Set("value", voice)
}

func (o *output) play(e Effect, volume float64) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if _, ready := o.buffers[e]; !ready {
		if !o.ctx.IsUndefined() {
			o.wanted[e] = request{at: time.Now(), volume: volume}
		}
		return
	}
	o.start(e, volume)
}

// start plays a decoded effect; o.mu is held.
func (o *output) start(e Effect, volume float64) {
	src := o.ctx.Call("createBufferSource")
	src.Set("buffer", o.buffers[e])
	gain := o.ctx.Call("createGain")
	gain.Get("gain").Set("value", volume)
	src.Call("connect", gain)
	gain.Call("connect", o.ctx.Get("destination"))
	src.Call("start")
}
