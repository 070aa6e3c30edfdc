//go:build js

package webio

import (
	"errors"
	"fmt"
	"syscall/js"
)

// Await blocks the calling goroutine until a JavaScript promise settles, and returns
// its value or its rejection as an error. The browser's event loop keeps running.
func Await(promise js.Value) (js.Value, error) {
	type outcome struct {
		v   js.Value
		err error
	}
	done := make(chan outcome, 1)
	onOK := js.FuncOf(func(_ js.Value, args []js.Value) any {
		v := js.Undefined()
		if len(args) > 0 {
			v = args[0]
		}
		done <- outcome{v: v}
		return nil
	})
	onErr := js.FuncOf(func(_ js.Value, args []js.Value) any {
		msg := "failed"
		if len(args) > 0 {
			msg = args[0].Call("toString").String()
		}
		done <- outcome{err: errors.New(msg)}
		return nil
	})
	defer onOK.Release()
	defer onErr.Release()
	promise.Call("then", onOK, onErr)
	o := <-done
	return o.v, o.err
}

// Fetch GETs a file of the game's own origin.
func Fetch(url string) ([]byte, error) {
	return Read(js.Global().Call("fetch", url), url)
}

// Read returns the body of the file url, from the promise of its response that a
// fetch already under way gave (the page may start a download before the game needs it).
func Read(response js.Value, url string) ([]byte, error) {
	resp, err := Await(response)
	if err != nil {
		return nil, fmt.Errorf("fetching %s: %w", url, err)
	}
	if !resp.Get("ok").Bool() {
		return nil, fmt.Errorf("fetching %s: HTTP %d", url, resp.Get("status").Int())
	}
	buf, err := Await(resp.Call("arrayBuffer"))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", url, err)
	}
	bytes := js.Global().Get("Uint8Array").New(buf)
	out := make([]byte, bytes.Get("length").Int())
	js.CopyBytesToGo(out, bytes)
	return out, nil
}
