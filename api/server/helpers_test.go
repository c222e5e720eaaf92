package server_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"

	"greencheck/api/apitest"
	"greencheck/ent/user"
)

func itoa(n int) string { return strconv.Itoa(n) }

// createUser creates an account as admin; enterprise users belong to qiye's
// enterprise, administrators and experts to 芙蓉区.
func createUser(t *testing.T, env *apitest.Env, as, username, role, password string) string {
	t.Helper()
	in := map[string]any{"username": username, "displayName": "测试用户", "password": password, "role": role}
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
	return out.CreateUser.User.ID
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
