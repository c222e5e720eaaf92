package server_test

import (
	"bytes"
	"strings"
	"testing"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
	"greencheck/ent/enterprise"
)

// Bad input gets a clear error with the right code, and changes nothing.
func TestBadInput(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		f := load(t, env)
		before, _ := env.DB.Client.Enterprise.Query().Count(sys)
		audits, _ := env.DB.Client.AuditEntry.Query().Count(sys)
		create := func(code string) *apitest.Response {
			return env.Query(t, "furong", `mutation($in:CreateEnterpriseInput!){createEnterprise(input:$in){enterprise{id}}}`,
				map[string]any{"in": map[string]any{"name": "长沙测试涂装有限公司", "creditCode": code,
					"districtID": itoa(f.furong.ID), "industryCode": "3360", "industryName": "金属表面处理及热处理加工",
					"permitTier": "SIMPLIFIED"}})
		}
		cases := []struct {
			name, code, field string
			res               *apitest.Response
		}{
			{"invalid credit code", "BAD_USER_INPUT", "creditCode", create("914301020000000001")},
			{"missing first", "BAD_USER_INPUT", "first", env.Query(t, "admin", `{enterprises{totalCount}}`, nil)},
			{"first: 1000", "BAD_USER_INPUT", "first", env.Query(t, "admin", `{enterprises(first:1000){totalCount}}`, nil)},
			{"last: 1000 as a variable", "BAD_USER_INPUT", "last",
				env.Query(t, "admin", `query($n:Int){enterprises(last:$n){totalCount}}`, map[string]any{"n": 1000})},
			{"nested missing first", "BAD_USER_INPUT", "first",
				env.Query(t, "admin", `{districts(first:5){edges{node{enterprises{totalCount}}}}}`, nil)},
			{"over the complexity limit", "COMPLEXITY_LIMIT_EXCEEDED", "", env.Query(t, "admin",
				`{districts(first:100){edges{node{enterprises(first:100){edges{node{findings(first:100){edges{node{id title}}}}}}}}}}`, nil)},
		}
		for _, c := range cases {
			if c.res.Code() != c.code {
				t.Errorf("%s: code %q, want %q: %s", c.name, c.res.Code(), c.code, c.res.Raw)
				continue
			}
			if c.field != "" && c.res.Errors[0].Extensions["field"] != c.field {
				t.Errorf("%s: field %v, want %s", c.name, c.res.Errors[0].Extensions["field"], c.field)
			}
			if string(c.res.Data) != "" && string(c.res.Data) != "null" && c.code != "BAD_USER_INPUT" {
				t.Errorf("%s: ran anyway: %s", c.name, c.res.Data)
			}
		}
		// The English message of a rejected credit code says what is wrong.
		res := env.Do(t, apitest.Request{Query: `mutation($in:CreateEnterpriseInput!){createEnterprise(input:$in){enterprise{id}}}`,
			Token: env.Token(t, "furong"), Lang: "en",
			Variables: map[string]any{"in": map[string]any{"name": "x", "creditCode": "123", "districtID": itoa(f.furong.ID),
				"industryCode": "3360", "industryName": "x", "permitTier": "SIMPLIFIED"}}})
		if !strings.Contains(res.Errors[0].Message, "check character") {
			t.Errorf("english message: %s", res.Raw)
		}
		// An oversize body is refused before it is read.
		big := bytes.Repeat([]byte("a"), 2<<20)
		body := append([]byte(`{"query":"{me{user{id}}}","variables":{"x":"`), big...)
		body = append(body, []byte(`"}}`)...)
		res = env.Post(t, body, env.Token(t, "admin"), "")
		if res.Status != 413 || res.Code() != "BAD_REQUEST" {
			t.Errorf("oversize body: %d %s", res.Status, res.Raw[:min(len(res.Raw), 200)])
		}
		after, _ := env.DB.Client.Enterprise.Query().Count(sys)
		auditsAfter, _ := env.DB.Client.AuditEntry.Query().Count(sys)
		if after != before || auditsAfter != audits {
			t.Errorf("bad input wrote something: enterprises %d → %d, audit %d → %d", before, after, audits, auditsAfter)
		}
		if n, _ := env.DB.Client.Enterprise.Query().Where(enterprise.Name("长沙测试涂装有限公司")).Count(sys); n != 0 {
			t.Error("the refused enterprise exists")
		}
	})
}

// TestNoNPlusOne: districts → enterprises → findings, with totalCount at
// each level, costs the same number of SQL statements for 2 and for 20 rows
// per level (20 × 20 × 20 is as much as the cost limit lets one query ask).
func TestNoNPlusOne(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		tok := env.Token(t, "admin")
		q := `query($n:Int!){districts(first:$n){totalCount edges{node{code
			enterprises(first:$n){totalCount edges{node{name district{nameZh}
				findings(first:$n){totalCount edges{node{title status}}}}}}}}}}`
		statements := func(n int) int64 {
			env.DB.Counter.Reset()
			res := env.Do(t, apitest.Request{Query: q, Variables: map[string]any{"n": n}, Token: tok})
			if len(res.Errors) > 0 {
				t.Fatalf("n=%d: %s", n, res.Raw)
			}
			return env.DB.Counter.Count()
		}
		small, large := statements(2), statements(20)
		if small != large {
			t.Errorf("SQL statements: %d for 2 rows per level, %d for 20", small, large)
		}
		t.Logf("%s: %d statements per page, whatever its size", dia, large)
	})
}

// The enterprise list page (with each enterprise's district and open
// findings) costs the same statements for 5 rows and for 50.
func TestEnterpriseListPageHasNoNPlusOne(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		tok := env.Token(t, "admin")
		q := `query($n:Int!){enterprises(first:$n){totalCount edges{node{name district{nameZh}
			open: findings(first:0, where:{statusNotIn:[CLOSED, INVALID]}){totalCount}}}}}`
		statements := func(n int) int64 {
			env.DB.Counter.Reset()
			if res := env.Do(t, apitest.Request{Query: q, Variables: map[string]any{"n": n}, Token: tok}); len(res.Errors) > 0 {
				t.Fatalf("%s", res.Raw)
			}
			return env.DB.Counter.Count()
		}
		if small, large := statements(5), statements(50); small != large {
			t.Errorf("SQL statements: %d for 5 enterprises, %d for 50", small, large)
		}
	})
}
