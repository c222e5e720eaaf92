package exchange

import (
	"context"
	"errors"
	"io"
	"strconv"
	"strings"
	"time"

	"entgo.io/contrib/entgql"

	"greencheck/api/apperr"
	"greencheck/api/clock"
	"greencheck/api/labels"
	"greencheck/api/lifecycle"
	"greencheck/api/rectify"
	"greencheck/api/visit"
	"greencheck/ent"
	"greencheck/ent/exportjob"
	"greencheck/ent/predicate"
	"greencheck/ent/selfcheck"
)

// The lists' filters and orders.
type (
	EnterprisesInput struct {
		Where   *ent.EnterpriseWhereInput
		OrderBy *ent.EnterpriseOrder
	}
	FindingsInput struct {
		Where   *ent.FindingWhereInput
		OrderBy *ent.FindingOrder
	}
	UsersInput struct {
		Where   *ent.UserWhereInput
		OrderBy *ent.UserOrder
	}
	TasksInput struct {
		Where   *ent.InspectionTaskWhereInput
		OrderBy *ent.InspectionTaskOrder
	}
	WarningsInput struct {
		Where   *ent.WarningWhereInput
		OrderBy *ent.WarningOrder
	}
	NoticesInput struct {
		Where   *ent.WarningNoticeWhereInput
		OrderBy *ent.WarningNoticeOrder
	}
	QuestionsInput struct {
		Where   *ent.QuestionWhereInput
		OrderBy *ent.QuestionOrder
	}
	TrainingsInput struct {
		Where   *ent.TrainingWhereInput
		OrderBy *ent.TrainingOrder
	}
	VisitsInput struct {
		Where   *ent.VisitWhereInput
		OrderBy *ent.VisitOrder
	}
	APIKeysInput struct {
		Where   *ent.APIKeyWhereInput
		OrderBy *ent.APIKeyOrder
	}
)

// Column is one column of a list's sheet: its header in Chinese and
// English, its width (characters; 0 the default) and its cell for a row in
// a language (a string, a number or nil).
type Column[T any] struct {
	Zh, En string
	Width  float64
	Cell   func(row T, lang string) any
}

// table is a list's sheet: columns over the rows of one connection.
type table[T any] struct {
	name   [2]string
	cols   []Column[T]
	counts func(ctx context.Context) (int, error)
	// page reads up to n rows after the cursor; more says whether others
	// follow.
	page func(ctx context.Context, after *entgql.Cursor[int], n int) (rows []T, end *entgql.Cursor[int], more bool, err error)
}

func (t *table[T]) title(lang string) string { return labels.Pick(t.name, lang) }

func (t *table[T]) header(lang string) []string {
	out := make([]string, len(t.cols))
	for i, c := range t.cols {
		out[i] = labels.Pick([2]string{c.Zh, c.En}, lang)
	}
	return out
}

func (t *table[T]) widths() []float64 {
	out := make([]float64, len(t.cols))
	for i, c := range t.cols {
		out[i] = c.Width
	}
	return out
}

func (t *table[T]) count(ctx context.Context) (int, error) { return t.counts(ctx) }

func (t *table[T]) pages(ctx context.Context, lang string, size int, each func([][]any) error) error {
	var after *entgql.Cursor[int]
	cells := make([][]any, 0, size)
	for {
		rows, end, more, err := t.page(ctx, after, size)
		if err != nil {
			return err
		}
		cells = cells[:0]
		for _, r := range rows {
			c := make([]any, len(t.cols))
			for i, col := range t.cols {
				c[i] = col.Cell(r, lang)
			}
			cells = append(cells, c)
		}
		if err := each(cells); err != nil {
			return err
		}
		if !more || end == nil || len(rows) == 0 {
			return nil
		}
		after = end
	}
}

// nodes are a connection's rows and its end.
func nodes[E any, T any](edges []E, node func(E) T) []T {
	out := make([]T, len(edges))
	for i, e := range edges {
		out[i] = node(e)
	}
	return out
}

