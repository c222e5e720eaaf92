package server_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket/wsjson"
	"github.com/golang-jwt/jwt/v5"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
	"greencheck/ent/refreshtoken"
	"greencheck/ent/user"
)

const loginQ = `mutation($u:String!,$p:String!){login(input:{username:$u,password:$p}){accessToken refreshToken accessTokenExpiresAt user{username role}}}`
const refreshQ = `mutation($t:String!){refreshToken(input:{refreshToken:$t}){accessToken refreshToken}}`

type session struct {
	AccessToken, RefreshToken string
	AccessTokenExpiresAt      time.Time
	User                      struct{ Username, Role string }
}

func login(t *testing.T, env *apitest.Env, u, p string) (*session, *apitest.Response) {
	t.Helper()
	res := env.Do(t, apitest.Request{Query: loginQ, Variables: map[string]any{"u": u, "p": p}})
	if len(res.Errors) > 0 {
		return nil, res
	}
	var out struct{ Login session }
	res.Decode(t, &out)
	return &out.Login, res
}

func refresh(t *testing.T, env *apitest.Env, tok string) (*session, *apitest.Response) {
	t.Helper()
	res := env.Do(t, apitest.Request{Query: refreshQ, Variables: map[string]any{"t": tok}})
	if len(res.Errors) > 0 {
		return nil, res
	}
	var out struct{ RefreshToken session }
	res.Decode(t, &out)
	return &out.RefreshToken, res
}

func TestLoginRefreshRotationReuseAndLogout(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		s, res := login(t, env, "furong", "greencheck")
		if s == nil {
			t.Fatalf("login: %s", res.Raw)
		}
		if s.User.Role != "DISTRICT_ADMIN" || time.Until(s.AccessTokenExpiresAt) > 16*time.Minute {
			t.Errorf("session = %+v", s)
		}
		var me struct {
			Me struct {
				User      struct{ Username string }
				Districts []struct{ NameZh string }
			}
		}
		env.Do(t, apitest.Request{Query: `{me{user{username} districts{nameZh}}}`, Token: s.AccessToken}).Decode(t, &me)
		if me.Me.User.Username != "furong" || len(me.Me.Districts) != 1 || me.Me.Districts[0].NameZh != "芙蓉区" {
			t.Errorf("me = %+v", me)
		}
		// Rotation: the refresh token is spent and a new one returned.
		s2, res := refresh(t, env, s.RefreshToken)
		if s2 == nil || s2.RefreshToken == s.RefreshToken {
			t.Fatalf("refresh: %s", res.Raw)
		}
		// Reuse of the spent token revokes the whole family, the new one too.
		if _, res := refresh(t, env, s.RefreshToken); res.Code() != "UNAUTHENTICATED" {
			t.Errorf("reused refresh token: %s", res.Raw)
		}
		if _, res := refresh(t, env, s2.RefreshToken); res.Code() != "UNAUTHENTICATED" {
			t.Errorf("refresh after reuse detection: %s", res.Raw)
		}
		// Tokens are stored hashed.
		n, err := env.DB.Client.RefreshToken.Query().Where(refreshtoken.TokenHash(s2.RefreshToken)).Count(sys)
		if err != nil || n != 0 {
			t.Errorf("a refresh token is stored in clear (%d, %v)", n, err)
		}
		// Logout ends the session.
		s3, _ := login(t, env, "furong", "greencheck")
		res = env.Do(t, apitest.Request{Query: `mutation($t:String!){logout(input:{refreshToken:$t})}`,
			Variables: map[string]any{"t": s3.RefreshToken}, Token: s3.AccessToken})
		if len(res.Errors) > 0 {
			t.Fatalf("logout: %s", res.Raw)
		}
		if _, res := refresh(t, env, s3.RefreshToken); res.Code() != "UNAUTHENTICATED" {
			t.Errorf("refresh after logout: %s", res.Raw)
		}
	})
}

func TestWrongPasswordIsRefusedInTheCallersLanguage(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		for lang, want := range map[string]string{"": "用户名或密码错误", "en-US,en;q=0.9": "Wrong username or password", "zh-CN": "用户名或密码错误"} {
			res := env.Do(t, apitest.Request{Query: loginQ, Variables: map[string]any{"u": "yuelu", "p": "wrong-one"}, Lang: lang})
			if res.Code() != "UNAUTHENTICATED" || res.Errors[0].Message != want {
				t.Errorf("lang %q: %s", lang, res.Raw)
			}
		}
		// An unknown user gets the same answer as a wrong password.
		res := env.Do(t, apitest.Request{Query: loginQ, Variables: map[string]any{"u": "nobody", "p": "greencheck"}})
		if res.Code() != "UNAUTHENTICATED" || res.Errors[0].Message != "用户名或密码错误" {
			t.Errorf("unknown user: %s", res.Raw)
		}
	})
}

