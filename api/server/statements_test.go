package server_test

import (
	"os"
	"strings"
	"sync"
	"testing"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
	"greencheck/graph/direct"
)

// The benchmark's requests (testdata/bench, the forms ../shared/bench sends)
// cost a constant number of SQL statements, whatever the page, and none for
// who is calling (the viewer is cached): Q1 and Q2 are answered by the
// direct path (graph/direct) in one statement each — the enterprise with
// its district joined and its page of findings as a derived table; the page
// of enterprises with their open findings as sub-selects — and a page
// asking pageInfo without totalCount runs no COUNT of the whole district
// (hasNextPage comes from fetching one row more); Q3, a report by district,
// reads the maintained finding tallies in one statement (the dashboard took
// four).
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
			{"Q1 an enterprise, its district, its last 10 findings", "q1.graphql", map[string]any{"id": itoa(f.qiyeEnt.ID)}, 1},
			{"Q2 a district's page of 50 enterprises with open findings", "q2.graphql", map[string]any{"districtId": itoa(furong.ID)}, 1},
			{"Q3 the per-district report", "q3.graphql", nil, 1},
			{"Q4 the district × month report over a year", "q4.graphql", map[string]any{"from": "2025-12-01", "to": "2026-11-30"}, 1},
		} {
			mu.Lock()
			seen = nil
			mu.Unlock()
			env.DB.Counter.Reset()
			before := direct.Answered()
			res := env.Do(t, apitest.Request{Query: read(c.file), Variables: c.vars, Token: tok})
			report := c.file == "q3.graphql" || c.file == "q4.graphql"
			if !report && direct.Answered() == before {
				t.Errorf("%s %s: not answered by the direct path", dia, c.name)
			}
			if len(res.Errors) > 0 {
				t.Fatalf("%s: %s", c.name, res.Raw)
			}
			n := env.DB.Counter.Count()
			if n != c.want {
				t.Errorf("%s %s: %d statements, want %d", dia, c.name, n, c.want)
			}
			if c.file == "q4.graphql" && !strings.Contains(string(res.Raw), `"fromSummaries":true`) {
				t.Errorf("%s %s: not read from the finding tallies: %.300s", dia, c.name, res.Raw)
			}
			mu.Lock()
			for _, q := range seen {
				if report && !strings.Contains(q, "finding_tallies") {
					t.Errorf("%s %s reads %.200s", dia, c.name, q)
				}
				if c.file == "q2.graphql" && strings.HasPrefix(q, "SELECT COUNT(*)") {
					t.Errorf("Q2 counts the whole district for pageInfo: %.200s", q)
				}
			}
			mu.Unlock()
		}
	})
}
