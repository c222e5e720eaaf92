package server_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
	"greencheck/api/files"
	"greencheck/api/server"
	"greencheck/ent/enterprise"
	"greencheck/graph"
)

// fullWidth writes ASCII letters and digits as a Chinese input method in
// full-width mode does.
func fullWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if r > ' ' && r < 0x7f {
			return r - 0x21 + 0xFF01
		}
		return r
	}, s)
}

// codeNumbered returns a valid credit code numbered n.
func codeNumbered(t *testing.T, n int) string {
	t.Helper()
	return creditCode(t, "91430102MA4Q"+strings.Repeat("0", 5-len(itoa(n)))+itoa(n))
}

// Codes typed the way people type them are accepted and stored as the
// registry writes them; names are stored NFC-normalized and trimmed.
func TestInputIsNormalizedWhereStored(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.NewDemo(t, dia)
		f := load(t, env)
		create := func(name, code string) *apitest.Response {
			return env.Query(t, "furong", `mutation($in:CreateEnterpriseInput!){createEnterprise(input:$in){enterprise{id name creditCode}}}`,
				map[string]any{"in": map[string]any{"name": name, "creditCode": code, "districtID": itoa(f.furong.ID),
					"industryCode": "３３６０", "industryName": "金属表面处理", "permitTier": "SIMPLIFIED"}})
		}
		for i, typed := range []func(string) string{
			strings.ToLower,
			fullWidth,
			func(s string) string { return "  " + s + "\u3000" },
			func(s string) string { return " " + fullWidth(strings.ToLower(s)) },
		} {
			code := codeNumbered(t, 100+i)
			res := create("  长沙Cafe\u0301涂装有限公司"+itoa(i)+"  ", typed(code))
			var out struct {
				CreateEnterprise struct {
					Enterprise struct{ Name, CreditCode string }
				}
			}
			res.Decode(t, &out)
			if got := out.CreateEnterprise.Enterprise; got.CreditCode != code || got.Name != "长沙Café涂装有限公司"+itoa(i) {
				t.Errorf("typed %q: stored %q %q", typed(code), got.CreditCode, got.Name)
			}
		}
		// Lengths are characters, not bytes: 200 Chinese characters fit a
		// 200-character name, 201 do not — and the message says so with
		// the field's Chinese name.
		if res := create(strings.Repeat("长", 200), codeNumbered(t, 200)); len(res.Errors) > 0 {
			t.Errorf("a 200-character Chinese name: %s", res.Raw)
		}
		if res := create(strings.Repeat("长", 201), codeNumbered(t, 201)); res.Code() != "BAD_USER_INPUT" ||
			res.Errors[0].Extensions["field"] != "name" || !strings.Contains(res.Errors[0].Message, "名称不能超过 200 个字符") {
			t.Errorf("a 201-character Chinese name: %s", res.Raw)
		}
		// A district id of no district is NOT_FOUND, not a credit-code conflict.
		if res := env.Query(t, "admin", `mutation($in:CreateEnterpriseInput!){createEnterprise(input:$in){enterprise{id}}}`,
			map[string]any{"in": map[string]any{"name": "无此区县", "creditCode": codeNumbered(t, 202), "districtID": itoa(f.furong.ID + 999),
				"industryCode": "3360", "industryName": "金属表面处理", "permitTier": "SIMPLIFIED"}}); res.Code() != "NOT_FOUND" {
			t.Errorf("an unknown district: %s", res.Raw)
		}
		// The normalized code is the one the uniqueness rule sees.
		if res := create("重复登记", strings.ToLower(codeNumbered(t, 100))); res.Code() != "CONFLICT" {
			t.Errorf("the same code in lower case: %s", res.Raw)
		}
		if n, _ := env.DB.Client.Enterprise.Query().Where(enterprise.IndustryCode("3360"), enterprise.NameHasPrefix("长沙Café")).Count(sys); n != 4 {
			t.Errorf("full-width industry codes stored folded: %d of 4", n)
		}
	})
}

// Introspection is for signed-in callers; responses report their cost; with
// no CORS_ORIGINS a preflight from another origin is not allowed.
func TestIntrospectionCostAndCORS(t *testing.T) {
	env := apitest.Demo(t, "sqlite3")
	res := env.Query(t, "qiye", `{__schema{queryType{name}}}`, nil)
	if len(res.Errors) > 0 || !strings.Contains(string(res.Data), `"Query"`) {
		t.Errorf("signed-in introspection: %s", res.Raw)
	}
	if res := env.Query(t, "", `{__schema{queryType{name}}}`, nil); res.Code() != "UNAUTHENTICATED" {
		t.Errorf("anonymous introspection: %s", res.Raw)
	}
	if res := env.Query(t, "", `{__type(name:"Query"){name kind}}`, nil); len(res.Errors) > 0 {
		t.Errorf("anonymous __type asking only the name: %s", res.Raw)
	}
	if res := env.Query(t, "", `{__type(name:"Query"){fields{name}}}`, nil); res.Code() != "UNAUTHENTICATED" {
		t.Errorf("anonymous __type asking the fields: %s", res.Raw)
	}
	res = env.Query(t, "admin", `{enterprises(first:10){edges{node{id name}}}}`, nil)
	if !strings.Contains(string(res.Raw), `"cost":{"requested":41,"limit":50000}`) {
		t.Errorf("extensions.cost: %s", res.Raw)
	}

	store, err := files.NewStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	closed := server.New(graph.NewResolver(env.DB.Client, env.Auth, env.Notify, env.Bus, store), env.Auth, server.Options{})
	for _, origin := range []string{"https://evil.example", "http://localhost:5173"} {
		req := httptest.NewRequest(http.MethodOptions, "/query", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "content-type,authorization")
		rec := httptest.NewRecorder()
		closed.ServeHTTP(rec, req)
		if got := rec.Header().Get("Access-Control-Allow-Origin"); got != "" {
			t.Errorf("no CORS_ORIGINS, preflight from %s: Access-Control-Allow-Origin %q", origin, got)
		}
	}
	// The test server lists http://localhost:5173: that origin may call.
	req, _ := http.NewRequest(http.MethodOptions, env.Server.URL+"/query", nil)
	req.Header.Set("Origin", "http://localhost:5173")
	req.Header.Set("Access-Control-Request-Method", "POST")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := resp.Header.Get("Access-Control-Allow-Origin"); got != "http://localhost:5173" {
		t.Errorf("a listed origin: %q", got)
	}
}
