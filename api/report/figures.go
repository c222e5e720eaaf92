package report

import (
	"context"
	stdsql "database/sql"
	"greencheck/api/lifecycle"
	"strings"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"greencheck/ent"
	"greencheck/ent/enterprise"
	"greencheck/ent/finding"
	"greencheck/ent/selfcheck"
)

// FiguresFilter narrows rectification figures to a task, a district or an
// enterprise (any combination; none is the viewer's whole scope).
type FiguresFilter struct {
	TaskID       *int
	DistrictID   *int
	EnterpriseID *int
}

// RectificationFigures are the rectification figures of a set of findings.
type RectificationFigures struct {
	Findings          int
	ClosedFindings    int
	InvalidFindings   int
	OpenFindings      int
	OverdueFindings   int
	ClosedOnTime      int
	RectificationRate float64  // closed ÷ (found − invalid)
	OnTimeRate        float64  // closed by the due date ÷ closed
	MeanDaysToClose   *float64 // from found to closed; nil when none is closed
}

// Figures computes rectification figures in one statement, within the
// viewer's scope: from the maintained tallies when the scope is whole
// districts and no enterprise is named, from the findings otherwise.
func (s *Service) Figures(ctx context.Context, f FiguresFilter) (*RectificationFigures, error) {
	if f.EnterpriseID == nil && fromTallies(ctx) {
		return s.figuresFromTallies(ctx, f)
	}
	return s.figuresFromFindings(ctx, f)
}

