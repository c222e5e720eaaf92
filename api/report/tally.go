package report

import (
	"context"

	"entgo.io/ent/dialect/sql"

	"greencheck/api/lifecycle"
	"greencheck/api/viewer"
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

// rates fills the rates of rectification figures from their counts.
func (f *RectificationFigures) rates() {
	f.RectificationRate = rate(f.ClosedFindings, f.Findings, f.InvalidFindings)
	if f.ClosedFindings > 0 {
		f.OnTimeRate = float64(f.ClosedOnTime) / float64(f.ClosedFindings)
	}
}
