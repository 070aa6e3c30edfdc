package input

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// keymap binds keys to actions. Enter and Space both activate because children and
// switch-access users reach for either.
func keymap() map[ebiten.Key]Action {
	return map[ebiten.Key]Action{
		ebiten.KeyArrowUp:     Up,
		ebiten.KeyArrowDown:   Down,
		ebiten.KeyArrowLeft:   Left,
		ebiten.KeyArrowRight:  Right,
		ebiten.KeyEnter:       Activate,
		ebiten.KeyNumpadEnter: Activate,
		ebiten.KeySpace:       Activate,
		ebiten.KeyEscape:      Back,
		ebiten.KeyBackspace:   Back,
	}
}

// padmap binds standard-layout gamepad buttons to actions.
func padmap() map[ebiten.StandardGamepadButton]Action {
	return map[ebiten.StandardGamepadButton]Action{
		ebiten.StandardGamepadButtonRightBottom:   Activate, // A / cross
		ebiten.StandardGamepadButtonRightRight:    Back,     // B / circle
		ebiten.StandardGamepadButtonLeftTop:       Up,
		ebiten.StandardGamepadButtonLeftBottom:    Down,
		ebiten.StandardGamepadButtonLeftLeft:      Left,
		ebiten.StandardGamepadButtonLeftRight:     Right,
		ebiten.StandardGamepadButtonFrontTopRight: Next,
		ebiten.StandardGamepadButtonFrontTopLeft:  Prev,
	}
}

// Devices reads the real mouse, touch screen, keyboard and gamepads.
type Devices struct {
	keys      map[ebiten.Key]Action
	pad       map[ebiten.StandardGamepadButton]Action
	touches   []ebiten.TouchID
	touchAt   map[ebiten.TouchID][2]int // where each finger was last tick, to report drags
	lastX     int
	lastY     int
	stickHeld map[ebiten.GamepadID]Action
	gamepads  []ebiten.GamepadID
}

// NewDevices returns a source reading the real devices.
func NewDevices() *Devices {
	return &Devices{keys: keymap(), pad: padmap(), lastX: -1, lastY: -1, stickHeld: map[ebiten.GamepadID]Action{}}
}

// Poll implements Source.
func (d *Devices) Poll() Frame {
	var f Frame
	// Keyboard.
	if inpututil.IsKeyJustPressed(ebiten.KeyTab) {
		if ebiten.IsKeyPressed(ebiten.KeyShift) {
			f.Actions = append(f.Actions, Prev)
		} else {
			f.Actions = append(f.Actions, Next)
		}
	}
	for k, a := range d.keys {
		if inpututil.IsKeyJustPressed(k) {
			f.Actions = append(f.Actions, a)
		}
	}
	// Mouse.
	x, y := ebiten.CursorPosition()
	if inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft) {
		f.Pointers = append(f.Pointers, Pointer{Kind: Press, X: float64(x), Y: float64(y), Device: Mouse})
	}
	if inpututil.IsMouseButtonJustReleased(ebiten.MouseButtonLeft) {
		f.Pointers = append(f.Pointers, Pointer{Kind: Release, X: float64(x), Y: float64(y), Device: Mouse})
	} else if (x != d.lastX || y != d.lastY) && len(d.touches) == 0 {
		f.Pointers = append(f.Pointers, Pointer{Kind: Move, X: float64(x), Y: float64(y), Device: Mouse})
	}
	d.lastX, d.lastY = x, y
	// Touch: a finger acts like a mouse button, pressed where it lands and released where it
	// was last seen, since a lifted finger has no position of its own.
	d.touches = inpututil.AppendJustPressedTouchIDs(d.touches[:0])
	for _, id := range d.touches {
		tx, ty := ebiten.TouchPosition(id)
		f.Pointers = append(f.Pointers, Pointer{Kind: Press, X: float64(tx), Y: float64(ty), Device: Touch})
	}
	d.touches = inpututil.AppendJustReleasedTouchIDs(d.touches[:0])
	for _, id := range d.touches {
		tx, ty := inpututil.TouchPositionInPreviousTick(id)
		f.Pointers = append(f.Pointers, Pointer{Kind: Release, X: float64(tx), Y: float64(ty), Device: Touch})
	}
	d.touches = ebiten.AppendTouchIDs(d.touches[:0])
	// A finger that moves while down is a drag, reported like a mouse move.
	seen := make(map[ebiten.TouchID][2]int, len(d.touches))
	for _, id := range d.touches {
		tx, ty := ebiten.TouchPosition(id)
		if last, ok := d.touchAt[id]; ok && last != [2]int{tx, ty} {
			f.Pointers = append(f.Pointers, Pointer{Kind: Move, X: float64(tx), Y: float64(ty), Device: Touch})
		}
		seen[id] = [2]int{tx, ty}
	}
	d.touchAt = seen
	// Gamepads with a standard layout.
	d.gamepads = ebiten.AppendGamepadIDs(d.gamepads[:0])
	for _, id := range d.gamepads {
		if !ebiten.IsStandardGamepadLayoutAvailable(id) {
			continue
		}
		for b, a := range d.pad {
			if inpututil.IsStandardGamepadButtonJustPressed(id, b) {
				f.Actions = append(f.Actions, a)
			}
		}
		// The stick repeats nothing: it fires once when pushed past the threshold.
		sx := ebiten.StandardGamepadAxisValue(id, ebiten.StandardGamepadAxisLeftStickHorizontal)
		sy := ebiten.StandardGamepadAxisValue(id, ebiten.StandardGamepadAxisLeftStickVertical)
		stick := None
		switch {
		case sy < -0.6:
			stick = Up
		case sy > 0.6:
			stick = Down
		case sx < -0.6:
			stick = Left
		case sx > 0.6:
			stick = Right
		}
		if stick != d.stickHeld[id] && stick != None {
			f.Actions = append(f.Actions, stick)
		}
		d.stickHeld[id] = stick
	}
	return f
}
