// Package auth signs users in: passwords, JWT access tokens, rotating refresh
// tokens, and the Viewer of each request.
package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"entgo.io/ent/privacy"
	"github.com/golang-jwt/jwt/v5"

	"greencheck/api/apperr"
	"greencheck/api/db"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/refreshtoken"
	"greencheck/ent/user"
)

const issuer = "greencheck"

// Service signs users in and out.
type Service struct {
	client     *ent.Client
	secret     []byte
	AccessTTL  time.Duration
	RefreshTTL time.Duration
	Now        func() time.Time
	// Throttle is the sign-in policy (see throttle.go).
	Throttle Throttle
	// SessionRecheck is how often a long-lived connection (a WebSocket)
	// re-reads its session: the bound on how long a session revoked by
	// another replica keeps streaming. Revocations on this replica are
	// signalled at once (see Watch).
	SessionRecheck time.Duration
	// CheckPassword verifies a password against its hash (bcrypt); tests
	// count the calls.
	CheckPassword func(hash, password string) bool

	watchMu  sync.Mutex
	watchers map[int]map[chan struct{}]struct{}
	// viewers caches the viewers of recent requests (viewers.go).
	viewers *viewerCache
	swept   atomic.Int64 // unix seconds of the last sweep of idle throttle counters
}

// New returns a Service signing tokens with secret. Every change of a user's
// password, activity, role, enterprise or districts made through client
// ends the user's sessions (see revokeOnRightsChange).
func New(client *ent.Client, secret []byte) *Service {
	s := &Service{client: client, secret: secret,
		AccessTTL: 15 * time.Minute, RefreshTTL: 30 * 24 * time.Hour, Now: time.Now,
		Throttle: DefaultThrottle(), SessionRecheck: 30 * time.Second, CheckPassword: CheckPassword,
		watchers: map[int]map[chan struct{}]struct{}{}, viewers: newViewerCache(100_000)}
	client.User.Use(s.revokeOnUserChange)
	client.District.Use(s.revokeOnUsersEdge(districtMembers))
	client.Enterprise.Use(s.revokeOnUsersEdge(enterpriseMembers))
	return s
}

// Session is what a successful sign-in or refresh returns.
type Session struct {
	AccessToken           string
	AccessTokenExpiresAt  time.Time
	RefreshToken          string
	RefreshTokenExpiresAt time.Time
	User                  *ent.User
}

// system is the context of the service's own reads and writes of users and
// tokens, which happen before there is a viewer.
func system(ctx context.Context) context.Context {
	return privacy.DecisionContext(ctx, privacy.Allow)
}

// Login checks a username and password and opens a session. The attempt is
// counted against the throttle before the password is verified (see
// throttle.go); the client address comes from ctx (WithClientAddr).
func (s *Service) Login(ctx context.Context, username, password string) (*Session, error) {
	// Usernames are lower case (the schema says so): " Furong" is furong.
	username = strings.ToLower(strings.TrimSpace(username))
	u, err := s.client.User.Query().Where(user.Username(username)).Only(system(ctx))
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	}
	g, err := s.claim(ctx, username, ClientAddr(ctx))
	if err != nil {
		return nil, err
	}
	if u == nil {
		s.CheckPassword(string(dummyHash), password)
		s.failed(ctx, g, nil)
		return nil, apperr.New(apperr.Unauthenticated, "auth.invalid_credentials")
	}
	if !s.CheckPassword(u.PasswordHash, password) {
		s.failed(ctx, g, u)
		return nil, apperr.New(apperr.Unauthenticated, "auth.invalid_credentials")
	}
	if !u.Active {
		return nil, apperr.New(apperr.Unauthenticated, "auth.inactive")
	}
	if err := s.succeeded(ctx, g); err != nil {
		return nil, err
	}
	now := s.now()
	var sess *Session
	err = db.WithTx(system(ctx), s.client, func(ctx context.Context, tx *ent.Client) error {
		// Lock the user's row (by updating it), then read it again: a
		// password change, reset or deactivation that committed while the
		// password was being verified wins, and one still running waits for
		// this transaction and then ends the session it opens — no session
		// opened with an old password outlives the change.
		if err := tx.User.UpdateOneID(u.ID).SetLastLoginAt(now).Exec(ctx); err != nil {
			return err
		}
		cur, err := tx.User.Get(ctx, u.ID)
		if err != nil {
			return err
		}
		if cur.PasswordHash != u.PasswordHash {
			return apperr.New(apperr.Unauthenticated, "auth.invalid_credentials")
		}
		if !cur.Active {
			return apperr.New(apperr.Unauthenticated, "auth.inactive")
		}
		sess, err = s.open(ctx, tx, cur, newToken())
		return err
	})
	return sess, err
}

