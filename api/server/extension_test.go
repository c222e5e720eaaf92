package server_test

import (
	"testing"
	"time"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
	"greencheck/ent/auditentry"
	"greencheck/ent/checklisttemplate"
	"greencheck/ent/finding"
	"greencheck/ent/notification"
	"greencheck/ent/user"
)

const requestExtQ = `mutation($in:RequestExtensionInput!){requestExtension(input:$in){request{id status requestedDueAt} finding{id dueAt}}}`
const decideExtQ = `mutation($in:DecideExtensionInput!){decideExtension(input:$in){request{id status answer} finding{id dueAt overdue}}}`

type extOut struct {
	Request struct{ ID, Status, Answer string }
	Finding struct {
		ID      string
		DueAt   time.Time
		Overdue bool
	}
}

// TestExtensionRequests: qiye asks for more time (a retry asks once), a
// second different request waits for the first, yuelu cannot decide,
// furong refuses with a reason, qiye asks again and furong grants: the
// deadline moves, both sides are told, and the audit trail has it all.
func TestExtensionRequests(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.NewDemo(t, dia)
		f := load(t, env)
		fd, err := env.DB.Client.Finding.Query().Where(finding.EnterpriseID(f.qiyeEnt.ID),
			finding.StatusEQ(finding.StatusRECTIFYING)).First(sys)
		if err != nil {
			t.Fatal(err)
		}
		asked := fd.DueAt.Add(20 * 24 * time.Hour).UTC()
		if asked.Before(time.Now()) {
			asked = time.Now().Add(20 * 24 * time.Hour).UTC()
		}
		ask := func(reason string, due time.Time) *apitest.Response {
			return env.Query(t, "qiye", requestExtQ, map[string]any{"in": map[string]any{
				"findingID": itoa(fd.ID), "reason": reason, "dueAt": due.Format(time.RFC3339)}})
		}
		// Bad input first: no reason; not later; more than 90 days.
		for name, r := range map[string]*apitest.Response{
			"no reason": ask("  ", asked),
			"earlier":   ask("设备采购周期长", fd.DueAt.Add(-time.Hour)),
			"too long":  ask("设备采购周期长", fd.DueAt.Add(200*24*time.Hour)),
		} {
			if r.Code() != "BAD_USER_INPUT" {
				t.Errorf("%s: %s", name, r.Raw)
			}
		}
		var first struct{ RequestExtension extOut }
		ask("设备采购周期长，需等待厂家供货", asked).Decode(t, &first)
		var retry struct{ RequestExtension extOut }
		ask("设备采购周期长，需等待厂家供货", asked).Decode(t, &retry)
		if first.RequestExtension.Request.Status != "PENDING" || retry.RequestExtension.Request.ID != first.RequestExtension.Request.ID {
			t.Fatalf("request %+v, retry %+v", first, retry)
		}
		if r := ask("另一个理由", asked.Add(24*time.Hour)); r.Code() != "CONFLICT" {
			t.Errorf("second request while pending: %s", r.Raw)
		}
		decide := func(as string, in map[string]any) *apitest.Response {
			in["id"] = first.RequestExtension.Request.ID
			return env.Query(t, as, decideExtQ, map[string]any{"in": in})
		}
		if r := decide("yuelu", map[string]any{"grant": true}); r.Code() != "NOT_FOUND" {
			t.Errorf("yuelu deciding a 芙蓉区 request: %s", r.Raw)
		}
		if r := decide("qiye", map[string]any{"grant": true}); r.Code() != "FORBIDDEN" {
			t.Errorf("qiye granting itself: %s", r.Raw)
		}
		if r := decide("furong", map[string]any{"grant": false}); r.Code() != "BAD_USER_INPUT" {
			t.Errorf("refusal without a reason: %s", r.Raw)
		}
		var refused struct{ DecideExtension extOut }
		decide("furong", map[string]any{"grant": false, "answer": "供货周期不是延期理由，请先采取临时措施"}).Decode(t, &refused)
		if refused.DecideExtension.Request.Status != "REFUSED" || !refused.DecideExtension.Finding.DueAt.Equal(fd.DueAt) {
			t.Errorf("refused: %+v", refused)
		}
		if r := decide("furong", map[string]any{"grant": true}); r.Code() != "CONFLICT" {
			t.Errorf("deciding twice: %s", r.Raw)
		}
		var second struct{ RequestExtension extOut }
		ask("已采取临时措施，设备下周到货", asked).Decode(t, &second)
		var granted struct{ DecideExtension extOut }
		env.Query(t, "furong", decideExtQ, map[string]any{"in": map[string]any{
			"id": second.RequestExtension.Request.ID, "grant": true}}).Decode(t, &granted)
		if granted.DecideExtension.Request.Status != "GRANTED" || !granted.DecideExtension.Finding.DueAt.Equal(asked.Truncate(time.Second)) ||
			granted.DecideExtension.Finding.Overdue {
			t.Errorf("granted: %+v (asked %v)", granted, asked)
		}
		qiye, _ := env.DB.Client.User.Query().Where(user.Username("qiye")).Only(sys)
		if n, _ := env.DB.Client.Notification.Query().Where(notification.UserID(qiye.ID),
			notification.KindIn("EXTENSION_GRANTED", "EXTENSION_REFUSED")).Count(sys); n != 2 {
			t.Errorf("qiye was told %d times, want 2", n)
		}
		furong, _ := env.DB.Client.User.Query().Where(user.Username("furong")).Only(sys)
		if n, _ := env.DB.Client.Notification.Query().Where(notification.UserID(furong.ID),
			notification.Kind("EXTENSION_REQUESTED")).Count(sys); n != 2 {
			t.Errorf("furong was told %d times, want 2", n)
		}
		var actions []string
		for _, a := range env.DB.Client.AuditEntry.Query().Where(auditentry.SubjectType("Finding"), auditentry.SubjectID(fd.ID)).
			Order(auditentry.ByID()).AllX(sys) {
			actions = append(actions, a.Action)
		}
		want := []string{"finding.extension_request", "finding.extension_refused", "finding.extension_request", "finding.extend"}
		if toJSON(actions) != toJSON(want) {
			t.Errorf("audit %v, want %v", actions, want)
		}
		// qiye sees its requests on the finding; another enterprise does not.
		q := `query($id:ID!){node(id:$id){... on Finding{extensionRequests(first:10){totalCount}}}}`
		var seen struct {
			Node *struct{ ExtensionRequests struct{ TotalCount int } }
		}
		env.Query(t, "qiye", q, map[string]any{"id": itoa(fd.ID)}).Decode(t, &seen)
		if seen.Node == nil || seen.Node.ExtensionRequests.TotalCount != 2 {
			t.Errorf("qiye sees %+v", seen.Node)
		}
		var others struct{ ExtensionRequests struct{ TotalCount int } }
		env.Query(t, enterpriseUser(t, env, f.furongEnt.ID), `{extensionRequests(first:10){totalCount}}`, nil).Decode(t, &others)
		if others.ExtensionRequests.TotalCount != 0 {
			t.Errorf("another enterprise sees %d requests", others.ExtensionRequests.TotalCount)
		}
	})
}

