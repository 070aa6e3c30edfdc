//go:build js

package main

import "syscall/js"

// systemLanguages is the browser's language preference, navigator.languages (or
// navigator.language where the list is missing).
func systemLanguages() []string {
	nav := js.Global().Get("navigator")
	if !nav.Truthy() {
		return nil
	}
	var prefs []string
	if list := nav.Get("languages"); list.Truthy() {
		for i := 0; i < list.Length(); i++ {
			prefs = append(prefs, list.Index(i).String())
		}
	}
	if len(prefs) == 0 {
		if l := nav.Get("language"); l.Type() == js.TypeString {
			prefs = append(prefs, l.String())
		}
	}
	return prefs
}
