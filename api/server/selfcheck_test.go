package server_test

import (
	"testing"
	"time"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
	"greencheck/ent/checklisttemplate"
	"greencheck/ent/enterprise"
	"greencheck/ent/finding"
	"greencheck/ent/notification"
	"greencheck/ent/user"
)

type item struct {
	ID, Code, AnswerType string
	Compliance           struct{ WithinMonths, AheadDays *int }
}

// compliantValue answers an item compliantly.
func compliantValue(it item) string {
	switch it.AnswerType {
	case "NUMBER":
		return "1"
	case "DATE":
		if it.Compliance.AheadDays != nil {
			return time.Now().AddDate(1, 0, 0).Format("2006-01-02")
		}
		return time.Now().Format("2006-01-02")
	}
	return "YES"
}

const saveQ = `mutation($in:SaveAnswerInput!){saveAnswer(input:$in){answer{id value compliant}
	selfCheck{answeredCount applicableCount status progress}
	preview{title severity dueAt guidanceZh legalBasis{instrument}}}}`

// TestSelfInspectionLoop: a task issued to 芙蓉区 reaches qiye, which
// answers item by item (guidance as soon as an answer fails), cannot submit
// half done, submits once (a retry creates nothing), and can change nothing
// afterwards; nobody else can answer for it.
func TestSelfInspectionLoop(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		f := load(t, env)
		tpl, err := env.DB.Client.ChecklistTemplate.Query().Where(checklisttemplate.StatusEQ(checklisttemplate.StatusPUBLISHED)).Only(sys)
		if err != nil {
			t.Fatal(err)
		}
		scope := map[string]any{"districtIDs": []string{itoa(f.furong.ID)}}
		var count struct{ EnterprisesInScope int }
		env.Query(t, "admin", `query($s:TaskScopeInput!){enterprisesInScope(scope:$s)}`, map[string]any{"s": scope}).Decode(t, &count)
		active, _ := env.DB.Client.Enterprise.Query().Where(enterprise.DistrictID(f.furong.ID), enterprise.StatusEQ(enterprise.StatusACTIVE)).Count(sys)
		if count.EnterprisesInScope != active {
			t.Errorf("enterprisesInScope = %d, want %d", count.EnterprisesInScope, active)
		}
		// yuelu cannot issue to 芙蓉区; an unpublished or past-due task is refused.
		issue := func(as string, in map[string]any) *apitest.Response {
			return env.Query(t, as, `mutation($in:IssueInspectionTaskInput!){issueInspectionTask(input:$in){task{id title selfChecks(first:0){totalCount}}}}`,
				map[string]any{"in": in})
		}
		due := time.Now().Add(30 * 24 * time.Hour).UTC().Format(time.RFC3339)
		task := map[string]any{"templateID": itoa(tpl.ID), "title": "测试专项自查 " + dia, "dueAt": due, "scope": scope}
		if res := issue("yuelu", task); res.Code() != "FORBIDDEN" {
			t.Errorf("yuelu issuing to 芙蓉区: %s", res.Raw)
		}
		if res := issue("admin", map[string]any{"templateID": itoa(tpl.ID), "title": "x", "dueAt": "2020-01-01T00:00:00Z", "scope": scope}); res.Code() != "BAD_USER_INPUT" {
			t.Errorf("past due date: %s", res.Raw)
		}
		var issued struct {
			IssueInspectionTask struct {
				Task struct {
					ID         string
					SelfChecks struct{ TotalCount int }
				}
			}
		}
		issue("furong", task).Decode(t, &issued)
		if issued.IssueInspectionTask.Task.SelfChecks.TotalCount != active {
			t.Errorf("self-checks created = %d, want %d", issued.IssueInspectionTask.Task.SelfChecks.TotalCount, active)
		}
		qiye, _ := env.DB.Client.User.Query().Where(user.Username("qiye")).Only(sys)
		if n, _ := env.DB.Client.Notification.Query().Where(notification.UserID(qiye.ID), notification.TitleContains("测试专项自查 "+dia)).Count(sys); n != 1 {
			t.Errorf("qiye got %d task notifications, want 1", n)
		}

		// qiye's self-check and the items that apply to it.
		var sc struct {
			SelfChecks struct {
				Edges []struct {
					Node struct {
						ID              string
						ApplicableCount int
						ApplicableItems []item
					}
				}
			}
		}
		// (task{title} is asked for too: the items must not depend on which
		// fields of the self-check the query happened to load.)
		env.Query(t, "qiye", `query($t:ID!){selfChecks(first:1, where:{hasTaskWith:{id:$t}}){edges{node{id applicableCount
			task{title} applicableItems{id code answerType compliance{withinMonths aheadDays}}}}}}`,
			map[string]any{"t": issued.IssueInspectionTask.Task.ID}).Decode(t, &sc)
		if len(sc.SelfChecks.Edges) != 1 {
			t.Fatalf("qiye sees %d self-checks of the task", len(sc.SelfChecks.Edges))
		}
		me := sc.SelfChecks.Edges[0].Node
		if len(me.ApplicableItems) != me.ApplicableCount || me.ApplicableCount == 0 {
			t.Fatalf("applicable items %d, count %d", len(me.ApplicableItems), me.ApplicableCount)
		}
		save := func(as, itemID, value string) *apitest.Response {
			return env.Query(t, as, saveQ, map[string]any{"in": map[string]any{"selfCheckID": me.ID, "itemID": itemID, "value": value, "clientKey": "k-" + itemID}})
		}
		var yesNo, number item
		for _, it := range me.ApplicableItems {
			if it.AnswerType == "YES_NO" && yesNo.ID == "" {
				yesNo = it
			}
			if it.AnswerType == "NUMBER" && number.ID == "" {
				number = it
			}
		}
		// A failing answer previews its finding at once; changing it removes the preview.
		var out struct {
			SaveAnswer struct {
				Answer    struct{ Compliant *bool }
				SelfCheck struct {
					AnsweredCount int
					Status        string
					Progress      float64
				}
				Preview *struct {
					Title      string
					DueAt      time.Time
					GuidanceZh []string
				}
			}
		}
		save("qiye", yesNo.ID, "NO").Decode(t, &out)
		if p := out.SaveAnswer.Preview; p == nil || p.Title == "" || len(p.GuidanceZh) == 0 || p.DueAt.Before(time.Now()) {
			t.Fatalf("no guidance for a failing answer: %+v", out.SaveAnswer)
		}
		if out.SaveAnswer.SelfCheck.AnsweredCount != 1 || out.SaveAnswer.SelfCheck.Status != "IN_PROGRESS" {
			t.Errorf("after the first answer: %+v", out.SaveAnswer.SelfCheck)
		}
		save("qiye", yesNo.ID, "NO").Decode(t, &out) // a retry changes nothing
		if out.SaveAnswer.SelfCheck.AnsweredCount != 1 {
			t.Errorf("a retried save counted twice: %+v", out.SaveAnswer.SelfCheck)
		}
		save("qiye", yesNo.ID, "YES").Decode(t, &out)
		if out.SaveAnswer.Preview != nil {
			t.Errorf("the preview survived a compliant answer")
		}
		// Bad input changes nothing.
		var notApplicable string
		all, _ := env.DB.Client.ChecklistItem.Query().Where().All(sys)
		applies := map[string]bool{}
		for _, it := range me.ApplicableItems {
			applies[it.ID] = true
		}
		for _, it := range all {
			if !applies[itoa(it.ID)] {
				notApplicable = itoa(it.ID)
				break
			}
		}
		bad := []struct{ name, item, value, code, field string }{
			{"item that does not apply", notApplicable, "YES", "BAD_USER_INPUT", "itemID"},
			{"text for a number", number.ID, "twelve", "BAD_USER_INPUT", "value"},
			{"maybe for yes/no", yesNo.ID, "maybe", "BAD_USER_INPUT", "value"},
		}
		for _, b := range bad {
			if b.item == "" {
				continue
			}
			res := save("qiye", b.item, b.value)
			if res.Code() != b.code || res.Errors[0].Extensions["field"] != b.field {
				t.Errorf("%s: %s", b.name, res.Raw)
			}
		}
		// Nobody else answers for qiye.
		if res := save("yuelu", yesNo.ID, "YES"); res.Code() != "NOT_FOUND" {
			t.Errorf("yuelu answering qiye's self-check: %s", res.Raw)
		}
		if res := save("e0150", yesNo.ID, "YES"); res.Code() != "NOT_FOUND" {
			t.Errorf("another enterprise answering qiye's self-check: %s", res.Raw)
		}
		// Submitting half done is refused.
		submit := func() *apitest.Response {
			return env.Query(t, "qiye", `mutation($id:ID!){submitSelfCheck(input:{id:$id, clientKey:"submit-1"}){selfCheck{status} findings{id title dueAt severity}}}`,
				map[string]any{"id": me.ID})
		}
		if res := submit(); res.Code() != "BAD_USER_INPUT" {
			t.Errorf("submitting half done: %s", res.Raw)
		}
		// Answer everything, one item failing.
		for _, it := range me.ApplicableItems {
			v := compliantValue(it)
			if it.ID == yesNo.ID {
				v = "NO"
			}
			if res := save("qiye", it.ID, v); len(res.Errors) > 0 {
				t.Fatalf("answer %s=%s: %s", it.Code, v, res.Raw)
			}
		}
		before, _ := env.DB.Client.Finding.Query().Where(finding.EnterpriseID(f.qiyeEnt.ID)).Count(sys)
		var done struct {
			SubmitSelfCheck struct {
				SelfCheck struct{ Status string }
				Findings  []struct {
					Title, Severity string
					DueAt           time.Time
				}
			}
		}
		submit().Decode(t, &done)
		if done.SubmitSelfCheck.SelfCheck.Status != "SUBMITTED" || len(done.SubmitSelfCheck.Findings) != 1 {
			t.Fatalf("submit: %+v", done)
		}
		if d := time.Until(done.SubmitSelfCheck.Findings[0].DueAt); d < 24*time.Hour {
			t.Errorf("finding due in %v", d)
		}
		submit().Decode(t, &done) // a retry
		if len(done.SubmitSelfCheck.Findings) != 0 {
			t.Errorf("a retried submit created %d findings", len(done.SubmitSelfCheck.Findings))
		}
		after, _ := env.DB.Client.Finding.Query().Where(finding.EnterpriseID(f.qiyeEnt.ID)).Count(sys)
		if after != before+1 {
			t.Errorf("findings %d → %d, want one more", before, after)
		}
		// A submitted self-check is read-only.
		if res := save("qiye", yesNo.ID, "YES"); res.Code() != "CONFLICT" {
			t.Errorf("answering after submit: %s", res.Raw)
		}
	})
}
