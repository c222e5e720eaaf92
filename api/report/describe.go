package report

import (
	"context"
	"strings"
	"time"

	"greencheck/api/apperr"
)

// Describe says what a report counts, for the 说明 sheet of its export: its
// measures, its grouping, its time range and its filters, in the caller's
// language (label, value pairs). A filter's values read as the report labels
// them: codes by their names, ids (districts, tasks, warnings, experts) by
// one grouped report per such filter within the viewer's scope — a value
// without rows keeps its id. Errors are Run's.
func (s *Service) Describe(ctx context.Context, in Input) ([][2]string, error) {
	p, err := validate(in, time.Now())
	if err != nil {
		return nil, err
	}
	lang := apperr.Lang(ctx)
	sep := pick([2]string{"、", ", "}, lang)
	var out [][2]string
	add := func(zh, en, value string) { out = append(out, [2]string{pick([2]string{zh, en}, lang), value}) }

	var ms []string
	for _, m := range p.measures {
		ms = append(ms, pick([2]string{m.zh, m.en}, lang))
	}
	add("指标", "Measures", strings.Join(ms, sep))
	ds := []string{pick([2]string{"合计（不分组）", "Total (no grouping)"}, lang)}
	if len(p.dims) > 0 {
		ds = ds[:0]
		for _, d := range p.dims {
			ds = append(ds, pick([2]string{d.zh, d.en}, lang))
		}
	}
	add("分组维度", "Grouped by", strings.Join(ds, sep))
	if t := in.TimeDimension; t != nil {
		add("时间", "Time", pick([2]string{p.time.zh, p.time.en}, lang)+pick([2]string{"：", ": "}, lang)+
			t.From+pick([2]string{" 至 ", " to "}, lang)+t.To)
	}
	for i, f := range in.Filters {
		d := p.filters[i].dim
		names := map[string]string{}
		if d.labelOf == nil && d.kind == KindID {
			n := len(f.Values)
			rep, err := s.Run(ctx, Input{Measures: in.Measures[:1], Dimensions: []string{f.Dimension}, Filters: []FilterInput{f}, Limit: &n})
			if err != nil {
				return nil, err
			}
			for _, r := range rep.Rows {
				if len(r.Dimensions) == 1 {
					names[r.Dimensions[0].Value] = r.Dimensions[0].Label
				}
			}
		}
		vs := make([]string, len(f.Values))
		for j, v := range f.Values {
			switch {
			case d.labelOf != nil:
				vs[j] = d.labelOf(v, lang)
			case names[v] != "":
				vs[j] = names[v]
			default:
				vs[j] = v
			}
		}
		add("筛选", "Filter", pick([2]string{d.zh, d.en}, lang)+pick([2]string{"：", ": "}, lang)+strings.Join(vs, sep))
	}
	return out, nil
}
