package warning

import (
	"context"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"greencheck/api/apperr"
	"greencheck/api/audit"
	"greencheck/api/authz"
	"greencheck/api/db"
	"greencheck/api/input"
	"greencheck/api/xlsx"
	"greencheck/ent"
	"greencheck/ent/emissionplan"
	"greencheck/ent/enterprise"
	"greencheck/ent/facility"
	"greencheck/ent/schematype"
)

// The yearly emission-reduction list (应急减排清单) as the bureau keeps it: one
// Excel row per enterprise × line or process × level, on the first sheet,
// under a header row.
var planColumns = []string{"统一社会信用代码", "企业名称", "绩效分级", "预警级别", "生产线/工序", "措施",
	"限产比例(%)", "SO2(kg/d)", "NOx(kg/d)", "PM(kg/d)", "VOCs(kg/d)", "设施编号"}

// Bounds of a plan import: the file, and the rows of the list (a city of
// 2,000 listed enterprises × 3 processes × 3 levels is 18,000).
const (
	MaxPlanFileBytes = 10 << 20
	MaxPlanRows      = 30000
)

var planBook = xlsx.Format{Columns: len(planColumns), MaxRows: MaxPlanRows, NotWorkbook: "plans.not_workbook",
	TooBig: "template.too_big", ColumnsKey: "template.columns", RowsKey: "template.rows"}

// The labels a list may use for grades, levels and actions, besides the codes.
var (
	gradeLabels  = map[string]string{"A级": "A", "B级": "B", "B-级": "B_MINUS", "C级": "C", "D级": "D", "引领性": "LEADING", "保障类": "GUARANTEE", "未分级": "NONE", "B-": "B_MINUS"}
	levelLabels  = map[string]string{"黄色": "YELLOW", "橙色": "ORANGE", "红色": "RED", "黄色预警": "YELLOW", "橙色预警": "ORANGE", "红色预警": "RED"}
	actionLabels = map[string]string{"停产": "STOP", "限产": "LIMIT", "正常生产": "RUN"}
)

func fromLabel(s string, labels map[string]string, codes []string) (string, bool) {
	s = strings.TrimSpace(s)
	if c, ok := labels[s]; ok {
		return c, true
	}
	u := strings.ToUpper(s)
	return u, slices.Contains(codes, u)
}

// PlanImportInput is bound to the GraphQL arguments of importEmissionPlans.
type PlanImportInput struct {
	Year   int
	File   io.Reader
	Name   string
	DryRun bool
}

// RowProblem is one refused cell of the list: its row in the sheet, the
// column's header and the message in the caller's language.
type RowProblem struct {
	Row     int
	Column  string
	Message string
}

// PlanChange is what the import does to one enterprise's plan.
type PlanChange struct {
	EnterpriseID int
	CreditCode   string
	Name         string
	// Action is CREATE, UPDATE or UNCHANGED.
	Action   string
	Grade    string
	Measures int
	// MeasuresBefore is the measures of the plan it replaces (0 for none).
	MeasuresBefore int
}

// PlanImportReport says what an import found and did (or, in a dry run,
// would do). Nothing is written when any row is refused.
type PlanImportReport struct {
	Year, Rows, Enterprises     int
	Created, Updated, Unchanged int
	DryRun, Applied             bool
	Problems                    []*RowProblem // at most 200, in row order
	ProblemCount                int
	Changes                     []*PlanChange // created and updated first; at most 500
}

const maxListed = 200

