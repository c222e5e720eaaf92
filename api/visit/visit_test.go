package visit_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"entgo.io/ent/privacy"

	"greencheck/api/apperr"
	"greencheck/api/authz"
	"greencheck/api/db/dbtest"
	"greencheck/api/demo"
	"greencheck/api/events"
	"greencheck/api/notify"
	"greencheck/api/uscc"
	"greencheck/api/visit"
	"greencheck/ent"
	"greencheck/ent/district"
	"greencheck/ent/enterprise"
	"greencheck/ent/finding"
	"greencheck/ent/inspectiontask"
	"greencheck/ent/notification"
	"greencheck/ent/question"
	"greencheck/ent/rectification"
	"greencheck/ent/selfcheck"
	"greencheck/ent/user"
	entvisit "greencheck/ent/visit"
)

var sys = privacy.DecisionContext(context.Background(), privacy.Allow)

type city struct {
	t      *testing.T
	c      *ent.Client
	svc    *visit.Service
	furong int
}

func newCity(t *testing.T, dia string) *city {
	d := dbtest.Open(t, dia)
	if err := demo.Load(sys, d.Client, time.Now().UTC()); err != nil {
		t.Fatal(err)
	}
	bus := events.NewLocal()
	x := &city{t: t, c: d.Client, svc: visit.New(d.Client, notify.New(d.Client, bus))}
	x.furong = d.Client.District.Query().Where(district.NameZh("芙蓉区")).OnlyIDX(sys)
	return x
}

func (x *city) as(username string) context.Context { return dbtest.As(x.c, username) }

func (x *city) asUser(u *ent.User) context.Context { return dbtest.AsUser(x.c, u) }

func (x *city) userOf(enterpriseID int) context.Context {
	return x.asUser(x.c.User.Query().Where(user.EnterpriseID(enterpriseID)).FirstX(sys))
}

func code(err error) apperr.Code {
	if errors.Is(err, privacy.Deny) {
		return apperr.Forbidden
	}
	if ent.IsNotFound(err) {
		return apperr.NotFound
	}
	return apperr.CodeOf(err)
}

func field(err error) string {
	if e, ok := apperr.As(err); ok {
		return e.Field
	}
	return ""
}

func (x *city) entry(ctx context.Context, enterpriseID int) *visit.Entry {
	x.t.Helper()
	l, err := x.svc.Problems(ctx, visit.ListInput{First: 100, DistrictID: &x.furong})
	if err != nil {
		x.t.Fatal(err)
	}
	for off := 0; off < l.TotalCount; off += 100 {
		page, err := x.svc.Problems(ctx, visit.ListInput{First: 100, Offset: off, DistrictID: &x.furong})
		if err != nil {
			x.t.Fatal(err)
		}
		for _, e := range page.Entries {
			if e.Enterprise.ID == enterpriseID {
				return e
			}
		}
	}
	return nil
}

func owner0(x *city, enterpriseID int) context.Context { return x.userOf(enterpriseID) }

func ptr[T any](v T) *T { return &v }

func has(e *visit.Entry, r visit.Reason) bool {
	if e == nil {
		return false
	}
	for _, rc := range e.Reasons {
		if rc.Reason == r {
			return true
		}
	}
	return false
}

