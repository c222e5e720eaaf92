package server

import (
	"net/http/httptest"
	"net/netip"
	"testing"
)

func TestClientAddressHonoursForwardedForOnlyFromTrustedProxies(t *testing.T) {
	proxies := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}
	for _, c := range []struct {
		name, peer, xff string
		trusted         []netip.Prefix
		want            string
	}{
		{"no proxy configured", "203.0.113.9:5000", "198.51.100.1", nil, "203.0.113.9"},
		{"untrusted peer", "203.0.113.9:5000", "198.51.100.1", proxies, "203.0.113.9"},
		{"trusted proxy", "10.0.0.2:5000", "198.51.100.1", proxies, "198.51.100.1"},
		{"client-written hops are ignored", "10.0.0.2:5000", "1.2.3.4, 198.51.100.1", proxies, "198.51.100.1"},
		{"a chain of proxies", "10.0.0.2:5000", "198.51.100.1, 10.0.0.7", proxies, "198.51.100.1"},
		{"malformed hop", "10.0.0.2:5000", "garbage", proxies, "10.0.0.2"},
		{"no header", "10.0.0.2:5000", "", proxies, "10.0.0.2"},
		{"IPv6 peer", "[2001:db8::1]:443", "", proxies, "2001:db8::1"},
	} {
		r := httptest.NewRequest("POST", "/query", nil)
		r.RemoteAddr = c.peer
		if c.xff != "" {
			r.Header.Set("X-Forwarded-For", c.xff)
		}
		if got := clientAddr(r, c.trusted); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}