// ImportPlans reads the year's list and replaces the plans of the
// enterprises it names — those the viewer may keep plans for — in one
// transaction; with DryRun, or when any row is refused, it writes nothing
// and reports what it would do, row by row.
func (s *Service) ImportPlans(ctx context.Context, in PlanImportInput) (*PlanImportReport, error) {
	// Refused before a byte of the file is read.
	if err := authz.RequireCapability(ctx, s.client, authz.KeepEmissionPlans); err != nil {
		return nil, err
	}
	if in.Year < input.MinYear || in.Year >= input.MaxYear {
		return nil, apperr.Input("year", "input.time_range", "year", input.MinYear, input.MaxYear-1)
	}
	data, err := io.ReadAll(io.LimitReader(in.File, MaxPlanFileBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxPlanFileBytes {
		return nil, apperr.Input("file", "files.too_large", in.Name, MaxPlanFileBytes>>20)
	}
	book, err := xlsx.Open(data, planBook)
	if err != nil {
		return nil, err
	}
	defer book.Close()
	c := db.Client(ctx, s.client) // within the mutation's transaction
	rep := &PlanImportReport{Year: in.Year, DryRun: in.DryRun}
	lang := apperr.Lang(ctx)
	problem := func(row, col int, key string, args ...any) {
		rep.ProblemCount++
		if len(rep.Problems) < maxListed {
			rep.Problems = append(rep.Problems, &RowProblem{Row: row, Column: planColumns[col],
				Message: apperr.Input(planColumns[col], key, args...).Message(lang)})
		}
	}
	type row struct {
		n     int
		code  string
		grade string
		m     schematype.PlanMeasure
		fac   string
	}
	var rows []row
	lines := map[string]bool{} // an enterprise's lines per level (measureKey)
	sheet := book.GetSheetName(0)
	// The header row is one more than the list's rows.
	err = xlsx.Rows(book, sheet, MaxPlanRows+1, planBook, func(n int, r []string) error {
		if n == 1 {
			return nil // the header
		}
		for len(r) < len(planColumns) {
			r = append(r, "")
		}
		ok := true
		// Every cell as the API's text inputs are: NFC, no control or
		// text-direction characters; codes folded (full-width → ASCII).
		for i := range r {
			r[i] = input.Text(r[i])
			if key := input.Check(r[i]); key != "" && r[i] != "" {
				problem(n, i, key, planColumns[i])
				ok = false
			}
		}
		x := row{n: n, code: input.Code(r[0]), fac: input.Code(r[11])}
		if x.code == "" {
			problem(n, 0, "input.required", planColumns[0])
			ok = false
		}
		if g, valid := fromLabel(r[2], gradeLabels, Grades); valid {
			x.grade = g
		} else {
			problem(n, 2, "plans.value", r[2])
			ok = false
		}
		if l, valid := fromLabel(r[3], levelLabels, []string{"YELLOW", "ORANGE", "RED"}); valid {
			x.m.Level = l
		} else {
			problem(n, 3, "plans.value", r[3])
			ok = false
		}
		x.m.Process = r[4]
		if x.m.Process == "" {
			problem(n, 4, "input.required", planColumns[4])
			ok = false
		} else if input.Runes(x.m.Process) > maxProcess {
			problem(n, 4, "input.too_long", planColumns[4], maxProcess)
			ok = false
		}
		if a, valid := fromLabel(r[5], actionLabels, planActions); valid {
			x.m.Action = a
		} else {
			problem(n, 5, "plans.value", r[5])
			ok = false
		}
		if x.m.Action == "LIMIT" {
			p, err := strconv.Atoi(strings.TrimSuffix(r[6], "%"))
			if err != nil || p < 0 || p > 100 {
				problem(n, 6, "warning.percent")
				ok = false
			} else {
				x.m.LimitPercent = &p
			}
		}
		for i, dst := range []**float64{&x.m.SO2, &x.m.NOx, &x.m.PM, &x.m.VOCs} {
			if r[7+i] == "" {
				continue
			}
			v, err := strconv.ParseFloat(r[7+i], 64)
			if err != nil || !(v >= 0 && v <= maxReduction) { // NaN fails both
				problem(n, 7+i, "warning.reduction", maxReduction)
				ok = false
				continue
			}
			*dst = &v
		}
		if line := x.code + "\x00" + measureKey(x.m.Level, x.m.Process); ok && lines[line] {
			problem(n, 4, "plans.twice", x.m.Process)
			ok = false
		} else if ok {
			lines[line] = true
		}
		if ok {
			rows = append(rows, x)
		}
		rep.Rows++
		return nil
	})
	if err != nil {
		if _, coded := apperr.As(err); !coded {
			err = apperr.Input("file", planBook.NotWorkbook)
		}
		return nil, err
	}
	// The enterprises, as the viewer sees them (a district's list names
	// only its own), and their facilities named by code.
	var codes []string
	for _, r := range rows {
		codes = append(codes, r.code)
	}
	slices.Sort(codes)
	codes = slices.Compact(codes)
	byCode := map[string]*ent.Enterprise{}
	for lo := 0; lo < len(codes); lo += batchIDs {
		es, err := c.Enterprise.Query().Where(enterprise.CreditCodeIn(codes[lo:min(lo+batchIDs, len(codes))]...)).
			Select(enterprise.FieldID, enterprise.FieldCreditCode, enterprise.FieldName).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			byCode[e.CreditCode] = e
		}
	}
	facilities := map[[2]any]int{} // (enterprise, code) → facility
	var ids []int
	for _, e := range byCode {
		ids = append(ids, e.ID)
	}
	for lo := 0; lo < len(ids); lo += batchIDs {
		fs, err := c.Facility.Query().Where(facility.EnterpriseIDIn(ids[lo:min(lo+batchIDs, len(ids))]...)).
			Select(facility.FieldID, facility.FieldEnterpriseID, facility.FieldCode).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, f := range fs {
			facilities[[2]any{f.EnterpriseID, f.Code}] = f.ID
		}
	}
	type plan struct {
		e        *ent.Enterprise
		grade    string
		measures []schematype.PlanMeasure
	}
	plans := map[int]*plan{}
	var order []int
	for _, r := range rows {
		e := byCode[r.code]
		if e == nil {
			problem(r.n, 0, "plans.enterprise", r.code)
			continue
		}
		if r.fac != "" {
			id, ok := facilities[[2]any{e.ID, r.fac}]
			if !ok {
				problem(r.n, 11, "plans.facility", r.fac)
				continue
			}
			r.m.FacilityID = &id
		}
		p := plans[e.ID]
		if p == nil {
			p = &plan{e: e, grade: r.grade}
			plans[e.ID] = p
			order = append(order, e.ID)
		} else if p.grade != r.grade {
			problem(r.n, 2, "plans.grade_differs", r.grade, p.grade)
			continue
		}
		if len(p.measures) >= MaxPlanMeasures {
			problem(r.n, 4, "input.too_many", planColumns[4], MaxPlanMeasures)
			continue
		}
		p.measures = append(p.measures, r.m)
	}
	rep.Enterprises = len(order)
	existing := map[int]*ent.EmissionPlan{}
	for lo := 0; lo < len(order); lo += batchIDs {
		ps, err := c.EmissionPlan.Query().Where(emissionplan.EnterpriseIDIn(order[lo:min(lo+batchIDs, len(order))]...),
			emissionplan.Year(in.Year)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, p := range ps {
			existing[p.EnterpriseID] = p
		}
	}
	var unchanged []*PlanChange
	for _, id := range order {
		p, old := plans[id], existing[id]
		c := &PlanChange{EnterpriseID: id, CreditCode: p.e.CreditCode, Name: p.e.Name, Grade: p.grade, Measures: len(p.measures)}
		if old != nil {
			c.MeasuresBefore = len(old.Measures)
		}
		switch {
		case old == nil:
			c.Action = "CREATE"
			rep.Created++
		case string(old.Grade) == p.grade && reflect.DeepEqual(old.Measures, p.measures):
			c.Action = "UNCHANGED"
			rep.Unchanged++
			unchanged = append(unchanged, c)
			continue
		default:
			c.Action = "UPDATE"
			rep.Updated++
		}
		if len(rep.Changes) < 500 {
			rep.Changes = append(rep.Changes, c)
		}
	}
	for _, c := range unchanged {
		if len(rep.Changes) < 500 {
			rep.Changes = append(rep.Changes, c)
		}
	}
	if in.DryRun || rep.ProblemCount > 0 {
		return rep, nil
	}
	note := fmt.Sprintf("%d 年应急减排清单（导入）", in.Year)
	if n := input.MaxLen("EmissionPlan", "note"); input.Runes(note) > n {
		note = string([]rune(note)[:n])
	}
	err = db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		var creates []*ent.EmissionPlanCreate
		for _, id := range order {
			p, old := plans[id], existing[id]
			switch {
			case old == nil:
				creates = append(creates, tx.EmissionPlan.Create().SetEnterpriseID(id).SetYear(in.Year).
					SetGrade(emissionplan.Grade(p.grade)).SetMeasures(p.measures).SetNote(note).SetSelfDeclared(false))
			case string(old.Grade) != p.grade || !reflect.DeepEqual(old.Measures, p.measures):
				// The list's measures are the bureau's, no longer a declaration.
				if err := tx.EmissionPlan.UpdateOneID(old.ID).SetGrade(emissionplan.Grade(p.grade)).
					SetMeasures(p.measures).SetSelfDeclared(false).Exec(ctx); err != nil {
					return err
				}
			}
		}
		for lo := 0; lo < len(creates); lo += 500 {
			if err := tx.EmissionPlan.CreateBulk(creates[lo:min(lo+500, len(creates))]...).Exec(ctx); err != nil {
				return err
			}
		}
		return audit.Record(ctx, tx, audit.Entry{Action: "emissionplan.import", SubjectType: "EmissionPlan",
			To: fmt.Sprintf("%d: %d created, %d updated, %d unchanged", in.Year, rep.Created, rep.Updated, rep.Unchanged)})
	})
	if err != nil {
		return nil, err
	}
	rep.Applied = true
	return rep, nil
}
