package warning_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"greencheck/api/apperr"
	"greencheck/api/authz"
	"greencheck/api/db/dbtest"
	"greencheck/api/warning"
	"greencheck/ent/auditentry"
	"greencheck/ent/district"
	"greencheck/ent/emissionplan"
	"greencheck/ent/schematype"
	"greencheck/ent/user"
	entwarning "greencheck/ent/warning"
	"greencheck/ent/warningnotice"
)

// TestSelfDeclaredPlans: an enterprise of grade A (引领性, 保障类 alike)
// declares the measures of its own plan (自主减排) — never its grade, never
// a plan it does not have, never another enterprise's; a B-grade
// enterprise (qiye) cannot; viewerCan says the same; the district's
// administrator still edits everything, and the next publication carries
// the declared measures.
func TestSelfDeclaredPlans(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		x := newCity(t, dia)
		admin, qiye := x.as("admin"), x.as("qiye")
		plan := x.c.EmissionPlan.Query().Where(emissionplan.GradeEQ(emissionplan.GradeA), emissionplan.SelfDeclared(true)).OnlyX(sys)
		own := x.enterpriseUser(plan.EnterpriseID)
		u := x.c.User.Query().Where(user.EnterpriseID(plan.EnterpriseID)).FirstX(sys)
		e := x.c.Enterprise.GetX(sys, plan.EnterpriseID)
		its := x.asUser(x.c.User.Query().Where(user.RoleEQ(user.RoleDISTRICT_ADMIN), user.HasDistrictsWith(district.ID(e.DistrictID))).
			WithDistricts().FirstX(sys))
		t.Logf("the self-declaring enterprise's user: %s", u.Username)
		pct := 30
		measures := []*schematype.PlanMeasure{
			{Level: "ORANGE", Process: "物料运输", Action: "LIMIT", LimitPercent: &pct},
			{Level: "RED", Process: "物料运输", Action: "STOP"},
		}
		in := warning.PlanInput{EnterpriseID: plan.EnterpriseID, Year: plan.Year, Grade: emissionplan.GradeA, Measures: measures, Note: "自主减排"}

		can := func(ctx context.Context, id int) authz.EmissionPlanViewerCan {
			t.Helper()
			p, err := x.c.EmissionPlan.Get(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			c, err := authz.ForEmissionPlan(ctx, x.c, p)
			if err != nil {
				t.Fatal(err)
			}
			return *c
		}
		if c := can(own, plan.ID); c.Edit || !c.EditMeasures {
			t.Errorf("the A-grade enterprise's viewerCan: %+v", c)
		}
		saved, err := x.svc.SavePlan(own, in)
		if err != nil || !saved.SelfDeclared || len(saved.Measures) != 2 || saved.Note != "自主减排" || saved.Grade != emissionplan.GradeA {
			t.Fatalf("declaring: %v %+v", err, saved)
		}
		if a := x.c.AuditEntry.Query().Where(auditentry.Action("emissionplan.declare"), auditentry.SubjectID(plan.ID)).CountX(sys); a != 1 {
			t.Errorf("declarations audited: %d", a)
		}
		// Not its grade (whatever it is changed to).
		up := in
		up.Grade = emissionplan.GradeLEADING
		if _, err := x.svc.SavePlan(own, up); code(err) != apperr.Forbidden {
			t.Errorf("an enterprise changing its grade: %v", err)
		}
		// Not a plan it does not have (another year): only administrators create plans.
		next := in
		next.Year++
		if _, err := x.svc.SavePlan(own, next); code(err) != apperr.Forbidden {
			t.Errorf("an enterprise creating its plan: %v", err)
		}
		// Not another enterprise's, and qiye (grade B) not its own.
		qp := x.c.EmissionPlan.Query().Where(emissionplan.EnterpriseIDNEQ(plan.EnterpriseID), emissionplan.Year(plan.Year)).FirstX(sys)
		if _, err := x.svc.SavePlan(qiye, warning.PlanInput{EnterpriseID: plan.EnterpriseID, Year: plan.Year, Grade: emissionplan.GradeA,
			Measures: measures}); code(err) != apperr.NotFound && code(err) != apperr.Forbidden {
			t.Errorf("qiye declaring another enterprise's measures: %v", err)
		}
		if c := can(qiye, qp.ID); c.Edit || c.EditMeasures {
			t.Errorf("qiye's viewerCan on its B-grade plan: %+v", c)
		}
		if _, err := x.svc.SavePlan(qiye, warning.PlanInput{EnterpriseID: qp.EnterpriseID, Year: qp.Year, Grade: qp.Grade,
			Measures: measures}); code(err) != apperr.Forbidden {
			t.Errorf("a B-grade enterprise declaring: %v", err)
		}
		// Once the district regrades it to B, the enterprise no longer declares.
		byDistrict := in
		byDistrict.Grade = emissionplan.GradeB
		if c := can(its, plan.ID); !c.Edit || !c.EditMeasures {
			t.Errorf("the district's viewerCan: %+v", c)
		}
		p, err := x.svc.SavePlan(its, byDistrict)
		if err != nil || !p.SelfDeclared || p.Grade != emissionplan.GradeB {
			t.Fatalf("the district regrading (the measures still the enterprise's): %v %+v", err, p)
		}
		if _, err := x.svc.SavePlan(own, byDistrict); code(err) != apperr.Forbidden {
			t.Errorf("declaring after regrading to B: %v", err)
		}
		// Back to A, declared again; the next warning carries the declaration.
		in.Grade = emissionplan.GradeA
		byDistrict.Grade = emissionplan.GradeA
		if _, err := x.svc.SavePlan(admin, byDistrict); err != nil {
			t.Fatal(err)
		}
		if _, err := x.svc.SavePlan(own, in); err != nil {
			t.Fatal(err)
		}
		w := x.draft(admin, warning.DraftInput{Title: "橙色预警", Level: entwarning.LevelORANGE, DistrictIDs: []int{e.DistrictID},
			EffectiveFrom: x.now.Add(time.Hour)})
		if _, err := x.svc.Publish(admin, w.ID); err != nil {
			t.Fatal(err)
		}
		n := x.c.WarningNotice.Query().Where(warningnotice.WarningID(w.ID), warningnotice.EnterpriseID(e.ID)).OnlyX(sys)
		if len(n.Measures) != 1 || !strings.Contains(n.Measures[0].Process, "物料运输") {
			t.Errorf("the notice's measures: %+v", n.Measures)
		}
	})
}