func (s *Service) listOf(l ListInput) (exportjob.List, sheet, error) {
	set := 0
	for _, p := range []bool{l.Enterprises != nil, l.Findings != nil, l.Users != nil, l.Tasks != nil, l.Warnings != nil,
		l.Notices != nil, l.Questions != nil, l.Trainings != nil, l.Visits != nil, l.APIKeys != nil, l.Problems != nil} {
		if p {
			set++
		}
	}
	if set != 1 {
		return "", nil, apperr.Input("input", "export.one_list")
	}
	switch {
	case l.Enterprises != nil:
		return exportjob.ListENTERPRISES, s.enterprises(l.Enterprises), nil
	case l.Findings != nil:
		return exportjob.ListFINDINGS, s.findings(l.Findings), nil
	case l.Users != nil:
		return exportjob.ListUSERS, s.users(l.Users), nil
	case l.Tasks != nil:
		return exportjob.ListTASKS, s.tasks(l.Tasks), nil
	case l.Warnings != nil:
		return exportjob.ListWARNINGS, s.warnings(l.Warnings), nil
	case l.Notices != nil:
		return exportjob.ListNOTICES, s.notices(l.Notices), nil
	case l.Questions != nil:
		return exportjob.ListQUESTIONS, s.questions(l.Questions), nil
	case l.Trainings != nil:
		return exportjob.ListTRAININGS, s.trainings(l.Trainings), nil
	case l.Visits != nil:
		return exportjob.ListVISITS, s.visits(l.Visits), nil
	case l.Problems != nil:
		return exportjob.ListPROBLEMS, &problemSheet{problems: s.problems, in: visit.ListInput{DistrictID: l.Problems.DistrictID, Reason: l.Problems.Reason}}, nil
	default:
		return exportjob.ListAPI_KEYS, s.apiKeys(l.APIKeys), nil
	}
}

// Cells of common kinds.
func day(t time.Time) any { return clock.Day(t) }

func dayOf(t *time.Time) any {
	if t == nil {
		return nil
	}
	return clock.Day(*t)
}

func minuteOf(t *time.Time) any {
	if t == nil {
		return nil
	}
	return clock.Minute(*t)
}

func districtName(d *ent.District, lang string) any {
	if d == nil {
		return nil
	}
	return labels.Pick([2]string{d.NameZh, d.NameEn}, lang)
}

func districtNames(ds []*ent.District, lang string) any {
	if len(ds) == 0 {
		return labels.Pick([2]string{"全市", "Whole city"}, lang)
	}
	names := make([]string, len(ds))
	for i, d := range ds {
		names[i] = labels.Pick([2]string{d.NameZh, d.NameEn}, lang)
	}
	return strings.Join(names, "、")
}

func enterpriseName(e *ent.Enterprise) any {
	if e == nil {
		return nil
	}
	return e.Name
}

func creditCode(e *ent.Enterprise) any {
	if e == nil {
		return nil
	}
	return e.CreditCode
}

func enterpriseDistrict(e *ent.Enterprise, lang string) any {
	if e == nil {
		return nil
	}
	return districtName(e.Edges.District, lang)
}

func (s *Service) enterprises(in *EnterprisesInput) sheet {
	// The page's open and overdue findings, read with the page (one
	// grouped statement), as the list shows them.
	var counts map[int]rectify.FindingCounts
	return &table[*ent.Enterprise]{
		name: [2]string{"企业名录", "Enterprises"},
		cols: []Column[*ent.Enterprise]{
			{"企业名称", "Name", 36, func(e *ent.Enterprise, _ string) any { return e.Name }},
			{"统一社会信用代码", "Credit code", 22, func(e *ent.Enterprise, _ string) any { return e.CreditCode }},
			{"区县", "District", 10, func(e *ent.Enterprise, l string) any { return districtName(e.Edges.District, l) }},
			{"地址", "Address", 36, func(e *ent.Enterprise, _ string) any { return e.Address }},
			{"行业代码", "Industry code", 10, func(e *ent.Enterprise, _ string) any { return e.IndustryCode }},
			{"行业", "Industry", 24, func(e *ent.Enterprise, _ string) any { return e.IndustryName }},
			{"排污许可管理类别", "Permit tier", 14, func(e *ent.Enterprise, l string) any { return labels.Of("tier", string(e.PermitTier), l) }},
			{"绩效分级", "Performance grade", 10, func(e *ent.Enterprise, l string) any {
				return labels.Of("grade", string(e.PerformanceGrade), l)
			}},
			{"涉气", "Air-related", 6, func(e *ent.Enterprise, l string) any { return labels.Bool(e.AirRelated, l) }},
			{"重点监管", "Key-supervised", 8, func(e *ent.Enterprise, l string) any { return labels.Bool(e.KeySupervised, l) }},
			{"使用VOCs", "Uses VOCs", 8, func(e *ent.Enterprise, l string) any { return labels.Bool(e.VocUser, l) }},
			{"产生危废", "Hazardous waste", 8, func(e *ent.Enterprise, l string) any { return labels.Bool(e.HazardousWaste, l) }},
			{"未整改问题", "Open findings", 10, func(e *ent.Enterprise, _ string) any { return counts[e.ID].Open }},
			{"逾期问题", "Overdue findings", 10, func(e *ent.Enterprise, _ string) any { return counts[e.ID].Overdue }},
		},
		counts: func(ctx context.Context) (int, error) {
			q, err := in.Where.Filter(s.client.Enterprise.Query())
			if err != nil {
				return 0, err
			}
			return q.Count(ctx)
		},
		page: func(ctx context.Context, after *entgql.Cursor[int], n int) ([]*ent.Enterprise, *entgql.Cursor[int], bool, error) {
			c, err := s.client.Enterprise.Query().WithDistrict().Paginate(ctx, after, &n, nil, nil,
				ent.WithEnterpriseOrder(in.OrderBy), ent.WithEnterpriseFilter(in.Where.Filter))
			if err != nil {
				return nil, nil, false, err
			}
			rows := nodes(c.Edges, func(e *ent.EnterpriseEdge) *ent.Enterprise { return e.Node })
			ids := make([]int, len(rows))
			for i, e := range rows {
				ids[i] = e.ID
			}
			if counts, err = rectify.CountFindings(ctx, s.client, ids); err != nil {
				return nil, nil, false, err
			}
			return rows, c.PageInfo.EndCursor, c.PageInfo.HasNextPage, nil
		},
	}
}

