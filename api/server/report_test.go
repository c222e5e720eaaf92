package server_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"greencheck/api/apitest"
	"greencheck/api/clock"
	"greencheck/api/db/dbtest"
	"greencheck/ent/enterprise"
	"greencheck/ent/finding"
)

const dashboardQ = `{dashboard{enterprises findings closedFindings openFindings overdueFindings rectificationRate
	warningNotices acknowledgedInTime warningResponseRate
	byDistrict{district{code} enterprises findings closedFindings rectificationRate}
	byCategory{category findings closedFindings}}}`

type dashboard struct {
	Dashboard struct {
		Enterprises, Findings, ClosedFindings, OpenFindings, OverdueFindings int
		RectificationRate, WarningResponseRate                               float64
		WarningNotices, AcknowledgedInTime                                   int
		ByDistrict                                                           []struct {
			District                              struct{ Code string }
			Enterprises, Findings, ClosedFindings int
			RectificationRate                     float64
		}
		ByCategory []struct {
			Category                 string
			Findings, ClosedFindings int
		}
	}
}

// The city's dashboard shows the published figures; a district's only its own.
func TestDashboardFiguresPerScope(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.NewDemo(t, dia)
		var city dashboard
		env.Query(t, "admin", dashboardQ, nil).Decode(t, &city)
		d := city.Dashboard
		if d.Enterprises != 1739 || d.Findings != 6416 || d.ClosedFindings != 6206 ||
			fmt.Sprintf("%.1f", d.RectificationRate*100) != "96.7" {
			t.Errorf("city dashboard = %+v", d)
		}
		if d.WarningNotices != 6*1739 || d.WarningResponseRate != 1 || d.OverdueFindings == 0 || d.OpenFindings == 0 {
			t.Errorf("warnings and open work: %+v", d)
		}
		sumD, sumC := 0, 0
		for _, r := range d.ByDistrict {
			sumD += r.Findings
		}
		for _, r := range d.ByCategory {
			sumC += r.Findings
		}
		if len(d.ByDistrict) != 10 || sumD != 6416 || len(d.ByCategory) != 10 || sumC != 6416 {
			t.Errorf("breakdowns: %d districts (%d findings), %d categories (%d findings)", len(d.ByDistrict), sumD, len(d.ByCategory), sumC)
		}

		f := load(t, env)
		var furong dashboard
		env.Query(t, "furong", dashboardQ, nil).Decode(t, &furong)
		want, _ := env.DB.Client.Finding.Query().Where(finding.HasEnterpriseWith(enterprise.DistrictID(f.furong.ID))).Count(sys)
		if furong.Dashboard.Enterprises != f.count["430102"] || furong.Dashboard.Findings != want {
			t.Errorf("furong dashboard: %d enterprises, %d findings; want %d, %d",
				furong.Dashboard.Enterprises, furong.Dashboard.Findings, f.count["430102"], want)
		}
		for _, r := range furong.Dashboard.ByDistrict {
			if r.District.Code != "430102" && r.Findings != 0 {
				t.Errorf("furong sees %d findings of %s", r.Findings, r.District.Code)
			}
		}
		// The dashboard's statements do not grow with the scope.
		statements := func(user string) int64 {
			env.Token(t, user)                  // signed in beforehand: only the query is counted
			env.Query(t, user, dashboardQ, nil) // and its viewer cached (api/auth/viewers.go)
			env.DB.Counter.Reset()
			env.Query(t, user, dashboardQ, nil)
			return env.DB.Counter.Count()
		}
		if a, q := statements("admin"), statements("qiye"); a != q {
			t.Errorf("dashboard statements: admin %d, qiye %d", a, q)
		}
	})
}