// Each reason puts an enterprise on the problem list, and the entry leaves
// it when the reason is gone — on a fresh enterprise of 芙蓉区 with nothing
// against it.
func TestProblemListReasons(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		x := newCity(t, dia)
		furong := x.as("furong")
		now := time.Now().UTC()
		check, err := uscc.CheckChar("91430102MA4T00010")
		if err != nil {
			t.Fatal(err)
		}
		e := x.c.Enterprise.Create().SetName("测试帮扶对象有限公司").SetCreditCode("91430102MA4T00010" + string(check)).
			SetDistrictID(x.furong).SetIndustryCode("2231").SetIndustryName("纸和纸板容器制造").SetPermitTier(enterprise.PermitTierSIMPLIFIED).SetAddress("芙蓉区").SaveX(sys)
		if x.entry(furong, e.ID) != nil {
			t.Fatal("a new enterprise is on the list")
		}
		newFinding := func(sev finding.Severity, created, due time.Time) *ent.Finding {
			return x.c.Finding.Create().SetEnterpriseID(e.ID).SetSource(finding.SourceMANUAL).SetTitle("问题").
				SetSeverity(sev).SetStatus(finding.StatusASSIGNED).SetDueAt(due).SetCreatedAt(created).SetUpdatedAt(created).SaveX(sys)
		}
		// Overdue.
		f := newFinding(finding.SeverityLOW, now.AddDate(0, 0, -40), now.AddDate(0, 0, -10))
		x.c.Finding.UpdateOne(f).SetOverdue(true).ExecX(sys)
		if !has(x.entry(furong, e.ID), visit.OverdueFindings) {
			t.Fatal("an overdue finding does not list the enterprise")
		}
		x.c.Finding.UpdateOne(f).SetStatus(finding.StatusCLOSED).SetClosedAt(now).SetOverdue(false).ExecX(sys)
		if x.entry(furong, e.ID) != nil {
			t.Fatal("still listed after the overdue finding was closed")
		}
		// Rejected twice.
		f = newFinding(finding.SeverityLOW, now.AddDate(0, 0, -5), now.AddDate(0, 0, 30))
		for i := 0; i < 2; i++ {
			x.c.Rectification.Create().SetFindingID(f.ID).SetMeasures("已整改").SetDecision(rectification.DecisionREJECTED).SetReason("不足").SaveX(sys)
		}
		if got := x.entry(furong, e.ID); !has(got, visit.RepeatedRejections) || len(got.Reasons) != 1 {
			t.Fatalf("rejected twice: %+v", got)
		}
		x.c.Finding.UpdateOne(f).SetStatus(finding.StatusCLOSED).SetClosedAt(now).ExecX(sys)
		// High severity past half its time (10 of 12 days gone), not yet due.
		f = newFinding(finding.SeverityHIGH, now.AddDate(0, 0, -10), now.AddDate(0, 0, 2))
		if !has(x.entry(furong, e.ID), visit.HighSeverityPastHalf) {
			t.Fatal("a high-severity finding past half its time does not list")
		}
		x.c.Finding.UpdateOne(f).SetStatus(finding.StatusCLOSED).SetClosedAt(now).ExecX(sys)
		f = newFinding(finding.SeverityHIGH, now.AddDate(0, 0, -1), now.AddDate(0, 0, 2)) // 1 of 3 days gone
		if x.entry(furong, e.ID) != nil {
			t.Fatal("a high-severity finding with most of its time left lists")
		}
		x.c.Finding.UpdateOne(f).SetStatus(finding.StatusCLOSED).SetClosedAt(now).ExecX(sys)
		// A warning notice not acknowledged in time.
		w := x.c.WarningNotice.Query().FirstX(sys)
		n := x.c.WarningNotice.Create().SetWarningID(w.WarningID).SetEnterpriseID(e.ID).SetDistrictID(x.furong).
			SetPushedAt(now.Add(-3 * time.Hour)).SetAckDueAt(now.Add(-2 * time.Hour)).SaveX(sys)
		if !has(x.entry(furong, e.ID), visit.WarningNotAcknowledged) {
			t.Fatal("an unacknowledged notice does not list")
		}
		x.c.WarningNotice.UpdateOne(n).SetAcknowledgedAt(now).ExecX(sys)
		if x.entry(furong, e.ID) != nil {
			t.Fatal("still listed after acknowledging")
		}
		// A self-check of an open task past due, not submitted.
		task := x.c.InspectionTask.Query().Where(inspectiontask.StatusEQ(inspectiontask.StatusOPEN)).FirstX(sys)
		sc := x.c.SelfCheck.Create().SetTaskID(task.ID).SetEnterpriseID(e.ID).SaveX(sys)
		due := task.DueAt
		x.c.InspectionTask.UpdateOne(task).SetDueAt(now.Add(-time.Hour)).ExecX(sys)
		if !has(x.entry(furong, e.ID), visit.SelfCheckOverdue) {
			t.Fatal("an overdue self-check does not list")
		}
		x.c.SelfCheck.UpdateOne(sc).SetStatus(selfcheck.StatusSUBMITTED).SetSubmittedAt(now).ExecX(sys)
		x.c.InspectionTask.UpdateOne(task).SetDueAt(due).ExecX(sys)
		// A question unresolved for four days.
		q := x.c.Question.Create().SetDistrictID(x.furong).SetEnterpriseID(e.ID).SetTitle("问题").SetBody("内容").
			SetCreatedAt(now.AddDate(0, 0, -4)).SetUpdatedAt(now.AddDate(0, 0, -4)).SaveX(sys)
		got := x.entry(furong, e.ID)
		if !has(got, visit.QuestionUnresolved) {
			t.Fatal("an unresolved question does not list")
		}
		// Not seen by another district; filtered by reason.
		if l, err := x.svc.Problems(x.as("yuelu"), visit.ListInput{First: 100, DistrictID: &x.furong}); err != nil || l.TotalCount != 0 {
			t.Fatalf("yuelu sees 芙蓉区's list: %v %v", l, err)
		}
		r := visit.OverdueFindings
		if l, err := x.svc.Problems(furong, visit.ListInput{First: 100, DistrictID: &x.furong, Reason: &r}); err != nil {
			t.Fatal(err)
		} else {
			for _, en := range l.Entries {
				if en.Enterprise.ID == e.ID {
					t.Fatal("filtered by overdue findings, the questioning enterprise is listed")
				}
			}
		}
		x.c.Question.UpdateOne(q).SetStatus(question.StatusCLOSED).ExecX(sys)
		if x.entry(furong, e.ID) != nil {
			t.Fatal("still listed after the question was resolved")
		}
		if _, err := x.svc.Problems(furong, visit.ListInput{First: 101}); code(err) != apperr.BadUserInput || field(err) != "first" {
			t.Fatalf("a page of 101: %v", err)
		}
	})
}