// FindingColumns are the rectification ledger's (整改台账) columns: the
// findings list's export and GET /exports/ledger.xlsx.
var FindingColumns = []Column[*ent.Finding]{
	{"问题编号", "No.", 10, func(f *ent.Finding, _ string) any { return f.ID }},
	{"企业名称", "Enterprise", 36, func(f *ent.Finding, _ string) any { return enterpriseName(f.Edges.Enterprise) }},
	{"统一社会信用代码", "Credit code", 22, func(f *ent.Finding, _ string) any { return creditCode(f.Edges.Enterprise) }},
	{"区县", "District", 10, func(f *ent.Finding, l string) any { return enterpriseDistrict(f.Edges.Enterprise, l) }},
	{"问题", "Finding", 40, func(f *ent.Finding, _ string) any { return f.Title }},
	{"严重程度", "Severity", 8, func(f *ent.Finding, l string) any { return labels.Of("severity", string(f.Severity), l) }},
	{"来源", "Source", 10, func(f *ent.Finding, l string) any { return labels.Of("source", string(f.Source), l) }},
	{"状态", "Status", 10, func(f *ent.Finding, l string) any { return labels.Of("findingStatus", string(f.Status), l) }},
	{"未销号", "Open", 6, func(f *ent.Finding, l string) any {
		return labels.Bool(lifecycle.Open(string(f.Status)), l)
	}},
	{"发现日期", "Found on", 12, func(f *ent.Finding, _ string) any { return day(f.CreatedAt) }},
	{"整改期限", "Due on", 12, func(f *ent.Finding, _ string) any { return day(f.DueAt) }},
	{"是否逾期", "Overdue", 8, func(f *ent.Finding, l string) any { return labels.Bool(f.Overdue, l) }},
	{"销号日期", "Closed on", 12, func(f *ent.Finding, _ string) any { return dayOf(f.ClosedAt) }},
}

func (s *Service) findings(in *FindingsInput) sheet {
	return &table[*ent.Finding]{
		name: [2]string{"整改台账", "Rectification ledger"},
		cols: FindingColumns,
		counts: func(ctx context.Context) (int, error) {
			q, err := in.Where.Filter(s.client.Finding.Query())
			if err != nil {
				return 0, err
			}
			return q.Count(ctx)
		},
		page: func(ctx context.Context, after *entgql.Cursor[int], n int) ([]*ent.Finding, *entgql.Cursor[int], bool, error) {
			c, err := s.client.Finding.Query().WithEnterprise(func(q *ent.EnterpriseQuery) { q.WithDistrict() }).
				Paginate(ctx, after, &n, nil, nil, ent.WithFindingOrder(in.OrderBy), ent.WithFindingFilter(in.Where.Filter))
			if err != nil {
				return nil, nil, false, err
			}
			return nodes(c.Edges, func(e *ent.FindingEdge) *ent.Finding { return e.Node }), c.PageInfo.EndCursor, c.PageInfo.HasNextPage, nil
		},
	}
}

