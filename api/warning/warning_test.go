package warning_test

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/privacy"

	"greencheck/api/apperr"
	"greencheck/api/authz"
	"greencheck/api/clock"
	"greencheck/api/db/dbtest"
	"greencheck/api/demo"
	"greencheck/api/events"
	"greencheck/api/notify"
	"greencheck/api/warning"
	"greencheck/ent"
	"greencheck/ent/district"
	"greencheck/ent/emissionplan"
	"greencheck/ent/enterprise"
	"greencheck/ent/notification"
	"greencheck/ent/schematype"
	"greencheck/ent/user"
	entwarning "greencheck/ent/warning"
	"greencheck/ent/warningnotice"
)

var sys = privacy.DecisionContext(context.Background(), privacy.Allow)

// city is a fresh demo city with the warning service over it, on a clock
// the test moves.
type city struct {
	t      *testing.T
	c      *ent.Client
	svc    *warning.Service
	bus    *events.Local
	now    time.Time
	furong int     // 芙蓉区
	sql    *sql.DB // for the jobs' locks
}

func newCity(t *testing.T, dia string) *city {
	d := dbtest.Open(t, dia)
	start := time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)
	if err := demo.Load(sys, d.Client, start); err != nil {
		t.Fatal(err)
	}
	bus := events.NewLocal()
	x := &city{t: t, c: d.Client, bus: bus, now: start, sql: d.SQL}
	x.svc = warning.New(d.Client, notify.New(d.Client, bus), bus)
	x.svc.Now = func() time.Time { return x.now }
	x.furong = d.Client.District.Query().Where(district.NameZh("芙蓉区")).OnlyIDX(sys)
	return x
}

// as returns a context of the user's viewer.
func (x *city) as(username string) context.Context { return dbtest.As(x.c, username) }

func (x *city) asUser(u *ent.User) context.Context { return dbtest.AsUser(x.c, u) }

