package overdue_test

import (
	"context"
	"testing"
	"time"

	"entgo.io/ent/privacy"

	"greencheck/api/db/dbtest"
	"greencheck/api/demo"
	"greencheck/api/events"
	"greencheck/api/notify"
	"greencheck/api/overdue"
	"greencheck/api/uscc"
	"greencheck/ent"
	"greencheck/ent/finding"
	"greencheck/ent/notification"
	"greencheck/ent/reminder"
)

// TestOverdueJobRemindsOnceAndMarksOverdue: run twice, each reminder goes
// out once; past-due open findings are marked overdue, closed ones are not.
func TestOverdueJobRemindsOnceAndMarksOverdue(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		d := dbtest.Open(t, dia)
		ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
		c := d.Client
		now := time.Date(2026, 11, 28, 2, 0, 0, 0, time.UTC) // 10:00 in Shanghai
		dist := c.District.Create().SetCode("430102").SetNameZh("芙蓉区").SetNameEn("Furong").SetKind("DISTRICT").SaveX(ctx)
		check, _ := uscc.CheckChar("91430102MA4T00001")
		e := c.Enterprise.Create().SetName("测试企业").SetCreditCode("91430102MA4T00001" + string(check)).SetDistrict(dist).
			SetIndustryCode("3360").SetIndustryName("表面处理").SetPermitTier("SIMPLIFIED").SaveX(ctx)
		staff := c.User.Create().SetUsername("staff").SetDisplayName("企业").SetPasswordHash("x").SetRole("ENTERPRISE").SetEnterprise(e).SaveX(ctx)
		admin := c.User.Create().SetUsername("admin1").SetDisplayName("分局").SetPasswordHash("x").SetRole("DISTRICT_ADMIN").AddDistricts(dist).SaveX(ctx)
		mk := func(days int, st finding.Status) *ent.Finding {
			return c.Finding.Create().SetEnterprise(e).SetSource("MANUAL").SetTitle("问题").SetSeverity("MEDIUM").
				SetStatus(st).SetDueAt(now.AddDate(0, 0, days)).SaveX(ctx)
		}
		in3, in1, late, closed, far := mk(3, "RECTIFYING"), mk(1, "RECTIFYING"), mk(-2, "RECTIFYING"), mk(-5, "CLOSED"), mk(20, "RECTIFYING")
		today := c.Finding.Create().SetEnterprise(e).SetSource("MANUAL").SetTitle("问题").SetSeverity("MEDIUM").
			SetStatus("REJECTED").SetDueAt(now.Add(6 * time.Hour)).SaveX(ctx) // 16:00 in Shanghai

		job := overdue.New(c, notify.New(c, events.NewLocal()), dia, d.SQL)
		first, err := job.Run(context.Background(), now)
		if err != nil {
			t.Fatal(err)
		}
		if first.MarkedOverdue != 1 {
			t.Errorf("marked overdue = %d, want 1", first.MarkedOverdue)
		}
		want := map[reminder.Kind]int{reminder.KindDUE_IN_3_DAYS: 1, reminder.KindDUE_IN_1_DAY: 1, reminder.KindDUE_TODAY: 1, reminder.KindOVERDUE: 1}
		for k, n := range want {
			if first.Reminders[k] != n {
				t.Errorf("first run: %d %s reminders, want %d", first.Reminders[k], k, n)
			}
		}
		second, err := job.Run(context.Background(), now.Add(time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		if second.MarkedOverdue != 0 || len(second.Reminders) != 0 {
			t.Errorf("second run did something again: %+v", second)
		}
		// The enterprise got D-3, D-1 and D; the district the D+1 one.
		if n := c.Notification.Query().Where(notification.UserID(staff.ID)).CountX(ctx); n != 3 {
			t.Errorf("enterprise notifications = %d, want 3", n)
		}
		if n := c.Notification.Query().Where(notification.UserID(admin.ID), notification.Kind("FINDING_OVERDUE")).CountX(ctx); n != 1 {
			t.Errorf("district notifications = %d, want 1", n)
		}
		for _, f := range []*ent.Finding{in3, in1, today, closed, far} {
			if c.Finding.GetX(ctx, f.ID).Overdue {
				t.Errorf("finding due %v marked overdue", f.DueAt)
			}
		}
		if !c.Finding.GetX(ctx, late.ID).Overdue {
			t.Error("the late finding is not marked overdue")
		}
		// On PostgreSQL another replica holding the lock makes this one skip.
		if d.IsPostgres() {
			conn, err := d.SQL.Conn(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			if _, err := conn.ExecContext(context.Background(), "SELECT pg_advisory_lock(7251001)"); err != nil {
				t.Fatal(err)
			}
			st, err := job.Run(context.Background(), now.AddDate(0, 0, 1))
			if err != nil || !st.Skipped {
				t.Errorf("ran while another replica held the lock: %+v, %v", st, err)
			}
			_, _ = conn.ExecContext(context.Background(), "SELECT pg_advisory_unlock(7251001)")
		}
	})
}

// The job works past SQLite's 32,766 bound parameters: 40,000 findings past
// their deadline get their reminder in one run, on both databases.
func TestOverdueJobAtProvinceScale(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		d := dbtest.Open(t, dia)
		ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
		c := d.Client
		now := time.Date(2026, 11, 28, 2, 0, 0, 0, time.UTC)
		if err := demo.Synthetic(ctx, c, 200, 40_000, now); err != nil {
			t.Fatal(err)
		}
		if err := c.Finding.Update().SetStatus(finding.StatusRECTIFYING).SetDueAt(now.AddDate(0, 0, -2)).
			SetOverdue(false).Exec(ctx); err != nil {
			t.Fatal(err)
		}
		st, err := overdue.New(c, notify.New(c, events.NewLocal()), dia, d.SQL).Run(context.Background(), now)
		if err != nil {
			t.Fatal(err)
		}
		if st.MarkedOverdue != 40_000 || st.Reminders[reminder.KindOVERDUE] != 40_000 {
			t.Errorf("marked %d, reminded %v; want 40,000 each", st.MarkedOverdue, st.Reminders)
		}
	})
}
