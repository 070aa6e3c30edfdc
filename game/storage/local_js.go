//go:build js

package storage

import (
	"errors"
	"fmt"
	"syscall/js"
	"time"
)

// Local keeps progress in the browser's localStorage under one key.
type Local struct{ Key string }

// storageObject returns localStorage, or an error when the browser refuses it (private
// modes, blocked storage): reading the property itself can throw.
func storageObject() (v js.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("localStorage is not available: %v", r)
		}
	}()
	v = js.Global().Get("localStorage")
	if v.IsUndefined() || v.IsNull() {
		return v, errors.New("localStorage is not available")
	}
	return v, nil
}

func (l Local) Read() (data []byte, err error) {
	s, err := storageObject()
	if err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("reading localStorage: %v", r)
		}
	}()
	v := s.Call("getItem", l.Key)
	if v.IsNull() {
		return nil, ErrNotFound
	}
	return []byte(v.String()), nil
}

func (l Local) Write(data []byte) (err error) {
	s, err := storageObject()
	if err != nil {
		return err
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("writing localStorage (full or refused): %v", r)
		}
	}()
	s.Call("setItem", l.Key, string(data))
	return nil
}

func (l Local) KeepDamaged(data []byte) (where string, err error) {
	where = fmt.Sprintf("%s.damaged-%d", l.Key, time.Now().Unix())
	s, err := storageObject()
	if err != nil {
		return "", err
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("keeping damaged progress: %v", r)
		}
	}()
	s.Call("setItem", where, string(data))
	return where, nil
}
