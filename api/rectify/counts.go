package rectify

import (
	"context"

	"entgo.io/ent/dialect/sql"

	"greencheck/api/db"
	"greencheck/api/lifecycle"
	"greencheck/api/page"
	"greencheck/ent"
	"greencheck/ent/edgescope"
	"greencheck/ent/finding"
)

// FindingCounts are an enterprise's findings still to be resolved.
type FindingCounts struct {
	Open    int // not yet closed, verified or invalid (lifecycle.OpenStatuses)
	Overdue int // open and past their deadline (marked by the overdue job)
}

// Counts returns the finding counts of enterprise id. In a GraphQL request
// they are loaded for every enterprise of the request's pages at once: one
// grouped statement per page (package page), within the viewer's scope.
func (s *Service) Counts(ctx context.Context, enterpriseID int) (FindingCounts, error) {
	return page.Load(ctx, "Enterprise.findingCounts", "Enterprise", enterpriseID, func(ids []int) (map[int]FindingCounts, error) {
		return s.CountsOf(ctx, ids)
	})
}

// CountsOf returns the finding counts of the enterprises ids (at most
// page.MaxBatch of them) in one grouped statement, within the viewer's
// scope (the findings it may read); an enterprise without open findings
// is absent (zero counts).
func (s *Service) CountsOf(ctx context.Context, ids []int) (map[int]FindingCounts, error) {
	return CountFindings(ctx, s.client, ids)
}

// CountFindings is CountsOf through client (or the transaction in ctx),
// for any number of enterprises (an export's page of 5,000).
func CountFindings(ctx context.Context, client *ent.Client, ids []int) (map[int]FindingCounts, error) {
	var rows []struct {
		EnterpriseID int `json:"enterprise_id"`
		Open         int `json:"open"`
		Overdue      int `json:"overdue"`
	}
	err := db.Client(ctx, client).Finding.Query().
		Where(finding.EnterpriseIDIn(ids...), finding.StatusIn(lifecycle.As[finding.Status](lifecycle.OpenStatuses)...)).
		Modify(func(sel *sql.Selector) {
			sel.Select(sql.As(sel.C(finding.FieldEnterpriseID), "enterprise_id"), sql.As(sql.Count("*"), "open"),
				sql.As("SUM(CASE WHEN "+sel.C(finding.FieldOverdue)+" THEN 1 ELSE 0 END)", "overdue")).
				GroupBy(sel.C(finding.FieldEnterpriseID))
		}).Scan(ctx, &rows)
	out := make(map[int]FindingCounts, len(rows))
	for _, r := range rows {
		out[r.EnterpriseID] = FindingCounts{Open: r.Open, Overdue: r.Overdue}
	}
	return out, err
}

// CountQuery is the same figure as a correlated sub-select, for a statement
// that reads enterprises (graph/direct): the enterprise's findings whose
// enterprise_id is the column id (qualified) that are open (lifecycle.OpenStatuses)
// and, when overdue, past their deadline — within the viewer's scope (the
// Finding entity's own query policy, ent/edgescope), in s's dialect.
func CountQuery(ctx context.Context, s *sql.Selector, id string, overdue bool) sql.Querier {
	t := sql.Dialect(s.Dialect()).Table(finding.Table).As("counted_findings")
	q := sql.Dialect(s.Dialect()).Select(sql.Count("*")).From(t)
	q.WithContext(ctx)
	edgescope.Readable(ctx, "Finding")(q)
	open := make([]any, len(lifecycle.OpenStatuses))
	for i, st := range lifecycle.OpenStatuses {
		open[i] = st
	}
	q.Where(sql.And(sql.ColumnsEQ(t.C(finding.FieldEnterpriseID), id), sql.In(t.C(finding.FieldStatus), open...)))
	if overdue {
		q.Where(sql.EQ(t.C(finding.FieldOverdue), true))
	}
	return q
}
