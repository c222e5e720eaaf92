package report

import (
	"context"

	"entgo.io/ent/dialect/sql"

	"greencheck/api/lifecycle"
	"greencheck/api/viewer"
	"greencheck/ent/checklistitem"
	"greencheck/ent/enterprise"
	"greencheck/ent/finding"
	"greencheck/ent/findingtally"
	"greencheck/ent/predicate"
)

// tally is the sum of the finding tallies (ent FindingTally, maintained by
// the database in the same transaction as every change: api/db/tally.go)
// of one group of keys.
type tally struct {
	DistrictID   int    `json:"district_id"`
	Category     string `json:"category"`
	Status       string `json:"status"`
	Overdue      bool   `json:"overdue"`
	Findings     int    `json:"findings"`
	ClosedOnTime int    `json:"closed_on_time"`
	ClosedTimed  int    `json:"closed_timed"`
	CloseSeconds int64  `json:"close_seconds"`
}

// fromTallies reports whether the viewer's figures can be read from the
// tallies, which are kept per district: the viewer's scope is made of whole
// districts (the city, district administrators, experts, partners). An
// enterprise's own figures are computed from its findings. This chooses
// where to read, not what the viewer may see: the privacy rules filter both
// (ent/schema/findingtally.go).
func fromTallies(ctx context.Context) bool {
	v := viewer.FromContext(ctx)
	return v != nil && v.EnterpriseID == 0 && v.Role != viewer.RoleEnterprise
}

// tallies sums the tallies within the viewer's scope, grouped by district,
// category, status and overdue — one statement over at most a few thousand
// rows, whatever the number of findings.
func (s *Service) tallies(ctx context.Context, where ...predicate.FindingTally) ([]tally, error) {
	var rows []tally
	err := s.client.FindingTally.Query().Where(where...).Modify(func(sel *sql.Selector) {
		group := []string{sel.C(findingtally.FieldDistrictID), sel.C(findingtally.FieldCategory),
			sel.C(findingtally.FieldStatus), sel.C(findingtally.FieldOverdue)}
		sel.Select(sql.As(group[0], "district_id"), sql.As(group[1], "category"), sql.As(group[2], "status"), sql.As(group[3], "overdue"),
			sql.As(sql.Sum(sel.C(findingtally.FieldFindings)), "findings"),
			sql.As(sql.Sum(sel.C(findingtally.FieldClosedOnTime)), "closed_on_time"),
			sql.As(sql.Sum(sel.C(findingtally.FieldClosedTimed)), "closed_timed"),
			sql.As(sql.Sum(sel.C(findingtally.FieldCloseSeconds)), "close_seconds")).
			GroupBy(group...)
	}).Scan(ctx, &rows)
	return rows, err
}

// add counts a tally into rectification figures (without the rates).
func (f *RectificationFigures) add(t tally, seconds *int64, timed *int) {
	f.Findings += t.Findings
	switch t.Status {
	case lifecycle.Closed:
		f.ClosedFindings += t.Findings
	case lifecycle.Invalid:
		f.InvalidFindings += t.Findings
	}
	if lifecycle.Open(t.Status) {
		f.OpenFindings += t.Findings
		if t.Overdue {
			f.OverdueFindings += t.Findings
		}
	}
	f.ClosedOnTime += t.ClosedOnTime
	*seconds += t.CloseSeconds
	*timed += t.ClosedTimed
}

// figuresFromTallies computes rectification figures of a task and/or a
// district from the tallies.
func (s *Service) figuresFromTallies(ctx context.Context, f FiguresFilter) (*RectificationFigures, error) {
	var where []predicate.FindingTally
	if f.TaskID != nil {
		where = append(where, findingtally.TaskID(*f.TaskID))
	}
	if f.DistrictID != nil {
		where = append(where, findingtally.DistrictID(*f.DistrictID))
	}
	rows, err := s.tallies(ctx, where...)
	if err != nil {
		return nil, err
	}
	out := &RectificationFigures{}
	var seconds int64
	var timed int
	for _, t := range rows {
		out.add(t, &seconds, &timed)
	}
	if timed > 0 {
		d := float64(seconds) / float64(timed) / 86400
		out.MeanDaysToClose = &d
	}
	out.rates()
	return out, nil
}