// furong plans a visit with the expert, records it with a problem found —
// a finding of the enterprise, source VISIT — and the enterprise confirms;
// the refusals the issue names write nothing.
func TestPlanRecordConfirm(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		x := newCity(t, dia)
		furong, admin := x.as("furong"), x.as("admin")
		expert := x.c.User.Query().Where(user.Username("expert")).OnlyX(sys)
		e := x.c.Enterprise.Query().Where(enterprise.DistrictID(x.furong)).FirstX(sys)
		tomorrow := time.Now().AddDate(0, 0, 1)
		team, err := x.svc.TeamCandidates(furong, e.ID)
		if err != nil || len(team) < 2 {
			t.Fatalf("team candidates %v %v", team, err)
		}
		before := x.c.Visit.Query().CountX(sys)
		refuse := func(name string, err error, want apperr.Code, at string) {
			t.Helper()
			if code(err) != want || (at != "" && field(err) != at) {
				t.Fatalf("%s: %v (%s at %q), want %s at %q", name, err, code(err), field(err), want, at)
			}
		}
		plan := func(ctx context.Context, in visit.PlanInput) error { _, err := x.svc.Plan(ctx, in); return err }
		in := visit.PlanInput{EnterpriseID: e.ID, Kind: entvisit.KindASSISTANCE, ScheduledOn: tomorrow, TeamIDs: []int{expert.ID}}
		refuse("the expert planning", plan(x.as("expert"), in), apperr.Forbidden, "")
		refuse("another district's administrator", plan(x.as("yuelu"), in), apperr.NotFound, "")
		refuse("the enterprise planning", plan(x.userOf(e.ID), in), apperr.Forbidden, "")
		outsider := x.c.User.Query().Where(user.RoleEQ(user.RoleEXPERT), user.Not(user.HasDistrictsWith(district.ID(x.furong)))).FirstX(sys)
		bad := in
		bad.TeamIDs = []int{outsider.ID}
		refuse("a team member from elsewhere", plan(furong, bad), apperr.BadUserInput, "teamIDs")
		bad = in
		bad.ScheduledOn = time.Now().AddDate(0, 0, -2)
		refuse("a visit in the past", plan(furong, bad), apperr.BadUserInput, "scheduledOn")
		bad = in
		bad.TeamIDs = nil
		refuse("no team", plan(furong, bad), apperr.BadUserInput, "teamIDs")
		if n := x.c.Visit.Query().CountX(sys); n != before {
			t.Fatalf("%d visits written by refused plans", n-before)
		}

		cityAdmin := x.c.User.Query().Where(user.Username("admin")).OnlyX(sys)
		bad = in
		bad.TeamIDs = []int{cityAdmin.ID}
		refuse("the city administrator on a district's team", plan(admin, bad), apperr.BadUserInput, "teamIDs")
		if n := x.c.Visit.Query().CountX(sys); n != before {
			t.Fatalf("%d visits written by refused plans", n-before)
		}

		in.Reasons = []visit.Reason{visit.OverdueFindings, visit.OverdueFindings}
		in.ClientKey = ptr("plan-1")
		v, err := x.svc.Plan(furong, in)
		if err != nil {
			t.Fatal(err)
		}
		// A retry plans once; a second visit planned and cancelled.
		if again, err := x.svc.Plan(furong, in); err != nil || again.ID != v.ID {
			t.Fatalf("retried plan: %v %v", again, err)
		}
		// The same key for another enterprise is not a retry.
		otherEnt := in
		otherEnt.EnterpriseID = x.c.Enterprise.Query().Where(enterprise.DistrictID(x.furong), enterprise.IDNEQ(e.ID)).FirstIDX(sys)
		_, err = x.svc.Plan(furong, otherEnt)
		refuse("a reused key for another enterprise", err, apperr.Conflict, "clientKey")
		in.ClientKey = nil
		second, err := x.svc.Plan(furong, in)
		if err != nil {
			t.Fatal(err)
		}
		_, err = x.svc.Cancel(x.userOf(e.ID), second.ID)
		refuse("the enterprise cancelling", err, apperr.Forbidden, "")
		if c, err := x.svc.Cancel(furong, second.ID); err != nil || c.Status != entvisit.StatusCANCELLED {
			t.Fatalf("cancel: %+v %v", c, err)
		}
		_, err = x.svc.Cancel(furong, second.ID)
		refuse("cancelling twice", err, apperr.Conflict, "")
		if v.Status != entvisit.StatusPLANNED || len(v.Reasons) != 1 {
			t.Fatalf("planned %+v", v)
		}
		// Told once per visit planned (the retry told no one again).
		if k := x.c.Notification.Query().Where(notification.UserID(expert.ID), notification.Kind("VISIT_PLANNED")).CountX(sys); k != 2 {
			t.Fatalf("the expert told %d times for two visits", k)
		}
		can := func(ctx context.Context) authz.VisitViewerCan {
			got, err := x.c.Visit.Get(ctx, v.ID)
			if err != nil {
				t.Fatal(err)
			}
			c, err := authz.ForVisit(ctx, x.c, got)
			if err != nil {
				t.Fatal(err)
			}
			return *c
		}
		if c := can(furong); !c.Record || c.Confirm {
			t.Fatalf("furong on a planned visit: %+v", c)
		}
		// The expert on its team records it, never cancels it.
		if c := can(x.as("expert")); !c.Record || c.Cancel {
			t.Fatalf("the team's expert: %+v", c)
		}
		findings := x.c.Finding.Query().Where(finding.EnterpriseID(e.ID)).CountX(sys)
		// Held now: an hour ago was the day before it was planned when the
		// test ran in the first hour of an Asia/Shanghai day.
		rec := visit.RecordInput{ID: v.ID, HeldOn: time.Now(), Notes: "现场检查了活性炭吸附装置。",
			Problems: []visit.ProblemInput{{Title: "活性炭未按期更换", Description: "更换记录缺失", Severity: finding.SeverityMEDIUM, DueAt: time.Now().AddDate(0, 0, 15)}},
			Plan:     "一企一策：更换活性炭并建立台账"}
		badRec := rec
		badRec.Problems = []visit.ProblemInput{{Title: "问题", Severity: finding.SeverityLOW, DueAt: time.Now().AddDate(0, 0, -1)}}
		_, err = x.svc.Record(furong, badRec)
		refuse("a deadline before the visit", err, apperr.BadUserInput, "problems.0.dueAt")
		badRec = rec
		badRec.HeldOn = time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)
		badRec.Problems = []visit.ProblemInput{{Title: "问题", Severity: finding.SeverityHIGH, DueAt: time.Date(2001, 2, 1, 0, 0, 0, 0, time.UTC)}}
		_, err = x.svc.Record(furong, badRec)
		refuse("held before it was planned, due long ago", err, apperr.BadUserInput, "problems.0.dueAt")
		badRec.Problems = nil
		_, err = x.svc.Record(furong, badRec)
		refuse("held before it was planned", err, apperr.BadUserInput, "heldOn")
		_, err = x.svc.Confirm(owner0(x, e.ID), v.ID)
		refuse("confirming a visit not held", err, apperr.Conflict, "")
		_, err = x.svc.Record(x.userOf(e.ID), rec)
		refuse("the enterprise recording", err, apperr.Forbidden, "")
		if _, err := x.svc.Record(furong, rec); err != nil {
			t.Fatal(err)
		}
		_, err = x.svc.Record(furong, rec)
		refuse("recording twice", err, apperr.Conflict, "")
		fs := x.c.Finding.Query().Where(finding.EnterpriseID(e.ID), finding.SourceEQ(finding.SourceVISIT), finding.VisitID(v.ID)).AllX(sys)
		if len(fs) != 1 || fs[0].Status != finding.StatusASSIGNED || x.c.Finding.Query().Where(finding.EnterpriseID(e.ID)).CountX(sys) != findings+1 {
			t.Fatalf("findings of the visit %+v", fs)
		}
		// The enterprise sees the finding and confirms the record; nobody else may.
		owner := x.userOf(e.ID)
		if _, err := x.c.Finding.Get(owner, fs[0].ID); err != nil {
			t.Fatalf("the enterprise cannot see its visit's finding: %v", err)
		}
		other := x.userOf(x.c.Enterprise.Query().Where(enterprise.DistrictID(x.furong), enterprise.IDNEQ(e.ID)).FirstIDX(sys))
		_, err = x.svc.Confirm(other, v.ID)
		refuse("another enterprise confirming", err, apperr.NotFound, "")
		_, err = x.svc.Confirm(admin, v.ID)
		refuse("the city confirming for the enterprise", err, apperr.Forbidden, "")
		_, err = x.svc.Confirm(furong, v.ID)
		refuse("the district confirming", err, apperr.Forbidden, "")
		if c := can(owner); !c.Confirm {
			t.Fatalf("the enterprise may not confirm: %+v", c)
		}
		got, err := x.svc.Confirm(owner, v.ID)
		if err != nil || got.ConfirmedAt == nil {
			t.Fatalf("confirm: %+v %v", got, err)
		}
		if again, err := x.svc.Confirm(owner, v.ID); err != nil || !again.ConfirmedAt.Equal(*got.ConfirmedAt) {
			t.Fatalf("confirming twice: %v", err)
		}

		// A visit recorded by the expert on its team: the problem it found
		// becomes the enterprise's finding. It may not cancel or re-plan;
		// it creates findings only through visits it is on.
		third, err := x.svc.Plan(furong, in)
		if err != nil {
			t.Fatal(err)
		}
		expertCtx := x.as("expert")
		_, err = x.svc.Cancel(expertCtx, third.ID)
		refuse("the expert cancelling", err, apperr.Forbidden, "")
		if err := x.c.Visit.UpdateOneID(third.ID).SetScheduledOn(time.Now().AddDate(0, 0, 5)).Exec(expertCtx); !errors.Is(err, privacy.Deny) {
			t.Fatalf("the expert re-planning: %v", err)
		}
		direct := func(src finding.Source, visitID int) error {
			return x.c.Finding.Create().SetEnterpriseID(e.ID).SetSource(src).SetVisitID(visitID).SetTitle("问题").
				SetSeverity(finding.SeverityLOW).SetStatus(finding.StatusASSIGNED).SetDueAt(time.Now().AddDate(0, 0, 9)).Exec(expertCtx)
		}
		if err := direct(finding.SourceMANUAL, third.ID); !errors.Is(err, privacy.Deny) {
			t.Fatalf("the expert writing a manual finding: %v", err)
		}
		elsewhere := x.c.Enterprise.Query().Where(enterprise.DistrictID(x.furong), enterprise.IDNEQ(e.ID)).FirstX(sys)
		if err := x.c.Finding.Create().SetEnterpriseID(elsewhere.ID).SetSource(finding.SourceVISIT).SetVisitID(third.ID).SetTitle("问题").
			SetSeverity(finding.SeverityLOW).SetStatus(finding.StatusASSIGNED).SetDueAt(time.Now().AddDate(0, 0, 9)).Exec(expertCtx); !errors.Is(err, privacy.Deny) {
			t.Fatalf("the expert writing a finding of another enterprise under the visit: %v", err)
		}
		notOnTeam := in
		notOnTeam.TeamIDs = []int{x.c.User.Query().Where(user.Username("furong")).OnlyIDX(sys)}
		fourth, err := x.svc.Plan(furong, notOnTeam)
		if err != nil {
			t.Fatal(err)
		}
		if err := direct(finding.SourceVISIT, fourth.ID); !errors.Is(err, privacy.Deny) {
			t.Fatalf("the expert writing a finding under a visit it is not on: %v", err)
		}
		_, err = x.svc.Record(expertCtx, visit.RecordInput{ID: fourth.ID, HeldOn: time.Now().Add(-time.Hour), Notes: "x"})
		refuse("the expert recording a visit it is not on", err, apperr.Forbidden, "")
		rec.ID = third.ID
		rec.Problems[0].Title = "废气收集罩破损"
		if _, err := x.svc.Record(expertCtx, rec); err != nil {
			t.Fatalf("the team's expert recording: %v", err)
		}
		f3 := x.c.Finding.Query().Where(finding.VisitID(third.ID)).OnlyX(sys)
		if f3.Source != finding.SourceVISIT || f3.EnterpriseID != e.ID || f3.Title != "废气收集罩破损" {
			t.Fatalf("the expert's finding %+v", f3)
		}
	})
}