// Refresh rotates a refresh token: the old one is spent and a new one of the
// same family returned. Presenting a spent token revokes the whole family,
// since either the user or a thief holds a copy.
func (s *Service) Refresh(ctx context.Context, token string) (*Session, error) {
	ctx = system(ctx)
	rt, err := s.client.RefreshToken.Query().Where(refreshtoken.TokenHash(hashToken(token))).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.New(apperr.Unauthenticated, "auth.token_invalid")
	}
	if err != nil {
		return nil, err
	}
	now := s.now()
	if rt.RevokedAt != nil {
		return nil, apperr.New(apperr.Unauthenticated, "auth.token_invalid")
	}
	if !now.Before(rt.ExpiresAt) {
		return nil, apperr.New(apperr.Unauthenticated, "auth.token_expired")
	}
	var sess *Session
	reused := false
	err = db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		// Lock the user's row first, as Login does: a change of the user's
		// rights running now either commits first (and is seen below) or
		// waits and then revokes the token opened here.
		if err := tx.User.UpdateOneID(rt.UserID).SetUpdatedAt(now).Exec(ctx); err != nil {
			return err
		}
		// Spend the token atomically: of two concurrent refreshes one wins.
		n, err := tx.RefreshToken.Update().
			Where(refreshtoken.ID(rt.ID), refreshtoken.RotatedAtIsNil(), refreshtoken.RevokedAtIsNil()).
			SetRotatedAt(now).Save(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			reused = true
			return apperr.New(apperr.Unauthenticated, "auth.refresh_reused")
		}
		// A session ended while this refresh ran (a logout revokes the
		// family's tokens it finds) stays ended.
		if ended, err := tx.RefreshToken.Query().Where(refreshtoken.Family(rt.Family), refreshtoken.RevokedAtNotNil()).Exist(ctx); err != nil || ended {
			if err == nil {
				err = apperr.New(apperr.Unauthenticated, "auth.token_invalid")
			}
			return err
		}
		u, err := tx.User.Get(ctx, rt.UserID)
		if err != nil {
			return err
		}
		if !u.Active {
			return apperr.New(apperr.Unauthenticated, "auth.inactive")
		}
		sess, err = s.open(ctx, tx, u, rt.Family)
		return err
	})
	if reused {
		if err := s.revokeFamily(ctx, rt.UserID, rt.Family); err != nil {
			return nil, err
		}
	}
	return sess, err
}

// Logout revokes the session the refresh token belongs to.
func (s *Service) Logout(ctx context.Context, token string) error {
	ctx = system(ctx)
	rt, err := s.client.RefreshToken.Query().Where(refreshtoken.TokenHash(hashToken(token))).Only(ctx)
	if ent.IsNotFound(err) {
		return nil // already gone: logging out twice is fine
	}
	if err != nil {
		return err
	}
	return s.revokeFamily(ctx, rt.UserID, rt.Family)
}

// ChangePassword changes the viewer's password and ends all its sessions,
// the current one included (the new password changes the user's rights:
// see revokeOnUserChange).
func (s *Service) ChangePassword(ctx context.Context, current, next string) error {
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID == 0 {
		return apperr.New(apperr.Unauthenticated, string(apperr.Unauthenticated))
	}
	if err := ValidatePassword("newPassword", next); err != nil {
		return err
	}
	u, err := s.client.User.Get(system(ctx), v.UserID)
	if err != nil {
		return err
	}
	// Verifying the current password is a sign-in attempt: counted by the
	// same throttle before it is verified, or a stolen access token could
	// guess the password freely.
	g, err := s.claim(ctx, u.Username, ClientAddr(ctx))
	if err != nil {
		return err
	}
	if !s.CheckPassword(u.PasswordHash, current) {
		s.failed(ctx, g, u)
		return apperr.Input("currentPassword", "auth.wrong_password")
	}
	if err := s.succeeded(ctx, g); err != nil {
		return err
	}
	hash, err := HashPassword(next)
	if err != nil {
		return err
	}
	return db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		return tx.User.UpdateOneID(u.ID).SetPasswordHash(hash).SetPasswordChangedAt(s.now()).SetMustChangePassword(false).Exec(system(ctx))
	})
}

func (s *Service) open(ctx context.Context, c *ent.Client, u *ent.User, family string) (*Session, error) {
	now := s.now()
	refresh := newToken()
	refreshExp := now.Add(s.RefreshTTL)
	err := c.RefreshToken.Create().SetUserID(u.ID).SetTokenHash(hashToken(refresh)).
		SetFamily(family).SetExpiresAt(refreshExp).Exec(system(ctx))
	if err != nil {
		return nil, err
	}
	accessExp := now.Add(s.AccessTTL)
	claims := accessClaims{
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    issuer,
			Subject:   strconv.Itoa(u.ID),
			IssuedAt:  jwt.NewNumericDate(now),
			NotBefore: jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(accessExp),
		},
		SessionID: family,
	}
	access, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(s.secret)
	if err != nil {
		return nil, err
	}
	return &Session{AccessToken: access, AccessTokenExpiresAt: accessExp,
		RefreshToken: refresh, RefreshTokenExpiresAt: refreshExp, User: u}, nil
}

// accessClaims are an access token's claims: the user, and the session
// (the refresh-token family) it belongs to.
type accessClaims struct {
	jwt.RegisteredClaims
	SessionID string `json:"sid"`
}

