package report

import (
	"context"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	"entgo.io/ent/privacy"

	"greencheck/api/auth"
	"greencheck/api/db"
	"greencheck/api/db/dbtest"
	"greencheck/api/demo"
	"greencheck/api/events"
	"greencheck/api/lifecycle"
	"greencheck/api/notify"
	"greencheck/api/overdue"
	"greencheck/api/rectify"
	"greencheck/api/uscc"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/enterprise"
	"greencheck/ent/extensionrequest"
	"greencheck/ent/finding"
	"greencheck/ent/rectification"
	"greencheck/ent/reminder"
	"greencheck/ent/user"
)

// TestTalliesNeverDrift: after the demo city and a randomized sequence of
// workflow steps — rectifications submitted and reviewed through the
// service, the overdue job, findings created, changed in bulk and deleted,
// enterprises moved between districts, checklist items recategorised,
// parents deleted — the maintained tallies equal a recomputation from
// scratch, before and after merging, on both databases; and the dashboards
// and figures read from them equal those computed from the findings.
func TestTalliesNeverDrift(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		d := dbtest.Open(t, dia)
		c := d.Client
		sys := privacy.DecisionContext(context.Background(), privacy.Allow)
		now := time.Date(2026, 11, 28, 2, 0, 0, 0, time.UTC)
		if err := demo.Load(context.Background(), c, now); err != nil {
			t.Fatal(err)
		}
		verify := func(when string) {
			t.Helper()
			diffs, err := db.VerifyTallies(context.Background(), d.SQL, dia)
			if err != nil {
				t.Fatal(err)
			}
			for _, diff := range diffs {
				t.Errorf("%s: %s", when, diff)
			}
		}
		verify("after the demo city")

		rnd := rand.New(rand.NewPCG(11, 10))
		n := notify.New(c, events.NewLocal())
		rect := rectify.New(c, n)
		rect.Now = func() time.Time { return now }
		job := overdue.New(c, n, dia, d.SQL)
		users := c.User.Query().Where(user.Active(true)).AllX(sys)
		enterpriseUser := map[int]*ent.User{}
		var districtAdmins []*ent.User
		for _, u := range users {
			switch {
			case u.EnterpriseID != nil:
				enterpriseUser[*u.EnterpriseID] = u
			case u.Role == user.RoleDISTRICT_ADMIN:
				districtAdmins = append(districtAdmins, u)
			}
		}
		as := func(u *ent.User) context.Context {
			v := auth.ViewerOf(u)
			if u.Role != user.RoleENTERPRISE {
				for _, dd := range u.QueryDistricts().AllX(sys) {
					v.DistrictIDs = append(v.DistrictIDs, dd.ID)
				}
			}
			return viewer.NewContext(context.Background(), v)
		}
		districts := c.District.Query().IDsX(sys)
		items := c.ChecklistItem.Query().IDsX(sys)
		enterprises := c.Enterprise.Query().IDsX(sys)
		pick := func(ids []int) int { return ids[rnd.IntN(len(ids))] }
		randomFinding := func(where ...func(*ent.FindingQuery)) *ent.Finding {
			q := c.Finding.Query()
			for _, w := range where {
				w(q)
			}
			ids := q.IDsX(sys)
			if len(ids) == 0 {
				return nil
			}
			return c.Finding.GetX(sys, pick(ids))
		}
		steps := map[string]int{}
		for i := 0; i < 400; i++ {
			switch k := rnd.IntN(11); k {
			case 0, 1: // the enterprise submits a rectification
				f := randomFinding(func(q *ent.FindingQuery) {
					q.Where(finding.StatusIn(finding.StatusASSIGNED, finding.StatusRECTIFYING, finding.StatusREJECTED))
				})
				if f == nil || enterpriseUser[f.EnterpriseID] == nil {
					continue
				}
				u := enterpriseUser[f.EnterpriseID]
				if _, err := rect.Submit(as(u), rectify.SubmitInput{FindingID: f.ID, Measures: "已整改，更换活性炭"}); err != nil {
					t.Fatalf("submit: %v", err)
				}
				steps["submit"]++
			case 2, 3: // the district reviews it
				f := randomFinding(func(q *ent.FindingQuery) {
					q.Where(finding.StatusEQ(finding.StatusSUBMITTED), finding.HasRectifications())
				})
				if f == nil {
					continue
				}
				r := f.QueryRectifications().Order(ent.Desc("id")).FirstX(sys)
				dist := c.Enterprise.GetX(sys, f.EnterpriseID).DistrictID
				for _, a := range districtAdmins {
					if !reflect.DeepEqual(a.QueryDistricts().IDsX(sys), []int{dist}) {
						continue
					}
					in := rectify.ReviewInput{ID: r.ID, Approve: rnd.IntN(3) > 0}
					if !in.Approve {
						reason := "照片不清晰"
						in.Reason = &reason
					}
					if _, err := rect.Review(as(a), in); err != nil {
						t.Fatalf("review: %v", err)
					}
					steps["review"]++
					break
				}
			case 4: // the overdue job, some days later
				if _, err := job.Run(context.Background(), now.AddDate(0, 0, rnd.IntN(60))); err != nil {
					t.Fatal(err)
				}
				steps["overdue"]++
			case 5: // a finding found by hand, on an item or not
				cr := c.Finding.Create().SetEnterpriseID(pick(enterprises)).SetSource("MANUAL").SetTitle("现场发现").
					SetSeverity("LOW").SetStatus(finding.Status(lifecycle.Statuses[rnd.IntN(len(lifecycle.Statuses))])).
					SetDueAt(now.AddDate(0, 0, rnd.IntN(40)-20))
				if rnd.IntN(2) == 0 {
					cr.SetItemID(pick(items))
				}
				f := cr.SaveX(sys)
				if f.Status == finding.StatusCLOSED {
					c.Finding.UpdateOne(f).SetClosedAt(now.AddDate(0, 0, rnd.IntN(30)-30)).ExecX(sys)
				}
				steps["create"]++
			case 6: // a bulk change of the findings of a district
				st := finding.Status(lifecycle.OpenStatuses[rnd.IntN(len(lifecycle.OpenStatuses))])
				n := c.Finding.Update().Where(finding.StatusEQ(st), finding.HasEnterpriseWith(enterprise.DistrictID(pick(districts)))).
					SetOverdue(rnd.IntN(2) == 0).SaveX(sys)
				steps["bulk rows"] += n
				steps["bulk"]++
			case 7: // a deadline or a closing time changed
				if f := randomFinding(); f != nil {
					u := c.Finding.UpdateOne(f).SetDueAt(f.DueAt.AddDate(0, 0, rnd.IntN(20)-10))
					if f.ClosedAt != nil {
						u.SetClosedAt(f.ClosedAt.Add(time.Duration(rnd.IntN(100000)) * time.Second))
					}
					u.ExecX(sys)
					steps["dates"]++
				}
			case 8: // a finding deleted (with what hangs on it)
				if f := randomFinding(); f != nil {
					if err := db.WithTx(sys, c, func(ctx context.Context, tx *ent.Client) error {
						if _, err := tx.Rectification.Delete().Where(rectification.FindingID(f.ID)).Exec(ctx); err != nil {
							return err
						}
						if _, err := tx.ExtensionRequest.Delete().Where(extensionrequest.FindingID(f.ID)).Exec(ctx); err != nil {
							return err
						}
						if _, err := tx.Reminder.Delete().Where(reminder.FindingID(f.ID)).Exec(ctx); err != nil {
							return err
						}
						return tx.Finding.DeleteOneID(f.ID).Exec(ctx)
					}); err != nil {
						t.Fatalf("delete finding: %v", err)
					}
					steps["delete"]++
				}
			case 9: // an enterprise moves to another district
				c.Enterprise.UpdateOneID(pick(enterprises)).SetDistrictID(pick(districts)).ExecX(sys)
				steps["move"]++
			case 10: // an item is recategorised
				cat := categories[rnd.IntN(len(categories))]
				c.ChecklistItem.UpdateOneID(pick(items)).SetCategory(cat).ExecX(sys)
				steps["recategorise"]++
			}
			if i == 200 {
				verify("halfway")
				if err := db.CompactTallies(context.Background(), d.SQL, dia); err != nil {
					t.Fatal(err)
				}
				verify("after merging halfway")
			}
		}
		t.Logf("%s: steps %v", dia, steps)
		if steps["submit"] == 0 || steps["review"] == 0 || steps["move"] == 0 {
			t.Fatalf("the sequence missed a workflow: %v", steps)
		}
		verify("after the sequence")
		before := c.FindingTally.Query().CountX(sys)
		if err := db.CompactTallies(context.Background(), d.SQL, dia); err != nil {
			t.Fatal(err)
		}
		after := c.FindingTally.Query().CountX(sys)
		if after >= before {
			t.Errorf("merging kept %d of %d rows", after, before)
		}
		verify("after merging")

		// The figures read from the tallies equal those computed from the
		// findings, for the city and for a district administrator.
		svc := New(c)
		for _, u := range append([]*ent.User{c.User.Query().Where(user.Username("admin")).OnlyX(sys)}, districtAdmins[0]) {
			ctx := as(u)
			// The dashboard's findings report: from the tallies, and the same
			// report with a measure they do not keep, from the findings.
			fromT, err := svc.Run(ctx, DashboardFindings)
			if err != nil {
				t.Fatal(err)
			}
			in := DashboardFindings
			in.Measures = append(slices.Clone(in.Measures), "ENTERPRISES_WITH_FINDINGS")
			fromF, err := svc.Run(ctx, in)
			if err != nil {
				t.Fatal(err)
			}
			if !fromT.FromSummaries || fromF.FromSummaries || len(fromT.Rows) == 0 || len(fromT.Rows) != len(fromF.Rows) {
				t.Fatalf("%s: %d rows from tallies (%v), %d from findings (%v)", u.Username, len(fromT.Rows), fromT.FromSummaries, len(fromF.Rows), fromF.FromSummaries)
			}
			found, uncategorised := 0, 0
			for i, r := range fromT.Rows {
				w := fromF.Rows[i]
				for j := range r.Values {
					if r.Dimensions[0].Value != w.Dimensions[0].Value || r.Dimensions[1].Value != w.Dimensions[1].Value || *r.Values[j] != *w.Values[j] {
						t.Errorf("%s: row %d from tallies %v %v, from findings %v %v", u.Username, i, r.Dimensions, r.Values, w.Dimensions, w.Values)
					}
				}
				found += whole(w.Values[0])
				if w.Dimensions[1].Value == "" { // no checklist item: in no category
					uncategorised += whole(w.Values[0])
				}
			}
			got, err := svc.Dashboard(ctx)
			if err != nil {
				t.Fatal(err)
			}
			byDistrict, byCategory := 0, 0
			for _, f := range got.ByDistrict {
				byDistrict += f.Findings
			}
			// Listed: every district for the city; the viewer's own otherwise (not the others' zeros).
			if n := len(got.ByDistrict); u.Role == user.RoleCITY_ADMIN && n != len(districts) || u.Role != user.RoleCITY_ADMIN && (n == 0 || n > u.QueryDistricts().CountX(sys)) {
				t.Errorf("%s: %d districts listed", u.Username, n)
			}
			for _, f := range got.ByCategory {
				byCategory += f.Findings
			}
			if got.Findings == 0 || got.Findings != found || byDistrict != found || byCategory+uncategorised != found {
				t.Errorf("%s: dashboard %d findings (%d by district, %d by category), the findings' report %d", u.Username, got.Findings, byDistrict, byCategory, found)
			}
			task := c.InspectionTask.Query().FirstIDX(sys)
			dist := u.QueryDistricts().FirstIDX(sys)
			if u.Role == user.RoleCITY_ADMIN {
				dist = districts[0]
			}
			for _, f := range []FiguresFilter{{}, {TaskID: &task}, {DistrictID: &dist}, {TaskID: &task, DistrictID: &dist}} {
				got, err := svc.Figures(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				want, err := svc.figuresFromFindings(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				gm, wm := got.MeanDaysToClose, want.MeanDaysToClose
				got.MeanDaysToClose, want.MeanDaysToClose = nil, nil
				if *got != *want || (gm == nil) != (wm == nil) || (gm != nil && math.Abs(*gm-*wm) > 1e-4) {
					t.Errorf("%s %+v: figures from tallies %+v (mean %v), from findings %+v (mean %v)", u.Username, f, got, gm, want, wm)
				}
				if f.TaskID == nil && f.DistrictID == nil && got.Findings == 0 {
					t.Errorf("%s: no findings in scope", u.Username)
				}
			}
		}
	})
}