func (s *Service) users(in *UsersInput) sheet {
	return &table[*ent.User]{
		name: [2]string{"用户", "Users"},
		cols: []Column[*ent.User]{
			{"用户名", "Username", 16, func(u *ent.User, _ string) any { return u.Username }},
			{"姓名", "Name", 12, func(u *ent.User, _ string) any { return u.DisplayName }},
			{"手机号", "Phone", 14, func(u *ent.User, _ string) any { return u.Phone }},
			{"角色", "Role", 12, func(u *ent.User, l string) any { return labels.Of("role", string(u.Role), l) }},
			{"所属企业", "Enterprise", 36, func(u *ent.User, _ string) any { return enterpriseName(u.Edges.Enterprise) }},
			{"所属区县", "Districts", 16, func(u *ent.User, l string) any {
				switch {
				case len(u.Edges.Districts) > 0:
					return districtNames(u.Edges.Districts, l)
				case u.Edges.Enterprise != nil && u.Edges.Enterprise.Edges.District != nil: // an enterprise's user: its enterprise's
					return districtNames([]*ent.District{u.Edges.Enterprise.Edges.District}, l)
				}
				return nil
			}},
			{"启用", "Active", 6, func(u *ent.User, l string) any { return labels.Bool(u.Active, l) }},
			{"最近登录", "Last sign-in", 17, func(u *ent.User, _ string) any { return minuteOf(u.LastLoginAt) }},
		},
		counts: func(ctx context.Context) (int, error) {
			q, err := in.Where.Filter(s.client.User.Query())
			if err != nil {
				return 0, err
			}
			return q.Count(ctx)
		},
		page: func(ctx context.Context, after *entgql.Cursor[int], n int) ([]*ent.User, *entgql.Cursor[int], bool, error) {
			c, err := s.client.User.Query().WithEnterprise(func(q *ent.EnterpriseQuery) { q.WithDistrict() }).WithDistricts().
				Paginate(ctx, after, &n, nil, nil, ent.WithUserOrder(in.OrderBy), ent.WithUserFilter(in.Where.Filter))
			if err != nil {
				return nil, nil, false, err
			}
			return nodes(c.Edges, func(e *ent.UserEdge) *ent.User { return e.Node }), c.PageInfo.EndCursor, c.PageInfo.HasNextPage, nil
		},
	}
}

func (s *Service) tasks(in *TasksInput) sheet {
	// The page's enterprises (self-checks) in the viewer's scope, read with
	// the page (one grouped statement), as the list shows them.
	var counts map[int]int
	return &table[*ent.InspectionTask]{
		name: [2]string{"自查任务", "Self-inspection tasks"},
		cols: []Column[*ent.InspectionTask]{
			{"任务", "Task", 36, func(t *ent.InspectionTask, _ string) any { return t.Title }},
			{"自查清单", "Checklist", 30, func(t *ent.InspectionTask, _ string) any {
				if t.Edges.Template == nil {
					return nil
				}
				return t.Edges.Template.Name + " v" + strconv.Itoa(t.Edges.Template.Version)
			}},
			{"企业数", "Enterprises", 8, func(t *ent.InspectionTask, _ string) any { return counts[t.ID] }},
			{"状态", "Status", 8, func(t *ent.InspectionTask, l string) any { return labels.Of("taskStatus", string(t.Status), l) }},
			{"下发日期", "Issued on", 12, func(t *ent.InspectionTask, _ string) any { return day(t.IssuedAt) }},
			{"截止日期", "Due on", 12, func(t *ent.InspectionTask, _ string) any { return day(t.DueAt) }},
			{"结束日期", "Closed on", 12, func(t *ent.InspectionTask, _ string) any { return dayOf(t.ClosedAt) }},
		},
		counts: func(ctx context.Context) (int, error) {
			q, err := in.Where.Filter(s.client.InspectionTask.Query())
			if err != nil {
				return 0, err
			}
			return q.Count(ctx)
		},
		page: func(ctx context.Context, after *entgql.Cursor[int], n int) ([]*ent.InspectionTask, *entgql.Cursor[int], bool, error) {
			c, err := s.client.InspectionTask.Query().WithTemplate().
				Paginate(ctx, after, &n, nil, nil, ent.WithInspectionTaskOrder(in.OrderBy), ent.WithInspectionTaskFilter(in.Where.Filter))
			if err != nil {
				return nil, nil, false, err
			}
			rows := nodes(c.Edges, func(e *ent.InspectionTaskEdge) *ent.InspectionTask { return e.Node })
			ids := make([]int, len(rows))
			for i, t := range rows {
				ids[i] = t.ID
			}
			var grouped []struct {
				TaskID int `json:"task_id"`
				Count  int `json:"count"`
			}
			if err := s.client.SelfCheck.Query().Where(selfcheck.TaskIDIn(ids...)).
				GroupBy(selfcheck.FieldTaskID).Aggregate(ent.Count()).Scan(ctx, &grouped); err != nil {
				return nil, nil, false, err
			}
			counts = make(map[int]int, len(grouped))
			for _, g := range grouped {
				counts[g.TaskID] = g.Count
			}
			return rows, c.PageInfo.EndCursor, c.PageInfo.HasNextPage, nil
		},
	}
}