// enterpriseUser is a user of an enterprise other than qiye's.
func (x *city) enterpriseUser(enterpriseID int) context.Context {
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

func (x *city) draft(ctx context.Context, in warning.DraftInput) *ent.Warning {
	x.t.Helper()
	w, err := x.svc.SaveDraft(ctx, in)
	if err != nil {
		x.t.Fatal(err)
	}
	return w
}

func ptr[T any](v T) *T { return &v }

// TestWarningLoop: a city administrator publishes an orange warning for
// 芙蓉区 to every air-related active enterprise there, each notice with the
// enterprise's own measures; qiye receives, acknowledges and reports; the
// warning is upgraded (a new notice to acknowledge) and lifted; every bad
// input on the way is refused with its code and nothing written.
func TestWarningLoop(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		x := newCity(t, dia)
		admin, qiye := x.as("admin"), x.as("qiye")
		qiyeEnterprise := x.c.User.Query().Where(user.Username("qiye")).OnlyX(sys).EnterpriseID

		// Drafting: bad inputs name their field.
		from := x.now.Add(24 * time.Hour)
		for _, bad := range []struct {
			in    warning.DraftInput
			field string
		}{
			{warning.DraftInput{Title: " ", Level: entwarning.LevelORANGE, EffectiveFrom: from}, "title"},
			{warning.DraftInput{Title: "t", Level: entwarning.LevelORANGE, EffectiveFrom: from, EffectiveTo: ptr(from.Add(-time.Hour))}, "effectiveTo"},
			{warning.DraftInput{Title: "t", Level: entwarning.LevelORANGE, EffectiveFrom: from, AckSLAMinutes: ptr(0)}, "ackSLAMinutes"},
			{warning.DraftInput{Title: "t", Level: entwarning.LevelORANGE, EffectiveFrom: from, DistrictIDs: []int{x.furong, 1}}, "districtIDs.1"},
		} {
			want := apperr.BadUserInput
			if bad.field == "districtIDs.1" {
				want = apperr.NotFound // no such district
			}
			if _, err := x.svc.SaveDraft(admin, bad.in); code(err) != want || field(err) != bad.field {
				t.Errorf("draft %+v: %v (field %q), want BAD_USER_INPUT on %s", bad.in, err, field(err), bad.field)
			}
		}
		if n := x.c.Warning.Query().Where(entwarning.StatusEQ(entwarning.StatusDRAFT)).CountX(sys); n != 0 {
			t.Fatalf("refused drafts left %d rows", n)
		}
		// Nobody but administrators drafts.
		if _, err := x.svc.SaveDraft(qiye, warning.DraftInput{Title: "t", Level: entwarning.LevelRED, EffectiveFrom: from}); code(err) != apperr.Forbidden {
			t.Errorf("qiye drafting: %v", err)
		}

		w := x.draft(admin, warning.DraftInput{Title: "长沙市重污染天气橙色预警（2026年第1号）", Level: entwarning.LevelORANGE,
			DistrictIDs: []int{x.furong}, EffectiveFrom: from, EffectiveTo: ptr(from.Add(72 * time.Hour)),
			Content: "停止室外喷涂、土石方作业", Measures: []*schematype.GradeMeasure{{Grade: "NONE", MeasuresZh: "按一厂一策减排 20%"}}})
		// A draft is its author's: enterprises and other districts' administrators do not see it.
		if _, err := x.c.Warning.Get(qiye, w.ID); !ent.IsNotFound(err) {
			t.Errorf("qiye reads the draft: %v", err)
		}

		// The recipients: air-related active enterprises of 芙蓉区, as counted by hand.
		want := x.c.Enterprise.Query().Where(enterprise.DistrictID(x.furong), enterprise.AirRelated(true),
			enterprise.StatusEQ(enterprise.StatusACTIVE)).CountX(sys)
		// One recipient's plan for the year grades it otherwise than the register.
		regraded := x.c.Enterprise.Query().Where(enterprise.DistrictID(x.furong), enterprise.AirRelated(true),
			enterprise.StatusEQ(enterprise.StatusACTIVE), enterprise.PerformanceGradeNEQ(enterprise.PerformanceGradeGUARANTEE),
			enterprise.Not(enterprise.HasEmissionPlans())).FirstX(sys)
		x.c.EmissionPlan.Create().SetEnterpriseID(regraded.ID).SetYear(from.In(clock.Shanghai).Year()).
			SetGrade(emissionplan.GradeGUARANTEE).SaveX(sys)
		p, err := x.svc.PreviewRecipients(admin, []int{x.furong}, &from)
		if err != nil {
			t.Fatal(err)
		}
		graded := 0
		for _, g := range p.ByGrade {
			graded += g.Count
		}
		if want == 0 || p.Total != want || len(p.ByDistrict) != 1 || p.ByDistrict[0].Count != want || graded != want {
			t.Fatalf("preview %+v, want %d recipients in 芙蓉区", p, want)
		}

		// Publishing: one notice each, in one transaction; never twice.
		published, err := x.svc.Publish(admin, w.ID)
		if err != nil {
			t.Fatal(err)
		}
		if published.Status != entwarning.StatusACTIVE || published.Round != 1 || len(published.Rounds) != 1 || published.Rounds[0].Recipients != want {
			t.Errorf("published: %+v", published)
		}
		if _, err := x.svc.Publish(admin, w.ID); code(err) != apperr.Conflict {
			t.Errorf("publishing twice: %v", err)
		}
		if n := x.c.WarningNotice.Query().Where(warningnotice.WarningID(w.ID)).CountX(sys); n != want {
			t.Fatalf("notices = %d, want %d", n, want)
		}
		// The preview's grades are the notices' (the plan's grade first).
		for _, g := range p.ByGrade {
			if n := x.c.WarningNotice.Query().Where(warningnotice.WarningID(w.ID), warningnotice.Grade(g.Grade)).CountX(sys); n != g.Count {
				t.Errorf("grade %s: previewed %d, notified %d", g.Grade, g.Count, n)
			}
		}
		if n := x.c.WarningNotice.Query().Where(warningnotice.WarningID(w.ID), warningnotice.EnterpriseID(regraded.ID)).OnlyX(sys); n.Grade != "GUARANTEE" {
			t.Errorf("the regraded enterprise's notice: grade %s, want its plan's GUARANTEE", n.Grade)
		}

		// qiye: its notice carries its plan's orange measures (3 production
		// lines or fewer, and the VOC process); reading it is its delivery.
		pending, err := x.svc.Pending(qiye)
		if err != nil {
			t.Fatal(err)
		}
		var notice *ent.WarningNotice
		for _, n := range pending {
			if n.WarningID == w.ID {
				notice = n
			}
		}
		if notice == nil || notice.EnterpriseID != *qiyeEnterprise || notice.DeliveredAt == nil {
			t.Fatalf("qiye's pending notices: %+v", pending)
		}
		if len(notice.Measures) < 2 || notice.Measures[len(notice.Measures)-1].Action != "STOP" || notice.Measures[0].Process == "" {
			t.Errorf("qiye's measures should come from its plan: %+v", notice.Measures)
		}
		// Another enterprise of the district has the grade's default measure.
		other := x.c.WarningNotice.Query().Where(warningnotice.WarningID(w.ID), warningnotice.EnterpriseIDNEQ(*qiyeEnterprise)).FirstX(sys)
		if len(other.Measures) != 1 || other.Measures[0].TextZh == "" {
			t.Errorf("default measures: %+v", other.Measures)
		}
		// Nobody else acknowledges qiye's notice: it is not theirs to see.
		if _, err := x.svc.Acknowledge(x.enterpriseUser(other.EnterpriseID), notice.ID); code(err) != apperr.NotFound {
			t.Errorf("another enterprise acknowledging qiye's notice: %v", err)
		}
		// Administrators may not acknowledge for the enterprise.
		if _, err := x.svc.Acknowledge(admin, notice.ID); code(err) != apperr.Forbidden {
			t.Errorf("the city acknowledging for qiye: %v", err)
		}
		items := func() []*schematype.MeasureReport {
			var out []*schematype.MeasureReport
			for _, m := range notice.Measures {
				out = append(out, &schematype.MeasureReport{Key: m.Key, Status: "DONE"})
			}
			return out
		}
		if _, err := x.svc.Report(qiye, warning.ReportInput{NoticeID: notice.ID, Items: items()}); code(err) != apperr.Conflict {
			t.Errorf("reporting before acknowledging: %v", err)
		}
		x.now = x.now.Add(20 * time.Minute)
		acked, err := x.svc.Acknowledge(qiye, notice.ID)
		if err != nil {
			t.Fatal(err)
		}
		x.now = x.now.Add(time.Minute)
		again, err := x.svc.Acknowledge(qiye, notice.ID)
		if err != nil || !again.AcknowledgedAt.Equal(*acked.AcknowledgedAt) || *acked.AckLatencySeconds != 1200 {
			t.Errorf("acknowledging again: %v, %v vs %v (latency %v)", err, again.AcknowledgedAt, acked.AcknowledgedAt, acked.AckLatencySeconds)
		}

		// Reports: unknown, twice-named and missing measures, percentages, reasons.
		for _, bad := range []struct {
			items []*schematype.MeasureReport
			field string
		}{
			{append(items(), &schematype.MeasureReport{Key: "m99", Status: "DONE"}), "items.%d.key"},
			{append(items(), &schematype.MeasureReport{Key: "m1", Status: "DONE"}), "items.%d.key"},
			{items()[1:], "items"},
			{[]*schematype.MeasureReport{{Key: "m1", Status: "PARTLY", Percent: ptr(120)}}, "items.0.percent"},
			{[]*schematype.MeasureReport{{Key: "m1", Status: "NOT_POSSIBLE"}}, "items.0.reason"},
			{[]*schematype.MeasureReport{{Key: "m1", Status: "MAYBE"}}, "items.0.status"},
		} {
			f := bad.field
			if f == "items.%d.key" {
				f = "items." + strconv.Itoa(len(bad.items)-1) + ".key"
			}
			if _, err := x.svc.Report(qiye, warning.ReportInput{NoticeID: notice.ID, Items: bad.items}); code(err) != apperr.BadUserInput || field(err) != f {
				t.Errorf("report %v: %v (field %q), want BAD_USER_INPUT on %s", bad.items, err, field(err), f)
			}
		}
		x.now = from.Add(time.Hour) // in effect for an hour: in time
		rep, err := x.svc.Report(qiye, warning.ReportInput{NoticeID: notice.ID, Items: items(), Note: "已停线", ClientKey: ptr("k1")})
		if err != nil {
			t.Fatal(err)
		}
		retry, err := x.svc.Report(qiye, warning.ReportInput{NoticeID: notice.ID, Items: items(), Note: "已停线", ClientKey: ptr("k1")})
		if err != nil || rep.ReportCount != 1 || retry.ReportCount != 1 {
			t.Errorf("a retried report: %v, count %d → %d", err, rep.ReportCount, retry.ReportCount)
		}
		x.now = x.now.Add(24 * time.Hour) // the daily update
		daily, err := x.svc.Report(qiye, warning.ReportInput{NoticeID: notice.ID, Items: items(), Note: "第二天", ClientKey: ptr("k2")})
		if err != nil || daily.ReportCount != 2 || !daily.MeasuresReportedAt.Equal(*rep.MeasuresReportedAt) {
			t.Errorf("the daily update: %v %+v", err, daily)
		}

		// Adjusting: a downgrade must lower the level; an upgrade to red is a new round.
		if _, err := x.svc.Adjust(admin, warning.AdjustInput{WarningID: w.ID, Kind: warningnotice.KindDOWNGRADE, Level: ptr(entwarning.LevelRED)}); code(err) != apperr.BadUserInput || field(err) != "level" {
			t.Errorf("downgrading to red: %v", err)
		}
		if _, err := x.svc.Adjust(qiye, warning.AdjustInput{WarningID: w.ID, Kind: warningnotice.KindLIFT}); code(err) == "" {
			t.Error("qiye lifted the warning")
		}
		if _, err := x.svc.Adjust(admin, warning.AdjustInput{WarningID: w.ID, Kind: warningnotice.KindUPGRADE, Level: ptr(entwarning.LevelRED),
			Title: ptr(" \u200b ")}); code(err) != apperr.BadUserInput || field(err) != "title" {
			t.Errorf("an upgrade renaming the warning to nothing: %v", err)
		}
		redTitle := "长沙市重污染天气红色预警（2026年第1号）"
		up, err := x.svc.Adjust(admin, warning.AdjustInput{WarningID: w.ID, Kind: warningnotice.KindUPGRADE, Level: ptr(entwarning.LevelRED),
			Title: ptr(" " + redTitle)})
		if err != nil {
			t.Fatal(err)
		}
		if up.Level != entwarning.LevelRED || up.Round != 2 || len(up.Rounds) != 2 || up.Title != redTitle {
			t.Errorf("upgraded: %+v", up)
		}
		if _, err := x.svc.Report(qiye, warning.ReportInput{NoticeID: notice.ID, Items: items()}); code(err) != apperr.Conflict {
			t.Errorf("reporting on the superseded round: %v", err)
		}
		red := x.c.WarningNotice.Query().Where(warningnotice.WarningID(w.ID), warningnotice.Round(2),
			warningnotice.EnterpriseID(*qiyeEnterprise)).OnlyX(sys)
		if red.AcknowledgedAt != nil || red.Level != warningnotice.LevelRED || red.Kind != warningnotice.KindUPGRADE {
			t.Errorf("the red round's notice: %+v", red)
		}
		if n := x.c.WarningNotice.Query().Where(warningnotice.WarningID(w.ID), warningnotice.Round(2)).CountX(sys); n != want {
			t.Errorf("round 2 notices = %d, want %d (the snapshot of round 1)", n, want)
		}
		// The board of one round counts that round's notices only.
		if b, err := x.svc.Board(admin, w.ID, 2); err != nil || b.Targeted != want || b.Acknowledged != 0 || len(b.ByRound) != 1 {
			t.Errorf("round 2's board: %v %+v", err, b.Figures)
		}
		if b, err := x.svc.Board(admin, w.ID, 1); err != nil || b.Targeted != want || b.Acknowledged != 1 || b.Reported != 1 {
			t.Errorf("round 1's board: %v %+v", err, b.Figures)
		}

		// Lifting ends it; no report after, no second lifting.
		lifted, err := x.svc.Adjust(admin, warning.AdjustInput{WarningID: w.ID, Kind: warningnotice.KindLIFT})
		if err != nil || lifted.Status != entwarning.StatusLIFTED {
			t.Fatalf("lifting: %v %+v", err, lifted)
		}
		if _, err := x.svc.Adjust(admin, warning.AdjustInput{WarningID: w.ID, Kind: warningnotice.KindLIFT}); code(err) != apperr.Conflict {
			t.Errorf("lifting twice: %v", err)
		}
		if _, err := x.svc.Acknowledge(qiye, red.ID); code(err) != apperr.Conflict {
			t.Errorf("acknowledging a round of a lifted warning: %v", err)
		}
		if _, err := x.svc.Report(qiye, warning.ReportInput{NoticeID: red.ID, Items: []*schematype.MeasureReport{}}); code(err) != apperr.Conflict {
			t.Errorf("reporting after lifting: %v", err)
		}
	})
}