// TestRepeatedFailedLoginsAreRateLimited: after five failures from one
// address even the right password waits there; the user from another
// address, and other users, are not affected.
func TestRepeatedFailedLoginsAreRateLimited(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		u := "e0100"
		if dia != "sqlite3" {
			u = "e0101"
		}
		try := func(user, password, addr string) *apitest.Response {
			return env.Do(t, apitest.Request{Query: loginQ, Variables: map[string]any{"u": user, "p": password}, Addr: addr})
		}
		for i := 0; i < 5; i++ {
			if res := try(u, "not-the-password1", "203.0.113.5"); res.Code() != "UNAUTHENTICATED" {
				t.Fatalf("attempt %d: %s", i, res.Raw)
			}
		}
		// Slowed now at that address, even with the right password.
		if res := try(u, "greencheck", "203.0.113.5"); res.Code() != "RATE_LIMITED" {
			t.Fatalf("after 5 failures: %s", res.Raw)
		}
		// The user elsewhere, and other users, are not affected.
		if res := try(u, "greencheck", "198.51.100.5"); len(res.Errors) > 0 {
			t.Fatalf("the user from another address: %s", res.Raw)
		}
		if res := try("e0102", "greencheck", "203.0.113.5"); len(res.Errors) > 0 {
			t.Fatalf("another user: %s", res.Raw)
		}
	})
}

