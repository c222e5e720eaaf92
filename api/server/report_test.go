package server_test

import (
	"fmt"
	"testing"

	"greencheck/api/apitest"
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
