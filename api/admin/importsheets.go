package admin

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"greencheck/api/audit"
	"greencheck/api/clock"
	"greencheck/api/db"
	"greencheck/api/input"
	"greencheck/ent"
	"greencheck/ent/eiaapproval"
	"greencheck/ent/facility"
	"greencheck/ent/permit"
)

// The sheets of an enterprise's records — permits, facilities, EIA
// approvals — share one shape: each row names its enterprise by credit
// code (registered, or in the enterprises sheet) and is matched within it
// by its key (the permit's number, the facility's code, the approval's
// document number).

var (
	FacilitySheet   = [2]string{"设施", "Facilities"}
	FacilityColumns = []ImportColumn{
		{"统一社会信用代码", "Credit code", true, "所属企业，须已登记或在“企业”表中"},
		{"设施编号", "Code", true, "企业内唯一，如 TA001"},
		{"设施名称", "Name", true, ""},
		{"类型", "Kind", true, "生产设施 / 治污设施"},
		{"处理能力", "Capacity", false, "数字"},
		{"单位", "Unit", false, "如 m³/h"},
		{"工艺", "Technology", false, "如 活性炭吸附+催化燃烧"},
		{"状态", "Status", false, "运行 / 停用 / 已拆除"},
	}
	EIASheet   = [2]string{"环评批复", "EIA approvals"}
	EIAColumns = []ImportColumn{
		{"统一社会信用代码", "Credit code", true, "所属企业，须已登记或在“企业”表中"},
		{"项目名称", "Project", true, ""},
		{"批复文号", "Document number", true, "如 长环评〔2021〕12号"},
		{"环评类型", "Report type", true, "报告书 / 报告表 / 登记表"},
		{"批复产能", "Approved capacity", false, "数字"},
		{"单位", "Unit", false, ""},
		{"批复日期", "Approved on", true, "YYYY-MM-DD"},
		{"竣工验收日期", "Acceptance on", false, "YYYY-MM-DD"},
	}
	facilityKinds  = map[string]string{"生产设施": "PRODUCTION_LINE", "治污设施": "CONTROL_FACILITY", "production line": "PRODUCTION_LINE", "control facility": "CONTROL_FACILITY"}
	facilityStates = map[string]string{"运行": "RUNNING", "停用": "IDLE", "已拆除": "DISMANTLED", "running": "RUNNING", "idle": "IDLE", "dismantled": "DISMANTLED"}
	reportTypes    = map[string]string{"报告书": "REPORT", "报告表": "REPORT_FORM", "登记表": "REGISTRATION_FORM"}
)

// childRow is a parsed row of a records sheet.
type childRow struct {
	n    int
	code string // its enterprise's credit code
	key  string // matched by, within the enterprise
	in   any    // CreatePermitInput, CreateFacilityInput or CreateEIAApprovalInput
	// Its enterprise: stored (id) or a row of the enterprises sheet.
	entID int
	ent   *entRow
	old   any // the stored record it matches, if any
}

// childSheet is a records sheet: its columns, how a row is read, and how
// its records are found, compared and written.
type childSheet struct {
	names  [2]string
	cols   []ImportColumn
	what   string // the entity, for the audit trail
	counts func(*ImportReport) *ImportCounts
	parse  func(r []string, bad func(int, string, ...any)) (key string, in any)
	// stored are the records of the enterprises by key (enterprise id and key).
	stored func(ctx context.Context, c *ent.Client, entIDs []int) (map[string]any, error)
	same   func(old, in any, entID int) bool
	write  func(ctx context.Context, tx *ent.Client, old, in any, entID int) error
}

func recordKey(entID int, key string) string { return strconv.Itoa(entID) + "\x00" + key }

