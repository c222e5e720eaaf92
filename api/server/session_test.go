package server_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"greencheck/api/apitest"
	"greencheck/api/auth"
	"greencheck/api/db/dbtest"
	"greencheck/ent/district"
	"greencheck/ent/enterprise"
	"greencheck/ent/refreshtoken"
	"greencheck/ent/user"
)

// liveSocket is a WebSocket signed in with an access token and subscribed
// to notificationAdded.
type liveSocket struct {
	c      *websocket.Conn
	closed chan websocket.StatusCode // the close code, once read fails
}

// initSocket opens a WebSocket signed in with an access token.
func initSocket(t *testing.T, env *apitest.Env, token string) *websocket.Conn {
	t.Helper()
	c, err := dialWS(t, env, "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.CloseNow() })
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := wsjson.Write(ctx, c, wsMsg{Type: "connection_init", Payload: map[string]any{"Authorization": "Bearer " + token}}); err != nil {
		t.Fatal(err)
	}
	var m wsMsg
	if err := wsjson.Read(ctx, c, &m); err != nil || m.Type != "connection_ack" {
		t.Fatalf("connection_init: %+v, %v", m, err)
	}
	return c
}

func openSocket(t *testing.T, env *apitest.Env, token string) *liveSocket {
	t.Helper()
	c := initSocket(t, env, token)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := wsjson.Write(ctx, c, wsMsg{ID: "1", Type: "subscribe",
		Payload: map[string]any{"query": `subscription{notificationAdded{id kind}}`}}); err != nil {
		t.Fatal(err)
	}
	s := &liveSocket{c: c, closed: make(chan websocket.StatusCode, 1)}
	// Read until the socket closes (a read with a deadline would close it).
	go func() {
		for {
			var m wsMsg
			if err := wsjson.Read(context.Background(), c, &m); err != nil {
				s.closed <- websocket.CloseStatus(err)
				return
			}
		}
	}()
	return s
}

// closeCode waits up to d for the socket to close and returns its close
// code, or -1 if it stayed open; messages received meanwhile are skipped.
func (s *liveSocket) closeCode(d time.Duration) websocket.StatusCode {
	select {
	case code := <-s.closed:
		return code
	case <-time.After(d):
		return -1
	}
}

// signedIn reports whether an access token is honoured, failing the test
// when the answer is neither a success nor a 401 UNAUTHENTICATED.
func signedIn(t *testing.T, env *apitest.Env, token string) bool {
	t.Helper()
	res := env.Do(t, apitest.Request{Query: `{me{user{username}}}`, Token: token})
	if len(res.Errors) == 0 {
		return true
	}
	if res.Status != 401 || res.Code() != "UNAUTHENTICATED" {
		t.Fatalf("neither signed in nor UNAUTHENTICATED: %d %s", res.Status, res.Raw)
	}
	return false
}

// TestRevokedSessionsEndTheirAccessTokensOverHTTPAndWebSocket: for every
// way a session or the rights behind it end, the very next request with any
// access token of the session is UNAUTHENTICATED, and a WebSocket signed in
// with one is closed with 4401.
func TestRevokedSessionsEndTheirAccessTokensOverHTTPAndWebSocket(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		c := env.DB.Client
		furong, err := c.District.Query().Where(district.Code("430102")).OnlyID(sys)
		if err != nil {
			t.Fatal(err)
		}
		yuelu, err := c.District.Query().Where(district.Code("430104")).OnlyID(sys)
		if err != nil {
			t.Fatal(err)
		}
		otherEnt, err := c.Enterprise.Query().Where(enterprise.DistrictID(furong)).Order(enterprise.ByID()).Offset(3).FirstID(sys)
		if err != nil {
			t.Fatal(err)
		}
		mutate := func(t *testing.T, token, q string, vars map[string]any) {
			t.Helper()
			if res := env.Do(t, apitest.Request{Query: q, Variables: vars, Token: token}); len(res.Errors) > 0 {
				t.Fatalf("%s: %s", q, res.Raw)
			}
		}
		type trigger struct {
			name string
			role string
			// end ends the session s of user id; it returns the access
			// tokens that must have stopped working.
			end func(t *testing.T, id int, s *session) []string
			// otherSessionEnds: the user's other session ends too.
			otherSessionEnds bool
		}
		triggers := []trigger{
			{"logout", "ENTERPRISE", func(t *testing.T, _ int, s *session) []string {
				mutate(t, s.AccessToken, `mutation($t:String!){logout(input:{refreshToken:$t})}`, map[string]any{"t": s.RefreshToken})
				return []string{s.AccessToken}
			}, false},
			{"changePassword", "ENTERPRISE", func(t *testing.T, _ int, s *session) []string {
				mutate(t, s.AccessToken, `mutation{changePassword(input:{currentPassword:"Session123",newPassword:"Session456"})}`, nil)
				return []string{s.AccessToken}
			}, true},
			{"resetUserPassword", "ENTERPRISE", func(t *testing.T, id int, s *session) []string {
				mutate(t, env.Token(t, "admin"), `mutation($id:ID!){resetUserPassword(input:{id:$id}){temporaryPassword}}`, map[string]any{"id": itoa(id)})
				return []string{s.AccessToken}
			}, true},
			{"deactivateUser", "ENTERPRISE", func(t *testing.T, id int, s *session) []string {
				mutate(t, env.Token(t, "admin"), `mutation($id:ID!){deactivateUser(id:$id){user{active}}}`, map[string]any{"id": itoa(id)})
				return []string{s.AccessToken}
			}, true},
			{"role change", "EXPERT", func(t *testing.T, id int, s *session) []string {
				if err := c.User.UpdateOneID(id).SetRole(user.RoleDISTRICT_ADMIN).Exec(sys); err != nil {
					t.Fatal(err)
				}
				return []string{s.AccessToken}
			}, true},
			{"district change", "DISTRICT_ADMIN", func(t *testing.T, id int, s *session) []string {
				if err := c.User.UpdateOneID(id).AddDistrictIDs(yuelu).Exec(sys); err != nil {
					t.Fatal(err)
				}
				return []string{s.AccessToken}
			}, true},
			{"removed from a district by the district", "DISTRICT_ADMIN", func(t *testing.T, id int, s *session) []string {
				if err := c.District.UpdateOneID(furong).RemoveUserIDs(id).Exec(sys); err != nil {
					t.Fatal(err)
				}
				return []string{s.AccessToken}
			}, true},
			{"enterprise change", "ENTERPRISE", func(t *testing.T, id int, s *session) []string {
				if err := c.User.UpdateOneID(id).SetEnterpriseID(otherEnt).Exec(sys); err != nil {
					t.Fatal(err)
				}
				return []string{s.AccessToken}
			}, true},
			{"refresh token reuse", "ENTERPRISE", func(t *testing.T, _ int, s *session) []string {
				s2, res := refresh(t, env, s.RefreshToken)
				if s2 == nil {
					t.Fatalf("refresh: %s", res.Raw)
				}
				if !signedIn(t, env, s2.AccessToken) {
					t.Fatal("the refreshed access token does not work")
				}
				if _, res := refresh(t, env, s.RefreshToken); res.Code() != "UNAUTHENTICATED" {
					t.Fatalf("reuse: %s", res.Raw)
				}
				return []string{s.AccessToken, s2.AccessToken}
			}, false},
		}
		for i, tr := range triggers {
			t.Run(tr.name, func(t *testing.T) {
				name := fmt.Sprintf("sess%d_%s", i, dia[:2])
				id := atoi(t, createUser(t, env, "admin", name, tr.role, "Session123"))
				s, res := login(t, env, name, "Session123")
				if s == nil {
					t.Fatalf("login: %s", res.Raw)
				}
				other, res := login(t, env, name, "Session123")
				if other == nil {
					t.Fatalf("second login: %s", res.Raw)
				}
				if !signedIn(t, env, s.AccessToken) {
					t.Fatal("a fresh access token is refused")
				}
				sock := openSocket(t, env, s.AccessToken)
				dead := tr.end(t, id, s)
				for _, tok := range dead {
					if signedIn(t, env, tok) {
						t.Errorf("an access token of the ended session still works")
					}
				}
				if code := sock.closeCode(5 * time.Second); code != 4401 {
					t.Errorf("WebSocket of the ended session: close code %d, want 4401", code)
				}
				if got := signedIn(t, env, other.AccessToken); got == tr.otherSessionEnds {
					t.Errorf("the user's other session signed in = %v, want %v", got, !tr.otherSessionEnds)
				}
			})
		}
	})
}

