// Package report computes the figures of dashboards and reports in the
// database, within the viewer's scope (the privacy rules filter every query
// here as everywhere).
package report

import (
	"context"

	"entgo.io/ent/dialect/sql"

	"greencheck/ent"
	"greencheck/ent/checklistitem"
	"greencheck/ent/enterprise"
	"greencheck/ent/warningnotice"
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

// Dashboard computes the viewer's dashboard in a fixed number of
// statements, whatever the size of the scope: the districts, the
// enterprises per district, the finding figures (from the maintained
// tallies for a scope of whole districts, from the enterprise's own findings
// otherwise) and the warning notices.
func (s *Service) Dashboard(ctx context.Context) (*Dashboard, error) {
	c := s.client
	d := &Dashboard{}
	var err error
	if d.ByDistrict, err = s.districts(ctx); err != nil {
		return nil, err
	}
	for _, f := range d.ByDistrict {
		d.Enterprises += f.Enterprises
	}
	d.ByCategory = make([]*CategoryFigures, len(categories))
	for i, cat := range categories {
		d.ByCategory[i] = &CategoryFigures{Category: cat}
	}
	if err = s.findingFigures(ctx, d); err != nil {
		return nil, err
	}
	// The warning notices and those acknowledged in time, as the warning
	// board counts them (api/warning): by the due time stamped on each
	// notice when it was pushed, min(push + SLA, effective time) — one
	// grouped statement.
	var w []struct {
		Notices int `json:"notices"`
		InTime  int `json:"in_time"`
	}
	err = c.WarningNotice.Query().Modify(func(s *sql.Selector) {
		s.Select(sql.As(sql.Count("*"), "notices"),
			sql.As("COALESCE(SUM(CASE WHEN "+s.C(warningnotice.FieldAcknowledgedAt)+" <= "+s.C(warningnotice.FieldAckDueAt)+
				" THEN 1 ELSE 0 END), 0)", "in_time"))
	}).Scan(ctx, &w)
	if err != nil {
		return nil, err
	}
	if len(w) == 1 {
		d.WarningNotices, d.AcknowledgedInTime = w[0].Notices, w[0].InTime
	}
	if d.WarningNotices > 0 {
		d.WarningResponseRate = float64(d.AcknowledgedInTime) / float64(d.WarningNotices)
	}
	return d, nil
}

// districts lists every district in code order with the number of the
// viewer's enterprises in it.
func (s *Service) districts(ctx context.Context) ([]*DistrictFigures, error) {
	districts, err := s.client.District.Query().Order(ent.Asc("code")).All(ctx)
	if err != nil {
		return nil, err
	}
	var ents []struct {
		DistrictID int `json:"district_id"`
		Count      int `json:"count"`
	}
	if err := s.client.Enterprise.Query().GroupBy(enterprise.FieldDistrictID).Aggregate(ent.Count()).Scan(ctx, &ents); err != nil {
		return nil, err
	}
	out := make([]*DistrictFigures, 0, len(districts))
	index := map[int]*DistrictFigures{}
	for _, d := range districts {
		f := &DistrictFigures{District: d}
		index[d.ID] = f
		out = append(out, f)
	}
	for _, r := range ents {
		if f := index[r.DistrictID]; f != nil {
			f.Enterprises = r.Count
		}
	}
	return out, nil
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