// figuresFromFindings computes rectification figures by scanning the
// findings in scope.
func (s *Service) figuresFromFindings(ctx context.Context, f FiguresFilter) (*RectificationFigures, error) {
	q := s.client.Finding.Query()
	if f.TaskID != nil {
		q.Where(finding.HasSelfCheckWith(selfcheck.TaskID(*f.TaskID)))
	}
	if f.DistrictID != nil {
		q.Where(finding.HasEnterpriseWith(enterprise.DistrictID(*f.DistrictID)))
	}
	if f.EnterpriseID != nil {
		q.Where(finding.EnterpriseID(*f.EnterpriseID))
	}
	var rows []struct {
		Total   int                `json:"total"`
		Closed  int                `json:"closed"`
		Invalid int                `json:"invalid"`
		Open    int                `json:"open"`
		Overdue int                `json:"overdue"`
		OnTime  int                `json:"on_time"`
		Days    stdsql.NullFloat64 `json:"days"`
	}
	err := q.Modify(func(sel *sql.Selector) {
		status, closed, due, created := sel.C(finding.FieldStatus), sel.C(finding.FieldClosedAt),
			sel.C(finding.FieldDueAt), sel.C(finding.FieldCreatedAt)
		isClosed := status + " = '" + string(finding.StatusCLOSED) + "'"
		isOpen := status + " IN ('" + strings.Join(lifecycle.OpenStatuses, "', '") + "')"
		// SQLite keeps times as text in Go's layout ("2006-01-02 15:04:05.999 +0000 UTC",
		// always UTC here); julianday reads its first 19 characters.
		days := "julianday(substr(" + closed + ", 1, 19)) - julianday(substr(" + created + ", 1, 19))"
		if sel.Dialect() == dialect.Postgres {
			days = "EXTRACT(EPOCH FROM (" + closed + " - " + created + ")) / 86400.0"
		}
		sel.Select(
			sql.As(sql.Count("*"), "total"),
			sql.As(coalesce(countIf(status, string(finding.StatusCLOSED))), "closed"),
			sql.As(coalesce(countIf(status, string(finding.StatusINVALID))), "invalid"),
			sql.As(coalesce(sumIf(isOpen)), "open"),
			sql.As(coalesce(sumIf(isOpen+" AND "+sel.C(finding.FieldOverdue))), "overdue"),
			sql.As(coalesce(sumIf(isClosed+" AND "+closed+" <= "+due)), "on_time"),
			sql.As("AVG(CASE WHEN "+isClosed+" AND "+closed+" IS NOT NULL THEN "+days+" END)", "days"),
		)
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	out := &RectificationFigures{}
	if len(rows) == 1 {
		r := rows[0]
		out.Findings, out.ClosedFindings, out.InvalidFindings = r.Total, r.Closed, r.Invalid
		out.OpenFindings, out.OverdueFindings, out.ClosedOnTime = r.Open, r.Overdue, r.OnTime
		if r.Days.Valid {
			d := r.Days.Float64
			out.MeanDaysToClose = &d
		}
	}
	out.rates()
	return out, nil
}

// TaskProgress is how far the enterprises of a task have got.
type TaskProgress struct {
	Total, NotStarted, InProgress, Submitted int
	SubmittedShare                           float64 // submitted ÷ total
	ByDistrict                               []*DistrictTaskProgress
}

// DistrictTaskProgress is one district's share of a task.
type DistrictTaskProgress struct {
	District                                 *ent.District
	Total, NotStarted, InProgress, Submitted int
	SubmittedShare                           float64
}

// TaskProgress counts a task's self-checks by district and status in one
// grouped statement (plus the districts), within the viewer's scope.
func (s *Service) TaskProgress(ctx context.Context, taskID int) (*TaskProgress, error) {
	// An unknown task, or one the viewer may not see, is NOT_FOUND — not an
	// empty progress.
	if _, err := s.client.InspectionTask.Get(ctx, taskID); err != nil {
		return nil, err
	}
	var rows []struct {
		DistrictID int              `json:"district_id"`
		Status     selfcheck.Status `json:"status"`
		Count      int              `json:"count"`
	}
	err := s.client.SelfCheck.Query().Where(selfcheck.TaskID(taskID)).Modify(func(sel *sql.Selector) {
		e := sql.Table(enterprise.Table)
		sel.Join(e).On(sel.C(selfcheck.FieldEnterpriseID), e.C(enterprise.FieldID))
		sel.Select(sql.As(e.C(enterprise.FieldDistrictID), "district_id"),
			sql.As(sel.C(selfcheck.FieldStatus), "status"), sql.As(sql.Count("*"), "count")).
			GroupBy(e.C(enterprise.FieldDistrictID), sel.C(selfcheck.FieldStatus))
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	districts, err := s.client.District.Query().Order(ent.Asc("code")).All(ctx)
	if err != nil {
		return nil, err
	}
	out := &TaskProgress{}
	index := map[int]*DistrictTaskProgress{}
	for _, d := range districts {
		index[d.ID] = &DistrictTaskProgress{District: d}
	}
	for _, r := range rows {
		p := index[r.DistrictID]
		if p == nil {
			continue
		}
		p.Total += r.Count
		out.Total += r.Count
		switch r.Status {
		case selfcheck.StatusNOT_STARTED:
			p.NotStarted += r.Count
			out.NotStarted += r.Count
		case selfcheck.StatusIN_PROGRESS:
			p.InProgress += r.Count
			out.InProgress += r.Count
		case selfcheck.StatusSUBMITTED:
			p.Submitted += r.Count
			out.Submitted += r.Count
		}
	}
	for _, d := range districts {
		if p := index[d.ID]; p.Total > 0 {
			p.SubmittedShare = float64(p.Submitted) / float64(p.Total)
			out.ByDistrict = append(out.ByDistrict, p)
		}
	}
	if out.Total > 0 {
		out.SubmittedShare = float64(out.Submitted) / float64(out.Total)
	}
	return out, nil
}

func sumIf(cond string) string { return "SUM(CASE WHEN " + cond + " THEN 1 ELSE 0 END)" }

// coalesce makes a SUM over no rows 0 instead of NULL.
func coalesce(expr string) string { return "COALESCE(" + expr + ", 0)" }
