package exchange

import (
	"context"
	"math"

	"greencheck/api/labels"
	"greencheck/api/report"
)

// reportSheet is a report's rows: its dimensions' labels, its period, and
// for each measure its value (with a comparison, the earlier value and the
// change after it), headed in the report builder's words (周期, 对比期).
type reportSheet struct {
	rep   *report.Report
	notes [][2]string // report.Describe: the workbook's 说明 sheet
	name  string      // a saved report's name, titling the file ("" for 报表)
}

// about is what the report counts (a workbook's second sheet, 说明).
func (r reportSheet) about() [][2]string { return r.notes }

// title is the saved report's name, or 报表.
func (r reportSheet) title(lang string) string {
	if r.name == "" {
		return labels.Pick([2]string{"报表", "Report"}, lang)
	}
	return r.name
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
		out = append(out, labels.Pick([2]string{"周期", "Period"}, lang))
	}
	cmp := r.compared()
	for _, m := range r.rep.Measures {
		label := m.Label
		if m.Unit == string(report.UnitRatio) { // written as percentages
			label += labels.Pick([2]string{"（%）", " (%)"}, lang)
		}
		out = append(out, label)
		if cmp {
			out = append(out, label+labels.Pick([2]string{"（对比期）", " (before)"}, lang),
				label+labels.Pick([2]string{"（变化）", " (change)"}, lang))
		}
	}
	return out
}

// widths fit each column to its header (Chinese as the widest, its
// characters two wide): 整改率（%）（对比期） read 整改率（ in a column left
// at Excel's default.
func (r reportSheet) widths() []float64 {
	head := r.header("zh")
	out := make([]float64, len(head))
	for i, h := range head {
		w := 2
		for _, c := range h {
			if c > 0x2E80 {
				w += 2
			} else {
				w++
			}
		}
		out[i] = float64(max(w, 10))
		if i < len(r.rep.Dimensions) {
			out[i] = float64(max(w, 20))
		}
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
			if row.PeriodLabel != nil { // as the builder shows it: 2026-06, 2026-Q2
				c = append(c, *row.PeriodLabel)
			} else {
				c = append(c, nil)
			}
		}
		for i, m := range r.rep.Measures {
			c = append(c, num(row.Values, i, m.Unit))
			if cmp {
				c = append(c, num(row.Previous, i, m.Unit), num(row.Change, i, m.Unit))
			}
		}
		rows = append(rows, c)
	}
	return each(rows)
}

// num is a measure's value as the report builder shows it: a ratio in
// percent, rounded to 0.1; other values rounded to 0.01 (whole counts stay
// whole).
func num(vs []*float64, i int, unit string) any {
	if i >= len(vs) || vs[i] == nil {
		return nil
	}
	v := *vs[i]
	if unit == string(report.UnitRatio) {
		return math.Round(v*1000) / 10
	}
	return math.Round(v*100) / 100
}