// findingTallies groups the viewer's own findings like the tallies (an
// enterprise's scope: a few hundred findings at most), in one statement.
func (s *Service) findingTallies(ctx context.Context) ([]tally, error) {
	var rows []tally
	err := s.client.Finding.Query().Modify(func(sel *sql.Selector) {
		e, it := sql.Table(enterprise.Table), sql.Table(checklistitem.Table)
		sel.Join(e).On(sel.C(finding.FieldEnterpriseID), e.C(enterprise.FieldID)).
			LeftJoin(it).On(sel.C(finding.FieldItemID), it.C(checklistitem.FieldID))
		category := "COALESCE(" + it.C(checklistitem.FieldCategory) + ", '')"
		group := []string{e.C(enterprise.FieldDistrictID), category, sel.C(finding.FieldStatus), sel.C(finding.FieldOverdue)}
		sel.Select(sql.As(group[0], "district_id"), sql.As(group[1], "category"), sql.As(group[2], "status"), sql.As(group[3], "overdue"),
			sql.As(sql.Count("*"), "findings")).
			GroupBy(group...)
	}).Scan(ctx, &rows)
	return rows, err
}

// findingFigures fills the finding figures of the dashboard — in all, by
// district and by category — from one grouped read: of the tallies for a
// scope of whole districts, of the enterprise's own findings otherwise.
func (s *Service) findingFigures(ctx context.Context, d *Dashboard) error {
	read := s.findingTallies
	if fromTallies(ctx) {
		read = func(ctx context.Context) ([]tally, error) { return s.tallies(ctx) }
	}
	rows, err := read(ctx)
	if err != nil {
		return err
	}
	d.add(rows)
	return nil
}

// add counts grouped findings into the dashboard's figures.
func (d *Dashboard) add(rows []tally) {
	index := map[int]*DistrictFigures{}
	for _, f := range d.ByDistrict {
		index[f.District.ID] = f
	}
	cats := map[string]*CategoryFigures{}
	for _, c := range d.ByCategory {
		cats[string(c.Category)] = c
	}
	invalid := map[int]int{}
	all := &RectificationFigures{}
	var seconds int64
	var timed int
	for _, t := range rows {
		all.add(t, &seconds, &timed)
		if f := index[t.DistrictID]; f != nil {
			f.Findings += t.Findings
			switch t.Status {
			case lifecycle.Closed:
				f.ClosedFindings += t.Findings
			case lifecycle.Invalid:
				invalid[t.DistrictID] += t.Findings
			}
		}
		if c := cats[t.Category]; c != nil {
			c.Findings += t.Findings
			if t.Status == lifecycle.Closed {
				c.ClosedFindings += t.Findings
			}
		}
	}
	for id, f := range index {
		f.RectificationRate = rate(f.ClosedFindings, f.Findings, invalid[id])
	}
	d.Findings, d.ClosedFindings, d.InvalidFindings = all.Findings, all.ClosedFindings, all.InvalidFindings
	d.OpenFindings, d.OverdueFindings = all.OpenFindings, all.OverdueFindings
	d.RectificationRate = rate(d.ClosedFindings, d.Findings, d.InvalidFindings)
}

// rates fills the rates of rectification figures from their counts.
func (f *RectificationFigures) rates() {
	f.RectificationRate = rate(f.ClosedFindings, f.Findings, f.InvalidFindings)
	if f.ClosedFindings > 0 {
		f.OnTimeRate = float64(f.ClosedOnTime) / float64(f.ClosedFindings)
	}
}