// TestTimelinessFigures: the database's figures against a hand-computed
// fixture — in time, late (past the SLA), after the effective time, never;
// reported in time, late, never.
func TestTimelinessFigures(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		x := newCity(t, dia)
		admin := x.as("admin")
		pushed := x.now
		from := pushed.Add(3 * time.Hour) // ack due = min(push + 2 h, effective) = push + 2 h
		w := x.draft(admin, warning.DraftInput{Title: "黄色预警", Level: entwarning.LevelYELLOW, DistrictIDs: []int{x.furong},
			EffectiveFrom: from, Content: "-"})
		if _, err := x.svc.Publish(admin, w.ID); err != nil {
			t.Fatal(err)
		}
		ns := x.c.WarningNotice.Query().Where(warningnotice.WarningID(w.ID)).Order(ent.Asc(warningnotice.FieldID)).Limit(4).AllX(sys)
		ack := func(n *ent.WarningNotice, at time.Time) {
			x.now = at
			if _, err := x.svc.Acknowledge(x.enterpriseUser(n.EnterpriseID), n.ID); err != nil {
				t.Fatal(err)
			}
		}
		report := func(n *ent.WarningNotice, at time.Time) {
			x.now = at
			var items []*schematype.MeasureReport
			for _, m := range n.Measures {
				items = append(items, &schematype.MeasureReport{Key: m.Key, Status: "DONE"})
			}
			if _, err := x.svc.Report(x.enterpriseUser(n.EnterpriseID), warning.ReportInput{NoticeID: n.ID, Items: items}); err != nil {
				t.Fatal(err)
			}
		}
		ack(ns[0], pushed.Add(30*time.Minute))  // in time (30 min)
		ack(ns[1], pushed.Add(150*time.Minute)) // late: past the 2-hour SLA (150 min)
		ack(ns[2], from.Add(10*time.Minute))    // late: after it took effect (190 min)
		report(ns[0], from.Add(time.Hour))      // in time (effective + 4 h SLA)
		report(ns[1], from.Add(5*time.Hour))    // late
		b, err := x.svc.Board(admin, w.ID)
		if err != nil {
			t.Fatal(err)
		}
		total := len(x.c.WarningNotice.Query().Where(warningnotice.WarningID(w.ID)).IDsX(sys))
		f := b.Figures
		if f.Targeted != total || f.Acknowledged != 3 || f.AcknowledgedInTime != 1 || f.Reported != 2 || f.ReportedInTime != 1 ||
			f.ReportsDue != total || f.Read != 3 {
			t.Errorf("figures %+v, want 3 acknowledged (1 in time), 2 reported (1 in time) of %d", f, total)
		}
		if want := float64(int(10000.0/float64(total)+0.5)) / 100; f.TimelyResponseRate != want {
			t.Errorf("timely response rate %v, want %v", f.TimelyResponseRate, want)
		}
		if f.MedianAckMinutes == nil || *f.MedianAckMinutes != 150 {
			t.Errorf("median acknowledgement %v minutes, want 150", f.MedianAckMinutes)
		}
		if len(b.ByDistrict) != 1 || b.ByDistrict[0].DistrictID != x.furong || b.ByDistrict[0].Acknowledged != 3 {
			t.Errorf("by district: %+v", b.ByDistrict)
		}
		receiptsMatch(t, x, admin, w.ID, f)
		// An enterprise's board is its own notice only.
		own, err := x.svc.Board(x.enterpriseUser(ns[0].EnterpriseID), w.ID)
		if err != nil || own.Targeted != 1 || own.AcknowledgedInTime != 1 {
			t.Errorf("an enterprise's board: %v %+v", err, own)
		}
	})
}

