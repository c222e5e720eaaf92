package server

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"greencheck/api/apperr"
	"greencheck/api/auth"
	"greencheck/api/events"
	"greencheck/api/partner"
	"greencheck/api/viewer"
	"greencheck/graph"
)

// CloseUnauthorized is the close code of a WebSocket whose authentication
// is missing or has ended (graphql-ws' Unauthorized): the client refreshes
// its token and reconnects, or signs in again.
const CloseUnauthorized = 4401

// closeTryAgain closes a socket that could not be authenticated for a
// reason of the server's (the database is unreachable): clients retry.
const closeTryAgain = 1013

// wsAuth authenticates GraphQL WebSockets and keeps them authenticated: a
// connection_init must carry a valid access token; the socket closes with
// 4401 when the token expires or its session ends (signalled at once on
// this replica, re-read every auth.Service.SessionRecheck for the others);
// every subscribe re-reads the session and runs with the fresh viewer.
type wsAuth struct {
	authn    *auth.Service
	partners *partner.Service
	open     *socketCounts
}

// MaxOwnerSockets bounds the WebSockets one user, or one partner key, holds
// open at once on a replica: the SPA keeps one per tab, and an account shared
// by a district's staff has many tabs open (64 × MaxSocketOperations is 1,280
// subscriptions, which the server carries without a stall). One more is
// closed at once with 4429 (graphql-ws' "too many", which its clients do not
// retry) and RATE_LIMITED: a thousand sockets of one enterprise account with
// twenty subscriptions each stalled the server's other requests.
const MaxOwnerSockets = 64

// closeTooMany closes a socket beyond MaxOwnerSockets.
const closeTooMany = 4429

// socketCounts counts the open sockets of each owner ("user:7", "key:3").
type socketCounts struct {
	mu sync.Mutex
	n  map[string]int
}

// hold counts a socket of owner until ctx ends; false (nothing counted)
// when the owner already holds MaxOwnerSockets.
func (c *socketCounts) hold(ctx context.Context, owner string) bool {
	if c == nil {
		return true
	}
	c.mu.Lock()
	if c.n == nil {
		c.n = map[string]int{}
	}
	if c.n[owner] >= MaxOwnerSockets {
		c.mu.Unlock()
		return false
	}
	c.n[owner]++
	c.mu.Unlock()
	go func() {
		<-ctx.Done()
		c.mu.Lock()
		if c.n[owner]--; c.n[owner] <= 0 {
			delete(c.n, owner)
		}
		c.mu.Unlock()
	}()
	return true
}

func tooMany(ctx context.Context) (context.Context, *transport.InitPayload, error) {
	ctx = transport.AppendCloseReason(ctx, "Too many connections")
	return transport.WithWebsocketCloseCode(ctx, closeTooMany), nil, apperr.New(apperr.RateLimited, string(apperr.RateLimited))
}

// wsSocket is one socket's authentication, put in the upgrade request's
// context so that the init function, the operations and the connection
// wrapper share it.
type wsSocket struct {
	mu     sync.Mutex
	token  string
	ended  string // why the session ended: the socket closes with 4401
	cancel context.CancelFunc
	active int // operations running on the socket
}

// MaxSocketOperations bounds the operations (subscriptions, mostly) one
// WebSocket runs at once; the SPA needs two.
const MaxSocketOperations = 20

type wsSocketKey struct{}

func socketOf(ctx context.Context) *wsSocket {
	s, _ := ctx.Value(wsSocketKey{}).(*wsSocket)
	return s
}

// end closes the socket with 4401, giving reason.
func (s *wsSocket) end(reason string) {
	s.mu.Lock()
	if s.ended == "" {
		s.ended = reason
	}
	cancel := s.cancel
	s.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}

func (s *wsSocket) endedReason() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ended
}

func (s *wsSocket) currentToken() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.token
}

// withSocket gives a WebSocket upgrade request its authentication state.
func withSocket(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") != "" {
			r = r.WithContext(context.WithValue(r.Context(), wsSocketKey{}, &wsSocket{}))
		}
		next.ServeHTTP(w, r)
	})
}

