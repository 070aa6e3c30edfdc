package classroom

import (
	"fmt"
	"net"
	"net/netip"
	"slices"
	"strings"
)

// InterfaceAddr is one address of one network interface, as far as choosing the URLs
// that devices in the room can reach is concerned.
type InterfaceAddr struct {
	Name     string // interface name, used only to rank virtual adapters last
	Up       bool
	Loopback bool
	Addr     netip.Addr
}

// Interfaces lists the machine's interface addresses for JoinURLs.
func Interfaces() ([]InterfaceAddr, error) {
	ifaces, err := net.Interfaces()
	if err != nil {
		return nil, fmt.Errorf("list network interfaces: %w", err)
	}
	var out []InterfaceAddr
	for _, iface := range ifaces {
		addrs, err := iface.Addrs()
		if err != nil {
			// One odd adapter (a VPN mid-reconnect) must not hide the Wi-Fi one.
			continue
		}
		for _, a := range addrs {
			var ip net.IP
			switch v := a.(type) {
			case *net.IPNet:
				ip = v.IP
			case *net.IPAddr:
				ip = v.IP
			}
			addr, ok := netip.AddrFromSlice(ip)
			if !ok {
				continue
			}
			out = append(out, InterfaceAddr{
				Name:     iface.Name,
				Up:       iface.Flags&net.FlagUp != 0,
				Loopback: iface.Flags&net.FlagLoopback != 0,
				Addr:     addr.Unmap(),
			})
		}
	}
	return out, nil
}

// JoinURLs returns the addresses devices should open to reach a server listening on
// listen, best first (the first one goes in the QR code), and whether they are reachable
// from other devices at all. A server on every address (":8080") offers each up, non-
// loopback IPv4 address; IPv6 is left out because link-local addresses need a zone that
// phones cannot type and most classroom networks hand out IPv4. With no such address,
// or a server bound to loopback, the only URL is this machine's own and lan is false.
func JoinURLs(listen netip.AddrPort, addrs []InterfaceAddr) (urls []string, lan bool) {
	port := listen.Port()
	ip := listen.Addr().Unmap()
	switch {
	case ip.IsLoopback():
		return []string{url(ip, port)}, false
	case ip.IsValid() && !ip.IsUnspecified():
		return []string{url(ip, port)}, true
	}
	type candidate struct {
		addr netip.Addr
		rank int
	}
	var found []candidate
	for _, a := range addrs {
		ip := a.Addr.Unmap()
		if !a.Up || a.Loopback || !ip.Is4() || ip.IsLoopback() || ip.IsUnspecified() || ip.IsMulticast() {
			continue
		}
		if slices.ContainsFunc(found, func(c candidate) bool { return c.addr == ip }) {
			continue
		}
		found = append(found, candidate{ip, rank(a.Name, ip)})
	}
	// Stable, so among equals the system's interface order (usually the main adapter
	// first) decides.
	slices.SortStableFunc(found, func(a, b candidate) int { return a.rank - b.rank })
	for _, c := range found {
		urls = append(urls, url(c.addr, port))
	}
	if len(urls) == 0 {
		return []string{fmt.Sprintf("http://localhost:%d", port)}, false
	}
	return urls, true
}

// rank orders candidates: private addresses on real adapters first (a school's Wi-Fi),
// then other addresses on real adapters, then virtual adapters, then self-assigned
// 169.254 addresses, which mean DHCP failed.
func rank(name string, ip netip.Addr) int {
	if ip.IsLinkLocalUnicast() {
		return 3
	}
	// Adapters that other devices in the room cannot reach: container bridges, VM
	// host-only networks and VPN tunnels. They are still listed, only last.
	virtual := []string{
		"docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "lxc", "lxd", "cni", "podman",
		"tun", "tap", "utun", "wg", "tailscale", "zt", "vethernet", "virtualbox", "vmware", "hyper-v",
	}
	lower := strings.ToLower(name)
	for _, p := range virtual {
		if strings.HasPrefix(lower, p) {
			return 2
		}
	}
	if ip.IsPrivate() {
		return 0
	}
	return 1
}

func url(ip netip.Addr, port uint16) string {
	return "http://" + netip.AddrPortFrom(ip, port).String()
}
