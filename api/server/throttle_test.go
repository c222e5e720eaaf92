package server_test

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"greencheck/api/apitest"
	"greencheck/api/auth"
	"greencheck/api/db/dbtest"
	"greencheck/ent/auditentry"
)

// fakeClock is the sign-in service's clock in tests that wait minutes.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// throttled starts an empty server with the README's sign-in policy, a fake
// clock and a count of the passwords it verifies.
func throttled(t *testing.T, dia string) (*apitest.Env, *fakeClock, *atomic.Int64) {
	env := apitest.New(t, dia)
	clock := &fakeClock{t: time.Now()}
	var checks atomic.Int64
	throttle(env, clock, &checks)
	return env, clock, &checks
}

func throttle(env *apitest.Env, clock *fakeClock, checks *atomic.Int64) {
	env.Auth.Throttle = auth.DefaultThrottle()
	env.Auth.Now = clock.Now
	env.Auth.CheckPassword = func(hash, password string) bool {
		checks.Add(1)
		return auth.CheckPassword(hash, password)
	}
}

// signIn tries a password from a client address and returns the error code
// ("" on success) and, when RATE_LIMITED, the wait it asks for.
func signIn(t *testing.T, env *apitest.Env, username, password, addr string) (string, time.Duration) {
	t.Helper()
	res := env.Do(t, apitest.Request{Query: loginQ, Variables: map[string]any{"u": username, "p": password}, Addr: addr, Lang: "en"})
	code := res.Code()
	if code != "RATE_LIMITED" {
		return code, 0
	}
	m := retryRE.FindStringSubmatch(res.Errors[0].Message)
	if m == nil {
		t.Fatalf("RATE_LIMITED without a retry hint: %s", res.Raw)
	}
	n, _ := strconv.Atoi(m[1])
	unit := time.Second
	if m[2] == "minutes" {
		unit = time.Minute
	}
	return code, time.Duration(n) * unit
}

var retryRE = regexp.MustCompile(`try again in (\d+) (seconds|minutes)`)

// TestConcurrentWrongPasswordsEvaluateAtMostTheFreeAttempts: fifty wrong
// passwords at once from one address, spread over two replicas, verify
// five (the pair's free attempts), the rest are refused unverified; the
// user, from its own address, signs in at once; the attack is in the audit
// trail.
func TestConcurrentWrongPasswordsEvaluateAtMostTheFreeAttempts(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env, clock, checks := throttled(t, dia)
		replica := env.Replica(t)
		throttle(replica, clock, checks)
		for _, e := range []*apitest.Env{env, replica} {
			e.Auth.Throttle.Pair.Base = time.Minute // no new attempt opens during the burst
		}
		newAccount(t, env, "boss", "CITY_ADMIN", "BossPass123")
		newAccount(t, env, "victim", "CITY_ADMIN", "Victim123")
		const attacker = "203.0.113.9"
		var wg sync.WaitGroup
		var mu sync.Mutex
		codes := map[string]int{}
		start := time.Now()
		for i := range 50 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				code, _ := signIn(t, []*apitest.Env{env, replica}[i%2], "victim", "guess-000", attacker)
				mu.Lock()
				codes[code]++
				mu.Unlock()
			}()
		}
		wg.Wait()
		t.Logf("50 concurrent attempts over 2 replicas: %d verified, answered in %v", checks.Load(), time.Since(start).Round(time.Millisecond))
		free := env.Auth.Throttle.Pair.Free
		if n := checks.Load(); n != int64(free) {
			t.Errorf("%d passwords verified for 50 concurrent attempts, want %d", n, free)
		}
		if codes["UNAUTHENTICATED"] != free || codes["RATE_LIMITED"] != 50-free {
			t.Errorf("answers %v, want %d UNAUTHENTICATED and %d RATE_LIMITED", codes, free, 50-free)
		}
		// Even the right password waits at the attacker's address…
		if code, wait := signIn(t, env, "victim", "Victim123", attacker); code != "RATE_LIMITED" || wait <= 0 {
			t.Errorf("right password from the attacker's address: %q (wait %v)", code, wait)
		}
		// …but not at the user's.
		if code, _ := signIn(t, env, "victim", "Victim123", "198.51.100.7"); code != "" {
			t.Errorf("the user from its own address: %q", code)
		}
		// Administrators see the attack.
		res := env.Do(t, apitest.Request{Token: tokenOf(t, env, "boss", "BossPass123"),
			Query: `{auditEntries(first:10, where:{action:"auth.login_throttled"}){totalCount edges{node{subjectType actorName toValue}}}}`})
		var out struct {
			AuditEntries struct {
				TotalCount int
				Edges      []struct {
					Node struct{ SubjectType, ActorName, ToValue string }
				}
			}
		}
		res.Decode(t, &out)
		if out.AuditEntries.TotalCount != 1 || !strings.Contains(out.AuditEntries.Edges[0].Node.ToValue, attacker) ||
			out.AuditEntries.Edges[0].Node.SubjectType != "User" {
			t.Errorf("audit trail of the attack: %+v", out.AuditEntries)
		}
	})
}

func tokenOf(t *testing.T, env *apitest.Env, username, password string) string {
	t.Helper()
	s, res := login(t, env, username, password)
	if s == nil {
		t.Fatalf("login %s: %s", username, res.Raw)
	}
	return s.AccessToken
}