var childSheets = []childSheet{
	{names: PermitSheet, cols: PermitColumns, what: "Permit", counts: func(r *ImportReport) *ImportCounts { return &r.Permits },
		parse: func(r []string, bad func(int, string, ...any)) (string, any) {
			var in CreatePermitInput
			in.Number = input.Code(r[1])
			cellText(bad, 1, in.Number, true, input.MaxLen("Permit", "number"))
			if t, ok := codeOf("tier", r[2], permit.TierValidator); ok && r[2] != "" {
				in.Tier = permit.Tier(t)
			} else {
				bad(2, "import.value", r[2])
			}
			issued, ok1 := dateOf(r[3])
			if !ok1 {
				bad(3, "import.date", r[3])
			}
			until, ok2 := dateOf(r[4])
			if !ok2 {
				bad(4, "import.date", r[4])
			}
			if ok1 && ok2 && !until.After(issued) {
				bad(4, "input.date_order")
			}
			in.IssuedOn, in.ValidUntil = issued, until
			for _, o := range strings.FieldsFunc(r[5], func(c rune) bool { return strings.ContainsRune("、,，;；", c) }) {
				if o = input.Code(o); o != "" {
					in.Outlets = append(in.Outlets, o)
				}
			}
			if len(in.Outlets) > maxOutlets {
				bad(5, "input.too_many", maxOutlets)
			}
			return in.Number, in
		},
		stored: func(ctx context.Context, c *ent.Client, ids []int) (map[string]any, error) {
			out := map[string]any{}
			for lo := 0; lo < len(ids); lo += 500 {
				ps, err := c.Permit.Query().Where(permit.EnterpriseIDIn(ids[lo:min(lo+500, len(ids))]...)).All(ctx)
				if err != nil {
					return nil, err
				}
				for _, p := range ps {
					out[recordKey(p.EnterpriseID, p.Number)] = p
				}
			}
			return out, nil
		},
		same: func(old, in any, entID int) bool {
			p, x := old.(*ent.Permit), in.(CreatePermitInput)
			return p.Tier == x.Tier && clock.Day(p.IssuedOn) == clock.Day(x.IssuedOn) &&
				clock.Day(p.ValidUntil) == clock.Day(x.ValidUntil) && slices.Equal(p.Outlets, x.Outlets)
		},
		write: func(ctx context.Context, tx *ent.Client, old, in any, entID int) error {
			x := in.(CreatePermitInput)
			if old == nil {
				return tx.Permit.Create().SetEnterpriseID(entID).SetNumber(x.Number).SetTier(x.Tier).
					SetIssuedOn(utc(x.IssuedOn)).SetValidUntil(utc(x.ValidUntil)).SetOutlets(x.Outlets).Exec(ctx)
			}
			return tx.Permit.UpdateOne(old.(*ent.Permit)).SetTier(x.Tier).SetIssuedOn(utc(x.IssuedOn)).
				SetValidUntil(utc(x.ValidUntil)).SetOutlets(x.Outlets).Exec(ctx)
		}},
	{names: FacilitySheet, cols: FacilityColumns, what: "Facility", counts: func(r *ImportReport) *ImportCounts { return &r.Facilities },
		parse: func(r []string, bad func(int, string, ...any)) (string, any) {
			var in CreateFacilityInput
			in.Code = input.Code(r[1])
			cellText(bad, 1, in.Code, true, input.MaxLen("Facility", "code"))
			in.Name = r[2]
			cellText(bad, 2, r[2], true, input.MaxLen("Facility", "name"))
			if k, ok := fromMap(facilityKinds, r[3], facility.KindValidator); ok {
				in.Kind = facility.Kind(k)
			} else {
				bad(3, "import.value", r[3])
			}
			if r[4] != "" {
				if f, err := strconv.ParseFloat(r[4], 64); err == nil && f >= 0 && f < 1e12 {
					in.Capacity = &f
				} else {
					bad(4, "import.number", r[4])
				}
			}
			if r[5] != "" {
				in.CapacityUnit = &r[5]
				cellText(bad, 5, r[5], false, 32)
			}
			if r[6] != "" {
				in.Technology = &r[6]
				cellText(bad, 6, r[6], false, input.MaxLen("Facility", "technology"))
			}
			if r[7] != "" {
				if st, ok := fromMap(facilityStates, r[7], facility.StatusValidator); ok {
					s := facility.Status(st)
					in.Status = &s
				} else {
					bad(7, "import.value", r[7])
				}
			}
			return in.Code, in
		},
		stored: func(ctx context.Context, c *ent.Client, ids []int) (map[string]any, error) {
			out := map[string]any{}
			for lo := 0; lo < len(ids); lo += 500 {
				fs, err := c.Facility.Query().Where(facility.EnterpriseIDIn(ids[lo:min(lo+500, len(ids))]...)).All(ctx)
				if err != nil {
					return nil, err
				}
				for _, f := range fs {
					out[recordKey(f.EnterpriseID, f.Code)] = f
				}
			}
			return out, nil
		},
		same: func(old, in any, _ int) bool {
			f, x := old.(*ent.Facility), in.(CreateFacilityInput)
			return f.Name == x.Name && f.Kind == x.Kind && eqFloat(f.Capacity, x.Capacity) &&
				(x.CapacityUnit == nil || *x.CapacityUnit == f.CapacityUnit) &&
				(x.Technology == nil || *x.Technology == f.Technology) && (x.Status == nil || *x.Status == f.Status)
		},
		write: func(ctx context.Context, tx *ent.Client, old, in any, entID int) error {
			x := in.(CreateFacilityInput)
			if old == nil {
				return tx.Facility.Create().SetEnterpriseID(entID).SetCode(x.Code).SetName(x.Name).SetKind(x.Kind).
					SetNillableCapacity(x.Capacity).SetNillableCapacityUnit(x.CapacityUnit).SetNillableTechnology(x.Technology).
					SetNillableStatus(x.Status).Exec(ctx)
			}
			return tx.Facility.UpdateOne(old.(*ent.Facility)).SetName(x.Name).SetKind(x.Kind).SetNillableCapacity(x.Capacity).
				SetNillableCapacityUnit(x.CapacityUnit).SetNillableTechnology(x.Technology).SetNillableStatus(x.Status).Exec(ctx)
		}},
	{names: EIASheet, cols: EIAColumns, what: "EIAApproval", counts: func(r *ImportReport) *ImportCounts { return &r.EIAApprovals },
		parse: func(r []string, bad func(int, string, ...any)) (string, any) {
			var in CreateEIAApprovalInput
			in.ProjectName = r[1]
			cellText(bad, 1, r[1], true, input.MaxLen("EIAApproval", "projectName"))
			in.DocumentNumber = r[2]
			cellText(bad, 2, r[2], true, input.MaxLen("EIAApproval", "documentNumber"))
			if t, ok := fromMap(reportTypes, r[3], eiaapproval.ReportTypeValidator); ok {
				in.ReportType = eiaapproval.ReportType(t)
			} else {
				bad(3, "import.value", r[3])
			}
			if r[4] != "" {
				if f, err := strconv.ParseFloat(r[4], 64); err == nil && f >= 0 && f < 1e12 {
					in.ApprovedCapacity = &f
				} else {
					bad(4, "import.number", r[4])
				}
			}
			if r[5] != "" {
				in.CapacityUnit = &r[5]
				cellText(bad, 5, r[5], false, 32)
			}
			approved, ok := dateOf(r[6])
			if !ok {
				bad(6, "import.date", r[6])
			}
			in.ApprovedOn = approved
			if r[7] != "" {
				if acc, ok := dateOf(r[7]); !ok {
					bad(7, "import.date", r[7])
				} else if acc.Before(approved) {
					bad(7, "import.acceptance_order")
				} else {
					in.AcceptanceOn = &acc
				}
			}
			return in.DocumentNumber, in
		},
		stored: func(ctx context.Context, c *ent.Client, ids []int) (map[string]any, error) {
			out := map[string]any{}
			for lo := 0; lo < len(ids); lo += 500 {
				as, err := c.EIAApproval.Query().Where(eiaapproval.EnterpriseIDIn(ids[lo:min(lo+500, len(ids))]...)).All(ctx)
				if err != nil {
					return nil, err
				}
				for _, a := range as {
					out[recordKey(a.EnterpriseID, a.DocumentNumber)] = a
				}
			}
			return out, nil
		},
		same: func(old, in any, _ int) bool {
			a, x := old.(*ent.EIAApproval), in.(CreateEIAApprovalInput)
			return a.ProjectName == x.ProjectName && a.ReportType == x.ReportType && eqFloat(a.ApprovedCapacity, x.ApprovedCapacity) &&
				(x.CapacityUnit == nil || *x.CapacityUnit == a.CapacityUnit) && clock.Day(a.ApprovedOn) == clock.Day(x.ApprovedOn) &&
				(x.AcceptanceOn == nil) == (a.AcceptanceOn == nil) && (x.AcceptanceOn == nil || clock.Day(*a.AcceptanceOn) == clock.Day(*x.AcceptanceOn))
		},
		write: func(ctx context.Context, tx *ent.Client, old, in any, entID int) error {
			x := in.(CreateEIAApprovalInput)
			if old == nil {
				return tx.EIAApproval.Create().SetEnterpriseID(entID).SetProjectName(x.ProjectName).SetDocumentNumber(x.DocumentNumber).
					SetReportType(x.ReportType).SetNillableApprovedCapacity(x.ApprovedCapacity).SetNillableCapacityUnit(x.CapacityUnit).
					SetApprovedOn(utc(x.ApprovedOn)).SetNillableAcceptanceOn(utcp(x.AcceptanceOn)).Exec(ctx)
			}
			q := tx.EIAApproval.UpdateOne(old.(*ent.EIAApproval)).SetProjectName(x.ProjectName).SetReportType(x.ReportType).
				SetNillableApprovedCapacity(x.ApprovedCapacity).SetNillableCapacityUnit(x.CapacityUnit).SetApprovedOn(utc(x.ApprovedOn))
			if x.AcceptanceOn != nil {
				q.SetAcceptanceOn(utc(*x.AcceptanceOn))
			} else {
				q.ClearAcceptanceOn()
			}
			return q.Exec(ctx)
		}},
}

