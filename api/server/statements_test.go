package server_test

import (
	"os"
	"strings"
	"sync"
	"testing"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
)

// The benchmark's requests (testdata/bench, the forms ../shared/bench sends)
// cost a constant number of SQL statements, whatever the page; a page
// asking pageInfo without totalCount runs no COUNT (hasNextPage comes from
// fetching one row more). Each includes the statement that reads the
// viewer's session (a second reads a district-scoped viewer's districts);
// Q3 recomputes the dashboard (issue 10 goes on).
func TestBenchQueriesStatementCounts(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile("testdata/bench/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		tok := env.Token(t, "admin")
		f := load(t, env)
		// The viewer is read once, then found cached (api/auth/viewers.go):
		// a request costs no statement for who is calling.
		env.Do(t, apitest.Request{Query: `{ __typename }`, Token: tok})
		env.DB.Counter.Reset()
		if res := env.Do(t, apitest.Request{Query: `{ __typename }`, Token: tok}); len(res.Errors) > 0 {
			t.Fatal(res.Raw)
		}
		if n := env.DB.Counter.Count(); n != 0 {
			t.Errorf("%s: a request with a cached viewer costs %d statements, want 0", dia, n)
		}
		furong := f.furong
		var mu sync.Mutex
		var seen []string
		env.DB.Counter.Log = func(q string) { mu.Lock(); seen = append(seen, q); mu.Unlock() }
		defer func() { env.DB.Counter.Log = nil }()
		for _, c := range []struct {
			name, file string
			vars       map[string]any
			want       int64
		}{
			{"Q1 an enterprise, its district, its last 10 findings", "q1.graphql", map[string]any{"id": itoa(f.qiyeEnt.ID)}, 3},
			{"Q2 a district's page of 50 enterprises with open findings", "q2.graphql", map[string]any{"districtId": itoa(furong.ID)}, 2},
			{"Q3 the dashboard", "q3.graphql", nil, 4},
		} {
			mu.Lock()
			seen = nil
			mu.Unlock()
			env.DB.Counter.Reset()
			res := env.Do(t, apitest.Request{Query: read(c.file), Variables: c.vars, Token: tok})
			if len(res.Errors) > 0 {
				t.Fatalf("%s: %s", c.name, res.Raw)
			}
			n := env.DB.Counter.Count()
			if n != c.want {
				t.Errorf("%s %s: %d statements, want %d", dia, c.name, n, c.want)
			}
			mu.Lock()
			for _, q := range seen {
				if c.file == "q2.graphql" && strings.Contains(q, "COUNT(*)") && !strings.Contains(q, "GROUP BY") {
					t.Errorf("Q2 counts the whole district for pageInfo: %.200s", q)
				}
			}
			mu.Unlock()
		}
	})
}
