package warning_test

import (
	"context"
	"testing"
	"time"

	"greencheck/api/apperr"
	"greencheck/api/authz"
	"greencheck/api/db/dbtest"
	"greencheck/api/warning"
	"greencheck/ent/auditentry"
	"greencheck/ent/district"
	entwarning "greencheck/ent/warning"
	"greencheck/ent/warningnotice"
)

// TestExpiry: a warning whose planned end passes without a lifting is
// lifted by the escalation job — a LIFT round taking effect at the planned
// end, a notice to every recipient, audited as the system's — once, however
// often the job runs; an extension postpones it; the phone's pending list
// then shows only the lifting; a lifted warning cannot be adjusted.
func TestExpiry(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		x := newCity(t, dia)
		admin, qiye := x.as("admin"), x.as("qiye")
		from, to := x.now.Add(time.Hour), x.now.Add(25*time.Hour)
		w := x.draft(admin, warning.DraftInput{Title: "黄色预警", Level: entwarning.LevelYELLOW, DistrictIDs: []int{x.furong},
			EffectiveFrom: from, EffectiveTo: &to})
		if _, err := x.svc.Publish(admin, w.ID); err != nil {
			t.Fatal(err)
		}
		recipients := x.c.WarningNotice.Query().Where(warningnotice.WarningID(w.ID), warningnotice.Round(1)).CountX(sys)
		run := func(at time.Time) *warning.EscalationStats {
			t.Helper()
			st, err := x.svc.Escalate(context.Background(), x.sql, dia, at)
			if err != nil {
				t.Fatal(err)
			}
			return st
		}
		if st := run(to.Add(-time.Minute)); st.Expired != 0 {
			t.Errorf("before the planned end: %+v", st)
		}
		// An extension moves the end.
		later := to.Add(12 * time.Hour)
		if _, err := x.svc.Adjust(admin, warning.AdjustInput{WarningID: w.ID, Kind: warningnotice.KindEXTEND, EffectiveTo: &later}); err != nil {
			t.Fatal(err)
		}
		if st := run(to.Add(time.Minute)); st.Expired != 0 {
			t.Errorf("after the old end, extended: %+v", st)
		}
		if st := run(later); st.Expired != 1 {
			t.Fatalf("at the planned end: %+v", st)
		}
		got := x.c.Warning.GetX(sys, w.ID)
		last := got.Rounds[len(got.Rounds)-1]
		if got.Status != entwarning.StatusLIFTED || got.Round != 3 || last.Kind != "LIFT" || !last.EffectiveFrom.Equal(later) ||
			last.Content != warning.ExpiryNote || last.PublishedByID != 0 {
			t.Errorf("after expiry: %s round %d, last round %+v", got.Status, got.Round, last)
		}
		lifts := x.c.WarningNotice.Query().Where(warningnotice.WarningID(w.ID), warningnotice.Round(3),
			warningnotice.KindEQ(warningnotice.KindLIFT)).CountX(sys)
		if lifts != recipients {
			t.Errorf("lifting notices %d, recipients %d", lifts, recipients)
		}
		a := x.c.AuditEntry.Query().Where(auditentry.Action("warning.expire"), auditentry.SubjectID(w.ID)).OnlyX(sys)
		if a.ActorID != nil || a.ActorName != "system" {
			t.Errorf("expiry audited as %v %q", a.ActorID, a.ActorName)
		}
		if st := run(later.Add(time.Hour)); st.Expired != 0 {
			t.Errorf("expired twice: %+v", st)
		}
		// qiye's phone: only the lifting is left to see.
		ns, err := x.svc.Pending(qiye)
		if err != nil || len(ns) != 1 || ns[0].Kind != warningnotice.KindLIFT {
			t.Errorf("pending after expiry: %v %d", err, len(ns))
		}
		if _, err := x.svc.Adjust(admin, warning.AdjustInput{WarningID: w.ID, Kind: warningnotice.KindLIFT}); code(err) != apperr.Conflict {
			t.Errorf("lifting an expired warning: %v", err)
		}
		// The earlier rounds are over: only the lifting is acknowledged.
		old := x.c.WarningNotice.Query().Where(warningnotice.WarningID(w.ID), warningnotice.Round(1),
			warningnotice.EnterpriseID(ns[0].EnterpriseID)).OnlyX(sys)
		if can, err := authz.ForWarningNotice(qiye, x.c, old); err != nil || can.Acknowledge {
			t.Errorf("viewerCan on a round of a lifted warning: %+v %v", can, err)
		}
		if _, err := x.svc.Acknowledge(qiye, old.ID); code(err) != apperr.Conflict {
			t.Errorf("acknowledging a round of a lifted warning: %v", err)
		}
		if can, err := authz.ForWarningNotice(qiye, x.c, ns[0]); err != nil || !can.Acknowledge {
			t.Errorf("viewerCan on the lifting: %+v %v", can, err)
		}
		if n, err := x.svc.Acknowledge(qiye, ns[0].ID); err != nil || n.AcknowledgedAt == nil {
			t.Errorf("acknowledging the lifting: %v", err)
		}
	})
}

// TestRoundsReachTheFirstRecipients: a district's warning lifted by that
// district after one of its enterprises moved to another district still
// reaches that enterprise — the rounds go to the recipients snapshotted at
// publication, whoever adjusts.
func TestRoundsReachTheFirstRecipients(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		x := newCity(t, dia)
		furong := x.as("furong")
		w := x.draft(furong, warning.DraftInput{Title: "芙蓉区黄色预警", Level: entwarning.LevelYELLOW, DistrictIDs: []int{x.furong},
			EffectiveFrom: x.now.Add(time.Hour)})
		if _, err := x.svc.Publish(furong, w.ID); err != nil {
			t.Fatal(err)
		}
		first := x.c.WarningNotice.Query().Where(warningnotice.WarningID(w.ID), warningnotice.Round(1)).AllX(sys)
		moved := first[0].EnterpriseID
		other := x.c.District.Query().Where(district.IDNEQ(x.furong)).FirstIDX(sys)
		x.c.Enterprise.UpdateOneID(moved).SetDistrictID(other).ExecX(sys)
		got, err := x.svc.Adjust(furong, warning.AdjustInput{WarningID: w.ID, Kind: warningnotice.KindLIFT})
		if err != nil {
			t.Fatal(err)
		}
		if r := got.Rounds[len(got.Rounds)-1]; r.Recipients != len(first) {
			t.Errorf("the lifting reached %d, the publication %d", r.Recipients, len(first))
		}
		if !x.c.WarningNotice.Query().Where(warningnotice.WarningID(w.ID), warningnotice.Round(2), warningnotice.EnterpriseID(moved)).ExistX(sys) {
			t.Error("the enterprise that moved away got no lifting")
		}
	})
}
