package auth

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/netip"
	"slices"
	"strings"
	"time"

	"greencheck/api/apperr"
	"greencheck/api/audit"
	"greencheck/ent"
	"greencheck/ent/loginthrottle"
)

// Throttle is the sign-in policy. Every attempt is counted, before its
// password is verified, against three keys:
//
//   - pair: the username from this client address;
//   - address: every username from this client address;
//   - user: the username from every address.
//
// A key admits Free attempts at once; after that each further attempt waits
// Base, doubled for every attempt, at most Max. An attempt made while one of
// its keys waits is refused (RATE_LIMITED, saying how long) and not counted,
// so hammering does not lengthen the wait, and a burst of concurrent
// attempts evaluates at most Free passwords per key. A success resets the
// pair and the user keys and gives the address its attempt back; a key idle
// for Forget starts again.
//
// An attacker only slows down its own address: the user key's Max is short,
// and from an address where the username signed in within Remember only the
// pair key applies, so neither a flood from elsewhere nor a shared address
// keeps a user out. The counters are rows of the database (LoginThrottle),
// shared by every replica.
type Throttle struct {
	Pair, Address, User Budget
	Forget, Remember    time.Duration
}

// Budget is one key's allowance.
type Budget struct {
	Free      int
	Base, Max time.Duration
}

// DefaultThrottle is the policy stated in the README.
func DefaultThrottle() Throttle {
	return Throttle{
		Pair:     Budget{Free: 5, Base: time.Second, Max: 15 * time.Minute},
		Address:  Budget{Free: 20, Base: time.Second, Max: 15 * time.Minute},
		User:     Budget{Free: 10, Base: time.Second, Max: 30 * time.Second},
		Forget:   24 * time.Hour,
		Remember: 90 * 24 * time.Hour,
	}
}

// Delay is how long a key waits after its n-th attempt.
func (b Budget) Delay(n int) time.Duration {
	if n < b.Free {
		return 0
	}
	shift := min(n-b.Free, 40)
	d := b.Base << shift
	if d > b.Max || d <= 0 {
		d = b.Max
	}
	return d
}

type clientAddrKey struct{}

// WithClientAddr returns ctx carrying the client's network address (the
// server derives it from the request; see README, GREENCHECK_TRUSTED_PROXIES).
func WithClientAddr(ctx context.Context, addr string) context.Context {
	return context.WithValue(ctx, clientAddrKey{}, addr)
}

// ClientAddr returns the client address in ctx, or "".
func ClientAddr(ctx context.Context) string {
	a, _ := ctx.Value(clientAddrKey{}).(string)
	return a
}

// throttleAddr is the address a key counts: an IPv6 client by its /64, the
// smallest block one subscriber is usually given.
func throttleAddr(addr string) string {
	a, err := netip.ParseAddr(addr)
	if err != nil {
		return "unknown"
	}
	a = a.Unmap()
	if a.Is6() {
		p, _ := a.Prefix(64)
		return p.String()
	}
	return a.String()
}

// throttleUser is the username a key counts: as typed, lower-cased; one
// that cannot be a username is counted by its digest.
func throttleUser(username string) string {
	u := strings.ToLower(username)
	ok := len(u) > 0 && len(u) <= 64
	for _, r := range u {
		ok = ok && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '.' || r == '-')
	}
	if ok {
		return u
	}
	h := sha256.Sum256([]byte(username))
	return "#" + hex.EncodeToString(h[:8])
}

// grant is an attempt counted against its keys.
type grant struct {
	username, address string
	at                time.Time
	counted           []counted
}

type counted struct {
	kind     string // pair, address, user
	key      string
	budget   Budget
	attempts int // after this attempt
}

var errContention = errors.New("auth: concurrent attempt on a throttle key")

// claim counts an attempt against its keys, or refuses it while one of them
// waits. Two concurrent claims on a key cannot both read the same count:
// each writes the count it read back only if it is unchanged, and the loser
// tries again.
func (s *Service) claim(ctx context.Context, username, addr string) (*grant, error) {
	s.sweep(ctx)
	u, a := throttleUser(username), throttleAddr(addr)
	for try := 0; ; try++ {
		g, err := s.tryClaim(system(ctx), u, a)
		if !errors.Is(err, errContention) {
			return g, err
		}
		if try == 20 {
			return nil, rateLimited(time.Second)
		}
		time.Sleep(time.Duration(1+rand.IntN(5)) * time.Millisecond)
	}
}

