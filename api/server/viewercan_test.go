package server_test

import (
	"slices"
	"testing"
	"time"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
	"greencheck/ent/checklisttemplate"
	"greencheck/ent/enterprise"
	"greencheck/ent/extensionrequest"
	"greencheck/ent/finding"
	"greencheck/ent/selfcheck"
)

// TestViewerCanIsDecidedByTheRules: what the SPA shows comes from
// viewerCan fields computed by the privacy rules and the finding lifecycle;
// each answer here is checked against what the write itself then does.
func TestViewerCanIsDecidedByTheRules(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.NewDemo(t, dia)
		f := load(t, env)
		c := env.DB.Client

		// The viewer's capabilities (menus and "new" buttons).
		type can struct {
			IssueTask, CreateEnterprise, EditChecklists, ReviewFindings, ReadAuditTrail bool
			CreatableRoles                                                              []string
		}
		caps := map[string]can{
			"admin":  {true, true, true, true, true, []string{"CITY_ADMIN", "DISTRICT_ADMIN", "EXPERT", "ENTERPRISE"}},
			"furong": {true, true, false, true, true, []string{"ENTERPRISE"}},
			"expert": {false, false, false, true, false, nil},
			"qiye":   {false, false, false, false, false, nil},
		}
		for who, want := range caps {
			var out struct{ Me struct{ Can can } }
			env.Query(t, who, `{ me { can { issueTask createEnterprise editChecklists reviewFindings readAuditTrail creatableRoles } } }`, nil).Decode(t, &out)
			got := out.Me.Can
			if got.IssueTask != want.IssueTask || got.CreateEnterprise != want.CreateEnterprise || got.EditChecklists != want.EditChecklists ||
				got.ReviewFindings != want.ReviewFindings || got.ReadAuditTrail != want.ReadAuditTrail || !slices.Equal(got.CreatableRoles, want.CreatableRoles) {
				t.Errorf("%s can %+v, want %+v", who, got, want)
			}
		}

		// A finding of qiye awaiting review, and one it still owes.
		submitted := c.Finding.Query().Where(finding.EnterpriseID(f.qiyeEnt.ID), finding.StatusEQ(finding.StatusSUBMITTED)).FirstX(sys)
		owed := c.Finding.Query().Where(finding.EnterpriseID(f.qiyeEnt.ID), finding.StatusEQ(finding.StatusRECTIFYING)).FirstX(sys)
		pendingOn := func(id int) bool {
			return c.ExtensionRequest.Query().Where(extensionrequest.FindingID(id), extensionrequest.StatusEQ(extensionrequest.StatusPENDING)).ExistX(sys)
		}
		type fcan struct{ SubmitRectification, RequestExtension, Review, Delegate bool }
		findingCan := func(who string, id int) (fcan, bool) {
			var out struct {
				Node *struct {
					Open      bool
					ViewerCan fcan
				}
			}
			r := env.Query(t, who, `query($id:ID!){ node(id:$id){ ... on Finding { open viewerCan { submitRectification requestExtension review delegate } } } }`,
				map[string]any{"id": itoa(id)})
			if len(r.Errors) > 0 || r.Data == nil {
				return fcan{}, false
			}
			r.Decode(t, &out)
			if out.Node == nil {
				return fcan{}, false
			}
			if !out.Node.Open {
				t.Errorf("finding %d not open", id)
			}
			return out.Node.ViewerCan, true
		}
		for _, cse := range []struct {
			who  string
			id   int
			want fcan
		}{
			{"qiye", owed.ID, fcan{SubmitRectification: true, RequestExtension: !pendingOn(owed.ID)}},
			{"qiye", submitted.ID, fcan{}}, // under review: no deadline of its to move
			{"furong", owed.ID, fcan{Delegate: true}},
			{"furong", submitted.ID, fcan{Review: true, Delegate: true}},
			{"admin", submitted.ID, fcan{Review: true, Delegate: true}},
			{"expert", submitted.ID, fcan{}}, // reads it (芙蓉区), reviews only when delegated
		} {
			got, seen := findingCan(cse.who, cse.id)
			if !seen || got != cse.want {
				t.Errorf("%s on finding %d: %+v (seen %v), want %+v", cse.who, cse.id, got, seen, cse.want)
			}
		}
		if _, seen := findingCan("yuelu", submitted.ID); seen {
			t.Errorf("yuelu reads qiye's finding")
		}
		// Delegating to the expert makes the expert a reviewer of that one finding.
		expert := c.User.Query().Where().AllX(sys)
		var expertID string
		for _, u := range expert {
			if u.Username == "expert" {
				expertID = itoa(u.ID)
			}
		}
		env.Query(t, "furong", `mutation($f:ID!,$e:ID){delegateReview(findingID:$f, expertID:$e){id}}`,
			map[string]any{"f": itoa(submitted.ID), "e": expertID}).Decode(t, &struct{}{})
		if got, _ := findingCan("expert", submitted.ID); !got.Review || got.Delegate {
			t.Errorf("delegated expert can %+v", got)
		}

		// The review queue of each reviewer: exactly the findings viewerCan.review says.
		queue := func(who string) (n int, allReviewable bool) {
			var out struct {
				Findings struct {
					TotalCount int
					Edges      []struct {
						Node struct{ ViewerCan struct{ Review bool } }
					}
				}
			}
			env.Query(t, who, `{ findings(first: 100, where:{viewerCanReview:true}){ totalCount edges { node { viewerCan { review } } } } }`, nil).Decode(t, &out)
			allReviewable = true
			for _, e := range out.Findings.Edges {
				allReviewable = allReviewable && e.Node.ViewerCan.Review
			}
			return out.Findings.TotalCount, allReviewable
		}
		submittedIn := func(districts ...int) int {
			q := c.Finding.Query().Where(finding.StatusEQ(finding.StatusSUBMITTED))
			if len(districts) > 0 {
				q.Where(finding.HasEnterpriseWith(enterprise.DistrictIDIn(districts...)))
			}
			return q.CountX(sys)
		}
		for who, want := range map[string]int{"expert": 1, "qiye": 0, "furong": submittedIn(f.furong.ID), "admin": submittedIn()} {
			if n, all := queue(who); n != want || !all {
				t.Errorf("%s's review queue: %d findings (all reviewable: %v), want %d", who, n, all, want)
			}
		}

		// Tasks: the demo's current task reaches 芙蓉区 only; the campaign is closed.
		tpl := c.ChecklistTemplate.Query().Where(checklisttemplate.StatusEQ(checklisttemplate.StatusPUBLISHED)).OnlyX(sys)
		var issued struct {
			IssueInspectionTask struct{ Task struct{ ID string } }
		}
		env.Query(t, "admin", `mutation($in:IssueInspectionTaskInput!){issueInspectionTask(input:$in){task{id}}}`,
			map[string]any{"in": map[string]any{"templateID": itoa(tpl.ID), "title": "两区联合自查", "dueAt": time.Now().Add(240 * time.Hour).Format(time.RFC3339),
				"scope": map[string]any{"districtIDs": []string{itoa(f.furong.ID), itoa(f.yuelu.ID)}}}}).Decode(t, &issued)
		taskCan := func(who string) (ext, cls bool) {
			var out struct {
				InspectionTasks struct {
					Edges []struct {
						Node struct {
							ID        string
							Status    string
							ViewerCan struct{ Extend, Close bool }
						}
					}
				}
			}
			env.Query(t, who, `{ inspectionTasks(first: 10){ edges { node { id status viewerCan { extend close } } } } }`, nil).Decode(t, &out)
			for _, e := range out.InspectionTasks.Edges {
				if e.Node.ID == issued.IssueInspectionTask.Task.ID {
					return e.Node.ViewerCan.Extend, e.Node.ViewerCan.Close
				}
			}
			t.Fatalf("%s does not see the task", who)
			return
		}
		if ext, cls := taskCan("admin"); !ext || !cls {
			t.Errorf("admin on a city task: %v %v", ext, cls)
		}
		if ext, cls := taskCan("furong"); ext || cls {
			t.Errorf("furong on a two-district task: %v %v", ext, cls)
		}
		// What viewerCan says is what the write does.
		r := env.Query(t, "furong", `mutation($id:ID!){closeInspectionTask(id:$id){status}}`, map[string]any{"id": issued.IssueInspectionTask.Task.ID})
		if r.Code() != "FORBIDDEN" {
			t.Errorf("furong closing it: %s", r.Raw)
		}

		// Enterprises and users.
		var ent struct {
			Node struct {
				ViewerCan struct{ Update, UpdateContacts, EditRegistry bool }
			}
		}
		for who, want := range map[string][3]bool{"admin": {true, true, true}, "furong": {true, true, true}, "qiye": {false, true, false}, "expert": {false, false, false}} {
			env.Query(t, who, `query($id:ID!){ node(id:$id){ ... on Enterprise { viewerCan { update updateContacts editRegistry } } } }`,
				map[string]any{"id": itoa(f.qiyeEnt.ID)}).Decode(t, &ent)
			if got := ent.Node.ViewerCan; got.Update != want[0] || got.UpdateContacts != want[1] || got.EditRegistry != want[2] {
				t.Errorf("%s on qiye's enterprise: %+v", who, got)
			}
		}

		// Self-checks: qiye answers its open one, nobody its submitted one, the expert neither.
		scCan := func(who string, id int) (out struct{ Answer, Submit bool }) {
			var r struct {
				Node *struct{ ViewerCan struct{ Answer, Submit bool } }
			}
			env.Query(t, who, `query($id:ID!){ node(id:$id){ ... on SelfCheck { viewerCan { answer submit } } } }`, map[string]any{"id": itoa(id)}).Decode(t, &r)
			if r.Node != nil {
				out = r.Node.ViewerCan
			}
			return
		}
		inProgress := c.SelfCheck.Query().Where(selfcheck.EnterpriseID(f.qiyeEnt.ID), selfcheck.StatusEQ(selfcheck.StatusIN_PROGRESS)).FirstX(sys)
		done := c.SelfCheck.Query().Where(selfcheck.EnterpriseID(f.qiyeEnt.ID), selfcheck.StatusEQ(selfcheck.StatusSUBMITTED)).FirstX(sys)
		if got := scCan("qiye", inProgress.ID); !got.Answer || got.Submit != (inProgress.AnsweredCount >= inProgress.ApplicableCount) {
			t.Errorf("qiye on its open self-check: %+v", got)
		}
		if got := scCan("qiye", done.ID); got.Answer || got.Submit {
			t.Errorf("qiye on its submitted self-check: %+v", got)
		}
		if got := scCan("expert", inProgress.ID); got.Answer || got.Submit {
			t.Errorf("expert on qiye's self-check: %+v", got)
		}

		// The lifecycle, as the SPA reads it.
		var lc struct {
			FindingLifecycle struct {
				Statuses []struct {
					Status             string
					Open               bool
					AwaitingEnterprise bool
				}
			}
		}
		env.Query(t, "qiye", `{ findingLifecycle { statuses { status open awaitingEnterprise } transitions { name from to by } } }`, nil).Decode(t, &lc)
		var open []string
		for _, s := range lc.FindingLifecycle.Statuses {
			if s.Open {
				open = append(open, s.Status)
			}
		}
		if !slices.Equal(open, []string{"FOUND", "ASSIGNED", "RECTIFYING", "SUBMITTED", "REJECTED"}) {
			t.Errorf("open statuses %v", open)
		}
		var counts struct{ Open, Resolved, All struct{ TotalCount int } }
		env.Query(t, "qiye", `{ open: findings(first:1, where:{open:true}){totalCount} resolved: findings(first:1, where:{open:false}){totalCount} all: findings(first:1){totalCount} }`, nil).Decode(t, &counts)
		if counts.Open.TotalCount == 0 || counts.Open.TotalCount+counts.Resolved.TotalCount != counts.All.TotalCount {
			t.Errorf("open filter: %+v", counts)
		}
	})
}