// init authenticates a WebSocket from the `Authorization` (or `authToken`)
// entry of its connection_init payload; without a valid one the socket is
// closed with 4401.
func (a wsAuth) init(ctx context.Context, p transport.InitPayload) (context.Context, *transport.InitPayload, error) {
	token := p.Authorization()
	if token == "" {
		token = p.GetString("authToken")
	}
	if token == "" { // a partner's key as its HTTP header names it
		token = p.GetString("X-API-Key")
	}
	token = strings.TrimSpace(token)
	if scheme, rest, ok := strings.Cut(token, " "); ok && strings.EqualFold(scheme, "Bearer") {
		token = strings.TrimSpace(rest)
	}
	if token == "" {
		return refuse(ctx, apperr.New(apperr.Unauthenticated, string(apperr.Unauthenticated)))
	}
	if partner.IsSecret(token) {
		return a.initPartner(ctx, token)
	}
	v, access, err := a.authn.Authenticate(ctx, token)
	if err != nil {
		return refuse(ctx, err)
	}
	s := socketOf(ctx)
	if s == nil { // not through New: no 4401 on expiry, but still closed
		s = &wsSocket{}
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	if !a.open.hold(ctx, fmt.Sprintf("user:%d", v.UserID)) {
		cancel()
		return tooMany(parent)
	}
	s.mu.Lock()
	s.token, s.cancel = token, cancel
	s.mu.Unlock()
	go a.watch(ctx, s, access)
	return viewer.NewContext(ctx, v), nil, nil
}

// initPartner authenticates a socket opened with a partner's key; the key
// is read again at every subscribe, every SessionRecheck and at once when
// it changes on any replica (partner.KeyTopic), so a revoked or expired key
// closes the socket with 4401.
func (a wsAuth) initPartner(ctx context.Context, token string) (context.Context, *transport.InitPayload, error) {
	v, k, err := a.partners.Authenticate(ctx, token)
	if err != nil {
		return refuse(ctx, err)
	}
	s := socketOf(ctx)
	if s == nil {
		s = &wsSocket{}
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	if !a.open.hold(ctx, fmt.Sprintf("key:%d", k.ID)) {
		cancel()
		return tooMany(parent)
	}
	s.mu.Lock()
	s.token, s.cancel = token, cancel
	s.mu.Unlock()
	go func() {
		every := a.authn.SessionRecheck
		if every <= 0 {
			every = 30 * time.Second
		}
		tick := time.NewTicker(every)
		defer tick.Stop()
		var changed <-chan events.Event
		if a.partners.Bus != nil {
			changed = a.partners.Bus.Subscribe(ctx, partner.KeyTopic(k.ID))
		}
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			case <-changed:
			}
			if _, _, err := a.partners.Authenticate(ctx, token); apperr.CodeOf(err) == apperr.Unauthenticated {
				s.end("Unauthorized: key ended")
				return
			}
		}
	}()
	return partner.WithKey(viewer.NewContext(ctx, v), k), nil, nil
}

// fresh is the socket's viewer read again: a user's session or a
// partner's key.
func (a wsAuth) fresh(ctx context.Context, token string) (context.Context, error) {
	if partner.IsSecret(token) {
		v, k, err := a.partners.Authenticate(ctx, token)
		if err != nil {
			return ctx, err
		}
		return partner.WithKey(viewer.NewContext(ctx, v), k), nil
	}
	v, err := a.authn.ViewerFromTokenFresh(ctx, token)
	if err != nil {
		return ctx, err
	}
	return viewer.NewContext(ctx, v), nil
}

func refuse(ctx context.Context, err error) (context.Context, *transport.InitPayload, error) {
	if apperr.CodeOf(err) != apperr.Unauthenticated {
		slog.ErrorContext(ctx, "authenticate WebSocket", "err", err)
		return transport.WithWebsocketCloseCode(transport.AppendCloseReason(ctx, "Try again later"), closeTryAgain), nil, err
	}
	ctx = transport.AppendCloseReason(ctx, "Unauthorized")
	return transport.WithWebsocketCloseCode(ctx, CloseUnauthorized), nil, err
}