// TestTalliesHoldUnderConcurrentWrites: findings changing while their
// enterprise moves back and forth between districts, in concurrent
// transactions (both databases; it is PostgreSQL's concurrent writers that
// can interleave), leave the tallies equal to a recomputation.
func TestTalliesHoldUnderConcurrentWrites(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		d := dbtest.Open(t, dia)
		c := d.Client
		sys := privacy.DecisionContext(context.Background(), privacy.Allow)
		d1 := c.District.Create().SetCode("430102").SetNameZh("芙蓉区").SetNameEn("Furong").SetKind("DISTRICT").SaveX(sys)
		d2 := c.District.Create().SetCode("430103").SetNameZh("天心区").SetNameEn("Tianxin").SetKind("DISTRICT").SaveX(sys)
		check, _ := uscc.CheckChar("91430102MA4T00001")
		e := c.Enterprise.Create().SetName("测试企业").SetCreditCode("91430102MA4T00001" + string(check)).SetDistrict(d1).
			SetIndustryCode("3360").SetIndustryName("表面处理").SetPermitTier("SIMPLIFIED").SaveX(sys)
		var findings []int
		for i := 0; i < 20; i++ {
			findings = append(findings, c.Finding.Create().SetEnterprise(e).SetSource("MANUAL").SetTitle("问题").
				SetSeverity("MEDIUM").SetStatus("RECTIFYING").SetDueAt(time.Now().AddDate(0, 0, 10)).SaveX(sys).ID)
		}
		ctx := context.Background()
		run := func(n int, stmt func(i int) (string, []any)) error {
			for i := 0; i < n; i++ {
				tx, err := d.SQL.BeginTx(ctx, nil)
				if err != nil {
					return err
				}
				q, args := stmt(i)
				if _, err := tx.ExecContext(ctx, q, args...); err != nil {
					tx.Rollback()
					return err
				}
				time.Sleep(time.Millisecond) // hold the lock a moment
				if err := tx.Commit(); err != nil {
					return err
				}
			}
			return nil
		}
		statuses := []string{"RECTIFYING", "SUBMITTED", "CLOSED", "REJECTED"}
		errs := make(chan error, 2)
		go func() {
			errs <- run(150, func(i int) (string, []any) {
				to := d1.ID
				if i%2 == 0 {
					to = d2.ID
				}
				return "UPDATE enterprises SET district_id = $1 WHERE id = $2", []any{to, e.ID}
			})
		}()
		go func() {
			errs <- run(300, func(i int) (string, []any) {
				return "UPDATE findings SET status = $1, overdue = $2 WHERE id = $3",
					[]any{statuses[i%len(statuses)], i%3 == 0, findings[i%len(findings)]}
			})
		}()
		for range 2 {
			if err := <-errs; err != nil {
				t.Fatal(err)
			}
		}
		diffs, err := db.VerifyTallies(ctx, d.SQL, dia)
		if err != nil {
			t.Fatal(err)
		}
		for _, diff := range diffs {
			t.Error(diff)
		}
	})
}
