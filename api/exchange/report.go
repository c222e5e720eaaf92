package exchange

import (
	"context"

	"greencheck/api/labels"
	"greencheck/api/report"
)

// reportSheet is a report's rows: its dimensions' labels, its period, and
// for each measure its value (with a comparison, the earlier value and the
// change after it).
type reportSheet struct{ rep *report.Report }

func (r reportSheet) title(lang string) string {
	return labels.Pick([2]string{"报表", "Report"}, lang)
}

func (r reportSheet) compared() bool {
	for _, row := range r.rep.Rows {
		if row.Previous != nil {
			return true
		}
	}
	return false
}

func (r reportSheet) header(lang string) []string {
	var out []string
	for _, d := range r.rep.Dimensions {
		out = append(out, d.Label)
	}
	if r.rep.Granularity != nil {
		out = append(out, labels.Pick([2]string{"期间", "Period"}, lang))
	}
	cmp := r.compared()
	for _, m := range r.rep.Measures {
		out = append(out, m.Label)
		if cmp {
			out = append(out, m.Label+labels.Pick([2]string{"（上期）", " (previous)"}, lang),
				m.Label+labels.Pick([2]string{"（变化）", " (change)"}, lang))
		}
	}
	return out
}

func (r reportSheet) widths() []float64 {
	out := make([]float64, len(r.rep.Dimensions))
	for i := range out {
		out[i] = 20
	}
	return out
}

func (r reportSheet) count(context.Context) (int, error) { return len(r.rep.Rows), nil }

func (r reportSheet) pages(_ context.Context, _ string, _ int, each func([][]any) error) error {
	cmp := r.compared()
	rows := make([][]any, 0, len(r.rep.Rows))
	for _, row := range r.rep.Rows {
		var c []any
		for _, d := range row.Dimensions {
			c = append(c, d.Label)
		}
		if r.rep.Granularity != nil {
			if row.Period != nil {
				c = append(c, *row.Period)
			} else {
				c = append(c, nil)
			}
		}
		for i := range r.rep.Measures {
			c = append(c, num(row.Values, i))
			if cmp {
				c = append(c, num(row.Previous, i), num(row.Change, i))
			}
		}
		rows = append(rows, c)
	}
	return each(rows)
}

func num(vs []*float64, i int) any {
	if i >= len(vs) || vs[i] == nil {
		return nil
	}
	return *vs[i]
}
