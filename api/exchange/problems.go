package exchange

import (
	"context"
	"strings"

	"entgo.io/contrib/entgql"

	"greencheck/api/labels"
	"greencheck/api/visit"
	"greencheck/ent"
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

// ChecklistItemsInput is a checklist's (自查清单) export: its items, as the
// template's items connection takes them (where: {templateID: …}).
type ChecklistItemsInput struct {
	Where   *ent.ChecklistItemWhereInput
	OrderBy *ent.ChecklistItemOrder
}

func (s *Service) checklistItems(in *ChecklistItemsInput) sheet {
	pick := func(zh, en, lang string) string { return labels.Pick([2]string{zh, en}, lang) }
	order := in.OrderBy
	if order == nil {
		order = &ent.ChecklistItemOrder{Direction: entgql.OrderDirectionAsc, Field: ent.ChecklistItemOrderFieldSortOrder}
	}
	return &table[*ent.ChecklistItem]{
		name: [2]string{"自查清单", "Self-inspection checklist"},
		cols: []Column[*ent.ChecklistItem]{
			{"自查清单", "Checklist", 24, func(i *ent.ChecklistItem, _ string) any {
				if i.Edges.Template == nil {
					return nil
				}
				return i.Edges.Template.Name
			}},
			{"编号", "Code", 10, func(i *ent.ChecklistItem, _ string) any { return i.Code }},
			{"类别", "Category", 14, func(i *ent.ChecklistItem, l string) any { return labels.Of("category", string(i.Category), l) }},
			{"检查内容", "Question", 60, func(i *ent.ChecklistItem, l string) any { return pick(i.QuestionZh, i.QuestionEn, l) }},
			{"对应问题", "Finding", 24, func(i *ent.ChecklistItem, l string) any { return pick(i.FindingLabelZh, i.FindingLabelEn, l) }},
			{"严重程度", "Severity", 8, func(i *ent.ChecklistItem, l string) any { return labels.Of("severity", string(i.Severity), l) }},
			{"整改期限（天）", "Days to rectify", 10, func(i *ent.ChecklistItem, _ string) any { return i.DefaultDeadlineDays }},
			{"法律依据", "Legal basis", 48, func(i *ent.ChecklistItem, _ string) any {
				refs := make([]string, len(i.LegalRefs))
				for k, r := range i.LegalRefs {
					refs[k] = strings.TrimSpace(r.Instrument + " " + r.Article)
				}
				return strings.Join(refs, "；")
			}},
			{"整改指引", "Guidance", 60, func(i *ent.ChecklistItem, l string) any {
				g := i.GuidanceZh
				if l == "en" {
					g = i.GuidanceEn
				}
				return strings.Join(g, "\n")
			}},
		},
		counts: func(ctx context.Context) (int, error) {
			q, err := in.Where.Filter(s.client.ChecklistItem.Query())
			if err != nil {
				return 0, err
			}
			return q.Count(ctx)
		},
		page: func(ctx context.Context, after *entgql.Cursor[int], n int) ([]*ent.ChecklistItem, *entgql.Cursor[int], bool, error) {
			c, err := s.client.ChecklistItem.Query().WithTemplate().Paginate(ctx, after, &n, nil, nil,
				ent.WithChecklistItemOrder(order), ent.WithChecklistItemFilter(in.Where.Filter))
			if err != nil {
				return nil, nil, false, err
			}
			return nodes(c.Edges, func(e *ent.ChecklistItemEdge) *ent.ChecklistItem { return e.Node }), c.PageInfo.EndCursor, c.PageInfo.HasNextPage, nil
		},
	}
}
