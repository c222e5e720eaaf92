package report

import (
	"context"
	"time"

	"entgo.io/contrib/entgql"

	"greencheck/api/apperr"
	"greencheck/api/clock"
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
// oldest first: two reports (FINDINGS by FOUND_AT month, CLOSED_FINDINGS by
// CLOSED_AT month), each one statement over the findings in scope. months
// must be 1–24 (BAD_USER_INPUT naming "months").
func (s *Service) Trend(ctx context.Context, months int, now time.Time) ([]*MonthFigures, error) {
	if months < MinTrendMonths || months > MaxTrendMonths {
		return nil, apperr.Input("months", "input.int_range", "months", MinTrendMonths, MaxTrendMonths)
	}
	local := now.In(clock.Shanghai)
	first := time.Date(local.Year(), local.Month(), 1, 0, 0, 0, 0, clock.Shanghai).AddDate(0, -(months - 1), 0)
	out := make([]*MonthFigures, months)
	index := map[string]*MonthFigures{}
	for i := range out {
		out[i] = &MonthFigures{Month: first.AddDate(0, i, 0).Format("2006-01")}
		index[first.AddDate(0, i, 0).Format(time.DateOnly)] = out[i]
	}
	count := func(measure, field string, add func(m *MonthFigures, n int)) error {
		rep, err := s.Run(ctx, Input{Measures: []string{measure}, Limit: ptr(MaxLimit), TimeDimension: &TimeInput{
			Field: field, Granularity: ptr("MONTH"), From: first.Format(time.DateOnly), To: local.Format(time.DateOnly)}})
		if err != nil {
			return err
		}
		for _, r := range rep.Rows {
			if m := index[deref(r.Period)]; m != nil {
				add(m, whole(r.Values[0]))
			}
		}
		return nil
	}
	if err := count("FINDINGS", "FOUND_AT", func(m *MonthFigures, n int) { m.Found = n }); err != nil {
		return nil, err
	}
	if err := count("CLOSED_FINDINGS", "CLOSED_AT", func(m *MonthFigures, n int) { m.Closed = n }); err != nil {
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
// BAD_USER_INPUT naming "limit"): a report by INDUSTRY_CLASS, one grouped
// statement over the findings in scope joined to their enterprises (a
// partner's key needs the ENTERPRISES scope for it).
func (s *Service) ByIndustry(ctx context.Context, limit int) ([]*IndustryFigures, error) {
	if limit < MinIndustries || limit > MaxIndustries {
		return nil, apperr.Input("limit", "input.int_range", "limit", MinIndustries, MaxIndustries)
	}
	desc, asc := entgql.OrderDirectionDesc, entgql.OrderDirectionAsc
	rep, err := s.Run(ctx, Input{Measures: []string{"ENTERPRISES_WITH_FINDINGS", "FINDINGS", "OPEN_FINDINGS"}, Dimensions: []string{"INDUSTRY_CLASS"},
		Order: []OrderInput{{Measure: ptr("FINDINGS"), Direction: desc}, {Dimension: ptr("INDUSTRY_CLASS"), Direction: asc}}, Limit: &limit})
	if err != nil {
		return nil, err
	}
	out := make([]*IndustryFigures, len(rep.Rows))
	for i, r := range rep.Rows {
		out[i] = &IndustryFigures{Code: r.Dimensions[0].Value, Name: r.Dimensions[0].Label,
			Enterprises: whole(r.Values[0]), Findings: whole(r.Values[1]), OpenFindings: whole(r.Values[2])}
	}
	return out, nil
}
