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
	class   js.Value // the AudioContext constructor
	ctx     js.Value // undefined until the first gesture
	mp3     map[Effect][]byte
	buffers map[Effect]js.Value // decoded AudioBuffers
	wanted  map[Effect]request  // asked to play before its buffer was ready
	// Kept for the page's lifetime: see newOutput.
	onEvent, ignore js.Func
}

type request struct {
	at     time.Time
	volume float64
}

func newOutput(raw map[Effect][]byte) (*output, error) {
	class := js.Global().Get("AudioContext")
	if !class.Truthy() {
		class = js.Global().Get("webkitAudioContext")
	}
	if !class.Truthy() {
		return nil, errors.New("this browser has no Web Audio")
	}
	o := &output{class: class, mp3: raw, buffers: map[Effect]js.Value{}, wanted: map[Effect]request{}}
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
		for e, data := range o.mp3 {
			o.decode(e, data)
		}
		o.mp3 = nil
	}
	if o.ctx.Get("state").String() != "running" {
		// resume returns a promise; a refusal just means the next gesture tries again.
		o.ctx.Call("resume").Call("catch", o.ignore)
	}
}

// decode hands one file to the browser. The callback form of decodeAudioData works in
// every browser with Web Audio, the promise form only in newer ones.
func (o *output) decode(e Effect, data []byte) {
	arr := js.Global().Get("Uint8Array").New(len(data))
	js.CopyBytesToJS(arr, data)
	var ok, fail js.Func
	done := func() { ok.Release(); fail.Release() }
	ok = js.FuncOf(func(_ js.Value, args []js.Value) any {
		defer done()
		o.mu.Lock()
		defer o.mu.Unlock()
		o.buffers[e] = args[0]
		if r, asked := o.wanted[e]; asked {
			delete(o.wanted, e)
			if time.Since(r.at) < lateStart {
				o.start(e, r.volume)
			}
		}
		return nil
	})
	// A damaged effect stays silent; the game plays on without it.
	fail = js.FuncOf(func(js.Value, []js.Value) any {
		done()
		return nil
	})
	o.ctx.Call("decodeAudioData", arr.Get("buffer"), ok, fail)
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