// TestTaskLifecycle: a task's progress by district, its extension (told to
// those who have not submitted) and its closing (answers refused after);
// a district administrator manages only its own districts' tasks; the
// figures of the task follow its findings.
func TestTaskLifecycle(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.NewDemo(t, dia)
		f := load(t, env)
		tpl := env.DB.Client.ChecklistTemplate.Query().Where(checklisttemplate.StatusEQ(checklisttemplate.StatusPUBLISHED)).OnlyX(sys)
		due := time.Now().Add(10 * 24 * time.Hour).UTC().Truncate(time.Second)
		var issued struct {
			IssueInspectionTask struct{ Task struct{ ID string } }
		}
		env.Query(t, "admin", `mutation($in:IssueInspectionTaskInput!){issueInspectionTask(input:$in){task{id}}}`,
			map[string]any{"in": map[string]any{"templateID": itoa(tpl.ID), "title": "芙蓉岳麓联合自查", "dueAt": due.Format(time.RFC3339),
				"scope": map[string]any{"districtIDs": []string{itoa(f.furong.ID), itoa(f.yuelu.ID)}}}}).Decode(t, &issued)
		id := issued.IssueInspectionTask.Task.ID

		progressQ := `query($id:ID!){taskProgress(taskID:$id){total notStarted inProgress submitted submittedShare
			byDistrict{district{nameZh} total notStarted}}}`
		type progress struct {
			TaskProgress struct {
				Total, NotStarted, InProgress, Submitted int
				SubmittedShare                           float64
				ByDistrict                               []struct {
					District          struct{ NameZh string }
					Total, NotStarted int
				}
			}
		}
		var city, district progress
		env.Query(t, "admin", progressQ, map[string]any{"id": id}).Decode(t, &city)
		if p := city.TaskProgress; len(p.ByDistrict) != 2 || p.Total != p.NotStarted || p.Total == 0 ||
			p.ByDistrict[0].Total+p.ByDistrict[1].Total != p.Total {
			t.Fatalf("city progress %+v", p)
		}
		env.Query(t, "furong", progressQ, map[string]any{"id": id}).Decode(t, &district)
		if p := district.TaskProgress; len(p.ByDistrict) != 1 || p.ByDistrict[0].District.NameZh != "芙蓉区" {
			t.Errorf("furong sees %+v", p)
		}

		extend := func(as string, d time.Time) *apitest.Response {
			return env.Query(t, as, `mutation($id:ID!,$d:Time!){extendInspectionTask(id:$id,dueAt:$d){id dueAt status}}`,
				map[string]any{"id": id, "d": d.Format(time.RFC3339)})
		}
		// The task reaches two districts: furong alone may not change it.
		if r := extend("furong", due.Add(48*time.Hour)); r.Code() != "FORBIDDEN" {
			t.Errorf("furong extending a two-district task: %s", r.Raw)
		}
		many := make([]string, 5001)
		for i := range many {
			many[i] = itoa(i + 1)
		}
		if r := env.Query(t, "admin", `query($s:TaskScopeInput!){enterprisesInScope(scope:$s)}`,
			map[string]any{"s": map[string]any{"enterpriseIDs": many}}); r.Code() != "BAD_USER_INPUT" {
			t.Errorf("a list of 5,001 enterprises: %s", r.Raw)
		}
		if r := extend("admin", due.Add(-48*time.Hour)); r.Code() != "BAD_USER_INPUT" {
			t.Errorf("extending to an earlier date: %s", r.Raw)
		}
		before, _ := env.DB.Client.Notification.Query().Where(notification.Kind("TASK_EXTENDED")).Count(sys)
		var ext struct{ ExtendInspectionTask struct{ DueAt time.Time } }
		extend("admin", due.Add(7*24*time.Hour)).Decode(t, &ext)
		extend("admin", due.Add(7*24*time.Hour)).Decode(t, &ext) // a retry tells nobody twice
		after, _ := env.DB.Client.Notification.Query().Where(notification.Kind("TASK_EXTENDED")).Count(sys)
		if !ext.ExtendInspectionTask.DueAt.Equal(due.Add(7*24*time.Hour)) || after-before == 0 {
			t.Errorf("extended to %v, %d told", ext.ExtendInspectionTask.DueAt, after-before)
		}
		// qiye's self-check of this task; close; answering is refused.
		var sc struct {
			SelfChecks struct {
				Edges []struct {
					Node struct {
						ID              string
						ApplicableItems []item
					}
				}
			}
		}
		env.Query(t, "qiye", `query($t:ID!){selfChecks(first:1, where:{hasTaskWith:{id:$t}}){edges{node{id applicableItems{id code answerType compliance{withinMonths aheadDays}}}}}}`,
			map[string]any{"t": id}).Decode(t, &sc)
		me := sc.SelfChecks.Edges[0].Node
		it := me.ApplicableItems[0]
		env.Query(t, "qiye", saveQ, map[string]any{"in": map[string]any{"selfCheckID": me.ID, "itemID": it.ID, "value": compliantValue(it)}}).Decode(t, &struct{}{})
		env.Query(t, "admin", progressQ, map[string]any{"id": id}).Decode(t, &city)
		if city.TaskProgress.InProgress != 1 {
			t.Errorf("in progress %d after qiye's first answer", city.TaskProgress.InProgress)
		}
		closeQ := `mutation($id:ID!){closeInspectionTask(id:$id){status closedAt}}`
		if r := env.Query(t, "qiye", closeQ, map[string]any{"id": id}); r.Code() != "FORBIDDEN" {
			t.Errorf("qiye closing a task: %s", r.Raw)
		}
		var closed struct{ CloseInspectionTask struct{ Status string } }
		env.Query(t, "admin", closeQ, map[string]any{"id": id}).Decode(t, &closed)
		env.Query(t, "admin", closeQ, map[string]any{"id": id}).Decode(t, &closed) // a retry
		if closed.CloseInspectionTask.Status != "CLOSED" {
			t.Errorf("status %s", closed.CloseInspectionTask.Status)
		}
		r := env.Query(t, "qiye", saveQ, map[string]any{"in": map[string]any{"selfCheckID": me.ID, "itemID": it.ID, "value": "NO"}})
		if r.Code() != "CONFLICT" {
			t.Errorf("answering a closed task: %s", r.Raw)
		}
		if r := extend("admin", due.Add(30*24*time.Hour)); r.Code() != "CONFLICT" {
			t.Errorf("extending a closed task: %s", r.Raw)
		}
	})
}