// TestTrendAndIndustries: the district's charts — findings found and closed
// per Shanghai month, findings per industry class — count exactly the
// viewer's findings (compared with ent queries), nothing of another scope,
// in bounded statements; out-of-range sizes are BAD_USER_INPUT naming them.
func TestTrendAndIndustries(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		f := load(t, env)
		c := env.DB.Client
		inFurong := finding.HasEnterpriseWith(enterprise.DistrictID(f.furong.ID))
		type month struct {
			Month         string
			Found, Closed int
		}
		type industry struct {
			Code, Name                          string
			Enterprises, Findings, OpenFindings int
		}
		var r struct {
			FindingTrend       []month
			FindingsByIndustry []industry
		}
		env.Query(t, "furong", `{ findingTrend(months: 24) { month found closed } findingsByIndustry(limit: 30) { code name enterprises findings openFindings } }`, nil).Decode(t, &r)
		if len(r.FindingTrend) != 24 {
			t.Fatalf("%d months", len(r.FindingTrend))
		}
		now := time.Now().In(clock.Shanghai)
		if last := r.FindingTrend[23].Month; last != now.Format("2006-01") {
			t.Errorf("last month %s, want this month", last)
		}
		start := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, clock.Shanghai).AddDate(0, -23, 0)
		found, closed := 0, 0
		for i, m := range r.FindingTrend {
			if want := start.AddDate(0, i, 0).Format("2006-01"); m.Month != want {
				t.Errorf("month %d is %s, want %s", i, m.Month, want)
			}
			from, to := start.AddDate(0, i, 0).UTC(), start.AddDate(0, i+1, 0).UTC() // SQLite compares times as UTC text
			wf := c.Finding.Query().Where(inFurong, finding.CreatedAtGTE(from), finding.CreatedAtLT(to)).CountX(sys)
			wc := c.Finding.Query().Where(inFurong, finding.StatusEQ(finding.StatusCLOSED), finding.ClosedAtGTE(from), finding.ClosedAtLT(to)).CountX(sys)
			if m.Found != wf || m.Closed != wc {
				t.Errorf("%s: found %d closed %d, want %d and %d", m.Month, m.Found, m.Closed, wf, wc)
			}
			found += m.Found
			closed += m.Closed
		}
		if found == 0 || closed == 0 {
			t.Errorf("no finding found (%d) or closed (%d) in 24 months: the check is vacuous", found, closed)
		}
		all := c.Finding.Query().Where(inFurong).CountX(sys)
		sum := 0
		for i, ind := range r.FindingsByIndustry {
			want := c.Finding.Query().Where(inFurong, finding.HasEnterpriseWith(enterprise.IndustryCode(ind.Code))).CountX(sys)
			if ind.Findings != want || ind.Name == "" || ind.Enterprises == 0 || ind.OpenFindings > ind.Findings {
				t.Errorf("industry %+v: want %d findings", ind, want)
			}
			if i > 0 && ind.Findings > r.FindingsByIndustry[i-1].Findings {
				t.Errorf("not most findings first: %+v after %+v", ind, r.FindingsByIndustry[i-1])
			}
			sum += ind.Findings
		}
		if len(r.FindingsByIndustry) < 30 && sum != all {
			t.Errorf("industries sum to %d of furong's %d findings", sum, all)
		}
		// An enterprise sees only its own.
		var q struct{ FindingsByIndustry []industry }
		env.Query(t, "qiye", `{ findingsByIndustry(limit: 30) { code findings } }`, nil).Decode(t, &q)
		mine := c.Finding.Query().Where(finding.EnterpriseID(f.qiyeEnt.ID)).CountX(sys)
		if len(q.FindingsByIndustry) != 1 || q.FindingsByIndustry[0].Code != f.qiyeEnt.IndustryCode || q.FindingsByIndustry[0].Findings != mine {
			t.Errorf("qiye's industries %+v, want its %d findings under %s", q.FindingsByIndustry, mine, f.qiyeEnt.IndustryCode)
		}
		// Each is a scan of the viewer's findings and costs as much: many in one request are refused.
		var many strings.Builder
		many.WriteString("{")
		for i := 0; i < 60; i++ {
			fmt.Fprintf(&many, " t%d: findingTrend(months: 24) { month }", i)
		}
		many.WriteString(" }")
		if res := env.Query(t, "furong", many.String(), nil); res.Code() != "COMPLEXITY_LIMIT_EXCEEDED" {
			t.Errorf("60 trends in one request: %.300s", res.Raw)
		}
		for _, bad := range []struct{ q, field string }{
			{`{ findingTrend(months: 0) { month } }`, "months"}, {`{ findingTrend(months: 25) { month } }`, "months"},
			{`{ findingsByIndustry(limit: 0) { code } }`, "limit"}, {`{ findingsByIndustry(limit: 31) { code } }`, "limit"},
		} {
			res := env.Query(t, "furong", bad.q, nil)
			if res.Code() != "BAD_USER_INPUT" || !strings.Contains(string(res.Raw), `"field":"`+bad.field+`"`) {
				t.Errorf("%s: %s", bad.q, res.Raw)
			}
		}
	})
}