// TestWebSocketClosesWith4401WhenItsTokenExpires: an access token that
// expires in a second keeps no socket open past its expiry.
func TestWebSocketClosesWith4401WhenItsTokenExpires(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.New(t, dia)
		newAccount(t, env, "shortlived", "CITY_ADMIN", "Expiring123")
		env.Auth.AccessTTL = 1500 * time.Millisecond
		s, res := login(t, env, "shortlived", "Expiring123")
		if s == nil {
			t.Fatalf("login: %s", res.Raw)
		}
		start := time.Now()
		sock := openSocket(t, env, s.AccessToken)
		if code := sock.closeCode(5 * time.Second); code != 4401 {
			t.Fatalf("close code %d, want 4401", code)
		}
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("closed %v after the token's 1.5 s life", d)
		}
		// A new access token of the same session (a refresh) opens again.
		s2, res := refresh(t, env, s.RefreshToken)
		if s2 == nil {
			t.Fatalf("refresh: %s", res.Raw)
		}
		openSocket(t, env, s2.AccessToken)
	})
}

// TestWebSocketClosesWhenAnotherReplicaRevokesItsSession: a revocation this
// replica was not told about (another replica's, or made in the database)
// is found by the periodic re-check.
func TestWebSocketClosesWhenAnotherReplicaRevokesItsSession(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.New(t, dia)
		id := newAccount(t, env, "replicated", "CITY_ADMIN", "Replica123")
		env.Auth.SessionRecheck = 300 * time.Millisecond
		s, res := login(t, env, "replicated", "Replica123")
		if s == nil {
			t.Fatalf("login: %s", res.Raw)
		}
		sock := openSocket(t, env, s.AccessToken)
		if code := sock.closeCode(time.Second); code != -1 {
			t.Fatalf("a live session's socket closed with %d", code)
		}
		// Straight in the database: no signal reaches this replica.
		if err := env.DB.Client.RefreshToken.Update().Where(refreshtoken.UserID(id)).
			SetRevokedAt(time.Now()).Exec(sys); err != nil {
			t.Fatal(err)
		}
		if code := sock.closeCode(3 * time.Second); code != 4401 {
			t.Errorf("close code %d, want 4401", code)
		}
	})
}