func (s *Service) warnings(in *WarningsInput) sheet {
	return &table[*ent.Warning]{
		name: [2]string{"重污染天气预警", "Heavy-pollution warnings"},
		cols: []Column[*ent.Warning]{
			{"预警", "Warning", 36, func(w *ent.Warning, _ string) any { return w.Title }},
			{"级别", "Level", 10, func(w *ent.Warning, l string) any { return labels.Of("level", string(w.Level), l) }},
			{"状态", "Status", 8, func(w *ent.Warning, l string) any { return labels.Of("warningStatus", string(w.Status), l) }},
			{"轮次", "Round", 6, func(w *ent.Warning, _ string) any { return w.Round }},
			{"范围", "Districts", 20, func(w *ent.Warning, l string) any { return districtNames(w.Edges.Districts, l) }},
			{"生效时间", "Effective from", 17, func(w *ent.Warning, _ string) any { return minuteOf(&w.EffectiveFrom) }},
			{"解除时间", "Effective to", 17, func(w *ent.Warning, _ string) any { return minuteOf(w.EffectiveTo) }},
			{"发布时间", "Published at", 17, func(w *ent.Warning, _ string) any { return minuteOf(w.PublishedAt) }},
		},
		counts: func(ctx context.Context) (int, error) {
			q, err := in.Where.Filter(s.client.Warning.Query())
			if err != nil {
				return 0, err
			}
			return q.Count(ctx)
		},
		page: func(ctx context.Context, after *entgql.Cursor[int], n int) ([]*ent.Warning, *entgql.Cursor[int], bool, error) {
			c, err := s.client.Warning.Query().WithDistricts().
				Paginate(ctx, after, &n, nil, nil, ent.WithWarningOrder(in.OrderBy), ent.WithWarningFilter(in.Where.Filter))
			if err != nil {
				return nil, nil, false, err
			}
			return nodes(c.Edges, func(e *ent.WarningEdge) *ent.Warning { return e.Node }), c.PageInfo.EndCursor, c.PageInfo.HasNextPage, nil
		},
	}
}