// TestPlanInputs: each mistake in a plan is refused naming its path in the
// input; a line typed twice however it is written (width, case, spaces,
// zero-width characters) is one line; lengths are of the text as stored.
func TestPlanInputs(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		x := newCity(t, dia)
		admin := x.as("admin")
		e := x.c.Enterprise.Query().FirstX(sys)
		pct, over := 40, 140
		m := func(level, process, action string) *schematype.PlanMeasure {
			return &schematype.PlanMeasure{Level: level, Process: process, Action: action}
		}
		save := func(note string, ms ...*schematype.PlanMeasure) error {
			_, err := x.svc.SavePlan(admin, warning.PlanInput{EnterpriseID: e.ID, Year: 2026, Grade: emissionplan.GradeB, Measures: ms, Note: note})
			return err
		}
		limited := m("ORANGE", "喷涂线", "LIMIT")
		limited.LimitPercent = &over
		for _, c := range []struct {
			name, field string
			measures    []*schematype.PlanMeasure
		}{
			{"a zero-width look-alike", "measures.1.process", []*schematype.PlanMeasure{m("RED", "喷涂线", "STOP"), m("RED", "喷\u200b涂线", "STOP")}},
			{"a full-width look-alike", "measures.2.process", []*schematype.PlanMeasure{m("RED", "Line A", "STOP"), m("ORANGE", "Line A", "STOP"), m("RED", "ｌｉｎｅ ａ", "STOP")}},
			{"a circled digit", "measures.1.process", []*schematype.PlanMeasure{m("RED", "1号线", "STOP"), m("RED", "①号线", "STOP")}},
			{"a Roman numeral", "measures.1.process", []*schematype.PlanMeasure{m("RED", "I线", "STOP"), m("RED", "Ⅰ线", "STOP")}},
			{"a ligature", "measures.1.process", []*schematype.PlanMeasure{m("RED", "fine line", "STOP"), m("RED", "ﬁne line", "STOP")}},
			{"an unknown level", "measures.0.level", []*schematype.PlanMeasure{m("PURPLE", "喷涂线", "STOP")}},
			{"no process", "measures.1.process", []*schematype.PlanMeasure{m("RED", "喷涂线", "STOP"), m("RED", " \u3000", "STOP")}},
			{"a process too long", "measures.0.process", []*schematype.PlanMeasure{m("RED", strings.Repeat("线", 201), "STOP")}},
			{"an unknown action", "measures.0.action", []*schematype.PlanMeasure{m("RED", "喷涂线", "PAUSE")}},
			{"a limit over 100 %", "measures.0.limitPercent", []*schematype.PlanMeasure{limited}},
		} {
			if err := save("", c.measures...); code(err) != apperr.BadUserInput || field(err) != c.field {
				t.Errorf("%s: %v (field %q), want BAD_USER_INPUT on %s", c.name, err, field(err), c.field)
			}
		}
		// As stored: the note's surrounding spaces do not count against its limit.
		n := x.c.EmissionPlan.Query().Where(emissionplan.EnterpriseID(e.ID)).CountX(sys)
		note := "  " + strings.Repeat("注", 2000) + "\u3000\u3000"
		ok := m("ORANGE", " 喷\u200b涂线\u3000", "LIMIT")
		ok.LimitPercent = &pct
		if err := save(note, m("RED", "喷涂线", "STOP"), ok); err != nil {
			t.Fatalf("a note of 2,000 characters (the limit) within spaces: %v", err)
		}
		p := x.c.EmissionPlan.Query().Where(emissionplan.EnterpriseID(e.ID), emissionplan.Year(2026)).OnlyX(sys)
		if p.Note != strings.Repeat("注", 2000) || p.Measures[1].Process != "喷涂线" || x.c.EmissionPlan.Query().Where(emissionplan.EnterpriseID(e.ID)).CountX(sys) < n {
			t.Errorf("stored: note %d characters, process %q", len([]rune(p.Note)), p.Measures[1].Process)
		}
	})
}
