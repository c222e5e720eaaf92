// Package report computes the figures of dashboards and reports in the
// database, within the viewer's scope (the privacy rules filter every query
// here as everywhere).
package report

import (
	"context"
	"greencheck/api/lifecycle"

	"entgo.io/ent/dialect/sql"

	"greencheck/ent"
	"greencheck/ent/checklistitem"
	"greencheck/ent/enterprise"
	"greencheck/ent/finding"
	"greencheck/ent/warning"
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
	WarningResponseRate float64 // acknowledged before the warning took effect ÷ notices
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

// Dashboard computes the viewer's dashboard: a fixed number of grouped
// statements, whatever the size of the scope.
func (s *Service) Dashboard(ctx context.Context) (*Dashboard, error) {
	c := s.client
	d := &Dashboard{}
	var err error
	if d.Enterprises, err = c.Enterprise.Query().Count(ctx); err != nil {
		return nil, err
	}
	var byStatus []struct {
		Status  finding.Status `json:"status"`
		Overdue bool           `json:"overdue"`
		Count   int            `json:"count"`
	}
	if err := c.Finding.Query().GroupBy(finding.FieldStatus, finding.FieldOverdue).
		Aggregate(ent.Count()).Scan(ctx, &byStatus); err != nil {
		return nil, err
	}
	for _, r := range byStatus {
		d.Findings += r.Count
		switch r.Status {
		case finding.StatusCLOSED:
			d.ClosedFindings += r.Count
		case finding.StatusINVALID:
			d.InvalidFindings += r.Count
		default:
			if lifecycle.Open(string(r.Status)) {
				d.OpenFindings += r.Count
			}
			if r.Overdue {
				d.OverdueFindings += r.Count
			}
		}
	}
	d.RectificationRate = rate(d.ClosedFindings, d.Findings, d.InvalidFindings)

	if d.WarningNotices, err = c.WarningNotice.Query().Count(ctx); err != nil {
		return nil, err
	}
	// Timely: acknowledged before the warning took effect.
	if d.AcknowledgedInTime, err = c.WarningNotice.Query().Where(warningnotice.AcknowledgedAtNotNil(),
		func(s *sql.Selector) {
			w := sql.Table(warning.Table)
			s.Where(sql.Exists(sql.Select(w.C(warning.FieldID)).From(w).Where(sql.And(
				sql.ColumnsEQ(w.C(warning.FieldID), s.C(warningnotice.FieldWarningID)),
				sql.ColumnsLTE(s.C(warningnotice.FieldAcknowledgedAt), w.C(warning.FieldEffectiveFrom)),
			))))
		}).Count(ctx); err != nil {
		return nil, err
	}
	if d.WarningNotices > 0 {
		d.WarningResponseRate = float64(d.AcknowledgedInTime) / float64(d.WarningNotices)
	}
	if d.ByDistrict, err = s.byDistrict(ctx); err != nil {
		return nil, err
	}
	if d.ByCategory, err = s.byCategory(ctx); err != nil {
		return nil, err
	}
	return d, nil
}

func (s *Service) byDistrict(ctx context.Context) ([]*DistrictFigures, error) {
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
	var rows []struct {
		DistrictID int `json:"district_id"`
		Total      int `json:"total"`
		Closed     int `json:"closed"`
		Invalid    int `json:"invalid"`
	}
	err = s.client.Finding.Query().Modify(func(sel *sql.Selector) {
		e := sql.Table(enterprise.Table)
		sel.Join(e).On(sel.C(finding.FieldEnterpriseID), e.C(enterprise.FieldID))
		sel.Select(sql.As(e.C(enterprise.FieldDistrictID), "district_id"),
			sql.As(sql.Count("*"), "total"),
			sql.As(countIf(sel.C(finding.FieldStatus), string(finding.StatusCLOSED)), "closed"),
			sql.As(countIf(sel.C(finding.FieldStatus), string(finding.StatusINVALID)), "invalid")).
			GroupBy(e.C(enterprise.FieldDistrictID))
	}).Scan(ctx, &rows)
	if err != nil {
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
	for _, r := range rows {
		if f := index[r.DistrictID]; f != nil {
			f.Findings, f.ClosedFindings = r.Total, r.Closed
			f.RectificationRate = rate(r.Closed, r.Total, r.Invalid)
		}
	}
	return out, nil
}

func (s *Service) byCategory(ctx context.Context) ([]*CategoryFigures, error) {
	var rows []struct {
		Category checklistitem.Category `json:"category"`
		Total    int                    `json:"total"`
		Closed   int                    `json:"closed"`
	}
	err := s.client.Finding.Query().Where(finding.ItemIDNotNil()).Modify(func(sel *sql.Selector) {
		it := sql.Table(checklistitem.Table)
		sel.Join(it).On(sel.C(finding.FieldItemID), it.C(checklistitem.FieldID))
		sel.Select(sql.As(it.C(checklistitem.FieldCategory), "category"),
			sql.As(sql.Count("*"), "total"),
			sql.As(countIf(sel.C(finding.FieldStatus), string(finding.StatusCLOSED)), "closed")).
			GroupBy(it.C(checklistitem.FieldCategory))
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	out := make([]*CategoryFigures, 0, len(rows))
	for _, cat := range categories {
		f := &CategoryFigures{Category: cat}
		for _, r := range rows {
			if r.Category == f.Category {
				f.Findings, f.ClosedFindings = r.Total, r.Closed
			}
		}
		out = append(out, f)
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