func (s *Service) notices(in *NoticesInput) sheet {
	return &table[*ent.WarningNotice]{
		name: [2]string{"预警响应台账", "Warning receipts"},
		cols: []Column[*ent.WarningNotice]{
			{"预警", "Warning", 30, func(n *ent.WarningNotice, _ string) any {
				if n.Edges.Warning == nil {
					return nil
				}
				return n.Edges.Warning.Title
			}},
			{"企业名称", "Enterprise", 36, func(n *ent.WarningNotice, _ string) any { return enterpriseName(n.Edges.Enterprise) }},
			{"统一社会信用代码", "Credit code", 22, func(n *ent.WarningNotice, _ string) any { return creditCode(n.Edges.Enterprise) }},
			{"区县", "District", 10, func(n *ent.WarningNotice, l string) any { return enterpriseDistrict(n.Edges.Enterprise, l) }},
			{"轮次", "Round", 6, func(n *ent.WarningNotice, _ string) any { return n.Round }},
			{"通知", "Notice", 8, func(n *ent.WarningNotice, l string) any { return labels.Of("noticeKind", string(n.Kind), l) }},
			{"级别", "Level", 10, func(n *ent.WarningNotice, l string) any { return labels.Of("level", string(n.Level), l) }},
			{"绩效分级", "Grade", 8, func(n *ent.WarningNotice, l string) any { return labels.Of("grade", n.Grade, l) }},
			{"推送时间", "Pushed at", 17, func(n *ent.WarningNotice, _ string) any { return minuteOf(n.PushedAt) }},
			{"送达时间", "Delivered at", 17, func(n *ent.WarningNotice, _ string) any { return minuteOf(n.DeliveredAt) }},
			{"阅读时间", "Read at", 17, func(n *ent.WarningNotice, _ string) any { return minuteOf(n.ReadAt) }},
			{"确认时间", "Acknowledged at", 17, func(n *ent.WarningNotice, _ string) any { return minuteOf(n.AcknowledgedAt) }},
			{"按时确认", "Acknowledged in time", 8, func(n *ent.WarningNotice, l string) any {
				if n.AckDueAt == nil {
					return nil
				}
				return labels.Bool(n.AcknowledgedAt != nil && !n.AcknowledgedAt.After(*n.AckDueAt), l)
			}},
			{"措施报告时间", "Measures reported at", 17, func(n *ent.WarningNotice, _ string) any { return minuteOf(n.MeasuresReportedAt) }},
			{"按时上报", "Reported in time", 8, func(n *ent.WarningNotice, l string) any {
				if n.ReportDueAt == nil {
					return nil
				}
				return labels.Bool(n.MeasuresReportedAt != nil && !n.MeasuresReportedAt.After(*n.ReportDueAt), l)
			}},
			{"上报次数", "Reports", 8, func(n *ent.WarningNotice, _ string) any { return n.ReportCount }},
			{"附证据", "Evidence", 6, func(n *ent.WarningNotice, l string) any { return labels.Bool(n.EvidenceAt != nil, l) }},
			{"再次推送", "Re-pushed", 8, func(n *ent.WarningNotice, l string) any { return labels.Bool(n.RepushedAt != nil, l) }},
			{"电话督促次数", "Calls", 8, func(n *ent.WarningNotice, _ string) any { return len(n.Calls) }},
			{"抽查时间", "Checked at", 17, func(n *ent.WarningNotice, _ string) any { return minuteOf(n.CheckedAt) }},
			{"抽查结论", "Compliant", 8, func(n *ent.WarningNotice, l string) any {
				if n.CheckCompliant == nil {
					return nil
				}
				return labels.Pick(map[bool][2]string{true: {"落实", "Compliant"}, false: {"未落实", "Not compliant"}}[*n.CheckCompliant], l)
			}},
		},
		counts: func(ctx context.Context) (int, error) {
			q, err := in.Where.Filter(s.client.WarningNotice.Query())
			if err != nil {
				return 0, err
			}
			return q.Count(ctx)
		},
		page: func(ctx context.Context, after *entgql.Cursor[int], n int) ([]*ent.WarningNotice, *entgql.Cursor[int], bool, error) {
			c, err := s.client.WarningNotice.Query().WithWarning().WithEnterprise(func(q *ent.EnterpriseQuery) { q.WithDistrict() }).
				Paginate(ctx, after, &n, nil, nil, ent.WithWarningNoticeOrder(in.OrderBy), ent.WithWarningNoticeFilter(in.Where.Filter))
			if err != nil {
				return nil, nil, false, err
			}
			return nodes(c.Edges, func(e *ent.WarningNoticeEdge) *ent.WarningNotice { return e.Node }), c.PageInfo.EndCursor, c.PageInfo.HasNextPage, nil
		},
	}
}

func (s *Service) questions(in *QuestionsInput) sheet {
	return &table[*ent.Question]{
		name: [2]string{"在线答疑", "Questions"},
		cols: []Column[*ent.Question]{
			{"问题", "Question", 40, func(q *ent.Question, _ string) any { return q.Title }},
			{"企业名称", "Enterprise", 36, func(q *ent.Question, _ string) any { return enterpriseName(q.Edges.Enterprise) }},
			{"区县", "District", 10, func(q *ent.Question, l string) any { return districtName(q.Edges.District, l) }},
			{"状态", "Status", 10, func(q *ent.Question, l string) any { return labels.Of("questionStatus", string(q.Status), l) }},
			{"提问时间", "Asked at", 17, func(q *ent.Question, _ string) any { return minuteOf(&q.CreatedAt) }},
			{"首次答复时间", "First answered at", 17, func(q *ent.Question, _ string) any { return minuteOf(q.FirstAnsweredAt) }},
			{"首次答复用时（分钟）", "Minutes to first answer", 10, func(q *ent.Question, _ string) any {
				if q.FirstAnsweredAt == nil {
					return nil
				}
				return int(q.FirstAnsweredAt.Sub(q.CreatedAt).Minutes())
			}},
			{"办结时间", "Resolved at", 17, func(q *ent.Question, _ string) any { return minuteOf(q.ResolvedAt) }},
			{"超时上报时间", "Escalated at", 17, func(q *ent.Question, _ string) any { return minuteOf(q.EscalatedAt) }},
		},
		counts: func(ctx context.Context) (int, error) {
			q, err := in.Where.Filter(s.client.Question.Query())
			if err != nil {
				return 0, err
			}
			return q.Count(ctx)
		},
		page: func(ctx context.Context, after *entgql.Cursor[int], n int) ([]*ent.Question, *entgql.Cursor[int], bool, error) {
			c, err := s.client.Question.Query().WithEnterprise().WithDistrict().
				Paginate(ctx, after, &n, nil, nil, ent.WithQuestionOrder(in.OrderBy), ent.WithQuestionFilter(in.Where.Filter))
			if err != nil {
				return nil, nil, false, err
			}
			return nodes(c.Edges, func(e *ent.QuestionEdge) *ent.Question { return e.Node }), c.PageInfo.EndCursor, c.PageInfo.HasNextPage, nil
		},
	}
}