// TestRectificationFigures: the figures of an enterprise, a district and
// the city agree with the findings, within each viewer's scope.
func TestRectificationFigures(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		f := load(t, env)
		q := `query($d:ID,$e:ID){rectificationFigures(districtID:$d, enterpriseID:$e){findings closedFindings invalidFindings
			openFindings overdueFindings closedOnTime rectificationRate onTimeRate meanDaysToClose}}`
		type figures struct {
			RectificationFigures struct {
				Findings, ClosedFindings, InvalidFindings, OpenFindings, OverdueFindings, ClosedOnTime int
				RectificationRate, OnTimeRate                                                          float64
				MeanDaysToClose                                                                        *float64
			}
		}
		var city figures
		env.Query(t, "admin", q, nil).Decode(t, &city)
		c := city.RectificationFigures
		if c.Findings != 6416 || c.ClosedFindings != 6206 {
			t.Errorf("city figures %+v, want 6,416 found and 6,206 closed", c)
		}
		if c.MeanDaysToClose == nil || *c.MeanDaysToClose <= 0 || c.OnTimeRate <= 0 || c.OnTimeRate > 1 || c.ClosedOnTime > c.ClosedFindings {
			t.Errorf("city timing %+v", c)
		}
		var fr, yl figures
		env.Query(t, "admin", q, map[string]any{"d": itoa(f.furong.ID)}).Decode(t, &fr)
		furongCount, _ := env.DB.Client.District.QueryEnterprises(f.furong).QueryFindings().Count(sys)
		if fr.RectificationFigures.Findings != furongCount {
			t.Errorf("芙蓉区 %d findings, want %d", fr.RectificationFigures.Findings, furongCount)
		}
		// yuelu asking for 芙蓉区 sees nothing of it.
		env.Query(t, "yuelu", q, map[string]any{"d": itoa(f.furong.ID)}).Decode(t, &yl)
		if yl.RectificationFigures.Findings != 0 {
			t.Errorf("yuelu sees %d 芙蓉区 findings", yl.RectificationFigures.Findings)
		}
		var own figures
		env.Query(t, "qiye", q, nil).Decode(t, &own)
		mine, _ := env.DB.Client.Finding.Query().Where(finding.EnterpriseID(f.qiyeEnt.ID)).Count(sys)
		if own.RectificationFigures.Findings != mine {
			t.Errorf("qiye's figures count %d findings, want its %d", own.RectificationFigures.Findings, mine)
		}
	})
}
