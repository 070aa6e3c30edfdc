// Package input turns devices into what the interface understands: named actions (move
// focus, activate, go back) and pointer presses and releases at screen positions. The
// mouse, touch, keyboard and gamepad all feed the same stream, and so does autoplay, which
// is how the game tests its real widgets with synthesized input.
package input

// Action is a device-independent command.
type Action int

const (
	None     Action = iota
	Next            // move focus forward (Tab)
	Prev            // move focus back (Shift+Tab)
	Up              // arrows, d-pad, stick
	Down            //
	Left            //
	Right           //
	Activate        // Enter, Space, gamepad A
	Back            // Esc, gamepad B
)

func (a Action) String() string {
	switch a {
	case Next:
		return "next"
	case Prev:
		return "prev"
	case Up:
		return "up"
	case Down:
		return "down"
	case Left:
		return "left"
	case Right:
		return "right"
	case Activate:
		return "activate"
	case Back:
		return "back"
	}
	return "none"
}

// ParseAction reads an action name as written in autoplay scripts.
func ParseAction(s string) (Action, bool) {
	for a := Next; a <= Back; a++ {
		if a.String() == s {
			return a, true
		}
	}
	return None, false
}

// PointerKind says what a pointer did.
type PointerKind int

const (
	Press   PointerKind = iota // a button or finger went down
	Release                    // it came up
	Move                       // the mouse or a finger moved (hover, or a drag while down)
)

// Device says where input came from, so the interface can, say, hide hover for touch.
type Device int

const (
	Mouse Device = iota
	Touch
	Keyboard
	Gamepad
)

// Pointer is one pointer event, in screen pixels.
type Pointer struct {
	Kind   PointerKind
	X, Y   float64
	Device Device
}

// Frame is everything that happened in one tick.
type Frame struct {
	Actions  []Action
	Pointers []Pointer
}

// Empty reports whether nothing happened.
func (f Frame) Empty() bool { return len(f.Actions) == 0 && len(f.Pointers) == 0 }

// Source yields one frame of input per tick.
type Source interface {
	Poll() Frame
}

// Script is a source that plays back frames pushed into it, one per tick.
type Script struct{ queue []Frame }

// Push appends frames to play.
func (s *Script) Push(frames ...Frame) { s.queue = append(s.queue, frames...) }

// Pending reports how many frames are still to play.
func (s *Script) Pending() int { return len(s.queue) }

// Poll returns the next frame, or an empty one when the script has run out.
func (s *Script) Poll() Frame {
	if len(s.queue) == 0 {
		return Frame{}
	}
	f := s.queue[0]
	s.queue = s.queue[1:]
	return f
}

// Tap returns the frames of a press and release at (x, y). The press is held for a tick,
// as a real finger or click is, so code that looks at held state sees it too.
func Tap(x, y float64, d Device) []Frame {
	return []Frame{
		{Pointers: []Pointer{{Kind: Press, X: x, Y: y, Device: d}}},
		{},
		{Pointers: []Pointer{{Kind: Release, X: x, Y: y, Device: d}}},
	}
}

// Drag returns the frames of a press at one point, a move to another and a release
// there: how a finger or mouse carries something.
func Drag(x0, y0, x1, y1 float64, d Device) []Frame {
	return []Frame{
		{Pointers: []Pointer{{Kind: Press, X: x0, Y: y0, Device: d}}},
		{Pointers: []Pointer{{Kind: Move, X: (x0 + x1) / 2, Y: (y0 + y1) / 2, Device: d}}},
		{Pointers: []Pointer{{Kind: Move, X: x1, Y: y1, Device: d}}},
		{Pointers: []Pointer{{Kind: Release, X: x1, Y: y1, Device: d}}},
		{},
	}
}

// Key returns the frames of one key press mapped to an action.
func Key(a Action) []Frame { return []Frame{{Actions: []Action{a}}, {}} }
