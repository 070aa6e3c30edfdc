package classroom

import (
	"net/netip"
	"slices"
	"testing"
)

func iface(name string, up, loopback bool, addr string) InterfaceAddr {
	return InterfaceAddr{Name: name, Up: up, Loopback: loopback, Addr: netip.MustParseAddr(addr)}
}

func TestJoinURLs(t *testing.T) {
	machine := []InterfaceAddr{
		iface("lo", true, true, "127.0.0.1"),
		iface("lo", true, true, "::1"),
		iface("docker0", true, false, "172.17.0.1"),
		iface("eth1", true, false, "169.254.3.4"),
		iface("eth2", true, false, "203.0.113.7"),
		iface("eth0", true, false, "192.168.1.23"),
		iface("eth0", true, false, "fe80::1"),
		iface("eth0", true, false, "2001:db8::23"),
		iface("eth0", true, false, "192.168.1.23"), // listed twice: shown once
		iface("wlan0", false, false, "10.0.0.5"),   // down
		iface("wlan1", true, false, "::ffff:10.1.2.3"),
		iface("vEthernet (WSL)", true, false, "172.20.0.1"),
	}
	cases := []struct {
		name   string
		listen string
		addrs  []InterfaceAddr
		want   []string
		lan    bool
	}{
		{"every address", "[::]:8080", machine, []string{
			"http://192.168.1.23:8080", "http://10.1.2.3:8080", // private, real adapters, in system order
			"http://203.0.113.7:8080",                          // public
			"http://172.17.0.1:8080", "http://172.20.0.1:8080", // virtual adapters
			"http://169.254.3.4:8080", // self-assigned
		}, true},
		{"IPv4 any", "0.0.0.0:9000", machine[:6], []string{
			"http://192.168.1.23:9000", "http://203.0.113.7:9000", "http://172.17.0.1:9000", "http://169.254.3.4:9000",
		}, true},
		{"no network", "[::]:8080", []InterfaceAddr{machine[0], machine[1], machine[6], machine[7], machine[9]}, []string{"http://localhost:8080"}, false},
		{"nothing at all", "[::]:8080", nil, []string{"http://localhost:8080"}, false},
		{"loopback only", "127.0.0.1:18080", machine, []string{"http://127.0.0.1:18080"}, false},
		{"one address", "192.168.1.23:8080", machine, []string{"http://192.168.1.23:8080"}, true},
		{"one IPv6 address", "[2001:db8::23]:8080", machine, []string{"http://[2001:db8::23]:8080"}, true},
	}
	for _, c := range cases {
		urls, lan := JoinURLs(netip.MustParseAddrPort(c.listen), c.addrs)
		if !slices.Equal(urls, c.want) || lan != c.lan {
			t.Errorf("%s: got %q lan=%v, want %q lan=%v", c.name, urls, lan, c.want, c.lan)
		}
	}
}

func TestLocalURL(t *testing.T) {
	for listen, want := range map[string]string{
		"[::]:8080":         "http://localhost:8080",
		"0.0.0.0:8081":      "http://localhost:8081",
		"127.0.0.1:18080":   "http://127.0.0.1:18080",
		"192.168.1.23:8080": "http://192.168.1.23:8080",
	} {
		if got := LocalURL(netip.MustParseAddrPort(listen)); got != want {
			t.Errorf("LocalURL(%s) = %s, want %s", listen, got, want)
		}
	}
}

// TestInterfacesOfThisMachine reads the real interfaces: every machine has a loopback.
func TestInterfacesOfThisMachine(t *testing.T) {
	addrs, err := Interfaces()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(addrs, func(a InterfaceAddr) bool { return a.Loopback && a.Addr.IsLoopback() }) {
		t.Fatalf("no loopback address among %v", addrs)
	}
}