const reportQ = `query($in: ReportInput!) { report(input: $in) {
	cube fromSummaries totalRows measures { measure unit label } dimensions { dimension label }
	rows { dimensions { dimension value label } period values previous change } } }`

type reportRes struct {
	Report struct {
		Cube          string
		FromSummaries bool
		TotalRows     int
		Measures      []struct{ Measure, Unit, Label string }
		Rows          []struct {
			Dimensions []struct{ Dimension, Value, Label string }
			Period     *string
			Values     []*float64
			Previous   []*float64
			Change     []*float64
		}
	}
}

// The report contract over HTTP: one statement per report (from the
// summaries for the city's per-district rectification figures), the
// district's figures equal the city's row for 芙蓉区, labels in the caller's
// language, and every bad input a coded error naming its field.
func TestReportContract(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		q3 := map[string]any{"in": map[string]any{"measures": []string{"FINDINGS", "CLOSED_FINDINGS", "RECTIFICATION_RATE"},
			"dimensions": []string{"DISTRICT"}, "order": []map[string]any{{"measure": "FINDINGS", "direction": "DESC"}}}}
		env.Query(t, "admin", `{ __typename }`, nil)
		env.DB.Counter.Reset()
		var city reportRes
		env.Query(t, "admin", reportQ, q3).Decode(t, &city)
		if n := env.DB.Counter.Count(); n != 1 {
			t.Errorf("%s: a report costs %d statements, want 1", dia, n)
		}
		r := city.Report
		if !r.FromSummaries || r.Cube != "FINDINGS" || len(r.Rows) < 5 || r.Measures[2].Unit != "RATIO" || r.Measures[0].Label != "发现问题" {
			t.Fatalf("city report: %+v", r)
		}
		for i := 1; i < len(r.Rows); i++ {
			if *r.Rows[i].Values[0] > *r.Rows[i-1].Values[0] {
				t.Errorf("not ordered by findings descending: %v then %v", *r.Rows[i-1].Values[0], *r.Rows[i].Values[0])
			}
		}
		var furong reportRes
		env.Query(t, "furong", reportQ, q3).Decode(t, &furong)
		if len(furong.Report.Rows) != 1 || furong.Report.Rows[0].Dimensions[0].Label != "芙蓉区" {
			t.Fatalf("furong sees %+v", furong.Report.Rows)
		}
		for _, row := range r.Rows {
			if row.Dimensions[0].Value == furong.Report.Rows[0].Dimensions[0].Value {
				for i := range row.Values {
					if *row.Values[i] != *furong.Report.Rows[0].Values[i] {
						t.Errorf("furong's %s = %v, the city's row for 芙蓉区 %v", r.Measures[i].Measure, *furong.Report.Rows[0].Values[i], *row.Values[i])
					}
				}
			}
		}
		// English labels and a comparison by month.
		res := env.Do(t, apitest.Request{Query: reportQ, Token: env.Token(t, "admin"), Lang: "en", Variables: map[string]any{"in": map[string]any{
			"measures": []string{"FINDINGS"}, "dimensions": []string{"SEVERITY"},
			"timeDimension": map[string]any{"field": "FOUND_AT", "granularity": "MONTH", "from": time.Now().In(clock.Shanghai).AddDate(-1, 0, 0).Format(time.DateOnly), "to": time.Now().In(clock.Shanghai).Format(time.DateOnly)},
			"compareTo":     "PREVIOUS_PERIOD"}}})
		var en reportRes
		res.Decode(t, &en)
		if en.Report.Measures[0].Label != "Findings" || len(en.Report.Rows) == 0 || en.Report.Rows[0].Period == nil || en.Report.Rows[0].Previous == nil {
			t.Fatalf("english monthly report: %s", res.Raw)
		}
		for _, row := range en.Report.Rows {
			if len(*row.Period) != 10 || !strings.HasSuffix(*row.Period, "-01") || row.Dimensions[0].Label == row.Dimensions[0].Value {
				t.Errorf("row %+v", row)
			}
		}
		// The services' cubes: the experts' first answers, in minutes, by
		// expert (labelled with the expert's name; an administrator's
		// answers under (none)).
		var qs reportRes
		env.Query(t, "admin", reportQ, map[string]any{"in": map[string]any{
			"measures": []string{"QUESTIONS", "QUESTIONS_ANSWERED", "MEDIAN_MINUTES_TO_FIRST_ANSWER"}, "dimensions": []string{"EXPERT"},
			"order": []map[string]any{{"measure": "QUESTIONS", "direction": "DESC"}}}}).Decode(t, &qs)
		total := 0.0
		for _, row := range qs.Report.Rows {
			total += *row.Values[0]
			if row.Dimensions[0].Label == "" || (*row.Values[1] > 0) != (row.Values[2] != nil) {
				t.Errorf("questions by expert: %+v", row)
			}
		}
		if n, _ := env.DB.Client.Question.Query().Count(sys); len(qs.Report.Rows) == 0 || total != float64(n) || qs.Report.Measures[2].Unit != "MINUTES" {
			t.Errorf("questions by expert: %v of %d, %+v", total, n, qs.Report.Measures)
		}
		// Refusals: coded, naming the field, in the caller's language.
		for _, c := range []struct {
			in    map[string]any
			field string
		}{
			{map[string]any{"measures": []string{"FINDINGS", "WARNING_NOTICES"}}, "input.measures.1"},
			{map[string]any{"measures": []string{"FINDINGS"}, "dimensions": []string{"WARNING"}}, "input.dimensions.0"},
			{map[string]any{"measures": []string{"FINDINGS"}, "filters": []map[string]any{{"dimension": "DISTRICT", "values": []string{"x"}}}}, "input.filters.0.values.0"},
			{map[string]any{"measures": []string{"FINDINGS"}, "timeDimension": map[string]any{"field": "FOUND_AT", "from": "2026-02-30", "to": "2026-03-01"}}, "input.timeDimension.from"},
			{map[string]any{"measures": []string{"FINDINGS"}, "limit": 0}, "input.limit"},
		} {
			res := env.Query(t, "admin", reportQ, map[string]any{"in": c.in})
			if res.Code() != "BAD_USER_INPUT" || len(res.Errors) != 1 || res.Errors[0].Extensions["field"] != c.field {
				t.Errorf("%v: %s", c.in, res.Raw)
			}
		}
		if res := env.Do(t, apitest.Request{Query: reportQ, Variables: q3}); res.Code() != "UNAUTHENTICATED" {
			t.Errorf("anonymous report: %s", res.Raw)
		}
		var schema struct {
			ReportSchema []struct {
				Cube       string
				Measures   []struct{ Measure, LabelZh, LabelEn string }
				Dimensions []struct{ Dimension string }
			}
		}
		env.Query(t, "qiye", `{ reportSchema { cube measures { measure labelZh labelEn } dimensions { dimension } } }`, nil).Decode(t, &schema)
		if len(schema.ReportSchema) != 7 || schema.ReportSchema[0].Measures[0].LabelEn != "Findings" {
			t.Errorf("schema %+v", schema)
		}
	})
}

