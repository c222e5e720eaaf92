package server_test

import (
	"encoding/json"
	"fmt"
	"strconv"
	"testing"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
	"greencheck/api/demo"
	"greencheck/ent"
	"greencheck/ent/district"
	"greencheck/ent/enterprise"
	"greencheck/ent/finding"
	"greencheck/ent/user"
)

// fixture names the demo records the role matrix is about.
type fixture struct {
	furong, tianxin, yuelu                                   *ent.District
	qiyeEnt, furongEnt, yueluEnt                             *ent.Enterprise
	qiyeFinding, furongFinding, yueluFinding, tianxinFinding *ent.Finding
	count                                                    map[string]int // enterprises per district code
	findings                                                 map[string]int // findings per district code
	allEnterprises, allFindings                              int
}

func load(t *testing.T, env *apitest.Env) fixture {
	t.Helper()
	c := env.DB.Client
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	var f fixture
	var err error
	f.furong, err = c.District.Query().Where(district.Code("430102")).Only(sys)
	must(err)
	f.tianxin, err = c.District.Query().Where(district.Code("430103")).Only(sys)
	must(err)
	f.yuelu, err = c.District.Query().Where(district.Code("430104")).Only(sys)
	must(err)
	f.qiyeEnt, err = c.User.Query().Where(user.Username("qiye")).QueryEnterprise().Only(sys)
	must(err)
	f.furongEnt, err = c.Enterprise.Query().Where(enterprise.DistrictID(f.furong.ID), enterprise.IDNEQ(f.qiyeEnt.ID)).First(sys)
	must(err)
	f.yueluEnt, err = c.Enterprise.Query().Where(enterprise.DistrictID(f.yuelu.ID)).First(sys)
	must(err)
	first := func(q *ent.FindingQuery) *ent.Finding {
		fd, err := q.First(sys)
		must(err)
		return fd
	}
	f.qiyeFinding = first(c.Finding.Query().Where(finding.EnterpriseID(f.qiyeEnt.ID)))
	f.furongFinding = first(c.Finding.Query().Where(finding.HasEnterpriseWith(enterprise.DistrictID(f.furong.ID), enterprise.IDNEQ(f.qiyeEnt.ID))))
	f.yueluFinding = first(c.Finding.Query().Where(finding.HasEnterpriseWith(enterprise.DistrictID(f.yuelu.ID))))
	f.tianxinFinding = first(c.Finding.Query().Where(finding.HasEnterpriseWith(enterprise.DistrictID(f.tianxin.ID))))
	f.count, f.findings = map[string]int{}, map[string]int{}
	for _, d := range []*ent.District{f.furong, f.tianxin, f.yuelu} {
		f.count[d.Code], err = c.Enterprise.Query().Where(enterprise.DistrictID(d.ID)).Count(sys)
		must(err)
		f.findings[d.Code], err = c.Finding.Query().Where(finding.HasEnterpriseWith(enterprise.DistrictID(d.ID))).Count(sys)
		must(err)
	}
	f.allEnterprises, err = c.Enterprise.Query().Count(sys)
	must(err)
	f.allFindings, err = c.Finding.Query().Count(sys)
	must(err)
	return f
}

