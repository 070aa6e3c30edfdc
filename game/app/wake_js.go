//go:build js

package app

import (
	"sync"
	"sync/atomic"
	"syscall/js"
)

// inputEvents counts the page's input events as the browser delivers them. See
// Game.wakeForInput.
var inputEvents atomic.Int64

// countInputEvents starts counting, once per page: the listeners stay for the page's
// lifetime, like Ebitengine's own. They only count; Ebitengine reads the events.
var countInputEvents = sync.OnceFunc(func() {
	doc := js.Global().Get("document")
	if !doc.Truthy() {
		return
	}
	count := js.FuncOf(func(js.Value, []js.Value) any {
		inputEvents.Add(1)
		return nil
	})
	opts := js.Global().Get("Object").New()
	opts.Set("capture", true)
	opts.Set("passive", true)
	for _, ev := range []string{"keydown", "keyup", "pointerdown", "pointerup", "pointermove", "touchstart", "touchmove", "touchend", "touchcancel"} {
		doc.Call("addEventListener", ev, count, opts)
	}
})

// inputEventCount is how many input events the page has had.
func inputEventCount() int64 {
	countInputEvents()
	return inputEvents.Load()
}
