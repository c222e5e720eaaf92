package auth

import (
	"strings"
	"sync"
	"time"
)

// loginLimiter slows, then refuses, repeated failed sign-ins for one
// username. It is per process; replicas each keep their own count, which
// still bounds guessing to a small multiple of the limit.
type loginLimiter struct {
	mu       sync.Mutex
	failures map[string]*failures
	// SlowAfter failures add Delay each; Lockout failures within Window
	// refuse the username for Window.
	SlowAfter int
	Lockout   int
	Delay     time.Duration
	Window    time.Duration
	now       func() time.Time
}

type failures struct {
	count       int
	first       time.Time
	lockedUntil time.Time
}

func newLoginLimiter(now func() time.Time) *loginLimiter {
	return &loginLimiter{
		failures:  map[string]*failures{},
		SlowAfter: 3, Lockout: 5,
		Delay: 500 * time.Millisecond, Window: 15 * time.Minute,
		now: now,
	}
}

// check returns how long to wait before trying, and how long the username
// is locked out (zero when it is not).
func (l *loginLimiter) check(username string) (delay, locked time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	f := l.failures[strings.ToLower(username)]
	if f == nil {
		return 0, 0
	}
	now := l.now()
	if now.Before(f.lockedUntil) {
		return 0, f.lockedUntil.Sub(now)
	}
	if now.Sub(f.first) > l.Window {
		delete(l.failures, strings.ToLower(username))
		return 0, 0
	}
	if f.count >= l.SlowAfter {
		return time.Duration(f.count-l.SlowAfter+1) * l.Delay, 0
	}
	return 0, 0
}

func (l *loginLimiter) fail(username string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	key, now := strings.ToLower(username), l.now()
	f := l.failures[key]
	if f == nil || now.Sub(f.first) > l.Window {
		f = &failures{first: now}
		l.failures[key] = f
	}
	f.count++
	if f.count >= l.Lockout {
		f.lockedUntil = now.Add(l.Window)
	}
	// Bound memory under a flood of random usernames.
	if len(l.failures) > 100000 {
		for k, v := range l.failures {
			if now.Sub(v.first) > l.Window {
				delete(l.failures, k)
			}
		}
	}
}

func (l *loginLimiter) succeed(username string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.failures, strings.ToLower(username))
}
