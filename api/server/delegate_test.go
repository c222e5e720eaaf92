package server_test

import (
	"context"
	"fmt"
	"strconv"
	"testing"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
	"greencheck/api/viewer"
	"greencheck/ent/auditentry"
	"greencheck/ent/district"
	"greencheck/ent/finding"
	"greencheck/ent/notification"
	"greencheck/ent/rectification"
	"greencheck/ent/user"
)

// TestDelegatedReview: furong delegates the review of a qiye finding to
// the expert stationed in 芙蓉区 (委托专家核查), who approves it; before the
// delegation the expert could not, nobody outside the district can
// delegate, and only experts of the district can be chosen.
func TestDelegatedReview(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.NewDemo(t, dia)
		f := load(t, env)
		fd, err := env.DB.Client.Finding.Query().Where(finding.EnterpriseID(f.qiyeEnt.ID),
			finding.StatusEQ(finding.StatusRECTIFYING)).First(sys)
		if err != nil {
			t.Fatal(err)
		}
		var sub struct{ SubmitRectification rectOut }
		env.Query(t, "qiye", submitQ, map[string]any{"in": map[string]any{"findingID": itoa(fd.ID), "measures": "已整改，附照片"}}).Decode(t, &sub)
		rid := sub.SubmitRectification.Rectification.ID
		approve := func(as string) *apitest.Response {
			return env.Query(t, as, reviewQ, map[string]any{"in": map[string]any{"id": rid, "approve": true}})
		}
		if r := approve("expert"); r.Code() != "FORBIDDEN" {
			t.Errorf("an expert reviewing without a delegation: %s", r.Raw)
		}
		expert := env.DB.Client.User.Query().Where(user.Username("expert")).OnlyX(sys)
		// The data layer refuses it whatever the service does.
		ev := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: expert.ID, Username: "expert", Role: viewer.RoleExpert,
			DistrictIDs: []int{f.furong.ID}})
		if err := env.DB.Client.Finding.UpdateOneID(fd.ID).SetStatus(finding.StatusCLOSED).Exec(ev); err == nil {
			t.Errorf("an undelegated expert closed a finding through the data layer")
		}
		elsewhere := env.DB.Client.User.Query().Where(user.RoleEQ(user.RoleEXPERT),
			user.Not(user.HasDistrictsWith(district.ID(f.furong.ID)))).FirstX(sys)
		qiye := env.DB.Client.User.Query().Where(user.Username("qiye")).OnlyX(sys)
		delegate := func(as string, expertID int) *apitest.Response {
			return env.Query(t, as, `mutation($f:ID!,$e:ID){delegateReview(findingID:$f, expertID:$e){id delegate{username}}}`,
				map[string]any{"f": itoa(fd.ID), "e": itoa(expertID)})
		}
		for name, c := range map[string]struct {
			as   string
			id   int
			code string
		}{
			"yuelu delegating a 芙蓉区 finding": {"yuelu", expert.ID, "NOT_FOUND"},
			"an expert delegating":           {"expert", expert.ID, "FORBIDDEN"},
			"an enterprise user as expert":   {"furong", qiye.ID, "BAD_USER_INPUT"},
			"an expert of another district":  {"furong", elsewhere.ID, "BAD_USER_INPUT"},
		} {
			if r := delegate(c.as, c.id); r.Code() != c.code {
				t.Errorf("%s: %s", name, r.Raw)
			}
		}
		var del struct {
			DelegateReview struct{ Delegate struct{ Username string } }
		}
		delegate("furong", expert.ID).Decode(t, &del)
		if del.DelegateReview.Delegate.Username != "expert" {
			t.Fatalf("delegate %+v", del)
		}
		if n, _ := env.DB.Client.Notification.Query().Where(notification.UserID(expert.ID), notification.Kind("REVIEW_DELEGATED")).Count(sys); n != 1 {
			t.Errorf("the expert was told %d times", n)
		}
		var out struct{ ReviewRectification rectOut }
		approve("expert").Decode(t, &out)
		if out.ReviewRectification.Finding.Status != "CLOSED" {
			t.Fatalf("after the expert's review: %+v", out)
		}
		// The enterprise is told of the expert's decision (its users are
		// found as the system: the expert cannot read them).
		qiyeUser := env.DB.Client.User.Query().Where(user.Username("qiye")).OnlyX(sys)
		if n, _ := env.DB.Client.Notification.Query().Where(notification.UserID(qiyeUser.ID), notification.Kind("FINDING_CLOSED"),
			notification.Link(fmt.Sprintf("/findings/%d", fd.ID))).Count(sys); n != 1 {
			t.Errorf("qiye was told of the expert's approval %d times", n)
		}
		r := env.DB.Client.Rectification.GetX(sys, atoi(t, rid))
		if r.ReviewerID == nil || *r.ReviewerID != expert.ID {
			t.Errorf("reviewer %v, want the expert", r.ReviewerID)
		}
		var actions []string
		for _, a := range env.DB.Client.AuditEntry.Query().Where(auditentry.SubjectType("Finding"), auditentry.SubjectID(fd.ID)).
			Order(auditentry.ByID()).AllX(sys) {
			actions = append(actions, a.Action+"/"+a.ActorName)
		}
		want := []string{"finding.submit/qiye", "finding.delegate/furong", "finding.verified/expert", "finding.closed/expert"}
		if toJSON(actions) != toJSON(want) {
			t.Errorf("audit %v, want %v", actions, want)
		}
	})
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestSubmitRectificationKey: a phone's retry with the same key returns the
// first submission — even after it was reviewed — and a new key submits anew.
func TestSubmitRectificationKey(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.NewDemo(t, dia)
		f := load(t, env)
		fd := env.DB.Client.Finding.Query().Where(finding.EnterpriseID(f.qiyeEnt.ID), finding.StatusEQ(finding.StatusRECTIFYING)).FirstX(sys)
		submit := func(measures, key string) rectOut {
			var out struct{ SubmitRectification rectOut }
			env.Query(t, "qiye", submitQ, map[string]any{"in": map[string]any{"findingID": itoa(fd.ID), "measures": measures, "clientKey": key}}).Decode(t, &out)
			return out.SubmitRectification
		}
		a := submit("已更换活性炭", "k-1")
		if again := submit("已更换活性炭（补充说明）", "k-1"); again.Rectification.ID != a.Rectification.ID {
			t.Errorf("a retry with the same key made another submission")
		}
		env.Query(t, "furong", reviewQ, map[string]any{"in": map[string]any{"id": a.Rectification.ID, "approve": false, "reason": "请补充记录"}}).Decode(t, &struct{}{})
		if late := submit("已更换活性炭", "k-1"); late.Rectification.ID != a.Rectification.ID || late.Rectification.Decision != "REJECTED" {
			t.Errorf("a late retry: %+v", late)
		}
		b := submit("已补充记录", "k-2")
		if b.Rectification.ID == a.Rectification.ID || b.Finding.Status != "SUBMITTED" {
			t.Errorf("a new key: %+v", b)
		}
		if n := env.DB.Client.Rectification.Query().Where(rectification.FindingID(fd.ID)).CountX(sys); n != 2 {
			t.Errorf("%d rectifications, want 2", n)
		}
	})
}