// TestViewerCanOnAPageCostsConstantStatements: a page of findings asking
// viewerCan costs the same statements for 5 rows and for 50 (permissions
// are batched per request).
func TestViewerCanOnAPageCostsConstantStatements(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		for _, who := range []string{"furong", "admin"} {
			tok := env.Token(t, who)
			q := `query($n:Int!){ findings(first:$n, where:{open:true}){ edges { node { id viewerCan { submitRectification requestExtension review delegate }
				extensionRequests(first: 5){ edges { node { viewerCan { decide } } } } } } }
				selfChecks(first:$n){ edges { node { viewerCan { answer submit } } } } }`
			statements := func(n int) int64 {
				env.DB.Counter.Reset()
				if res := env.Do(t, apitest.Request{Query: q, Variables: map[string]any{"n": n}, Token: tok}); len(res.Errors) > 0 {
					t.Fatalf("%s", res.Raw)
				}
				return env.DB.Counter.Count()
			}
			statements(1) // the viewer read once, then cached (api/auth/viewers.go)
			if small, large := statements(5), statements(50); small != large {
				t.Errorf("%s: %d statements for pages of 5, %d for 50", who, small, large)
			} else {
				t.Logf("%s %s: %d statements for a page with viewerCan", dia, who, large)
			}
		}
	})
}