// TestRoleMatrix is the table of who sees what, through every read path:
// node(id:), nodes(ids:), top-level connections with totalCount, filters,
// and nested edges.
func TestRoleMatrix(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		f := load(t, env)
		qiyeFindings, err := env.DB.Client.Finding.Query().Where(finding.EnterpriseID(f.qiyeEnt.ID)).Count(sys)
		if err != nil {
			t.Fatal(err)
		}
		type sees map[string]bool // finding → visible
		cases := []struct {
			user        string
			findings    sees
			enterprises int // totalCount of enterprises
			findingsN   int // totalCount of findings
		}{
			{"admin", sees{"qiye": true, "furong": true, "yuelu": true, "tianxin": true}, f.allEnterprises, f.allFindings},
			{"furong", sees{"qiye": true, "furong": true, "yuelu": false, "tianxin": false}, f.count["430102"], f.findings["430102"]},
			{"yuelu", sees{"qiye": false, "furong": false, "yuelu": true, "tianxin": false}, f.count["430104"], f.findings["430104"]},
			{"expert", sees{"qiye": true, "furong": true, "yuelu": false, "tianxin": true},
				f.count["430102"] + f.count["430103"], f.findings["430102"] + f.findings["430103"]},
			{"qiye", sees{"qiye": true, "furong": false, "yuelu": false, "tianxin": false}, 1, qiyeFindings},
		}
		ids := map[string]*ent.Finding{"qiye": f.qiyeFinding, "furong": f.furongFinding, "yuelu": f.yueluFinding, "tianxin": f.tianxinFinding}
		for _, c := range cases {
			t.Run(c.user, func(t *testing.T) {
				// node(id:) of each finding.
				visible := 0
				for name, fd := range ids {
					res := env.Query(t, c.user, `query($id:ID!){node(id:$id){id ... on Finding{title}}}`,
						map[string]any{"id": strconv.Itoa(fd.ID)})
					got := string(res.Data) != `{"node":null}`
					if got != c.findings[name] || (!got && res.Code() != "NOT_FOUND") {
						t.Errorf("node(%s finding) visible = %v, want %v: %s", name, got, c.findings[name], res.Raw)
					}
					if c.findings[name] {
						visible++
					}
				}
				// nodes(ids:) returns the same, in order, null for the unseen.
				var list []string
				for _, name := range []string{"qiye", "furong", "yuelu", "tianxin"} {
					list = append(list, strconv.Itoa(ids[name].ID))
				}
				var nodes struct{ Nodes []*struct{ ID string } }
				res := env.Query(t, c.user, `query($ids:[ID!]!){nodes(ids:$ids){id}}`, map[string]any{"ids": list})
				if err := json.Unmarshal(res.Data, &nodes); err != nil || len(nodes.Nodes) != 4 {
					t.Fatalf("nodes: %s", res.Raw)
				}
				n := 0
				for _, x := range nodes.Nodes {
					if x != nil {
						n++
					}
				}
				if n != visible {
					t.Errorf("nodes(ids:) returned %d visible, want %d", n, visible)
				}
				// totalCount of the top-level connections.
				var counts struct {
					Enterprises struct{ TotalCount int }
					Findings    struct{ TotalCount int }
				}
				env.Query(t, c.user, `{enterprises(first:1){totalCount} findings(first:1){totalCount}}`, nil).Decode(t, &counts)
				if counts.Enterprises.TotalCount != c.enterprises {
					t.Errorf("enterprises.totalCount = %d, want %d", counts.Enterprises.TotalCount, c.enterprises)
				}
				if counts.Findings.TotalCount != c.findingsN {
					t.Errorf("findings.totalCount = %d, want %d", counts.Findings.TotalCount, c.findingsN)
				}
				// A filter cannot reach outside the scope: yuelu's enterprises.
				var filtered struct{ Enterprises struct{ TotalCount int } }
				env.Query(t, c.user, `query($d:ID!){enterprises(first:5, where:{districtID:$d}){totalCount}}`,
					map[string]any{"d": strconv.Itoa(f.yuelu.ID)}).Decode(t, &filtered)
				wantYuelu := 0
				if c.user == "admin" || c.user == "yuelu" {
					wantYuelu = f.count["430104"]
				}
				if filtered.Enterprises.TotalCount != wantYuelu {
					t.Errorf("enterprises(where: yuelu).totalCount = %d, want %d", filtered.Enterprises.TotalCount, wantYuelu)
				}
				// Nested edges: district → enterprises → findings.
				var nested struct {
					Districts struct {
						Edges []struct {
							Node struct {
								Code        string
								Enterprises struct{ TotalCount int }
							}
						}
					}
				}
				env.Query(t, c.user, `{districts(first:20){edges{node{code enterprises(first:0){totalCount}}}}}`, nil).Decode(t, &nested)
				sum := 0
				for _, e := range nested.Districts.Edges {
					sum += e.Node.Enterprises.TotalCount
					if e.Node.Code == "430104" && e.Node.Enterprises.TotalCount != wantYuelu {
						t.Errorf("district 430104 → enterprises.totalCount = %d, want %d", e.Node.Enterprises.TotalCount, wantYuelu)
					}
				}
				if len(nested.Districts.Edges) != 10 || sum != c.enterprises {
					t.Errorf("districts → enterprises: %d districts, %d enterprises; want 10, %d", len(nested.Districts.Edges), sum, c.enterprises)
				}
			})
		}
	})
}

func TestEnterpriseCannotReadAnotherEnterprisesFinding(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		f := load(t, env)
		res := env.Query(t, "qiye", `query($id:ID!){node(id:$id){id}}`, map[string]any{"id": strconv.Itoa(f.furongFinding.ID)})
		if string(res.Data) != `{"node":null}` || res.Code() != "NOT_FOUND" {
			t.Fatalf("qiye reading another enterprise's finding got %s", res.Raw)
		}
		// Not through the enterprise's edges either.
		res = env.Query(t, "qiye", `query($id:ID!){node(id:$id){... on Enterprise{name findings(first:5){totalCount}}}}`,
			map[string]any{"id": strconv.Itoa(f.furongEnt.ID)})
		if string(res.Data) != `{"node":null}` {
			t.Fatalf("qiye reading another enterprise got %s", res.Raw)
		}
	})
}