// receiptsMatch: the receipts table filtered by each receipt holds exactly
// the notices the board's figure counts (its complement for NOT_…).
func receiptsMatch(t *testing.T, x *city, viewer context.Context, warningID int, f warning.Figures) {
	t.Helper()
	want := map[warning.Receipt]int{
		warning.ReceiptDelivered: f.Delivered, warning.ReceiptNotDelivered: f.Targeted - f.Delivered,
		warning.ReceiptRead: f.Read, warning.ReceiptNotRead: f.Targeted - f.Read,
		warning.ReceiptAcknowledged: f.Acknowledged, warning.ReceiptNotAcknowledged: f.Targeted - f.Acknowledged,
		warning.ReceiptAcknowledgedInTime: f.AcknowledgedInTime, warning.ReceiptAcknowledgedLate: f.Acknowledged - f.AcknowledgedInTime,
		warning.ReceiptReported: f.Reported, warning.ReceiptNotReported: f.ReportsDue - f.Reported,
		warning.ReceiptReportedInTime: f.ReportedInTime, warning.ReceiptWithEvidence: f.WithEvidence,
		warning.ReceiptRepushed: f.Repushed, warning.ReceiptOnCallList: f.OnCallList,
		warning.ReceiptChecked: f.Checked, warning.ReceiptCheckPassed: f.CheckedCompliant, warning.ReceiptCheckFailed: f.Checked - f.CheckedCompliant,
	}
	if len(want) != len(warning.Receipts) {
		t.Fatalf("%d receipts, %d checked", len(warning.Receipts), len(want))
	}
	for _, r := range warning.Receipts {
		n, err := x.c.WarningNotice.Query().Where(warningnotice.WarningID(warningID), warning.ReceiptIs(r)).Count(viewer)
		if err != nil || n != want[r] {
			t.Errorf("receipt %s: %d notices (%v), the board counts %d", r, n, err, want[r])
		}
	}
}

