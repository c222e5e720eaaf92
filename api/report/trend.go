package report

import (
	"context"
	"greencheck/api/partner/scope"
	"strconv"
	"strings"
	"time"

	"entgo.io/ent/dialect/sql"

	"greencheck/api/apperr"
	"greencheck/api/clock"
	"greencheck/api/lifecycle"
	"greencheck/ent/enterprise"
	"greencheck/ent/finding"
	"greencheck/ent/predicate"
)

// MonthFigures are the findings found and closed in one calendar month
// (Asia/Shanghai).
type MonthFigures struct {
	Month  string // 2006-01
	Found  int    // created (发现) in the month
	Closed int    // closed (销号) in the month
}

// Trend limits: the months one may ask for (the SPA's chart shows twelve).
const (
	MinTrendMonths = 1
	MaxTrendMonths = 24
)

// Trend counts the viewer's findings found and closed in each of the last
// months calendar months (Asia/Shanghai), ending with the current one,
// oldest first: two grouped statements over the findings in scope (the
// privacy rules filter them as every query). months must be 1–24
// (BAD_USER_INPUT naming "months").
func (s *Service) Trend(ctx context.Context, months int, now time.Time) ([]*MonthFigures, error) {
	if months < MinTrendMonths || months > MaxTrendMonths {
		return nil, apperr.Input("months", "input.int_range", "months", MinTrendMonths, MaxTrendMonths)
	}
	local := now.In(clock.Shanghai)
	first := time.Date(local.Year(), local.Month(), 1, 0, 0, 0, 0, clock.Shanghai).AddDate(0, -(months - 1), 0)
	bounds := make([]time.Time, months+1)
	for i := range bounds {
		bounds[i] = first.AddDate(0, i, 0).UTC()
	}
	out := make([]*MonthFigures, months)
	for i := range out {
		out[i] = &MonthFigures{Month: first.AddDate(0, i, 0).Format("2006-01")}
	}
	count := func(field string, in predicate.Finding, add func(m *MonthFigures, n int)) error {
		var rows []struct {
			Bucket int `json:"bucket"`
			N      int `json:"n"`
		}
		err := s.client.Finding.Query().Where(in).Modify(func(sel *sql.Selector) {
			col := sel.C(field)
			// The month a time falls in: the first bound it is under (the
			// statement keeps only times within the months).
			bucket := sql.ExprFunc(func(b *sql.Builder) {
				b.WriteString("CASE")
				for i := 1; i <= months; i++ {
					b.WriteString(" WHEN " + col + " < ")
					b.Arg(bounds[i]) // the dialect's placeholder
					b.WriteString(" THEN " + strconv.Itoa(i-1))
				}
				b.WriteString(" END")
			})
			sel.Select().AppendSelectExprAs(bucket, "bucket").
				AppendSelectExprAs(sql.Expr(sql.Count("*")), "n").GroupBy("bucket")
		}).Scan(ctx, &rows)
		for _, r := range rows {
			if r.Bucket >= 0 && r.Bucket < months {
				add(out[r.Bucket], r.N)
			}
		}
		return err
	}
	if err := count(finding.FieldCreatedAt, finding.And(finding.CreatedAtGTE(bounds[0]), finding.CreatedAtLT(bounds[months])),
		func(m *MonthFigures, n int) { m.Found = n }); err != nil {
		return nil, err
	}
	if err := count(finding.FieldClosedAt, finding.And(finding.StatusEQ(finding.StatusCLOSED), finding.ClosedAtGTE(bounds[0]), finding.ClosedAtLT(bounds[months])),
		func(m *MonthFigures, n int) { m.Closed = n }); err != nil {
		return nil, err
	}
	return out, nil
}

// IndustryFigures are the findings of the viewer's enterprises of one
// industry class (GB/T 4754-2017, as registered on the enterprise).
type IndustryFigures struct {
	Code, Name   string
	Enterprises  int // with findings
	Findings     int
	OpenFindings int // not yet resolved (lifecycle.OpenStatuses)
}

// Industry limits: the rows one may ask for.
const (
	MinIndustries = 1
	MaxIndustries = 30
)

// ByIndustry groups the viewer's findings by their enterprise's industry
// class, most findings first (then by code), at most limit rows (1–30,
// BAD_USER_INPUT naming "limit"): one grouped statement over the findings in
// scope joined to their enterprises.
func (s *Service) ByIndustry(ctx context.Context, limit int) ([]*IndustryFigures, error) {
	if limit < MinIndustries || limit > MaxIndustries {
		return nil, apperr.Input("limit", "input.int_range", "limit", MinIndustries, MaxIndustries)
	}
	// The enterprises' industries: what reading enterprises needs.
	if err := scope.Check(ctx, "Enterprise"); err != nil {
		return nil, err
	}
	var rows []struct {
		Code        string `json:"code"`
		Name        string `json:"name"`
		Enterprises int    `json:"enterprises"`
		Findings    int    `json:"findings"`
		Open        int    `json:"open"`
	}
	err := s.client.Finding.Query().Modify(func(sel *sql.Selector) {
		e := sql.Table(enterprise.Table).As("e")
		sel.Join(e).On(sel.C(finding.FieldEnterpriseID), e.C(enterprise.FieldID))
		isOpen := sel.C(finding.FieldStatus) + " IN ('" + strings.Join(lifecycle.OpenStatuses, "', '") + "')"
		sel.Select().
			AppendSelectAs(e.C(enterprise.FieldIndustryCode), "code").
			AppendSelectAs(e.C(enterprise.FieldIndustryName), "name").
			AppendSelectExprAs(sql.Expr("COUNT(DISTINCT "+sel.C(finding.FieldEnterpriseID)+")"), "enterprises").
			AppendSelectExprAs(sql.Expr(sql.Count("*")), "findings").
			AppendSelectExprAs(sql.Expr(coalesce(sumIf(isOpen))), "open").
			GroupBy(e.C(enterprise.FieldIndustryCode), e.C(enterprise.FieldIndustryName)).
			OrderExpr(sql.Expr("COUNT(*) DESC"), sql.Expr(e.C(enterprise.FieldIndustryCode))).
			Limit(limit)
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	out := make([]*IndustryFigures, len(rows))
	for i, r := range rows {
		out[i] = &IndustryFigures{Code: r.Code, Name: r.Name, Enterprises: r.Enterprises, Findings: r.Findings, OpenFindings: r.Open}
	}
	return out, nil
}