func (s *Service) trainings(in *TrainingsInput) sheet {
	return &table[*ent.Training]{
		name: [2]string{"培训", "Trainings"},
		cols: []Column[*ent.Training]{
			{"培训", "Training", 36, func(t *ent.Training, _ string) any { return t.Title }},
			{"形式", "Kind", 8, func(t *ent.Training, l string) any { return labels.Of("trainingKind", string(t.Kind), l) }},
			{"开始时间", "Starts at", 17, func(t *ent.Training, _ string) any { return minuteOf(&t.StartsAt) }},
			{"时长（分钟）", "Minutes", 8, func(t *ent.Training, _ string) any { return t.DurationMinutes }},
			{"培训对象", "Audience", 14, func(t *ent.Training, l string) any { return labels.Of("audience", string(t.Audience), l) }},
			{"区县", "Districts", 20, func(t *ent.Training, l string) any { return districtNames(t.Edges.Districts, l) }},
			{"行业", "Industries", 14, func(t *ent.Training, l string) any {
				var codes []string
				for _, c := range strings.Split(t.IndustryPrefixes, ",") {
					if c = strings.TrimSpace(c); c != "" {
						codes = append(codes, c)
					}
				}
				if len(codes) == 0 {
					return labels.Pick([2]string{"全部行业", "All industries"}, l)
				}
				return strings.Join(codes, labels.Pick([2]string{"、", ", "}, l))
			}},
			{"回放", "Replay", 30, func(t *ent.Training, _ string) any { return t.ReplayURL }},
		},
		counts: func(ctx context.Context) (int, error) {
			q, err := in.Where.Filter(s.client.Training.Query())
			if err != nil {
				return 0, err
			}
			return q.Count(ctx)
		},
		page: func(ctx context.Context, after *entgql.Cursor[int], n int) ([]*ent.Training, *entgql.Cursor[int], bool, error) {
			c, err := s.client.Training.Query().WithDistricts().
				Paginate(ctx, after, &n, nil, nil, ent.WithTrainingOrder(in.OrderBy), ent.WithTrainingFilter(in.Where.Filter))
			if err != nil {
				return nil, nil, false, err
			}
			return nodes(c.Edges, func(e *ent.TrainingEdge) *ent.Training { return e.Node }), c.PageInfo.EndCursor, c.PageInfo.HasNextPage, nil
		},
	}
}

func (s *Service) visits(in *VisitsInput) sheet {
	return &table[*ent.Visit]{
		name: [2]string{"帮扶记录", "Visits"},
		cols: []Column[*ent.Visit]{
			{"企业名称", "Enterprise", 36, func(v *ent.Visit, _ string) any { return enterpriseName(v.Edges.Enterprise) }},
			{"区县", "District", 10, func(v *ent.Visit, l string) any { return enterpriseDistrict(v.Edges.Enterprise, l) }},
			{"类型", "Kind", 10, func(v *ent.Visit, l string) any { return labels.Of("visitKind", string(v.Kind), l) }},
			{"状态", "Status", 8, func(v *ent.Visit, l string) any { return labels.Of("visitStatus", string(v.Status), l) }},
			{"计划日期", "Scheduled on", 12, func(v *ent.Visit, _ string) any { return day(v.ScheduledOn) }},
			{"开展日期", "Held on", 12, func(v *ent.Visit, _ string) any { return dayOf(v.HeldOn) }},
			{"企业确认时间", "Confirmed at", 17, func(v *ent.Visit, _ string) any { return minuteOf(v.ConfirmedAt) }},
			{"帮扶方案", "Plan", 40, func(v *ent.Visit, _ string) any { return v.Plan }},
		},
		counts: func(ctx context.Context) (int, error) {
			q, err := in.Where.Filter(s.client.Visit.Query())
			if err != nil {
				return 0, err
			}
			return q.Count(ctx)
		},
		page: func(ctx context.Context, after *entgql.Cursor[int], n int) ([]*ent.Visit, *entgql.Cursor[int], bool, error) {
			c, err := s.client.Visit.Query().WithEnterprise(func(q *ent.EnterpriseQuery) { q.WithDistrict() }).
				Paginate(ctx, after, &n, nil, nil, ent.WithVisitOrder(in.OrderBy), ent.WithVisitFilter(in.Where.Filter))
			if err != nil {
				return nil, nil, false, err
			}
			return nodes(c.Edges, func(e *ent.VisitEdge) *ent.Visit { return e.Node }), c.PageInfo.EndCursor, c.PageInfo.HasNextPage, nil
		},
	}
}