// watch ends the socket when its access token expires, or when its session
// is found ended: at once when this replica revokes it, else at the next
// periodic check.
func (a wsAuth) watch(ctx context.Context, s *wsSocket, access auth.Access) {
	signal, stop := a.authn.Watch(access.UserID)
	defer stop()
	expiry := time.NewTimer(access.ExpiresAt.Sub(a.authn.Now()))
	defer expiry.Stop()
	every := a.authn.SessionRecheck
	if every <= 0 {
		every = 30 * time.Second
	}
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-expiry.C:
			s.end("Unauthorized: token expired")
			return
		case <-signal:
		case <-tick.C:
		}
		_, err := a.authn.ViewerFromTokenFresh(ctx, s.currentToken())
		switch {
		case err == nil, ctx.Err() != nil:
		case apperr.CodeOf(err) == apperr.Unauthenticated:
			s.end("Unauthorized: session ended")
			return
		default: // the database is unreachable: keep the socket, check again
			slog.WarnContext(ctx, "re-check WebSocket session", "err", err)
		}
	}
}

// aroundOperations re-reads the session of a WebSocket at every subscribe
// and runs the operation with the fresh viewer; an ended session closes the
// socket with 4401.
func (a wsAuth) aroundOperations(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	s := socketOf(ctx)
	if s == nil {
		return next(ctx)
	}
	token := s.currentToken()
	if token == "" {
		return next(ctx)
	}
	s.mu.Lock()
	if s.active >= MaxSocketOperations {
		s.mu.Unlock()
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{graph.ErrorPresenter(ctx,
			apperr.New(apperr.RateLimited, "request.socket_operations", MaxSocketOperations))}})
	}
	s.active++
	s.mu.Unlock()
	var once sync.Once
	done := func() {
		once.Do(func() {
			s.mu.Lock()
			s.active--
			s.mu.Unlock()
		})
	}
	go func() { // a stopped subscription: its context ends
		<-ctx.Done()
		done()
	}()
	opCtx, err := a.fresh(ctx, token)
	switch {
	case err == nil:
	case ctx.Err() != nil: // the socket is closing
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{graph.ErrorPresenter(ctx, ctx.Err())}})
	default:
		if apperr.CodeOf(err) == apperr.Unauthenticated {
			s.end("Unauthorized: session ended")
		}
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{graph.ErrorPresenter(ctx, err)}})
	}
	responses := next(opCtx)
	return func(ctx context.Context) *graphql.Response {
		r := responses(ctx)
		if r == nil { // the end of the operation's stream
			done()
		}
		return r
	}
}

// wsImplementation closes with 4401 the sockets whose session ended.
type wsImplementation struct {
	transport.WebsocketImplementation
}

func (i wsImplementation) Accept(w http.ResponseWriter, r *http.Request, o transport.WebsocketAcceptOptions) (transport.WebsocketConn, error) {
	c, err := i.WebsocketImplementation.Accept(w, r, o)
	if err != nil {
		return nil, err
	}
	s := socketOf(r.Context())
	if s == nil {
		return c, nil
	}
	return &wsConn{WebsocketConn: c, socket: s}, nil
}

type wsConn struct {
	transport.WebsocketConn
	socket *wsSocket
}

// WriteClose turns the transport's ordinary close of a cancelled connection
// into 4401 when the session ended.
func (c *wsConn) WriteClose(code int, message string) error {
	if reason := c.socket.endedReason(); reason != "" {
		code, message = CloseUnauthorized, reason
	}
	return c.WebsocketConn.WriteClose(code, message)
}

// Close also stops the socket's watch.
func (c *wsConn) Close() error {
	c.socket.mu.Lock()
	cancel := c.socket.cancel
	c.socket.mu.Unlock()
	if cancel != nil {
		cancel()
	}
	return c.WebsocketConn.Close()
}

// SetReadLimit keeps the transport's message size limit.
func (c *wsConn) SetReadLimit(n int64) {
	if l, ok := c.WebsocketConn.(transport.WebsocketReadLimiter); ok {
		l.SetReadLimit(n)
	}
}

// SetReadDeadline keeps the transport's ping deadline.
func (c *wsConn) SetReadDeadline(t time.Time) error {
	if d, ok := c.WebsocketConn.(transport.WebsocketReadDeadliner); ok {
		return d.SetReadDeadline(t)
	}
	return nil
}