// TestDistrictWarnings: a district administrator drafts, publishes and
// lifts warnings for its own districts only; others never see its drafts.
func TestDistrictWarnings(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		x := newCity(t, dia)
		furong := x.as("furong")
		// me.can.publishWarning says what SaveDraft allows (新建预警 in the SPA).
		for user, want := range map[string]bool{"admin": true, "furong": true, "expert": false, "qiye": false} {
			can, err := authz.ForViewer(x.as(user), x.c)
			if err != nil || can.PublishWarning != want {
				t.Errorf("%s: me.can.publishWarning = %v (%v), want %v", user, can != nil && can.PublishWarning, err, want)
			}
		}
		other := x.c.District.Query().Where(district.IDNEQ(x.furong)).FirstIDX(sys)
		from := x.now.Add(time.Hour)
		if _, err := x.svc.SaveDraft(furong, warning.DraftInput{Title: "t", Level: entwarning.LevelYELLOW, EffectiveFrom: from,
			DistrictIDs: []int{x.furong, other}}); code(err) != apperr.Forbidden {
			t.Errorf("a district warning reaching another district: %v", err)
		}
		w := x.draft(furong, warning.DraftInput{Title: "芙蓉区重污染天气黄色预警", Level: entwarning.LevelYELLOW, EffectiveFrom: from})
		if ds := x.c.Warning.QueryDistricts(w).IDsX(sys); len(ds) != 1 || ds[0] != x.furong {
			t.Errorf("default districts of a district administrator: %v", ds)
		}
		// Another district's administrator neither sees nor publishes it.
		var otherAdmin *ent.User
		for _, u := range x.c.User.Query().Where(user.RoleEQ(user.RoleDISTRICT_ADMIN)).WithDistricts().AllX(sys) {
			if len(u.Edges.Districts) == 1 && u.Edges.Districts[0].ID != x.furong {
				otherAdmin = u
			}
		}
		if _, err := x.svc.Publish(x.asUser(otherAdmin), w.ID); code(err) != apperr.NotFound {
			t.Errorf("another district publishing: %v", err)
		}
		if _, err := x.svc.Publish(furong, w.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := x.c.Warning.Get(x.asUser(otherAdmin), w.ID); err != nil {
			t.Errorf("a published warning is public: %v", err)
		}
		// Published and another district's: permission is refused before the state is told.
		if _, err := x.svc.SaveDraft(x.asUser(otherAdmin), warning.DraftInput{ID: &w.ID, Title: "hijack", Level: entwarning.LevelRED,
			EffectiveFrom: from}); code(err) != apperr.Forbidden {
			t.Errorf("another district editing a published warning: %v", err)
		}
		if _, err := x.svc.SaveDraft(furong, warning.DraftInput{ID: &w.ID, Title: "改", Level: entwarning.LevelRED,
			EffectiveFrom: from}); code(err) != apperr.Conflict {
			t.Errorf("its own district editing it once published: %v", err)
		}
		if _, err := x.svc.Adjust(x.asUser(otherAdmin), warning.AdjustInput{WarningID: w.ID, Kind: warningnotice.KindLIFT}); code(err) != apperr.Forbidden && code(err) != apperr.NotFound {
			t.Errorf("another district lifting: %v", err)
		}
		if _, err := x.svc.Adjust(furong, warning.AdjustInput{WarningID: w.ID, Kind: warningnotice.KindLIFT}); err != nil {
			t.Fatal(err)
		}
	})
}

// TestNoticesAreAnnouncedAfterCommit: each recipient's topic hears of its
// notice once the publication commits, never before.
func TestNoticesAreAnnouncedAfterCommit(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		x := newCity(t, dia)
		admin := x.as("admin")
		qe := *x.c.User.Query().Where(user.Username("qiye")).OnlyX(sys).EnterpriseID
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		heard := x.bus.Subscribe(ctx, warning.NoticeTopic(qe))
		w := x.draft(admin, warning.DraftInput{Title: "橙色预警", Level: entwarning.LevelORANGE, DistrictIDs: []int{x.furong},
			EffectiveFrom: x.now.Add(time.Hour)})
		select {
		case e := <-heard:
			t.Fatalf("heard %+v before publishing", e)
		default:
		}
		if _, err := x.svc.Publish(admin, w.ID); err != nil {
			t.Fatal(err)
		}
		select {
		case e := <-heard:
			n := x.c.WarningNotice.GetX(sys, e.ID)
			if n.EnterpriseID != qe || n.WarningID != w.ID {
				t.Errorf("heard notice %+v", n)
			}
		case <-time.After(2 * time.Second):
			t.Fatal("qiye's notice was not announced")
		}
	})
}