func TestBadTokensAreRefused(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		u, err := env.DB.Client.User.Query().Where(user.Username("admin")).Only(sys)
		if err != nil {
			t.Fatal(err)
		}
		sign := func(c jwt.Claims, m jwt.SigningMethod, key any) string {
			s, err := jwt.NewWithClaims(m, c).SignedString(key)
			if err != nil {
				t.Fatal(err)
			}
			return s
		}
		// A live session of admin's, named in the tokens signed here.
		live, err := env.DB.Client.RefreshToken.Query().Where(refreshtoken.UserID(u.ID), refreshtoken.RevokedAtIsNil()).First(sys)
		if err != nil {
			env.Token(t, "admin")
			live, err = env.DB.Client.RefreshToken.Query().Where(refreshtoken.UserID(u.ID), refreshtoken.RevokedAtIsNil()).First(sys)
			if err != nil {
				t.Fatal(err)
			}
		}
		type sessionClaims struct {
			jwt.RegisteredClaims
			SessionID string `json:"sid,omitempty"`
		}
		claims := func(exp time.Time) sessionClaims {
			return sessionClaims{jwt.RegisteredClaims{Issuer: "greencheck", Subject: itoa(u.ID),
				IssuedAt: jwt.NewNumericDate(exp.Add(-15 * time.Minute)), ExpiresAt: jwt.NewNumericDate(exp)}, live.Family}
		}
		valid := sign(claims(time.Now().Add(10*time.Minute)), jwt.SigningMethodHS256, apitest.Secret)
		noSession := claims(time.Now().Add(10 * time.Minute))
		noSession.SessionID = ""
		otherSession := claims(time.Now().Add(10 * time.Minute))
		otherSession.SessionID = "not-a-session"
		parts := strings.Split(valid, ".")
		payload, _ := base64.RawURLEncoding.DecodeString(parts[1])
		var p map[string]any
		_ = json.Unmarshal(payload, &p)
		p["sub"] = "1"
		forged, _ := json.Marshal(p)
		none := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"none","typ":"JWT"}`)) + "." + parts[1] + "."
		cases := map[string]string{
			"expired":      sign(claims(time.Now().Add(-time.Minute)), jwt.SigningMethodHS256, apitest.Secret),
			"tampered":     parts[0] + "." + base64.RawURLEncoding.EncodeToString(forged) + "." + parts[2],
			"alg none":     none,
			"other secret": sign(claims(time.Now().Add(10*time.Minute)), jwt.SigningMethodHS256, []byte("another-secret-another-secret-012345")),
			"garbage":      "not.a.token",
			// Tokens from before sessions, and of a session that is not.
			"no session":    sign(noSession, jwt.SigningMethodHS256, apitest.Secret),
			"other session": sign(otherSession, jwt.SigningMethodHS256, apitest.Secret),
		}
		for name, tok := range cases {
			res := env.Do(t, apitest.Request{Query: `{me{user{username}}}`, Token: tok})
			if res.Status != 401 || res.Code() != "UNAUTHENTICATED" {
				t.Errorf("%s token: %d %s", name, res.Status, res.Raw)
			}
		}
		var me struct {
			Me struct{ User struct{ Username string } }
		}
		env.Do(t, apitest.Request{Query: `{me{user{username}}}`, Token: valid}).Decode(t, &me)
		if me.Me.User.Username != "admin" {
			t.Errorf("valid token: %+v", me)
		}
	})
}

func TestChangePasswordEndsOtherSessions(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		name := "pw_" + dia[:2]
		createUser(t, env, "admin", name, "ENTERPRISE", "Initial123")
		s, res := login(t, env, name, "Initial123")
		if s == nil {
			t.Fatalf("login: %s", res.Raw)
		}
		change := func(cur, next string) *apitest.Response {
			return env.Do(t, apitest.Request{Query: `mutation($c:String!,$n:String!){changePassword(input:{currentPassword:$c,newPassword:$n})}`,
				Variables: map[string]any{"c": cur, "n": next}, Token: s.AccessToken})
		}
		if res := change("wrong", "Better456x"); res.Code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != "currentPassword" {
			t.Errorf("wrong current password: %s", res.Raw)
		}
		if res := change("Initial123", "short"); res.Code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != "newPassword" {
			t.Errorf("weak password: %s", res.Raw)
		}
		if res := change("Initial123", "Better456x"); len(res.Errors) > 0 {
			t.Fatalf("change: %s", res.Raw)
		}
		if _, res := refresh(t, env, s.RefreshToken); res.Code() != "UNAUTHENTICATED" {
			t.Errorf("old session survived the password change: %s", res.Raw)
		}
		if _, res := login(t, env, name, "Initial123"); res.Code() != "UNAUTHENTICATED" {
			t.Errorf("old password still works: %s", res.Raw)
		}
		if s, res := login(t, env, name, "Better456x"); s == nil {
			t.Errorf("new password: %s", res.Raw)
		}
	})
}

// TestPasswordChosenByAnAdministratorMustBeChanged: after an administrator
// resets a password (or creates the account), the session it opens may only
// read me and change the password — queries, mutations, subscriptions,
// exports and files are refused, in the caller's language — and the change
// frees the next sign-in.
func TestPasswordChosenByAnAdministratorMustBeChanged(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		const name = "e1700" // a demo enterprise's user no other test signs in as (the demo database is shared)
		u := env.DB.Client.User.Query().Where(user.Username(name)).OnlyX(sys)
		var reset struct {
			ResetUserPassword struct{ TemporaryPassword string }
		}
		env.Query(t, "admin", `mutation($id:ID!){resetUserPassword(input:{id:$id}){temporaryPassword}}`,
			map[string]any{"id": itoa(u.ID)}).Decode(t, &reset)
		tok, err := env.Login(name, reset.ResetUserPassword.TemporaryPassword)
		if err != nil {
			t.Fatal(err)
		}
		do := func(q string, lang string) *apitest.Response {
			return env.Do(t, apitest.Request{Token: tok, Query: q, Lang: lang})
		}
		var me struct {
			Me struct{ MustChangePassword bool }
		}
		do(`{me{mustChangePassword user{username}}}`, "").Decode(t, &me)
		if !me.Me.MustChangePassword {
			t.Fatal("me.mustChangePassword is false after a reset")
		}
		for _, q := range []string{
			`{findings(first:1){totalCount}}`,
			`{me{role} findings(first:1){totalCount}}`, // me alongside does not open the rest
			`mutation{markAllNotificationsRead}`,
			`query{...F} fragment F on Query{enterprises(first:1){totalCount}}`,
		} {
			res := do(q, "")
			if res.Code() != "FORBIDDEN" || !strings.Contains(res.Errors[0].Message, "修改密码") {
				t.Errorf("%s before the change: %s", q, res.Raw)
			}
		}
		if res := do(`{findings(first:1){totalCount}}`, "en"); !strings.Contains(res.Errors[0].Message, "change it first") {
			t.Errorf("in English: %s", res.Raw)
		}
		if r, body := env.Get(t, "/exports/ledger.xlsx", tok); r.StatusCode != http.StatusForbidden || !strings.Contains(string(body), "FORBIDDEN") {
			t.Errorf("the ledger before the change: %d %s", r.StatusCode, body)
		}
		// A subscription on a socket is refused the same way.
		c, err := dialWS(t, env, "http://localhost:5173")
		if err != nil {
			t.Fatal(err)
		}
		defer c.CloseNow()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		read := wsReader(t, ctx, c)
		_ = wsjson.Write(ctx, c, wsMsg{Type: "connection_init", Payload: map[string]any{"Authorization": "Bearer " + tok}})
		if m := read(); m.Type != "connection_ack" {
			t.Fatalf("init: %+v", m)
		}
		_ = wsjson.Write(ctx, c, wsMsg{ID: "1", Type: "subscribe", Payload: map[string]any{"query": `subscription{notificationAdded{id}}`}})
		if m := read(); !strings.Contains(toJSON(m.Payload), "FORBIDDEN") {
			t.Errorf("a subscription before the change: %+v", m)
		}
		// The change: the old session ends, the new password signs in freely.
		res := env.Do(t, apitest.Request{Token: tok, Query: `mutation($c:String!,$n:String!){changePassword(input:{currentPassword:$c,newPassword:$n})}`,
			Variables: map[string]any{"c": reset.ResetUserPassword.TemporaryPassword, "n": "Mine12345x"}})
		if len(res.Errors) > 0 {
			t.Fatalf("the change: %s", res.Raw)
		}
		tok, err = env.Login(name, "Mine12345x")
		if err != nil {
			t.Fatal(err)
		}
		do(`{me{mustChangePassword}}`, "").Decode(t, &me)
		if res := do(`{findings(first:1){totalCount}}`, ""); me.Me.MustChangePassword || len(res.Errors) > 0 {
			t.Errorf("after the change: must %v, %s", me.Me.MustChangePassword, res.Raw)
		}
		if r, _ := env.Get(t, "/exports/ledger.xlsx", tok); r.StatusCode != http.StatusOK {
			t.Errorf("the ledger after the change: %d", r.StatusCode)
		}
	})
}
