package server_test

import (
	"testing"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
)

// TestEnterpriseFindingCounts: an enterprise's openFindings and
// overdueFindings equal the counts of its findings filtered the long way,
// for every role and page, through a connection and through node; a page
// of 50 costs one statement for the counts whatever its size.
func TestEnterpriseFindingCounts(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		const q = `query($n: Int!) { enterprises(first: $n, orderBy: {field: NAME, direction: ASC}) { edges { node {
			id openFindings overdueFindings
			open: findings(first: 0, where: {open: true}) { totalCount }
			overdue: findings(first: 0, where: {open: true, overdue: true}) { totalCount } } } } }`
		type page struct {
			Enterprises struct {
				Edges []struct {
					Node struct {
						ID                            string
						OpenFindings, OverdueFindings int
						Open, Overdue                 struct{ TotalCount int }
					}
				}
			}
		}
		for _, user := range []string{"admin", "furong", "expert", "qiye"} {
			var p page
			env.Query(t, user, q, map[string]any{"n": 50}).Decode(t, &p)
			if len(p.Enterprises.Edges) == 0 {
				t.Fatalf("%s sees no enterprise", user)
			}
			open, overdue := 0, 0
			for _, e := range p.Enterprises.Edges {
				n := e.Node
				if n.OpenFindings != n.Open.TotalCount || n.OverdueFindings != n.Overdue.TotalCount {
					t.Errorf("%s: enterprise %s open %d overdue %d, counted %d and %d", user, n.ID,
						n.OpenFindings, n.OverdueFindings, n.Open.TotalCount, n.Overdue.TotalCount)
				}
				open += n.OpenFindings
				overdue += n.OverdueFindings
			}
			if open == 0 {
				t.Errorf("%s: no open finding on the page: the check is vacuous", user)
			}
			// Through node, alone.
			first := p.Enterprises.Edges[0].Node
			var one struct {
				Node struct{ OpenFindings int }
			}
			env.Query(t, user, `query($id: ID!) { node(id: $id) { ... on Enterprise { openFindings } } }`,
				map[string]any{"id": first.ID}).Decode(t, &one)
			if one.Node.OpenFindings != first.OpenFindings {
				t.Errorf("%s: node openFindings %d, page %d", user, one.Node.OpenFindings, first.OpenFindings)
			}
		}
		// Statements: the page of 5 and the page of 50 cost the same: the
		// viewer and its districts, the page, the counts.
		statements := func(n int) int64 {
			env.Token(t, "furong")
			env.DB.Counter.Reset()
			env.Do(t, apitest.Request{Query: `query($n: Int!) { enterprises(first: $n) { edges { node { id openFindings overdueFindings } } } }`,
				Variables: map[string]any{"n": n}, Token: env.Token(t, "furong")})
			return env.DB.Counter.Count()
		}
		if a, b := statements(5), statements(50); a != b || a > 4 {
			t.Errorf("statements: page of 5 %d, page of 50 %d (want equal, at most 4)", a, b)
		}
	})
}