// TestDefaultMeasures: every grade has a default at every level, and a
// notice without a plan or an own measure for its grade gets it.
func TestDefaultMeasures(t *testing.T) {
	for _, level := range []string{"YELLOW", "ORANGE", "RED"} {
		ms := warning.DefaultMeasures(level)
		if len(ms) != len(warning.Grades) {
			t.Fatalf("%s: %d defaults", level, len(ms))
		}
		for _, m := range ms {
			if m.MeasuresZh == "" || m.MeasuresEn == "" {
				t.Errorf("%s %s: no default measure", level, m.Grade)
			}
			got := warning.MeasuresFor(nil, m.Grade, level, nil)
			if len(got) != 1 || got[0].TextZh != m.MeasuresZh {
				t.Errorf("%s %s: notice measures %+v", level, m.Grade, got)
			}
		}
	}
	own := []schematype.GradeMeasure{{Grade: "C", MeasuresZh: "本次预警 C 级企业全部停产"}}
	if got := warning.MeasuresFor(nil, "C", "RED", own); got[0].TextZh != own[0].MeasuresZh {
		t.Errorf("the warning's own measure for C: %+v", got)
	}
	if got := warning.MeasuresFor(nil, "UNKNOWN", "RED", nil); got[0].TextZh == "" {
		t.Errorf("an unknown grade: %+v", got)
	}
}

// TestEscalationLadder: not acknowledged 30 minutes after the push → pushed
// again (in-app, one reminder per channel); after 60 → on the district's
// call list, where its administrator records calls; nobody else may; the
// job does each step once.
func TestEscalationLadder(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		d := dbtest.Open(t, dia)
		start := time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)
		if err := demo.Load(sys, d.Client, start); err != nil {
			t.Fatal(err)
		}
		bus := events.NewLocal()
		x := &city{t: t, c: d.Client, bus: bus, now: start}
		x.svc = warning.New(d.Client, notify.New(d.Client, bus), bus)
		x.svc.Now = func() time.Time { return x.now }
		x.furong = d.Client.District.Query().Where(district.NameZh("芙蓉区")).OnlyIDX(sys)
		admin, furong, qiye := x.as("admin"), x.as("furong"), x.as("qiye")
		if _, err := x.svc.SaveChannel(admin, warning.ChannelInput{Name: "群机器人", Kind: "WECOM", URL: "http://127.0.0.1:9/robot"}); err != nil {
			t.Fatal(err)
		}
		w := x.draft(admin, warning.DraftInput{Title: "橙色预警", Level: entwarning.LevelORANGE, DistrictIDs: []int{x.furong},
			EffectiveFrom: x.now.Add(24 * time.Hour)})
		if _, err := x.svc.Publish(admin, w.ID); err != nil {
			t.Fatal(err)
		}
		total := x.c.WarningNotice.Query().Where(warningnotice.WarningID(w.ID)).CountX(sys)
		// qiye acknowledges at once; the others do not.
		qn := x.c.WarningNotice.Query().Where(warningnotice.WarningID(w.ID),
			warningnotice.EnterpriseID(*x.c.User.Query().Where(user.Username("qiye")).OnlyX(sys).EnterpriseID)).OnlyX(sys)
		if _, err := x.svc.Acknowledge(qiye, qn.ID); err != nil {
			t.Fatal(err)
		}
		run := func(at time.Duration) *warning.EscalationStats {
			st, err := x.svc.Escalate(context.Background(), d.SQL, dia, x.now.Add(at))
			if err != nil {
				t.Fatal(err)
			}
			return st
		}
		if st := run(29 * time.Minute); st.Repushed != 0 || st.Escalated != 0 {
			t.Errorf("before 30 minutes: %+v", st)
		}
		deliveries := func() int { return x.c.WebhookDelivery.Query().CountX(sys) }
		before := deliveries()
		if st := run(31 * time.Minute); st.Repushed != total-1 || st.Escalated != 0 {
			t.Errorf("at 31 minutes: %+v, want %d re-pushed", st, total-1)
		}
		if got := deliveries() - before; got != 1 {
			t.Errorf("reminders to the channel: %d, want 1", got)
		}
		if st := run(45 * time.Minute); st.Repushed != 0 {
			t.Errorf("re-pushed twice: %+v", st)
		}
		if st := run(61 * time.Minute); st.Escalated != total-1 {
			t.Errorf("at 61 minutes: %+v, want %d on the call list", st, total-1)
		}
		b, err := x.svc.Board(admin, w.ID)
		if err != nil || b.Repushed != total-1 || b.OnCallList != total-1 {
			t.Errorf("board: %v %+v", err, b.Figures)
		}
		receiptsMatch(t, x, admin, w.ID, b.Figures)
		receiptsMatch(t, x, furong, w.ID, b.Figures) // its district is the warning's
		// The call list, as furong reads it.
		list, err := x.c.WarningNotice.Query().Where(warningnotice.WarningID(w.ID), warningnotice.EscalatedAtNotNil(),
			warningnotice.AcknowledgedAtIsNil()).All(furong)
		if err != nil || len(list) != total-1 {
			t.Fatalf("furong's call list: %v, %d rows", err, len(list))
		}
		called, err := x.svc.RecordCall(furong, warning.CallInput{NoticeID: list[0].ID, Outcome: "NO_ANSWER", Contact: "王经理", Phone: "13800000000"})
		if err != nil || len(called.Calls) != 1 || called.Calls[0].Outcome != "NO_ANSWER" {
			t.Fatalf("recording a call: %v %+v", err, called)
		}
		if _, err := x.svc.RecordCall(furong, warning.CallInput{NoticeID: list[0].ID, Outcome: "MAYBE"}); code(err) != apperr.BadUserInput || field(err) != "outcome" {
			t.Errorf("an unknown outcome: %v", err)
		}
		if _, err := x.svc.RecordCall(x.enterpriseUser(list[0].EnterpriseID), warning.CallInput{NoticeID: list[0].ID, Outcome: "REACHED"}); code(err) != apperr.Forbidden {
			t.Errorf("the enterprise recording a call on itself: %v", err)
		}
		var yuelu context.Context = x.as("yuelu")
		if _, err := x.svc.RecordCall(yuelu, warning.CallInput{NoticeID: list[0].ID, Outcome: "REACHED"}); code(err) != apperr.NotFound {
			t.Errorf("another district recording a call: %v", err)
		}
		// furong's administrator was told its call list grew.
		n := x.c.Notification.Query().Where(notification.Kind("WARNING_CALL_LIST")).CountX(sys)
		if n == 0 {
			t.Error("no call-list notification")
		}
	})
}