func (s *Service) apiKeys(in *APIKeysInput) sheet {
	return &table[*ent.APIKey]{
		name: [2]string{"开放接口密钥", "API keys"},
		cols: []Column[*ent.APIKey]{
			{"名称", "Name", 24, func(k *ent.APIKey, _ string) any { return k.Name }},
			{"前缀", "Prefix", 14, func(k *ent.APIKey, _ string) any { return k.Prefix }},
			{"状态", "Status", 8, func(k *ent.APIKey, l string) any { return labels.Of("keyStatus", s.partners.Status(k), l) }},
			{"数据范围", "Scopes", 30, func(k *ent.APIKey, l string) any {
				out := make([]string, len(k.Scopes))
				for i, sc := range k.Scopes {
					out[i] = labels.Of("partnerScope", string(sc), l)
				}
				return strings.Join(out, labels.Pick([2]string{"、", ", "}, l))
			}},
			{"区县", "Districts", 20, func(k *ent.APIKey, l string) any { return districtNames(k.Edges.Districts, l) }},
			{"额度（点）", "Budget (points)", 10, func(k *ent.APIKey, _ string) any { return k.Budget }},
			{"恢复（点/秒）", "Refill (points/s)", 10, func(k *ent.APIKey, _ string) any { return k.RefillPerSecond }},
			{"有效期至", "Expires at", 17, func(k *ent.APIKey, l string) any {
				if k.ExpiresAt == nil {
					return labels.Pick([2]string{"长期有效", "No expiry"}, l)
				}
				return minuteOf(k.ExpiresAt)
			}},
			{"最近使用", "Last used", 17, func(k *ent.APIKey, _ string) any { return minuteOf(k.LastUsedAt) }},
			{"创建时间", "Created at", 17, func(k *ent.APIKey, _ string) any { return minuteOf(&k.CreatedAt) }},
		},
		counts: func(ctx context.Context) (int, error) {
			q, err := in.Where.Filter(s.client.APIKey.Query())
			if err != nil {
				return 0, err
			}
			return q.Count(ctx)
		},
		page: func(ctx context.Context, after *entgql.Cursor[int], n int) ([]*ent.APIKey, *entgql.Cursor[int], bool, error) {
			c, err := s.client.APIKey.Query().WithDistricts().
				Paginate(ctx, after, &n, nil, nil, ent.WithAPIKeyOrder(in.OrderBy), ent.WithAPIKeyFilter(in.Where.Filter))
			if err != nil {
				return nil, nil, false, err
			}
			return nodes(c.Edges, func(e *ent.APIKeyEdge) *ent.APIKey { return e.Node }), c.PageInfo.EndCursor, c.PageInfo.HasNextPage, nil
		},
	}
}

// WriteLedger writes the findings matching ps as the viewer in ctx reads
// them, in the order they were found, in the findings list's columns, as
// an .xlsx workbook to w (GET /exports/ledger.xlsx), and returns the rows.
// At most max rows are written.
func WriteLedger(ctx context.Context, client *ent.Client, ps []predicate.Finding, lang string, max int, w io.Writer) (int, error) {
	t := &table[*ent.Finding]{
		name: [2]string{"整改台账", "Rectification ledger"},
		cols: FindingColumns,
		page: func(ctx context.Context, after *entgql.Cursor[int], n int) ([]*ent.Finding, *entgql.Cursor[int], bool, error) {
			c, err := client.Finding.Query().Where(ps...).WithEnterprise(func(q *ent.EnterpriseQuery) { q.WithDistrict() }).
				Paginate(ctx, after, &n, nil, nil)
			if err != nil {
				return nil, nil, false, err
			}
			return nodes(c.Edges, func(e *ent.FindingEdge) *ent.Finding { return e.Node }), c.PageInfo.EndCursor, c.PageInfo.HasNextPage, nil
		},
	}
	x, err := newXLSX(t.title(lang), t.widths())
	if err != nil {
		return 0, err
	}
	defer x.close()
	if err := x.header(t.header(lang)); err != nil {
		return 0, err
	}
	rows := 0
	errEnough := errors.New("enough")
	err = t.pages(ctx, lang, PageSize, func(page [][]any) error {
		for _, r := range page {
			if rows >= max {
				return errEnough
			}
			if err := x.row(r); err != nil {
				return err
			}
			rows++
		}
		return nil
	})
	if err != nil && !errors.Is(err, errEnough) {
		return rows, err
	}
	return rows, x.finish(w)
}
