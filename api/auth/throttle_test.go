package auth

import (
	"testing"
	"time"
)

func TestThrottleWaitsDoubleAfterTheFreeAttemptsUpToTheirMax(t *testing.T) {
	p := DefaultThrottle().Pair
	var got []time.Duration
	for n := 1; n <= 17; n++ {
		got = append(got, p.Delay(n))
	}
	want := []time.Duration{0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900}
	for i := range want {
		if got[i] != want[i]*time.Second {
			t.Fatalf("waits after attempts 1…17 = %v, want %v s", got, want)
		}
	}
	if d := p.Delay(1 << 20); d != p.Max {
		t.Errorf("wait after a huge count = %v", d)
	}
	if u := DefaultThrottle().User; u.Delay(100) != 30*time.Second {
		t.Errorf("the user key waits at most %v", u.Delay(100))
	}
}

func TestThrottleKeysAddressesByIPv6BlockAndOddUsernamesByDigest(t *testing.T) {
	for in, want := range map[string]string{
		"203.0.113.9":          "203.0.113.9",
		"::ffff:203.0.113.9":   "203.0.113.9",
		"2001:db8:1:2:3:4:5:6": "2001:db8:1:2::/64",
		"2001:db8:1:2:ffff::1": "2001:db8:1:2::/64",
		"":                     "unknown",
		"not an address":       "unknown",
	} {
		if got := throttleAddr(in); got != want {
			t.Errorf("throttleAddr(%q) = %q, want %q", in, got, want)
		}
	}
	if got := throttleUser("Admin"); got != "admin" {
		t.Errorf("throttleUser(Admin) = %q", got)
	}
	odd := throttleUser("x\x00' OR 1=1 --" + string(make([]byte, 500)))
	if len(odd) != 17 || odd[0] != '#' {
		t.Errorf("an odd username is keyed as %q", odd)
	}
}
