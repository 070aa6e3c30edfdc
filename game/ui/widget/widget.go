// Package widget is the interface's one control, the button, in its several looks, and the
// focus logic shared by every device: a pointer presses and releases on a button, keys
// and gamepads move a focus ring that is always visible and then activate it.
package widget

import (
	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/ui/geom"
	"sango/game/ui/input"
)

// Style is a button's look.
type Style int

const (
	Primary   Style = iota // the main way forward
	Secondary              // other choices
	HelpStyle              // the Get help button, the same warm colour everywhere
	Option                 // an answer in a choice: large, left-aligned text
	Card                   // a tile in a list (bands, levels)
)

// Button is a labelled, focusable target.
type Button struct {
	ID       string
	Label    string
	Sub      string // a second, smaller line (cards)
	Rect     geom.Rect
	Style    Style
	Disabled bool
	Marked   bool // a quiet tick: a level done, an option already tried
	Accent   [4]uint8
	// Icon draws a picture inside the given box; cards show it so that children who
	// cannot read yet can still choose.
	Icon func(dst *ebiten.Image, box geom.Rect)
	// Draggable lets a pointer carry this button onto another one (a sort item onto a
	// bin). A drop counts as activating this button and then the one it landed on, so
	// dragging and tap-then-tap are the same move to the game.
	Draggable bool
	// Paint, when set, draws the whole button instead of the standard look; the focus
	// ring is still drawn around it, so every control shows focus the same way.
	Paint func(dst *ebiten.Image, r geom.Rect, hovered, pressed bool)
	// Say is the locale key of the words Sango speaks for this button to a child who
	// cannot read yet; "" when the button is not read aloud.
	Say string
}

// Set is the buttons on screen, in reading order, with focus, hover and press state.
type Set struct {
	Buttons []*Button
	focus   string
	hover   string
	pressed string
	rtl     bool

	dragging     bool    // a draggable button is being carried
	dragX, dragY float64 // where the pointer is while dragging
}

// Reset replaces the buttons, keeping focus on the same id when it is still there and
// otherwise moving it to want (or the first button).
func (s *Set) Reset(buttons []*Button, want string, rtl bool) {
	s.Buttons, s.rtl = buttons, rtl
	if s.find(s.focus) == nil || s.find(s.focus).Disabled {
		s.focus = ""
		if b := s.find(want); b != nil && !b.Disabled {
			s.focus = want
		} else if len(buttons) > 0 {
			for _, b := range buttons {
				if !b.Disabled {
					s.focus = b.ID
					break
				}
			}
		}
	}
	if s.find(s.hover) == nil {
		s.hover = ""
	}
	if s.find(s.pressed) == nil {
		s.pressed = ""
	}
}

// Focus moves the focus to id.
func (s *Set) Focus(id string) {
	if b := s.find(id); b != nil && !b.Disabled {
		s.focus = id
	}
}

// Focused, Hovered and Pressed return the ids in those states, or "".
func (s *Set) Focused() string { return s.focus }
func (s *Set) Hovered() string { return s.hover }
func (s *Set) Pressed() string { return s.pressed }

// Drag returns the button being dragged and where the pointer is, or nil.
func (s *Set) Drag() (*Button, float64, float64) {
	if !s.dragging {
		return nil, 0, 0
	}
	return s.find(s.pressed), s.dragX, s.dragY
}

// Find returns the button with id, or nil.
func (s *Set) Find(id string) *Button { return s.find(id) }

func (s *Set) find(id string) *Button {
	if id == "" {
		return nil
	}
	for _, b := range s.Buttons {
		if b.ID == id {
			return b
		}
	}
	return nil
}

func (s *Set) at(x, y float64) *Button {
	for _, b := range s.Buttons {
		if !b.Disabled && b.Rect.Contains(x, y) {
			return b
		}
	}
	return nil
}

// Result is what one frame of input did.
type Result struct {
	Activated string // the id of the button activated, or ""
	DroppedOn string // after a drag, the button the dragged one (Activated) landed on
	Back      bool   // the child asked to go back
	Changed   bool   // something visible changed (focus, hover, press)
}

// Handle applies a frame of input.
func (s *Set) Handle(f input.Frame) Result {
	var r Result
	before := [3]string{s.focus, s.hover, s.pressed}
	for _, a := range f.Actions {
		switch a {
		case input.Next, input.Down:
			s.step(+1)
		case input.Prev, input.Up:
			s.step(-1)
		case input.Right:
			s.step(s.forward())
		case input.Left:
			s.step(-s.forward())
		case input.Activate:
			if s.find(s.focus) != nil && r.Activated == "" {
				r.Activated = s.focus
			}
		case input.Back:
			r.Back = true
		}
	}
	for _, p := range f.Pointers {
		b := s.at(p.X, p.Y)
		id := ""
		if b != nil {
			id = b.ID
		}
		switch p.Kind {
		case input.Press:
			s.pressed = id
			s.dragging = false
			if id != "" {
				s.focus = id
			}
		case input.Release:
			// Activate only when the release lands on the button the press started on,
			// so a child can slide off a button to change their mind; a draggable
			// button dropped on another one is a move onto it.
			switch {
			case r.Activated != "":
			case id != "" && id == s.pressed:
				r.Activated = id
			case id != "" && s.pressed != "" && s.dragging:
				r.Activated, r.DroppedOn = s.pressed, id
			}
			s.pressed = ""
			s.dragging = false
			if p.Device == input.Touch {
				s.hover = ""
			}
		case input.Move:
			s.hover = id
			if b := s.find(s.pressed); b != nil && b.Draggable {
				s.dragging = true
				s.dragX, s.dragY = p.X, p.Y
				r.Changed = true
			}
		}
	}
	r.Changed = r.Changed || before != [3]string{s.focus, s.hover, s.pressed} || r.Activated != "" || r.Back
	return r
}

func (s *Set) step(dir int) {
	n := len(s.Buttons)
	if n == 0 {
		return
	}
	cur := -1
	for i, b := range s.Buttons {
		if b.ID == s.focus {
			cur = i
		}
	}
	for k := 1; k <= n; k++ {
		i := ((cur+dir*k)%n + n) % n
		if cur < 0 && dir < 0 {
			i = n - k
		}
		if !s.Buttons[i].Disabled {
			s.focus = s.Buttons[i].ID
			return
		}
	}
}

// forward is the focus step for the Right arrow: onward in reading order, which runs
// leftwards in right-to-left languages.
func (s *Set) forward() int {
	if s.rtl {
		return -1
	}
	return +1
}