// TestAdminIsNotLockedOutByAnAttackersAddress: hours of guessing admin's
// password slow the attacker's address to one attempt per 15 minutes, while
// admin signs in at once where it signed in before, and within 30 seconds
// from anywhere else.
func TestAdminIsNotLockedOutByAnAttackersAddress(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env, clock, _ := throttled(t, dia)
		id := newAccount(t, env, "admin", "CITY_ADMIN", "Admin12345")
		const office, attacker, travel = "198.51.100.7", "203.0.113.9", "192.0.2.50"
		if code, _ := signIn(t, env, "admin", "Admin12345", office); code != "" {
			t.Fatalf("admin at the office: %q", code)
		}
		// The attacker guesses as fast as it is let, for three hours.
		start, verified := clock.Now(), 0
		for last := ""; clock.Now().Sub(start) < 3*time.Hour || last != "UNAUTHENTICATED"; {
			code, wait := signIn(t, env, "admin", "guess-123", attacker)
			switch code {
			case "UNAUTHENTICATED":
				verified++
			case "RATE_LIMITED":
				clock.Add(wait)
			default:
				t.Fatalf("attacker: %q", code)
			}
			last = code
		}
		// 5 at once, then after 1, 2, 4 … 512 s, then one every 15 minutes.
		t.Logf("attacker: %d passwords verified in %v", verified, clock.Now().Sub(start).Round(time.Minute))
		if verified > 27 {
			t.Errorf("the attacker had %d passwords verified in %v", verified, clock.Now().Sub(start).Round(time.Minute))
		}
		if code, wait := signIn(t, env, "admin", "Admin12345", attacker); code != "RATE_LIMITED" || wait < 10*time.Minute {
			t.Errorf("admin's password from the attacker's address: %q, wait %v", code, wait)
		}
		// Elsewhere, admin waits at most the user key's 30 seconds…
		code, wait := signIn(t, env, "admin", "Admin12345", travel)
		if code == "RATE_LIMITED" {
			if wait > 30*time.Second {
				t.Errorf("admin from a new address waits %v", wait)
			}
			clock.Add(wait)
			code, _ = signIn(t, env, "admin", "Admin12345", travel)
		}
		if code != "" {
			t.Errorf("admin from a new address: %q", code)
		}
		// …and at the office not at all, even right after a guess.
		clock.Add(15 * time.Minute)
		if code, _ := signIn(t, env, "admin", "guess-124", attacker); code != "UNAUTHENTICATED" {
			t.Fatalf("attacker after 15 minutes: %q", code)
		}
		if code, _ := signIn(t, env, "admin", "Admin12345", office); code != "" {
			t.Errorf("admin at the office during the attack: %q", code)
		}
		n, err := env.DB.Client.AuditEntry.Query().Where(auditentry.Action("auth.login_throttled"),
			auditentry.SubjectType("User"), auditentry.SubjectID(id)).Count(sys)
		t.Logf("audit entries about admin: %d", n)
		if err != nil || n != 4 { // the pair's and the user key's first wait and longest
			t.Errorf("audit entries of the attack on admin: %d, %v", n, err)
		}
	})
}

// TestSignInThrottleDoublesItsWaitAndASuccessResetsIt: the README's numbers.
func TestSignInThrottleDoublesItsWaitAndASuccessResetsIt(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env, clock, _ := throttled(t, dia)
		newAccount(t, env, "typist", "CITY_ADMIN", "Typist123")
		const home = "198.51.100.20"
		wrong := func() string { code, _ := signIn(t, env, "typist", "typo-1", home); return code }
		for i := range 5 {
			if code := wrong(); code != "UNAUTHENTICATED" {
				t.Fatalf("free attempt %d: %q", i+1, code)
			}
		}
		for _, want := range []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second} {
			code, wait := signIn(t, env, "typist", "typo-1", home)
			if code != "RATE_LIMITED" || wait != want {
				t.Fatalf("after a failure: %q, wait %v, want %v", code, wait, want)
			}
			clock.Add(wait)
			if code := wrong(); code != "UNAUTHENTICATED" {
				t.Fatalf("after waiting %v: %q", wait, code)
			}
		}
		_, wait := signIn(t, env, "typist", "Typist123", home)
		clock.Add(wait)
		if code, _ := signIn(t, env, "typist", "Typist123", home); code != "" {
			t.Fatalf("right password after the wait: %q", code)
		}
		for i := range 5 {
			if code := wrong(); code != "UNAUTHENTICATED" {
				t.Fatalf("free attempt %d after a success: %q", i+1, code)
			}
		}
		// In Chinese too, with the wait.
		res := env.Do(t, apitest.Request{Query: loginQ, Variables: map[string]any{"u": "typist", "p": "x"}, Addr: home})
		if res.Code() != "RATE_LIMITED" || res.Errors[0].Message != "登录尝试过于频繁，请 1 秒后再试" {
			t.Errorf("zh: %s", res.Raw)
		}
	})
}

// TestOneAddressGuessingManyUsernamesIsSlowed: password spraying from one
// address is slowed after 20 attempts, for that address only.
func TestOneAddressGuessingManyUsernamesIsSlowed(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env, _, checks := throttled(t, dia)
		newAccount(t, env, "someone", "CITY_ADMIN", "Someone123")
		const sprayer = "203.0.113.77"
		for i := range 20 {
			if code, _ := signIn(t, env, "user"+strconv.Itoa(i), "Spring2026", sprayer); code != "UNAUTHENTICATED" {
				t.Fatalf("attempt %d: %q", i+1, code)
			}
		}
		if code, _ := signIn(t, env, "user20", "Spring2026", sprayer); code != "RATE_LIMITED" {
			t.Errorf("21st username from one address: %q", code)
		}
		if n := checks.Load(); n != 20 {
			t.Errorf("%d passwords verified, want 20", n)
		}
		if code, _ := signIn(t, env, "someone", "Someone123", "198.51.100.30"); code != "" {
			t.Errorf("another address: %q", code)
		}
	})
}