// TestSpotChecks: a district checks a notice's enterprise; a failed check
// opens a WARNING_CHECK finding (item HPW-04) in the rectification loop,
// in the same transaction; the board counts the checks; nobody outside the
// district checks, and the enterprise never checks itself.
func TestSpotChecks(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		x := newCity(t, dia)
		admin, furong := x.as("admin"), x.as("furong")
		w := x.draft(admin, warning.DraftInput{Title: "红色预警", Level: entwarning.LevelRED, DistrictIDs: []int{x.furong},
			EffectiveFrom: x.now.Add(time.Hour)})
		if _, err := x.svc.Publish(admin, w.ID); err != nil {
			t.Fatal(err)
		}
		ns := x.c.WarningNotice.Query().Where(warningnotice.WarningID(w.ID)).Order(ent.Asc(warningnotice.FieldID)).Limit(2).AllX(sys)
		if _, err := x.svc.RecordCheck(furong, warning.CheckInput{NoticeID: ns[0].ID, Mode: "ON_SITE"}); code(err) != apperr.BadUserInput || field(err) != "note" {
			t.Errorf("a failed check without a note: %v", err)
		}
		if _, err := x.svc.RecordCheck(furong, warning.CheckInput{NoticeID: ns[0].ID, Mode: "DRONE", Compliant: true}); code(err) != apperr.BadUserInput || field(err) != "mode" {
			t.Errorf("an unknown mode: %v", err)
		}
		if _, err := x.svc.RecordCheck(x.enterpriseUser(ns[0].EnterpriseID), warning.CheckInput{NoticeID: ns[0].ID, Mode: "REMOTE", Compliant: true}); code(err) != apperr.Forbidden {
			t.Errorf("an enterprise checking itself: %v", err)
		}
		if _, err := x.svc.RecordCheck(x.as("yuelu"), warning.CheckInput{NoticeID: ns[0].ID, Mode: "REMOTE", Compliant: true}); code(err) != apperr.NotFound {
			t.Errorf("another district checking: %v", err)
		}
		findings := x.c.Finding.Query().CountX(sys)
		ok, err := x.svc.RecordCheck(furong, warning.CheckInput{NoticeID: ns[0].ID, Mode: "REMOTE", Compliant: true, Note: "在线监测数据正常"})
		if err != nil || ok.Finding != nil || len(ok.Notice.Checks) != 1 {
			t.Fatalf("a compliant check: %v %+v", err, ok)
		}
		failed, err := x.svc.RecordCheck(furong, warning.CheckInput{NoticeID: ns[1].ID, Mode: "ON_SITE", Note: "喷涂线仍在生产"})
		if err != nil {
			t.Fatal(err)
		}
		f := failed.Finding
		if f == nil || f.Source != "WARNING_CHECK" || f.EnterpriseID != ns[1].EnterpriseID || f.ItemID == nil || f.Status != "ASSIGNED" ||
			!strings.Contains(f.Description, "喷涂线仍在生产") || len(f.LegalBasis) == 0 {
			t.Fatalf("the finding of a failed check: %+v", f)
		}
		if got := x.c.Finding.Query().CountX(sys); got != findings+1 {
			t.Errorf("findings %d → %d, want one more", findings, got)
		}
		if c := failed.Notice.Checks[0]; c.FindingID == nil || *c.FindingID != f.ID || c.Compliant {
			t.Errorf("the check: %+v", c)
		}
		b, err := x.svc.Board(admin, w.ID)
		if err != nil || b.Checked != 2 || b.CheckedCompliant != 1 || b.SpotCheckRate != 50 {
			t.Errorf("board: %v %+v", err, b.Figures)
		}
		receiptsMatch(t, x, admin, w.ID, b.Figures)
		// The enterprise sees and rectifies its finding like any other.
		if _, err := x.c.Finding.Get(x.enterpriseUser(ns[1].EnterpriseID), f.ID); err != nil {
			t.Errorf("the enterprise reading its finding: %v", err)
		}
	})
}

