package server_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"greencheck/api/apitest"
	"greencheck/ent/user"
)

func itoa(n int) string { return strconv.Itoa(n) }

// createUser creates an account as admin; enterprise users belong to qiye's
// enterprise, administrators and experts to 芙蓉区. As on a first sign-in,
// the user then replaces the temporary password the administrator chose
// with password (mustChangePassword refuses everything else until then).
func createUser(t *testing.T, env *apitest.Env, as, username, role, password string) string {
	t.Helper()
	temporary := "Temp" + password
	in := map[string]any{"username": username, "displayName": "测试用户", "password": temporary, "role": role}
	if role == "ENTERPRISE" {
		e, err := env.DB.Client.User.Query().Where(user.Username("qiye")).QueryEnterprise().OnlyID(sys)
		if err != nil {
			t.Fatal(err)
		}
		in["enterpriseID"] = itoa(e)
	} else {
		f := load(t, env)
		in["districtIDs"] = []string{itoa(f.furong.ID)}
	}
	res := env.Query(t, as, `mutation($in:CreateUserInput!){createUser(input:$in){user{id username}}}`, map[string]any{"in": in})
	var out struct {
		CreateUser struct{ User struct{ ID string } }
	}
	res.Decode(t, &out)
	tok, err := env.Login(username, temporary)
	if err != nil {
		t.Fatal(err)
	}
	if r := env.Do(t, apitest.Request{Token: tok, Query: `mutation($c:String!,$n:String!){changePassword(input:{currentPassword:$c,newPassword:$n})}`,
		Variables: map[string]any{"c": temporary, "n": password}}); len(r.Errors) > 0 {
		t.Fatalf("the first password change: %s", r.Raw)
	}
	return out.CreateUser.User.ID
}

// wsReader reads a socket's next message that is not a keep-alive (ping,
// pong, ka); a read error fails the test.
func wsReader(t *testing.T, ctx context.Context, c *websocket.Conn) func() wsMsg {
	return func() wsMsg {
		t.Helper()
		for {
			var m wsMsg
			if err := wsjson.Read(ctx, c, &m); err != nil {
				t.Fatal(err)
			}
			if m.Type != "ping" && m.Type != "pong" && m.Type != "ka" {
				return m
			}
		}
	}
}

func newServer(t *testing.T, h http.Handler) string {
	s := httptest.NewServer(h)
	t.Cleanup(s.Close)
	return s.URL
}

func toJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
