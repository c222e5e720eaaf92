package auth

import (
	"context"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/lib/pq"

	"greencheck/api/db"
	"greencheck/api/viewer"
)

// The viewers of recent requests are cached, so that a request costs no
// statement for who is calling. Rights only change through a revocation of
// sessions (every change of a user's password, activity, role, enterprise
// or districts revokes them, in the same transaction: session.go), so a
// revocation is the one event that invalidates: on this replica once it
// commits, and on every replica through PostgreSQL's NOTIFY, sent by a
// trigger on the sessions' table and delivered when — and only if — the
// revoking transaction commits. (The embedded SQLite database has one
// process; a session ended there by hand, outside GreenCheck, is noticed
// within ViewerTTL.)
//
// A request that read the database before a revocation committed cannot
// put its stale viewer back: each user has a generation, taken before the
// read and checked when storing. While a replica is not listening (starting,
// or its listening connection lost) it caches nothing, and on reconnecting
// it forgets everything. An entry lives at most ViewerTTL, the bound on how
// late a session's natural expiry is noticed.

// ViewerTTL is how long a cached viewer is trusted without an event.
const ViewerTTL = time.Minute

// revocationChannel is the PostgreSQL NOTIFY channel on which the database
// announces every revoked or deleted session (a trigger on refresh_tokens,
// api/db/revocations.go, whatever path made the change); the payload is the
// user's id, or "*" for everyone.
const revocationChannel = db.RevocationChannel

type viewerKey struct {
	user    int
	session string
}

type cachedViewer struct {
	v        *viewer.Viewer
	gen, all uint64
	until    time.Time
}

type viewerCache struct {
	mu      sync.Mutex
	entries *lru.Cache[viewerKey, cachedViewer]
	gen     map[int]uint64 // per user, bumped by each revocation
	all     uint64         // bumped when everything is forgotten
	off     bool           // not listening: cache nothing
}

func newViewerCache(size int) *viewerCache {
	c, _ := lru.New[viewerKey, cachedViewer](size)
	return &viewerCache{entries: c, gen: map[int]uint64{}}
}

// get returns a cached viewer still valid at now, or nil.
func (c *viewerCache) get(user int, session string, now time.Time) *viewer.Viewer {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.off {
		return nil
	}
	e, ok := c.entries.Get(viewerKey{user, session})
	if !ok || e.gen != c.gen[user] || e.all != c.all || now.After(e.until) {
		return nil
	}
	return e.v
}

// stamp returns the generations to store a viewer read from now on.
func (c *viewerCache) stamp(user int) (gen, all uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen[user], c.all
}

// put stores v unless a revocation came since stamp.
func (c *viewerCache) put(user int, session string, v *viewer.Viewer, gen, all uint64, until time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.off || gen != c.gen[user] || all != c.all {
		return
	}
	c.entries.Add(viewerKey{user, session}, cachedViewer{v: v, gen: gen, all: all, until: until})
}

// forget invalidates the users' viewers; none means everyone's.
func (c *viewerCache) forget(users ...int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(users) == 0 {
		c.all++
		c.entries.Purge()
		return
	}
	for _, u := range users {
		c.gen[u]++
	}
}

// setListening turns caching on or off; either way everything is forgotten.
func (c *viewerCache) setListening(on bool) {
	c.mu.Lock()
	c.off = !on
	c.mu.Unlock()
	c.forget()
}

// cachedViewerOf is viewerOf through the cache.
func (s *Service) cachedViewerOf(ctx context.Context, id int, session string) (*viewer.Viewer, error) {
	now := s.Now()
	if v := s.viewers.get(id, session, now); v != nil {
		return copyViewer(v), nil
	}
	gen, all := s.viewers.stamp(id)
	v, err := s.viewerOf(ctx, id, session)
	if err != nil {
		return nil, err
	}
	s.viewers.put(id, session, v, gen, all, now.Add(ViewerTTL))
	return copyViewer(v), nil
}

// ViewerFromTokenFresh is ViewerFromToken read from the database, never
// from the cache: for the re-checks of long-lived connections, which must
// also notice sessions ended by hand in the database.
func (s *Service) ViewerFromTokenFresh(ctx context.Context, token string) (*viewer.Viewer, error) {
	a, err := s.ParseAccessToken(token)
	if err != nil {
		return nil, err
	}
	return s.viewerOf(ctx, a.UserID, a.SessionID)
}

// copyViewer gives each request its own viewer (the cached one is shared).
func copyViewer(v *viewer.Viewer) *viewer.Viewer {
	cp := *v
	cp.DistrictIDs = append([]int(nil), v.DistrictIDs...)
	cp.Scopes = append([]string(nil), v.Scopes...)
	return &cp
}

// ListenForRevocations keeps a connection to PostgreSQL listening for the
// revocations made by every replica, until ctx ends: each forgets the
// revoked users' viewers and signals their connections (Watch) at once.
// Until it is listening, and whenever it loses the connection, the replica
// caches no viewer.
func (s *Service) ListenForRevocations(ctx context.Context, databaseURL string) {
	s.viewers.setListening(false)
	l := pq.NewListener(databaseURL, 100*time.Millisecond, 10*time.Second, func(ev pq.ListenerEventType, err error) {
		switch ev {
		case pq.ListenerEventReconnected: // LISTEN was issued again first
			s.viewers.setListening(true)
		case pq.ListenerEventDisconnected, pq.ListenerEventConnectionAttemptFailed:
			s.viewers.setListening(false)
			slog.Warn("listening for revocations", "event", ev, "err", err)
		}
	})
	go func() {
		defer l.Close()
		// Listen returns once LISTEN is in effect: from then on no
		// revocation can be missed, and viewers may be cached.
		if err := l.Listen(revocationChannel); err != nil {
			slog.Error("listening for revocations", "err", err)
			return
		}
		s.viewers.setListening(true)
		for {
			select {
			case <-ctx.Done():
				return
			case n := <-l.Notify:
				if n == nil { // reconnected: revocations may have been missed
					s.signalAll()
					continue
				}
				s.revoked(n.Extra)
			case <-time.After(90 * time.Second):
				go func() { _ = l.Ping() }()
			}
		}
	}()
}

// revoked handles a revocation announced by a replica (this one included).
func (s *Service) revoked(payload string) {
	if payload == "*" {
		s.viewers.forget()
		s.signalAll()
		return
	}
	var users []int
	for _, p := range strings.Split(payload, ",") {
		if id, err := strconv.Atoi(p); err == nil {
			users = append(users, id)
		}
	}
	s.viewers.forget(users...)
	for _, u := range users {
		s.signal(u)
	}
}

// signalAll signals every watched connection to re-check its session.
func (s *Service) signalAll() {
	s.watchMu.Lock()
	users := make([]int, 0, len(s.watchers))
	for u := range s.watchers {
		users = append(users, u)
	}
	s.watchMu.Unlock()
	for _, u := range users {
		s.signal(u)
	}
}