// Saved reports over HTTP, each mutation in the request's transaction: the
// city saves a shared report (once for a retried key), 芙蓉区 reads it, runs
// it in its own scope and may not change it, qiye does not see it, the city
// deletes it.
func TestSavedReportsContract(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		save := `mutation($in: SaveReportInput!) { saveReport(input: $in) { id name shared viewerCan { change } } }`
		in := map[string]any{"in": map[string]any{"name": "全市按区县", "shared": true, "clientKey": "k-1",
			"report": map[string]any{"measures": []string{"FINDINGS"}, "dimensions": []string{"DISTRICT"}}}}
		var a, b struct {
			SaveReport struct {
				ID        string
				ViewerCan struct{ Change bool }
			}
		}
		env.Query(t, "admin", save, in).Decode(t, &a)
		env.Query(t, "admin", save, in).Decode(t, &b)
		if a.SaveReport.ID == "" || a.SaveReport.ID != b.SaveReport.ID || !a.SaveReport.ViewerCan.Change {
			t.Fatalf("saved %+v then %+v", a, b)
		}
		bad := env.Query(t, "admin", save, map[string]any{"in": map[string]any{"name": "x",
			"report": map[string]any{"measures": []string{"FINDINGS", "ENTERPRISES"}}}})
		if bad.Code() != "BAD_USER_INPUT" || bad.Errors[0].Extensions["field"] != "report.measures.1" {
			t.Errorf("a report of two cubes: %s", bad.Raw)
		}
		list := `{ savedReports(first: 10) { totalCount edges { node { id name viewerCan { change } figures { rows { dimensions { label } values } } } } } }`
		var fr struct {
			SavedReports struct {
				Edges []struct {
					Node struct {
						ID, Name  string
						ViewerCan struct{ Change bool }
						Figures   struct {
							Rows []struct {
								Dimensions []struct{ Label string }
							}
						}
					}
				}
			}
		}
		env.Query(t, "furong", list, nil).Decode(t, &fr)
		found := false
		for _, e := range fr.SavedReports.Edges {
			if e.Node.ID == a.SaveReport.ID {
				found = true
				if e.Node.ViewerCan.Change || len(e.Node.Figures.Rows) != 1 || e.Node.Figures.Rows[0].Dimensions[0].Label != "芙蓉区" {
					t.Errorf("furong's view of the shared report: %+v", e.Node)
				}
			}
		}
		if !found {
			t.Fatal("furong does not see the city's shared report")
		}
		// Pinned to the city's home, drawn from at most `limit` rows.
		pin := env.Query(t, "admin", save, map[string]any{"in": map[string]any{"id": a.SaveReport.ID, "name": "全市按区县", "pinned": true,
			"report": map[string]any{"measures": []string{"FINDINGS"}, "dimensions": []string{"DISTRICT"}}}})
		if len(pin.Errors) > 0 {
			t.Fatalf("pinning: %s", pin.Raw)
		}
		var home struct {
			DashboardReports []struct {
				ID      string
				Figures struct{ Rows []struct{ Values []float64 } }
			}
		}
		env.Query(t, "admin", `{ dashboardReports { id figures(limit: 3) { rows { values } } } }`, nil).Decode(t, &home)
		if len(home.DashboardReports) != 1 || home.DashboardReports[0].ID != a.SaveReport.ID || len(home.DashboardReports[0].Figures.Rows) != 3 {
			t.Errorf("the city's home: %+v", home)
		}
		var none struct{ DashboardReports []struct{ ID string } }
		if env.Query(t, "furong", `{ dashboardReports { id } }`, nil).Decode(t, &none); len(none.DashboardReports) != 0 {
			t.Errorf("furong's home shows the city's pinned report: %+v", none)
		}
		if res := env.Query(t, "admin", `{ dashboardReports { figures(limit: 0) { totalRows } } }`, nil); res.Code() != "BAD_USER_INPUT" ||
			res.Errors[0].Extensions["field"] != "limit" {
			t.Errorf("figures(limit: 0): %s", res.Raw)
		}
		del := `mutation($id: ID!) { deleteSavedReport(id: $id) }`
		if res := env.Query(t, "furong", del, map[string]any{"id": a.SaveReport.ID}); res.Code() != "NOT_FOUND" {
			t.Errorf("furong deletes the city's report: %s", res.Raw)
		}
		if res := env.Query(t, "qiye", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": a.SaveReport.ID}); res.Code() != "NOT_FOUND" {
			t.Errorf("qiye reads the city's shared report: %s", res.Raw)
		}
		if res := env.Query(t, "admin", del, map[string]any{"id": a.SaveReport.ID}); len(res.Errors) > 0 {
			t.Fatalf("the city deletes its report: %s", res.Raw)
		}
	})
}