// TestSubscribeRechecksTheSession: an operation on a socket whose session
// ended is refused and the socket closed, even before any periodic check.
func TestSubscribeRechecksTheSession(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.New(t, dia)
		id := newAccount(t, env, "subscriber", "CITY_ADMIN", "Subscribe123")
		env.Auth.SessionRecheck = time.Hour
		s, res := login(t, env, "subscriber", "Subscribe123")
		if s == nil {
			t.Fatalf("login: %s", res.Raw)
		}
		c := initSocket(t, env, s.AccessToken)
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		var m wsMsg
		if err := env.DB.Client.RefreshToken.Update().Where(refreshtoken.UserID(id)).
			SetRevokedAt(time.Now()).Exec(sys); err != nil {
			t.Fatal(err)
		}
		if err := wsjson.Write(ctx, c, wsMsg{ID: "2", Type: "subscribe",
			Payload: map[string]any{"query": `subscription{notificationAdded{id}}`}}); err != nil {
			t.Fatal(err)
		}
		// The refusal (if the close does not overtake it) and the close.
		for {
			err := wsjson.Read(ctx, c, &m)
			if err != nil {
				if code := websocket.CloseStatus(err); code != 4401 {
					t.Errorf("close code %d (%v), want 4401", code, err)
				}
				break
			}
			if m.ID == "2" && m.Type == "next" && !strings.Contains(toJSON(m), "UNAUTHENTICATED") {
				t.Errorf("subscribe on an ended session answered %+v", m)
			}
		}
	})
}

// newAccount creates a user straight in the database of an empty server.
func newAccount(t *testing.T, env *apitest.Env, username, role, password string) int {
	t.Helper()
	hash, err := auth.HashPassword(password)
	if err != nil {
		t.Fatal(err)
	}
	u, err := env.DB.Client.User.Create().SetUsername(username).SetDisplayName("测试用户").
		SetPasswordHash(hash).SetRole(user.Role(role)).Save(sys)
	if err != nil {
		t.Fatal(err)
	}
	return u.ID
}