func eqFloat(a, b *float64) bool { return b == nil || (a != nil && *a == *b) }

// fromMap reads a coded cell: its label or its code.
func fromMap[T ~string](labels map[string]string, cell string, valid func(T) error) (string, bool) {
	if c, ok := labels[strings.ToLower(cell)]; ok {
		return c, true
	}
	if c, ok := labels[cell]; ok {
		return c, true
	}
	u := strings.ToUpper(cell)
	return u, cell != "" && valid(T(u)) == nil
}

// writeChildren writes one records sheet's rows in audited transactions of
// ImportBatch (after the enterprises, which they may name).
func (s *Service) writeChildren(ctx context.Context, sh childSheet, rows []*childRow, wrote func(rows int)) error {
	for lo := 0; lo < len(rows); lo += ImportBatch {
		batch := rows[lo:min(lo+ImportBatch, len(rows))]
		err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
			created, updated := 0, 0
			for _, r := range batch {
				id := r.entID
				if r.ent != nil {
					id = r.ent.old.ID
				}
				if r.old != nil && sh.same(r.old, r.in, id) {
					continue
				}
				if err := sh.write(ctx, tx, r.old, r.in, id); err != nil {
					return err
				}
				if r.old == nil {
					created++
				} else {
					updated++
				}
			}
			if created+updated == 0 {
				return nil
			}
			return audit.Record(ctx, tx, audit.Entry{Action: strings.ToLower(sh.what) + ".import", SubjectType: sh.what,
				To: fmt.Sprintf("%d created, %d updated (rows %d–%d)", created, updated, batch[0].n, batch[len(batch)-1].n)})
		})
		if err != nil {
			return err
		}
		wrote(len(batch))
	}
	return nil
}
