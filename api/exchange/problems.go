package exchange

import (
	"context"

	"greencheck/api/labels"
	"greencheck/api/visit"
)

// ProblemsInput is the problem list's (帮扶清单) export: its district and
// reason filters, as problemList takes them; the list's own order.
type ProblemsInput struct {
	DistrictID *int
	Reason     *visit.Reason
}

// problemSheet is the problem list as a sheet: one row per enterprise, its
// records per reason in a column each, its next planned and latest visit.
// The list is ranked once; each page reads its enterprises and visits.
type problemSheet struct {
	problems *visit.Service
	in       visit.ListInput
}

func (p *problemSheet) title(lang string) string {
	return labels.Pick([2]string{"帮扶清单", "Assistance list"}, lang)
}

func (p *problemSheet) header(lang string) []string {
	out := []string{labels.Pick([2]string{"企业名称", "Enterprise"}, lang), labels.Pick([2]string{"统一社会信用代码", "Credit code"}, lang),
		labels.Pick([2]string{"区县", "District"}, lang), labels.Pick([2]string{"原因数", "Reasons"}, lang)}
	for _, r := range visit.Reasons {
		out = append(out, labels.Of("problemReason", string(r), lang))
	}
	return append(out, labels.Pick([2]string{"已安排帮扶", "Visit planned"}, lang), labels.Pick([2]string{"最近帮扶", "Last visit"}, lang))
}

func (p *problemSheet) widths() []float64 {
	out := []float64{36, 22, 10, 8}
	for range visit.Reasons {
		out = append(out, 12)
	}
	return append(out, 12, 12)
}

func (p *problemSheet) count(ctx context.Context) (int, error) {
	in := p.in
	in.First = 1
	l, err := p.problems.Problems(ctx, in)
	if err != nil {
		return 0, err
	}
	return l.TotalCount, nil
}

func (p *problemSheet) pages(ctx context.Context, lang string, size int, each func([][]any) error) error {
	return p.problems.ProblemPages(ctx, p.in, size, func(_ int, page []*visit.Entry) error {
		rows := make([][]any, 0, len(page))
		for _, e := range page {
			row := []any{enterpriseName(e.Enterprise), creditCode(e.Enterprise), districtName(e.Enterprise.Edges.District, lang), len(e.Reasons)}
			for _, r := range visit.Reasons {
				var n any
				for _, c := range e.Reasons {
					if c.Reason == r {
						n = c.Count
					}
				}
				row = append(row, n)
			}
			var planned, held any
			if e.PlannedVisit != nil {
				planned = day(e.PlannedVisit.ScheduledOn)
			}
			if e.LastVisit != nil {
				held = dayOf(e.LastVisit.HeldOn)
			}
			rows = append(rows, append(row, planned, held))
		}
		return each(rows)
	})
}