// Access is what a valid access token says.
type Access struct {
	UserID    int
	SessionID string
	ExpiresAt time.Time
}

// ParseAccessToken verifies an access token. Only HS256 with this service's
// secret is accepted: "none" and other algorithms are refused, and so are
// tokens without a session (issued before sessions were checked).
func (s *Service) ParseAccessToken(token string) (Access, error) {
	claims := &accessClaims{}
	_, err := jwt.ParseWithClaims(token, claims, func(*jwt.Token) (any, error) { return s.secret, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithIssuer(issuer), jwt.WithExpirationRequired(),
		jwt.WithTimeFunc(s.Now))
	if errors.Is(err, jwt.ErrTokenExpired) {
		return Access{}, apperr.New(apperr.Unauthenticated, "auth.token_expired").Wrap(err)
	}
	if err != nil {
		return Access{}, apperr.New(apperr.Unauthenticated, "auth.token_invalid").Wrap(err)
	}
	if len(claims.Audience) > 0 || claims.SessionID == "" { // a download token is not a session
		return Access{}, apperr.New(apperr.Unauthenticated, "auth.token_invalid")
	}
	id, err := strconv.Atoi(claims.Subject)
	if err != nil || id <= 0 {
		return Access{}, apperr.New(apperr.Unauthenticated, "auth.token_invalid")
	}
	return Access{UserID: id, SessionID: claims.SessionID, ExpiresAt: claims.ExpiresAt.Time}, nil
}

// ViewerFromToken returns the viewer of an access token, read fresh from
// the database with its session in the same statement, so that a revoked
// session, a deactivated user or a changed role takes effect at once.
func (s *Service) ViewerFromToken(ctx context.Context, token string) (*viewer.Viewer, error) {
	v, _, err := s.Authenticate(ctx, token)
	return v, err
}

// Authenticate is ViewerFromToken that also returns what the token says
// (its session and expiry), for connections that outlive a request.
func (s *Service) Authenticate(ctx context.Context, token string) (*viewer.Viewer, Access, error) {
	a, err := s.ParseAccessToken(token)
	if err != nil {
		return nil, a, err
	}
	v, err := s.cachedViewerOf(ctx, a.UserID, a.SessionID)
	return v, a, err
}

// viewerOf reads a user with its districts; with a session id, only while
// that session is live (not revoked, not expired).
func (s *Service) viewerOf(ctx context.Context, id int, session string) (*viewer.Viewer, error) {
	q := s.client.User.Query().Where(user.ID(id))
	if session != "" {
		// Live: a token of the session neither revoked nor expired, and none
		// revoked (a session ends as a whole; a token rotated in while it
		// was being ended does not revive it).
		q.Where(user.HasRefreshTokensWith(refreshtoken.Family(session),
			refreshtoken.RevokedAtIsNil(), refreshtoken.ExpiresAtGT(s.now())),
			user.Not(user.HasRefreshTokensWith(refreshtoken.Family(session), refreshtoken.RevokedAtNotNil())))
	}
	u, err := q.Only(system(ctx))
	if ent.IsNotFound(err) {
		return nil, apperr.New(apperr.Unauthenticated, "auth.token_invalid")
	}
	if err != nil {
		return nil, err
	}
	if !u.Active {
		return nil, apperr.New(apperr.Unauthenticated, "auth.inactive")
	}
	v := ViewerOf(u)
	// Only the roles scoped by districts need them: one statement fewer
	// on every request of the city and of enterprises.
	if hasDistricts(u.Role) {
		if v.DistrictIDs, err = u.QueryDistricts().IDs(system(ctx)); err != nil {
			return nil, err
		}
	}
	v.SessionID = session
	return v, nil
}

// hasDistricts reports the roles whose scope is a set of districts.
func hasDistricts(r user.Role) bool {
	return r == user.RoleDISTRICT_ADMIN || r == user.RoleEXPERT
}

// ViewerOf returns the viewer of a user loaded with its districts.
func ViewerOf(u *ent.User) *viewer.Viewer {
	v := &viewer.Viewer{UserID: u.ID, Username: u.Username, Role: viewer.Role(u.Role), MustChangePassword: u.MustChangePassword}
	if u.EnterpriseID != nil {
		v.EnterpriseID = *u.EnterpriseID
	}
	for _, d := range u.Edges.Districts {
		v.DistrictIDs = append(v.DistrictIDs, d.ID)
	}
	return v
}

func (s *Service) now() time.Time { return s.Now().UTC().Truncate(time.Microsecond) }

func newToken() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

func hashToken(t string) string {
	h := sha256.Sum256([]byte(t))
	return hex.EncodeToString(h[:])
}

// Me returns the signed-in user with its enterprise and districts, or nil
// for an anonymous caller.
func (s *Service) Me(ctx context.Context) (*ent.User, error) {
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID == 0 {
		return nil, nil
	}
	return s.client.User.Query().Where(user.ID(v.UserID)).WithEnterprise().WithDistricts().Only(ctx)
}
