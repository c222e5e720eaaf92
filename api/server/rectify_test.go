package server_test

import (
	"testing"
	"time"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
	"greencheck/ent/auditentry"
	"greencheck/ent/finding"
	"greencheck/ent/notification"
	"greencheck/ent/user"
)

const submitQ = `mutation($in:SubmitRectificationInput!){submitRectification(input:$in){rectification{id decision} finding{id status}}}`
const reviewQ = `mutation($in:ReviewRectificationInput!){reviewRectification(input:$in){rectification{id decision reason} finding{id status dueAt closedAt}}}`

type rectOut struct {
	Rectification struct{ ID, Decision, Reason string }
	Finding       struct {
		ID, Status string
		DueAt      time.Time
		ClosedAt   *time.Time
	}
}

// TestRectificationLoop: qiye submits, furong rejects with a reason and a
// new deadline, qiye resubmits, furong approves: the finding is closed
// (销号), the rate moves, both sides are notified and every transition is in
// the audit trail. Nobody else can review.
func TestRectificationLoop(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		f := load(t, env)
		fd, err := env.DB.Client.Finding.Query().Where(finding.EnterpriseID(f.qiyeEnt.ID),
			finding.StatusEQ(finding.StatusRECTIFYING)).First(sys)
		if err != nil {
			t.Fatal(err)
		}
		closedBefore := func() int {
			var d dashboard
			env.Query(t, "furong", dashboardQ, nil).Decode(t, &d)
			return d.Dashboard.ClosedFindings
		}
		before := closedBefore()
		submit := func(measures string) *apitest.Response {
			return env.Query(t, "qiye", submitQ, map[string]any{"in": map[string]any{"findingID": itoa(fd.ID), "measures": measures}})
		}
		review := func(as string, in map[string]any) *apitest.Response {
			return env.Query(t, as, reviewQ, map[string]any{"in": in})
		}
		var s1 struct{ SubmitRectification rectOut }
		submit("已更换活性炭并建立更换台账，附照片。").Decode(t, &s1)
		if s1.SubmitRectification.Finding.Status != "SUBMITTED" || s1.SubmitRectification.Rectification.Decision != "PENDING" {
			t.Fatalf("submit: %+v", s1)
		}
		var retry struct{ SubmitRectification rectOut }
		submit("已更换活性炭并建立更换台账，附照片。").Decode(t, &retry)
		if retry.SubmitRectification.Rectification.ID != s1.SubmitRectification.Rectification.ID {
			t.Errorf("a retried submit created another rectification")
		}
		if res := submit("另一份材料"); res.Code() != "CONFLICT" {
			t.Errorf("second submission while pending: %s", res.Raw)
		}
		rid := s1.SubmitRectification.Rectification.ID
		if res := review("qiye", map[string]any{"id": rid, "approve": true}); res.Code() != "FORBIDDEN" {
			t.Errorf("qiye reviewing its own rectification: %s", res.Raw)
		}
		if res := review("yuelu", map[string]any{"id": rid, "approve": true}); res.Code() != "NOT_FOUND" {
			t.Errorf("yuelu reviewing a 芙蓉区 rectification: %s", res.Raw)
		}
		if res := review("expert", map[string]any{"id": rid, "approve": true}); res.Code() != "FORBIDDEN" {
			t.Errorf("expert reviewing: %s", res.Raw)
		}
		if res := review("furong", map[string]any{"id": rid, "approve": false}); res.Code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != "reason" {
			t.Errorf("rejecting without a reason: %s", res.Raw)
		}
		newDue := time.Now().Add(10 * 24 * time.Hour).UTC().Truncate(time.Second)
		var rej struct{ ReviewRectification rectOut }
		review("furong", map[string]any{"id": rid, "approve": false, "reason": "照片未体现设施运行状态", "dueAt": newDue.Format(time.RFC3339)}).Decode(t, &rej)
		if rej.ReviewRectification.Finding.Status != "REJECTED" || !rej.ReviewRectification.Finding.DueAt.Equal(newDue) {
			t.Errorf("reject: %+v", rej)
		}
		if res := review("furong", map[string]any{"id": rid, "approve": true}); res.Code() != "CONFLICT" {
			t.Errorf("reviewing twice: %s", res.Raw)
		}
		var s2 struct{ SubmitRectification rectOut }
		submit("补充了设施运行记录和现场照片。").Decode(t, &s2)
		var ok struct{ ReviewRectification rectOut }
		review("furong", map[string]any{"id": s2.SubmitRectification.Rectification.ID, "approve": true}).Decode(t, &ok)
		if ok.ReviewRectification.Finding.Status != "CLOSED" || ok.ReviewRectification.Finding.ClosedAt == nil {
			t.Fatalf("approve: %+v", ok)
		}
		if after := closedBefore(); after != before+1 {
			t.Errorf("closed findings %d → %d", before, after)
		}
		// The audit trail of the finding, readable by its district.
		var trail struct {
			AuditEntries struct {
				Edges []struct {
					Node struct{ Action, FromValue, ToValue string }
				}
			}
		}
		env.Query(t, "furong", `query($id:Int!){auditEntries(first:20, where:{subjectType:"Finding", subjectID:$id}, orderBy:{field:CREATED_AT, direction:ASC}){edges{node{action fromValue toValue}}}}`,
			map[string]any{"id": fd.ID}).Decode(t, &trail)
		var steps []string
		for _, e := range trail.AuditEntries.Edges {
			steps = append(steps, e.Node.FromValue+"→"+e.Node.ToValue)
		}
		want := []string{"RECTIFYING→SUBMITTED", "SUBMITTED→REJECTED", "REJECTED→SUBMITTED", "SUBMITTED→VERIFIED", "VERIFIED→CLOSED"}
		if len(steps) != len(want) {
			t.Fatalf("audit trail = %v, want %v", steps, want)
		}
		for i := range want {
			if steps[i] != want[i] {
				t.Errorf("audit step %d = %s, want %s", i, steps[i], want[i])
			}
		}
		n, _ := env.DB.Client.AuditEntry.Query().Where(auditentry.SubjectID(fd.ID), auditentry.ActorIDNotNil()).Count(sys)
		if n != len(want) {
			t.Errorf("%d audit entries name their actor, want %d", n, len(want))
		}
		// Both sides were told.
		qiye, _ := env.DB.Client.User.Query().Where(user.Username("qiye")).Only(sys)
		furong, _ := env.DB.Client.User.Query().Where(user.Username("furong")).Only(sys)
		for _, c := range []struct {
			user int
			kind string
		}{{qiye.ID, "RECTIFICATION_REJECTED"}, {qiye.ID, "FINDING_CLOSED"}, {furong.ID, "RECTIFICATION_SUBMITTED"}} {
			if n, _ := env.DB.Client.Notification.Query().Where(notification.UserID(c.user), notification.Kind(c.kind)).Count(sys); n == 0 {
				t.Errorf("no %s notification for user %d", c.kind, c.user)
			}
		}
	})
}