func (s *Service) tryClaim(ctx context.Context, u, a string) (g *grant, err error) {
	t, now := s.Throttle, s.now()
	type spec struct {
		kind, key, username, address string
		budget                       Budget
	}
	pair := spec{"pair", "pair:" + u + "|" + a, u, a, t.Pair}
	specs := []spec{pair, {"address", "addr:" + a, "", a, t.Address}, {"user", "user:" + u, u, "", t.User}}

	tx, err := s.client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	rows, err := tx.LoginThrottle.Query().
		Where(loginthrottle.KeyIn(pair.key, specs[1].key, specs[2].key)).All(ctx)
	if err != nil {
		return nil, err
	}
	byKey := map[string]*ent.LoginThrottle{}
	for _, r := range rows {
		byKey[r.Key] = r
	}
	forgotten := func(r *ent.LoginThrottle) bool { return now.Sub(r.LastAt) >= t.Forget }
	// Where the user signed in before, only the pair counts: others' floods
	// of the username or of a shared address do not keep it out.
	if r := byKey[pair.key]; r != nil && r.SucceededAt != nil && now.Sub(*r.SucceededAt) < t.Remember {
		specs = specs[:1]
	}
	var wait time.Duration
	for _, sp := range specs {
		if r := byKey[sp.key]; r != nil && !forgotten(r) && now.Before(r.NextAt) {
			wait = max(wait, r.NextAt.Sub(now))
		}
	}
	if wait > 0 {
		err = rateLimited(wait)
		return nil, err
	}
	// Written in key order, so that concurrent claims lock rows in one order.
	slices.SortFunc(specs, func(x, y spec) int { return strings.Compare(x.key, y.key) })
	g = &grant{username: u, address: a, at: now}
	for _, sp := range specs {
		n := 1
		if r := byKey[sp.key]; r == nil {
			err = tx.LoginThrottle.Create().SetKey(sp.key).SetUsername(sp.username).SetAddress(sp.address).
				SetAttempts(n).SetNextAt(now.Add(sp.budget.Delay(n))).SetLastAt(now).Exec(ctx)
			if ent.IsConstraintError(err) {
				err = errContention
			}
		} else {
			if !forgotten(r) {
				n = r.Attempts + 1
			}
			var c int
			c, err = tx.LoginThrottle.Update().Where(loginthrottle.ID(r.ID), loginthrottle.Attempts(r.Attempts)).
				SetAttempts(n).SetNextAt(now.Add(sp.budget.Delay(n))).SetLastAt(now).Save(ctx)
			if err == nil && c == 0 {
				err = errContention
			}
		}
		if err != nil {
			return nil, err
		}
		g.counted = append(g.counted, counted{kind: sp.kind, key: sp.key, budget: sp.budget, attempts: n})
	}
	if err = tx.Commit(); err != nil {
		return nil, err
	}
	return g, nil
}

func rateLimited(wait time.Duration) error {
	secs := int((wait + time.Second - 1) / time.Second)
	if secs < 120 {
		return apperr.New(apperr.RateLimited, "auth.rate_limited_seconds", max(secs, 1))
	}
	return apperr.New(apperr.RateLimited, "auth.rate_limited", (secs+59)/60)
}

// failed records in the audit trail each key this failed attempt started
// slowing down, or brought to its longest wait: what administrators see of
// an attack.
func (s *Service) failed(ctx context.Context, g *grant, u *ent.User) {
	for _, c := range g.counted {
		d := c.budget.Delay(c.attempts)
		if d == 0 || (c.attempts != c.budget.Free && (d < c.budget.Max || c.budget.Delay(c.attempts-1) == c.budget.Max)) {
			continue
		}
		e := audit.Entry{Action: "auth.login_throttled", SubjectType: "LoginThrottle",
			Comment: fmt.Sprintf("%s: %d attempts, next in %s", c.kind, c.attempts, d),
			To: map[string]any{"scope": c.kind, "username": g.username, "address": g.address,
				"attempts": c.attempts, "until": g.at.Add(d)}}
		if c.kind == "address" {
			delete(e.To.(map[string]any), "username")
		} else if u != nil {
			e.SubjectType, e.SubjectID, e.EnterpriseID = "User", u.ID, u.EnterpriseID
		}
		if c.kind == "user" {
			delete(e.To.(map[string]any), "address")
		}
		if err := audit.Record(system(ctx), s.client, e); err != nil {
			slog.WarnContext(ctx, "audit login throttle", "err", err)
		}
	}
}

// succeeded resets the pair and user keys of a successful attempt, marks
// the pair as known, and gives the address its attempt back.
func (s *Service) succeeded(ctx context.Context, g *grant) error {
	ctx = system(ctx)
	now := s.now()
	for _, c := range g.counted {
		var err error
		switch c.kind {
		case "pair":
			err = s.client.LoginThrottle.Update().Where(loginthrottle.Key(c.key)).
				SetAttempts(0).SetNextAt(now).SetLastAt(now).SetSucceededAt(now).Exec(ctx)
		case "address":
			err = s.client.LoginThrottle.Update().Where(loginthrottle.Key(c.key), loginthrottle.AttemptsGT(0)).
				AddAttempts(-1).Exec(ctx)
		}
		if err != nil {
			return err
		}
	}
	// Counted or not (a known address), the user key restarts.
	return s.client.LoginThrottle.Update().Where(loginthrottle.Key("user:"+g.username), loginthrottle.AttemptsGT(0)).
		SetAttempts(0).SetNextAt(now).Exec(ctx)
}

// sweep deletes idle counters, at most once an hour per process; a known
// pair is kept for Remember.
func (s *Service) sweep(ctx context.Context) {
	now := s.now()
	last := s.swept.Load()
	if now.Unix()-last < 3600 || !s.swept.CompareAndSwap(last, now.Unix()) {
		return
	}
	_, err := s.client.LoginThrottle.Delete().Where(loginthrottle.LastAtLT(now.Add(-s.Throttle.Forget)),
		loginthrottle.Or(loginthrottle.SucceededAtIsNil(), loginthrottle.SucceededAtLT(now.Add(-s.Throttle.Remember)))).
		Exec(system(ctx))
	if err != nil {
		slog.WarnContext(ctx, "sweep login throttles", "err", err)
	}
}
