// Package report computes the figures of dashboards and reports in the
// database, within the viewer's scope (the privacy rules filter every query
// here as everywhere).
package report

import (
	"context"
	"slices"
	"strconv"

	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/checklistitem"
)

// Dashboard is the key figures of the viewer's scope.
type Dashboard struct {
	Enterprises         int
	Findings            int
	ClosedFindings      int
	InvalidFindings     int
	OpenFindings        int
	OverdueFindings     int
	WarningNotices      int
	AcknowledgedInTime  int
	RectificationRate   float64 // closed ÷ (found − invalid)
	WarningResponseRate float64 // acknowledged in time (see api/warning.Figures) ÷ notices
	ByDistrict          []*DistrictFigures
	ByCategory          []*CategoryFigures
}

// DistrictFigures are one district's figures.
type DistrictFigures struct {
	District          *ent.District
	Enterprises       int
	Findings          int
	ClosedFindings    int
	RectificationRate float64
}

// CategoryFigures count findings by checklist category.
type CategoryFigures struct {
	Category       checklistitem.Category
	Findings       int
	ClosedFindings int
}

// Service computes reports.
type Service struct{ client *ent.Client }

// New returns the report service.
func New(client *ent.Client) *Service { return &Service{client: client} }

func rate(closed, found, invalid int) float64 {
	if found-invalid <= 0 {
		return 0
	}
	return float64(closed) / float64(found-invalid)
}

// The dashboard's figures are reports (their one definition is the
// catalogue's): exported so that the SPA opens each in the report builder.
var (
	// DashboardEnterprises: enterprises per district.
	DashboardEnterprises = Input{Measures: []string{"ENTERPRISES"}, Dimensions: []string{"DISTRICT"}, Limit: ptr(MaxLimit)}
	// DashboardFindings: the rectification figures per district and
	// checklist category (from the finding tallies for a scope of whole
	// districts).
	DashboardFindings = Input{Measures: []string{"FINDINGS", "CLOSED_FINDINGS", "INVALID_FINDINGS", "OPEN_FINDINGS", "OVERDUE_FINDINGS"},
		Dimensions: []string{"DISTRICT", "CHECKLIST_CATEGORY"}, Limit: ptr(MaxLimit)}
	// DashboardNotices: the warning notices and those acknowledged in time,
	// as the warning board counts them.
	DashboardNotices = Input{Measures: []string{"WARNING_NOTICES", "ACKNOWLEDGED_IN_TIME"}}
)

func ptr[T any](v T) *T { return &v }

// whole reads a count of a report's row (a count is never null).
func whole(v *float64) int {
	if v == nil {
		return 0
	}
	return int(*v)
}

// Dashboard computes the viewer's dashboard as three reports and the list
// of districts — four statements whatever the size of the scope (the
// findings' from the maintained tallies for a scope of whole districts,
// from the enterprise's own findings otherwise).
func (s *Service) Dashboard(ctx context.Context) (*Dashboard, error) {
	districts, err := s.client.District.Query().Order(ent.Asc("code")).All(ctx)
	if err != nil {
		return nil, err
	}
	d := &Dashboard{}
	index := map[string]*DistrictFigures{}
	for _, x := range districts {
		f := &DistrictFigures{District: x}
		index[strconv.Itoa(x.ID)] = f
		d.ByDistrict = append(d.ByDistrict, f)
	}
	cats := map[string]*CategoryFigures{}
	for _, c := range categories {
		f := &CategoryFigures{Category: c}
		cats[c.String()] = f
		d.ByCategory = append(d.ByCategory, f)
	}
	ents, err := s.Run(ctx, DashboardEnterprises)
	if err != nil {
		return nil, err
	}
	for _, r := range ents.Rows {
		n := whole(r.Values[0])
		d.Enterprises += n
		if f := index[r.Dimensions[0].Value]; f != nil {
			f.Enterprises = n
		}
	}
	fs, err := s.Run(ctx, DashboardFindings)
	if err != nil {
		return nil, err
	}
	invalid := map[string]int{}
	for _, r := range fs.Rows {
		found, closed, inv := whole(r.Values[0]), whole(r.Values[1]), whole(r.Values[2])
		d.Findings += found
		d.ClosedFindings += closed
		d.InvalidFindings += inv
		d.OpenFindings += whole(r.Values[3])
		d.OverdueFindings += whole(r.Values[4])
		if f := index[r.Dimensions[0].Value]; f != nil {
			f.Findings += found
			f.ClosedFindings += closed
			invalid[r.Dimensions[0].Value] += inv
		}
		if c := cats[r.Dimensions[1].Value]; c != nil {
			c.Findings += found
			c.ClosedFindings += closed
		}
	}
	for id, f := range index {
		f.RectificationRate = rate(f.ClosedFindings, f.Findings, invalid[id])
	}
	d.RectificationRate = rate(d.ClosedFindings, d.Findings, d.InvalidFindings)
	ns, err := s.Run(ctx, DashboardNotices)
	if err != nil {
		return nil, err
	}
	if len(ns.Rows) == 1 {
		d.WarningNotices, d.AcknowledgedInTime = whole(ns.Rows[0].Values[0]), whole(ns.Rows[0].Values[1])
	}
	if d.WarningNotices > 0 {
		d.WarningResponseRate = float64(d.AcknowledgedInTime) / float64(d.WarningNotices)
	}
	if !viewer.FromContext(ctx).IsCity() {
		// Outside the city's view, a district the viewer's figures do not
		// reach is not listed: its zeros would read as figures.
		in := map[string]bool{}
		for _, r := range append(ents.Rows, fs.Rows...) {
			in[r.Dimensions[0].Value] = true
		}
		d.ByDistrict = slices.DeleteFunc(d.ByDistrict, func(f *DistrictFigures) bool { return !in[strconv.Itoa(f.District.ID)] })
	}
	return d, nil
}

// countIf is SUM(CASE WHEN col = 'value' THEN 1 ELSE 0 END), portable
// between SQLite and PostgreSQL. value is one of our enum constants.
func countIf(col, value string) string {
	return "SUM(CASE WHEN " + col + " = '" + value + "' THEN 1 ELSE 0 END)"
}

// categories in the checklist's order.
var categories = []checklistitem.Category{
	checklistitem.CategoryEIA, checklistitem.CategoryPERMIT, checklistitem.CategoryFACILITY,
	checklistitem.CategoryMONITORING, checklistitem.CategoryLEDGER, checklistitem.CategoryVOC,
	checklistitem.CategoryHEAVY_POLLUTION, checklistitem.CategoryWASTE, checklistitem.CategoryDISCLOSURE,
	checklistitem.CategoryEMERGENCY,
}
