package classroom

import (
	"fmt"
	"io"
	"net/netip"
	"strings"

	"rsc.io/qr"
)

// Banner is what sango-serve prints on start: where devices join, the QR code to scan,
// and where the teacher opens the game and the join page on the laptop itself.
type Banner struct {
	Listen  netip.AddrPort // the address actually listened on
	URLs    []string       // from JoinURLs
	LAN     bool           // from JoinURLs
	Code    *qr.Code       // QR code of URLs[0]; nil when !LAN
	Colour  bool           // the terminal understands ANSI colours
	HasGame bool           // the build has an index.html
}

// LocalURL is the address of the server on this computer. localhost is the one a browser
// treats as secure, so only there can the game keep itself for offline play.
func LocalURL(listen netip.AddrPort) string {
	ip := listen.Addr().Unmap()
	if !ip.IsValid() || ip.IsUnspecified() {
		return fmt.Sprintf("http://localhost:%d", listen.Port())
	}
	return url(ip, listen.Port())
}

// WriteTo prints the banner.
func (b Banner) WriteTo(w io.Writer) (int64, error) {
	var s strings.Builder
	local := LocalURL(b.Listen)
	s.WriteString("Sango classroom server\n\n")
	if !b.HasGame {
		fmt.Fprintf(&s, "WARNING: %s.\nEvery page will say so until then.\n\n", MissingBuildMessage)
	}
	switch {
	case b.LAN:
		s.WriteString("Devices in this room can join at:\n")
		for _, u := range b.URLs {
			fmt.Fprintf(&s, "    %s\n", u)
		}
		if b.Code != nil {
			s.WriteString("\nor scan this code with a phone or tablet camera:\n\n")
			s.WriteString(b.qr())
		}
	case b.Listen.Addr().IsValid() && !b.Listen.Addr().IsUnspecified():
		fmt.Fprintf(&s, "Listening on %s only, which other devices cannot reach.\n", local)
		fmt.Fprintf(&s, "To let the class join, start with -addr :%d instead.\n", b.Listen.Port())
	default:
		s.WriteString("No network found: other devices cannot join yet.\n")
		s.WriteString("Connect this computer to the classroom Wi-Fi (or turn on its hotspot) and restart.\n")
	}
	fmt.Fprintf(&s, "\nOn this computer: %s\n", local)
	if b.LAN {
		fmt.Fprintf(&s, "Show the join page on the projector: %s/join\n", local)
	}
	s.WriteString("Sango sends nothing anywhere; this window shows only counts.\nPress Ctrl+C to stop.\n\n")
	n, err := io.WriteString(w, s.String())
	if err != nil {
		return int64(n), fmt.Errorf("print banner: %w", err)
	}
	return int64(n), nil
}

// qr draws the code, forced to black on bright white when the terminal has colours, so
// that it scans the same on a dark terminal as on a light one.
func (b Banner) qr() string {
	text := TerminalQR(b.Code)
	if !b.Colour {
		return text
	}
	var s strings.Builder
	for _, line := range strings.SplitAfter(text, "\n") {
		if line == "" {
			continue
		}
		s.WriteString("\x1b[30;107m" + strings.TrimSuffix(line, "\n") + "\x1b[0m\n")
	}
	return s.String()
}