// TestReadPathsPerRole covers the entities whose rules differ from the
// enterprise anchor: audit entries (administrators only), users, secrets.
func TestReadPathsPerRole(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		f := load(t, env)
		// The audit trail: make one entry in each of two districts.
		for _, e := range []*ent.Enterprise{f.furongEnt, f.yueluEnt} {
			res := env.Query(t, "admin", `mutation($id:ID!){updateEnterprise(input:{id:$id, address:"湘江中路 1 号"}){enterprise{id}}}`,
				map[string]any{"id": strconv.Itoa(e.ID)})
			if len(res.Errors) > 0 {
				t.Fatalf("update: %s", res.Raw)
			}
		}
		// (-1: refused — the trail is the administrators', so "may I read it"
		// is the policy's verdict, me.can.readAuditTrail.)
		audit := func(user string) int {
			var out struct{ AuditEntries struct{ TotalCount int } }
			r := env.Query(t, user, `{auditEntries(first:10){totalCount}}`, nil)
			if r.Code() == "FORBIDDEN" {
				return -1
			}
			r.Decode(t, &out)
			return out.AuditEntries.TotalCount
		}
		if a, fu, q, x := audit("admin"), audit("furong"), audit("qiye"), audit("expert"); a < 2 || fu < 1 || fu >= a || q != -1 || x != -1 {
			t.Errorf("audit entries seen: admin %d, furong %d, qiye %d, expert %d", a, fu, q, x)
		}
		users := func(user string) int {
			var out struct{ Users struct{ TotalCount int } }
			env.Query(t, user, `{users(first:10){totalCount}}`, nil).Decode(t, &out)
			return out.Users.TotalCount
		}
		colleagues, err := env.DB.Client.User.Query().Where(user.EnterpriseID(f.qiyeEnt.ID)).Count(sys)
		if err != nil {
			t.Fatal(err)
		}
		if n := users("qiye"); n != colleagues || n < 2 {
			t.Errorf("qiye sees %d users, want its enterprise's %d", n, colleagues)
		}
		if n, all := users("furong"), users("admin"); n <= f.count["430102"] || n >= all {
			t.Errorf("furong sees %d users of %d", n, all)
		}
		// No secret is part of the schema.
		res := env.Query(t, "admin", `{users(first:1){edges{node{passwordHash}}}}`, nil)
		if res.Code() != "GRAPHQL_VALIDATION_FAILED" {
			t.Errorf("passwordHash is queryable: %s", res.Raw)
		}
		// Anonymous callers can do nothing but log in.
		res = env.Query(t, "", `{enterprises(first:1){totalCount}}`, nil)
		if res.Code() != "UNAUTHENTICATED" {
			t.Errorf("anonymous enterprises: %s", res.Raw)
		}
		res = env.Query(t, "", fmt.Sprintf(`{node(id:"%d"){id}}`, f.qiyeFinding.ID), nil)
		if res.Code() != "UNAUTHENTICATED" {
			t.Errorf("anonymous node: %s", res.Raw)
		}
	})
}

// TestDemoFiguresThroughTheAPI: on a fresh demo city the city administrator
// sees the published figures.
func TestDemoFiguresThroughTheAPI(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.NewDemo(t, dia)
		var out struct {
			Enterprises struct{ TotalCount int }
			Findings    struct{ TotalCount int }
			Closed      struct{ TotalCount int }
			Items       struct{ TotalCount int }
		}
		env.Query(t, "admin", `{enterprises(first:0){totalCount} findings(first:0){totalCount}
			closed: findings(first:0, where:{status:CLOSED}){totalCount} items: checklistItems(first:0){totalCount}}`, nil).Decode(t, &out)
		if out.Enterprises.TotalCount != demo.Enterprises || out.Findings.TotalCount != demo.Findings ||
			out.Closed.TotalCount != demo.ClosedFindings || out.Items.TotalCount != 59 {
			t.Errorf("figures = %+v, want 1739 enterprises, 6416 findings, 6206 closed, 59 items", out)
		}
		if rate := float64(out.Closed.TotalCount) / float64(out.Findings.TotalCount); fmt.Sprintf("%.1f", rate*100) != "96.7" {
			t.Errorf("rectification rate = %.2f%%", rate*100)
		}
	})
}