// TestAttackedPaths: what an attacker found, each now refused or harmless.
func TestAttackedPaths(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		x := newCity(t, dia)
		admin, furong, qiye := x.as("admin"), x.as("furong"), x.as("qiye")
		// The city's draft for 芙蓉区 is the city's: furong neither reads,
		// rewrites nor publishes it, and cannot adjust the city's warning.
		w := x.draft(admin, warning.DraftInput{Title: "红色预警", Level: entwarning.LevelRED, DistrictIDs: []int{x.furong},
			EffectiveFrom: x.now.Add(time.Hour)})
		if _, err := x.c.Warning.Get(furong, w.ID); !ent.IsNotFound(err) {
			t.Errorf("furong reads the city's draft: %v", err)
		}
		if _, err := x.svc.SaveDraft(furong, warning.DraftInput{ID: &w.ID, Title: "改写", Level: entwarning.LevelYELLOW, EffectiveFrom: x.now}); code(err) != apperr.NotFound {
			t.Errorf("furong rewriting the city's draft: %v", err)
		}
		if _, err := x.svc.Publish(furong, w.ID); code(err) != apperr.NotFound {
			t.Errorf("furong publishing the city's draft: %v", err)
		}
		if _, err := x.svc.Publish(admin, w.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := x.svc.Adjust(furong, warning.AdjustInput{WarningID: w.ID, Kind: warningnotice.KindLIFT}); code(err) != apperr.Forbidden {
			t.Errorf("furong lifting the city's warning: %v", err)
		}
		// Rounds take effect after the publication; a lifting not in the future.
		if _, err := x.svc.Adjust(admin, warning.AdjustInput{WarningID: w.ID, Kind: warningnotice.KindDOWNGRADE,
			Level: ptr(entwarning.LevelORANGE), EffectiveFrom: ptr(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))}); code(err) != apperr.BadUserInput || field(err) != "effectiveFrom" {
			t.Errorf("a round in 2000: %v", err)
		}
		if _, err := x.svc.Adjust(admin, warning.AdjustInput{WarningID: w.ID, Kind: warningnotice.KindLIFT, EffectiveFrom: ptr(x.now.Add(24 * time.Hour))}); code(err) != apperr.BadUserInput {
			t.Errorf("a lifting tomorrow: %v", err)
		}
		// Reports: an old key retried after newer reports changes nothing.
		qn := x.c.WarningNotice.Query().Where(warningnotice.WarningID(w.ID),
			warningnotice.EnterpriseID(*x.c.User.Query().Where(user.Username("qiye")).OnlyX(sys).EnterpriseID)).OnlyX(sys)
		if _, err := x.svc.Acknowledge(qiye, qn.ID); err != nil {
			t.Fatal(err)
		}
		items := func() []*schematype.MeasureReport {
			var out []*schematype.MeasureReport
			for _, m := range qn.Measures {
				out = append(out, &schematype.MeasureReport{Key: m.Key, Status: "DONE"})
			}
			return out
		}
		for _, k := range []string{"k1", "k2", "k3", "k1"} {
			if _, err := x.svc.Report(qiye, warning.ReportInput{NoticeID: qn.ID, Items: items(), Note: k, ClientKey: ptr(k)}); err != nil {
				t.Fatal(err)
			}
		}
		if got := x.c.WarningNotice.GetX(sys, qn.ID); got.ReportCount != 3 || got.Report != "k3" {
			t.Errorf("after retrying k1 late: %d reports, note %q", got.ReportCount, got.Report)
		}
		// Administrators see the state only once allowed: FORBIDDEN first.
		if _, err := x.svc.Report(furong, warning.ReportInput{NoticeID: qn.ID, Items: items()}); code(err) != apperr.Forbidden {
			t.Errorf("furong reporting: %v", err)
		}
		// Spot checks: a retried failing check opens one finding; no call
		// once acknowledged.
		findings := x.c.Finding.Query().CountX(sys)
		for range 3 {
			if _, err := x.svc.RecordCheck(admin, warning.CheckInput{NoticeID: qn.ID, Mode: "ON_SITE", Note: "仍在生产", ClientKey: ptr("c1")}); err != nil {
				t.Fatal(err)
			}
		}
		if got := x.c.Finding.Query().CountX(sys); got != findings+1 {
			t.Errorf("a retried check opened %d findings", got-findings)
		}
		if _, err := x.svc.RecordCall(admin, warning.CallInput{NoticeID: qn.ID, Outcome: "REACHED"}); code(err) != apperr.Conflict {
			t.Errorf("a call to an enterprise that acknowledged: %v", err)
		}
		// The lifting round asks for no measures: nothing to check.
		if _, err := x.svc.Adjust(admin, warning.AdjustInput{WarningID: w.ID, Kind: warningnotice.KindLIFT}); err != nil {
			t.Fatal(err)
		}
		lift := x.c.WarningNotice.Query().Where(warningnotice.WarningID(w.ID), warningnotice.KindEQ(warningnotice.KindLIFT)).FirstX(sys)
		if _, err := x.svc.RecordCheck(admin, warning.CheckInput{NoticeID: lift.ID, Mode: "REMOTE", Note: "x"}); code(err) != apperr.Conflict {
			t.Errorf("checking a lifting: %v", err)
		}
		// Draft measures name real grades, once each.
		for _, bad := range [][]*schematype.GradeMeasure{{{Grade: "ZZZ", MeasuresZh: "x"}},
			{{Grade: "C", MeasuresZh: "x"}, {Grade: "C", MeasuresZh: "y"}}, {{Grade: "C", MeasuresZh: " "}}} {
			if _, err := x.svc.SaveDraft(admin, warning.DraftInput{Title: "t", Level: entwarning.LevelRED, EffectiveFrom: x.now, Measures: bad}); code(err) != apperr.BadUserInput {
				t.Errorf("draft measures %+v: %v", bad[0], err)
			}
		}
		if _, err := x.svc.SaveDraft(admin, warning.DraftInput{Title: "t", Level: entwarning.LevelRED, EffectiveFrom: x.now,
			RepushMinutes: ptr(90), CallMinutes: ptr(60)}); code(err) != apperr.BadUserInput || field(err) != "repushMinutes" {
			t.Errorf("pushing again after the call list: %v", err)
		}
	})
}
