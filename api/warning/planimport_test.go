package warning_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"greencheck/api/apperr"
	"greencheck/api/db/dbtest"
	"greencheck/api/warning"
	"greencheck/ent/emissionplan"
	"greencheck/ent/enterprise"
	entwarning "greencheck/ent/warning"
	"greencheck/ent/warningnotice"
)

// workbook writes rows (after the header) to the first sheet of a new .xlsx.
func workbook(t *testing.T, rows [][]any) *bytes.Reader {
	t.Helper()
	f := excelize.NewFile()
	header := []any{"统一社会信用代码", "企业名称", "绩效分级", "预警级别", "生产线/工序", "措施", "限产比例(%)", "SO2(kg/d)", "NOx(kg/d)", "PM(kg/d)", "VOCs(kg/d)", "设施编号"}
	if err := f.SetSheetRow("Sheet1", "A1", &header); err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return bytes.NewReader(buf.Bytes())
}

// TestPlanImport: the yearly list from Excel — every bad cell reported
// with its row and column and nothing written; a dry run that only says
// what would change; the import in one transaction; a second import of the
// same list changes nothing; a district imports only its own enterprises;
// a warning then carries the imported measures.
func TestPlanImport(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		x := newCity(t, dia)
		admin, furong := x.as("admin"), x.as("furong")
		// Two enterprises without a plan for 2026 (qiye's has one in the demo).
		es := x.c.Enterprise.Query().Where(enterprise.DistrictID(x.furong), enterprise.AirRelated(true),
			enterprise.Not(enterprise.HasEmissionPlans())).Limit(2).AllX(sys)
		other := x.c.Enterprise.Query().Where(enterprise.DistrictIDNEQ(x.furong)).FirstX(sys)
		fac := x.c.Enterprise.QueryFacilities(es[0]).FirstX(sys)
		good := [][]any{
			{es[0].CreditCode, es[0].Name, "C级", "橙色", "喷涂线", "停产", "", "", "", "", 12.5, fac.Code},
			{es[0].CreditCode, es[0].Name, "C级", "黄色", "喷涂线", "限产", "50%", "", "", "", 6},
			{es[1].CreditCode, es[1].Name, "B", "ORANGE", "烘干工序", "LIMIT", 70, 1, 2, 0.5, 3},
		}
		bad := append(append([][]any{}, good...),
			[]any{es[1].CreditCode, es[1].Name, "A级", "橙色", "锅炉", "停产"},                              // the grade differs
			[]any{"91430100MA4ZZZZZ00", "不存在", "C级", "橙色", "喷涂线", "停产"},                              // unknown enterprise
			[]any{es[0].CreditCode, es[0].Name, "C级", "紫色", "喷涂线", "停产"},                             // unknown level
			[]any{es[0].CreditCode, es[0].Name, "C级", "红色", "喷涂线", "限产", "150"},                      // bad percentage
			[]any{es[0].CreditCode, es[0].Name, "C级", "红色", "喷涂线", "停产", "", "", "", "", "", "NOPE"}, // unknown facility
			[]any{es[0].CreditCode, es[0].Name, "C级", "红色", "喷涂线", "停产", "", "NaN"},                  // not a number
			[]any{es[0].CreditCode, es[0].Name, "C级", "红色", "gnp.exe\u202eline", "停产"},               // text-direction trick
			[]any{es[0].CreditCode, es[0].Name, "C级", "橙色", "喷涂\u200b线 ", "限产", "60"},                // its orange 喷涂线 again
		)
		rep, err := x.svc.ImportPlans(admin, warning.PlanImportInput{Year: 2026, File: workbook(t, bad), Name: "清单.xlsx"})
		if err != nil {
			t.Fatal(err)
		}
		want := map[int]string{5: "绩效分级", 6: "统一社会信用代码", 7: "预警级别", 8: "限产比例(%)", 9: "设施编号", 10: "SO2(kg/d)", 11: "生产线/工序", 12: "生产线/工序"}
		if rep.ProblemCount != len(want) || rep.Applied {
			t.Errorf("problems %d (applied %v), want %d: %+v", rep.ProblemCount, rep.Applied, len(want), rep.Problems)
		}
		for _, p := range rep.Problems {
			if want[p.Row] != p.Column || p.Message == "" {
				t.Errorf("row %d column %q: %s", p.Row, p.Column, p.Message)
			}
		}
		if n := x.c.EmissionPlan.Query().Where(emissionplan.Year(2026), emissionplan.EnterpriseIDIn(es[0].ID, es[1].ID)).CountX(sys); n != 0 {
			t.Fatalf("a refused list wrote %d plans", n)
		}
		// A dry run of the good list says what it would do.
		rep, err = x.svc.ImportPlans(admin, warning.PlanImportInput{Year: 2026, File: workbook(t, good), DryRun: true})
		if err != nil || rep.Created != 2 || rep.Applied || rep.Rows != 3 || rep.Enterprises != 2 {
			t.Fatalf("dry run: %v %+v", err, rep)
		}
		if n := x.c.EmissionPlan.Query().Where(emissionplan.Year(2026), emissionplan.EnterpriseIDIn(es[0].ID, es[1].ID)).CountX(sys); n != 0 {
			t.Fatalf("a dry run wrote %d plans", n)
		}
		rep, err = x.svc.ImportPlans(admin, warning.PlanImportInput{Year: 2026, File: workbook(t, good)})
		if err != nil || !rep.Applied || rep.Created != 2 {
			t.Fatalf("import: %v %+v", err, rep)
		}
		p := x.c.EmissionPlan.Query().Where(emissionplan.EnterpriseID(es[0].ID), emissionplan.Year(2026)).OnlyX(sys)
		if p.Grade != "C" || len(p.Measures) != 2 || p.Measures[0].FacilityID == nil || *p.Measures[0].FacilityID != fac.ID ||
			*p.Measures[1].LimitPercent != 50 || *p.Measures[0].VOCs != 12.5 {
			t.Errorf("imported plan: %+v", p)
		}
		again, err := x.svc.ImportPlans(admin, warning.PlanImportInput{Year: 2026, File: workbook(t, good)})
		if err != nil || again.Unchanged != 2 || again.Created+again.Updated != 0 {
			t.Errorf("the same list again: %v %+v", err, again)
		}
		// A district's list names its own enterprises only.
		rep, err = x.svc.ImportPlans(furong, warning.PlanImportInput{Year: 2026, File: workbook(t, [][]any{
			{other.CreditCode, other.Name, "C级", "橙色", "喷涂线", "停产"}})})
		if err != nil || rep.ProblemCount != 1 || rep.Applied {
			t.Errorf("furong importing another district's enterprise: %v %+v", err, rep)
		}
		if _, err := x.svc.ImportPlans(x.as("qiye"), warning.PlanImportInput{Year: 2026, File: workbook(t, good)}); code(err) != apperr.Forbidden {
			t.Errorf("an enterprise importing plans: %v", err)
		}
		if _, err := x.svc.ImportPlans(admin, warning.PlanImportInput{Year: 2026, File: bytes.NewReader([]byte("not a workbook"))}); code(err) != apperr.BadUserInput {
			t.Errorf("not a workbook: %v", err)
		}
		// A warning in 2026 carries the imported measures.
		w := x.draft(admin, warning.DraftInput{Title: "橙色预警", Level: entwarning.LevelORANGE, DistrictIDs: []int{x.furong},
			EffectiveFrom: x.now.Add(time.Hour)})
		if _, err := x.svc.Publish(admin, w.ID); err != nil {
			t.Fatal(err)
		}
		n := x.c.WarningNotice.Query().Where(warningnotice.WarningID(w.ID), warningnotice.EnterpriseID(es[0].ID)).OnlyX(sys)
		if len(n.Measures) != 1 || n.Measures[0].Process != "喷涂线" || n.Measures[0].Action != "STOP" || n.Grade != "C" {
			t.Errorf("the notice's measures: %+v (grade %s)", n.Measures, n.Grade)
		}
	})
}
