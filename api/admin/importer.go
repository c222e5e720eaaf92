package admin

import (
	"context"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"entgo.io/ent/privacy"
	"github.com/xuri/excelize/v2"

	"greencheck/api/apperr"
	"greencheck/api/audit"
	"greencheck/api/authz"
	"greencheck/api/clock"
	"greencheck/api/db"
	"greencheck/api/input"
	"greencheck/api/labels"
	"greencheck/api/notify"
	"greencheck/api/uscc"
	"greencheck/api/viewer"
	"greencheck/api/xlsx"
	"greencheck/ent"
	"greencheck/ent/district"
	"greencheck/ent/enterprise"
	"greencheck/ent/schema"
	"greencheck/ent/schematype"
	"greencheck/ent/user"
)

// Bulk registration (批量导入): enterprises and their discharge permits,
// facilities and EIA approvals from the workbook the SPA offers as a template (RegistryTemplate). A dry run
// checks every row — the credit code and its check character, the district
// (the importer's own), the GB/T 4754 class, the tiers and grades, dates,
// duplicates in the file — and says what the import would do; the import
// then writes in transactions of ImportBatch rows, each audited. Rows are
// matched by credit code (enterprises) and permit number (permits): a row
// equal to what is stored changes nothing, so importing the same file
// twice writes once.

// ImportColumn is a column of a template sheet: its header in Chinese and
// English, whether a row needs it, and what it takes.
type ImportColumn struct {
	Zh, En   string
	Required bool
	Help     string
}

// The template's sheets and columns, in order: the one definition the
// template, the reader and the report's column names come from.
var (
	EnterpriseSheet   = [2]string{"企业", "Enterprises"}
	EnterpriseColumns = []ImportColumn{
		{"统一社会信用代码", "Credit code", true, "18 位，含校验位"},
		{"企业名称", "Name", true, ""},
		{"区县", "District", true, "区县名称或行政区划代码，如 芙蓉区 / 430102"},
		{"地址", "Address", false, ""},
		{"行业代码", "Industry code", true, "GB/T 4754-2017 小类，4 位数字，如 2319"},
		{"行业名称", "Industry", true, ""},
		{"排污许可管理类别", "Permit tier", true, "重点管理 / 简化管理 / 登记管理 / 无需许可"},
		{"绩效分级", "Performance grade", false, "A级 / B级 / B-级 / C级 / D级 / 引领性 / 保障类 / 未分级"},
		{"涉气", "Air-related", false, "是 / 否"},
		{"重点监管", "Key-supervised", false, "是 / 否"},
		{"使用VOCs", "Uses VOCs", false, "是 / 否"},
		{"产生危废", "Hazardous waste", false, "是 / 否"},
		{"联系人", "Contact", false, ""},
		{"联系电话", "Contact phone", false, ""},
		{"账号用户名", "Account username", false, "企业的第一个账号：3–32 位小写字母、数字、_ . -；导入后在“用户管理”中为其重置密码"},
		{"账号姓名", "Account name", false, ""},
		{"账号手机", "Account phone", false, ""},
	}
	PermitSheet   = [2]string{"排污许可证", "Permits"}
	PermitColumns = []ImportColumn{
		{"统一社会信用代码", "Credit code", true, "持证企业，须已登记或在“企业”表中"},
		{"许可证编号", "Permit number", true, ""},
		{"管理类别", "Tier", true, "重点管理 / 简化管理 / 登记管理"},
		{"发证日期", "Issued on", true, "YYYY-MM-DD"},
		{"有效期至", "Valid until", true, "YYYY-MM-DD"},
		{"排放口", "Outlets", false, "多个以顿号或逗号分隔，如 DA001、DW001"},
	}
)

// Bounds of an import.
const (
	MaxImportBytes = 10 << 20
	MaxImportRows  = 20_000 // a sheet's rows
	// ImportBatch rows are written per transaction.
	ImportBatch = 500
	maxProblems = 500
)

var importBook = xlsx.Format{Columns: len(EnterpriseColumns), MaxRows: MaxImportRows, NotWorkbook: "import.not_workbook",
	TooBig: "template.too_big", ColumnsKey: "template.columns", RowsKey: "import.rows", RawValues: true}

// ImportProblem is one refused cell: its sheet, its row in the sheet, the
// column's header (in the caller's language) and why.
type ImportProblem struct {
	Sheet   string
	Row     int
	Column  string
	Message string
	col     int // the column's place: a row's problems are listed left to right
}

// ImportCounts is what an import did (or would do) to one sheet's rows.
type ImportCounts struct {
	Rows, Created, Updated, Unchanged int
}

// ImportReport says what an import found and did. Nothing is written when
// a row is refused, nor in a dry run.
type ImportReport struct {
	DryRun, Applied bool
	Enterprises     ImportCounts
	Permits         ImportCounts
	Facilities      ImportCounts
	EIAApprovals    ImportCounts
	// Users are the enterprises' first accounts (created without a
	// password: an administrator resets it to hand the account over).
	Users        ImportCounts
	Problems     []*ImportProblem // the first 500, in sheet and row order
	ProblemCount int
	// ExampleRow is the 企业 sheet's row holding the template's example
	// enterprise when the file still has it (nil otherwise): it imports
	// as any row would, and the wizard says so before the import.
	ExampleRow *int
}

type entRow struct {
	n   int
	in  CreateEnterpriseInput
	old *ent.Enterprise
	// The enterprise's first account, when the row names one and it does
	// not exist yet.
	user *CreateUserInput
}

// ImportRegistry reads the workbook and, unless dryRun or a row is
// refused, creates and updates the enterprises and permits it lists. With a
// progressKey (8–64 letters, digits, - or _; BAD_USER_INPUT at progressKey
// otherwise) it tells the viewer's importProgress(key) subscribers how far
// it has got, in percent: the enterprises read (20), every sheet checked (40; a dry run or
// a refused file 100), then each batch written (to 100).
func (s *Service) ImportRegistry(ctx context.Context, file io.Reader, name string, dryRun bool, progressKey string) (*ImportReport, error) {
	if err := authz.RequireCapability(ctx, s.client, authz.CreateEnterprise); err != nil {
		return nil, err
	}
	if err := notify.CheckProgressKey("progressKey", progressKey); err != nil {
		return nil, err
	}
	shown := -1
	progress := func(percent int) {
		if percent > shown {
			shown = percent
			s.notify.Progress(ctx, progressKey, percent)
		}
	}
	progress(0)
	data, err := io.ReadAll(io.LimitReader(file, MaxImportBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxImportBytes {
		return nil, apperr.Input("file", "files.too_large", name, MaxImportBytes>>20)
	}
	book, err := xlsx.Open(data, importBook)
	if err != nil {
		return nil, err
	}
	defer book.Close()
	lang := apperr.Lang(ctx)
	rep := &ImportReport{DryRun: dryRun}
	sheetOf := func(names [2]string) string {
		for _, n := range book.GetSheetList() {
			if n == names[0] || strings.EqualFold(n, names[1]) {
				return n
			}
		}
		return ""
	}
	entSheet := sheetOf(EnterpriseSheet)
	childNames := make([]string, len(childSheets))
	found := entSheet != ""
	for i, sh := range childSheets {
		childNames[i] = sheetOf(sh.names)
		found = found || childNames[i] != ""
	}
	if !found {
		return nil, apperr.Input("file", "import.no_sheet")
	}
	// The messages naming their field (required, too long…) name the
	// column: callers give only the other arguments.
	problem := func(sheet [2]string, cols []ImportColumn, row, col int, key string, args ...any) {
		if key == "import.value" && len(args) == 1 && args[0] == "" { // a blank coded cell: missing, not a wrong value
			key, args = "input.required", nil
		}
		rep.ProblemCount++
		if len(rep.Problems) < maxProblems {
			c := labels.Pick([2]string{cols[col].Zh, cols[col].En}, lang)
			if namesField[key] {
				args = append([]any{c}, args...)
			}
			rep.Problems = append(rep.Problems, &ImportProblem{Sheet: labels.Pick(sheet, lang), Row: row, Column: c, col: col,
				Message: apperr.Input(c, key, args...).Message(lang)})
		}
	}
	v := viewer.FromContext(ctx)
	districts, err := s.client.District.Query().All(ctx)
	if err != nil {
		return nil, err
	}
	districtOf := map[string]*ent.District{}
	for _, d := range districts {
		districtOf[d.NameZh], districtOf[d.Code], districtOf[strings.ToLower(d.NameEn)] = d, d, d
	}

	// The enterprises.
	var ents []*entRow
	byCode := map[string]*entRow{}
	example := exampleCreditCode()
	usernames := map[string]int{}
	if entSheet != "" {
		err := readSheet(book, entSheet, EnterpriseColumns, func(n int, r []string) {
			rep.Enterprises.Rows++
			bad := func(col int, key string, args ...any) {
				problem(EnterpriseSheet, EnterpriseColumns, n, col, key, args...)
			}
			before := rep.ProblemCount
			x := &entRow{n: n}
			in := &x.in
			in.CreditCode = input.Code(r[0])
			if in.CreditCode == example && rep.ExampleRow == nil {
				rep.ExampleRow = &n
			}
			if in.CreditCode == "" {
				bad(0, "input.required")
			} else if (&check{}).creditCodeErr(in.CreditCode) {
				bad(0, "input.credit_code")
			} else if prev := byCode[in.CreditCode]; prev != nil {
				bad(0, "import.duplicate", prev.n)
			}
			in.Name = r[1]
			cellText(bad, 1, r[1], true, input.MaxLen("Enterprise", "name"))
			if d := districtOf[strings.ToLower(r[2])]; d == nil {
				bad(2, "import.value", r[2])
			} else if !v.IsCity() && !v.InDistrict(d.ID) {
				bad(2, "import.district_scope", labels.Pick([2]string{d.NameZh, d.NameEn}, lang))
			} else {
				in.DistrictID = d.ID
			}
			if r[3] != "" {
				cellText(bad, 3, r[3], false, input.MaxLen("Enterprise", "address"))
				in.Address = &r[3]
			}
			in.IndustryCode = input.Code(r[4])
			if !validIndustry(in.IndustryCode) {
				bad(4, "input.industry_code")
			}
			in.IndustryName = r[5]
			cellText(bad, 5, r[5], true, input.MaxLen("Enterprise", "industryName"))
			if t, ok := codeOf("tier", r[6], enterprise.PermitTierValidator); ok && r[6] != "" {
				in.PermitTier = enterprise.PermitTier(t)
			} else {
				bad(6, "import.value", r[6])
			}
			if r[7] != "" {
				if g, ok := codeOf("grade", r[7], enterprise.PerformanceGradeValidator); ok {
					gr := enterprise.PerformanceGrade(g)
					in.PerformanceGrade = &gr
				} else {
					bad(7, "import.value", r[7])
				}
			}
			for i, dst := range []**bool{&in.AirRelated, &in.KeySupervised, &in.VocUser, &in.HazardousWaste} {
				if r[8+i] == "" {
					continue
				}
				b, ok := boolOf(r[8+i])
				if !ok {
					bad(8+i, "import.value", r[8+i])
					continue
				}
				*dst = &b
			}
			if r[12] != "" || r[13] != "" {
				ct := &schematype.Contact{Name: r[12], Phone: r[13]}
				var c check
				c.contacts("contacts", []*schematype.Contact{ct})
				if c.err != nil {
					if e, _ := apperr.As(c.err); e != nil && strings.HasSuffix(e.Field, "phone") {
						bad(13, "input.phone", r[13])
					} else {
						bad(12, "import.value", r[12])
					}
				}
				in.Contacts = []*schematype.Contact{ct}
			}
			if r[14] != "" || r[15] != "" || r[16] != "" {
				u := &CreateUserInput{Username: strings.ToLower(r[14]), DisplayName: r[15], Role: user.RoleENTERPRISE}
				if !usernameRE.MatchString(u.Username) {
					bad(14, "input.username")
				} else if prev, seen := usernames[u.Username]; seen {
					bad(14, "import.duplicate", prev)
				} else {
					usernames[u.Username] = n
				}
				if u.DisplayName == "" {
					u.DisplayName = in.Name
				}
				cellText(bad, 15, u.DisplayName, true, input.MaxLen("User", "displayName"))
				if p, ok := phone(r[16]); !ok {
					bad(16, "input.phone", r[16])
				} else if p != "" {
					u.Phone = &p
				}
				x.user = u
			}
			if rep.ProblemCount == before {
				ents = append(ents, x)
			}
			if in.CreditCode != "" && byCode[in.CreditCode] == nil {
				byCode[in.CreditCode] = x
			}
		})
		if err != nil {
			return nil, err
		}
	}

	progress(20)
	// The records sheets.
	children := make([][]*childRow, len(childSheets))
	for i, sh := range childSheets {
		if childNames[i] == "" {
			continue
		}
		keys := map[string]int{}
		err := readSheet(book, childNames[i], sh.cols, func(n int, r []string) {
			sh.counts(rep).Rows++
			bad := func(col int, key string, args ...any) { problem(sh.names, sh.cols, n, col, key, args...) }
			before := rep.ProblemCount
			x := &childRow{n: n, code: input.Code(r[0])}
			if x.code == "" {
				bad(0, "input.required")
			} else if (&check{}).creditCodeErr(x.code) {
				bad(0, "input.credit_code")
			}
			x.key, x.in = sh.parse(r, bad)
			if k := x.code + "\x00" + x.key; x.key != "" {
				if prev, seen := keys[k]; seen {
					bad(1, "import.duplicate", prev)
				} else {
					keys[k] = n
				}
			}
			if rep.ProblemCount == before {
				children[i] = append(children[i], x)
			}
		})
		if err != nil {
			return nil, err
		}
	}

	// Against the database: the enterprises the viewer reads are matched
	// by credit code; one registered where the viewer does not reach is
	// refused (its existence is all the row learns).
	var codes []string
	for c := range byCode {
		codes = append(codes, c)
	}
	for _, rows := range children {
		for _, r := range rows {
			codes = append(codes, r.code)
		}
	}
	slices.Sort(codes)
	codes = slices.Compact(codes)
	stored := map[string]*ent.Enterprise{}
	elsewhere := map[string]bool{}
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	for lo := 0; lo < len(codes); lo += 500 {
		part := codes[lo:min(lo+500, len(codes))]
		es, err := s.client.Enterprise.Query().Where(enterprise.CreditCodeIn(part...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			stored[e.CreditCode] = e
		}
		all, err := s.client.Enterprise.Query().Where(enterprise.CreditCodeIn(part...)).Select(enterprise.FieldCreditCode).Strings(sys)
		if err != nil {
			return nil, err
		}
		for _, c := range all {
			if stored[c] == nil {
				elsewhere[c] = true
			}
		}
	}
	kept := ents[:0]
	for _, x := range ents {
		if elsewhere[x.in.CreditCode] {
			problem(EnterpriseSheet, EnterpriseColumns, x.n, 0, "import.elsewhere", x.in.CreditCode)
			continue
		}
		x.old = stored[x.in.CreditCode]
		kept = append(kept, x)
	}
	ents = kept
	// Accounts: a username already taken is the row's account when it is
	// that enterprise's (unchanged), else refused.
	var names []string
	for _, x := range ents {
		if x.user != nil {
			names = append(names, x.user.Username)
		}
	}
	taken := map[string]*int{}
	for lo := 0; lo < len(names); lo += 500 {
		us, err := s.client.User.Query().Where(user.UsernameIn(names[lo:min(lo+500, len(names))]...)).
			Select(user.FieldUsername, user.FieldEnterpriseID).All(sys)
		if err != nil {
			return nil, err
		}
		for _, u := range us {
			taken[u.Username] = u.EnterpriseID
		}
	}
	kept = ents[:0]
	for _, x := range ents {
		if x.user != nil {
			if owner, ok := taken[x.user.Username]; ok {
				if owner == nil || x.old == nil || *owner != x.old.ID {
					problem(EnterpriseSheet, EnterpriseColumns, x.n, 14, "conflict.username")
					continue
				}
				x.user = nil // already its account
				rep.Users.Unchanged++
			} else {
				rep.Users.Created++
			}
			rep.Users.Rows++
		}
		kept = append(kept, x)
	}
	ents = kept
	// What the file does counts only the rows it would write: an
	// enterprise refused (a cell, its credit code, its account) counts
	// nowhere, nor do its records below.
	accepted := map[string]*entRow{}
	for _, x := range ents {
		accepted[x.in.CreditCode] = x
		switch {
		case x.old == nil:
			rep.Enterprises.Created++
		case sameEnterprise(x.old, &x.in):
			rep.Enterprises.Unchanged++
		default:
			rep.Enterprises.Updated++
		}
	}
	// Records: their enterprise stored or in the enterprises sheet; matched
	// within it by key.
	var ids []int
	for _, e := range stored {
		ids = append(ids, e.ID)
	}
	slices.Sort(ids)
	for i, sh := range childSheets {
		if len(children[i]) == 0 {
			continue
		}
		records, err := sh.stored(ctx, s.client, ids)
		if err != nil {
			return nil, err
		}
		counts := sh.counts(rep)
		kept := children[i][:0]
		for _, r := range children[i] {
			e, row := stored[r.code], accepted[r.code]
			switch {
			case elsewhere[r.code]:
				problem(sh.names, sh.cols, r.n, 0, "import.elsewhere", r.code)
				continue
			case row == nil && byCode[r.code] != nil:
				// Its enterprise's row (new or registered) is refused,
				// which refuses the file: the record counts nowhere.
				continue
			case e == nil && row == nil:
				problem(sh.names, sh.cols, r.n, 0, "import.no_enterprise", r.code)
				continue
			case e != nil:
				r.entID = e.ID
				r.old = records[recordKey(e.ID, r.key)]
			default:
				r.ent = row
			}
			switch {
			case r.old == nil:
				counts.Created++
			case sh.same(r.old, r.in, r.entID):
				counts.Unchanged++
			default:
				counts.Updated++
			}
			kept = append(kept, r)
		}
		children[i] = kept
	}
	// In sheet and row order (the database's refusals were found last).
	order := []string{labels.Pick(EnterpriseSheet, lang)}
	for _, sh := range childSheets {
		order = append(order, labels.Pick(sh.names, lang))
	}
	slices.SortStableFunc(rep.Problems, func(a, b *ImportProblem) int {
		if d := slices.Index(order, a.Sheet) - slices.Index(order, b.Sheet); d != 0 {
			return d
		}
		if a.Row != b.Row {
			return a.Row - b.Row
		}
		return a.col - b.col
	})
	progress(40)
	if dryRun || rep.ProblemCount > 0 {
		defer progress(100)
		// Every check is on record: a dry run answers whether a credit code
		// is registered elsewhere or a username taken.
		if err := audit.Record(ctx, s.client, audit.Entry{Action: "import.check", SubjectType: "Enterprise",
			To: fmt.Sprintf("%s: %d enterprises, %d permits, %d facilities, %d EIA approvals, %d accounts; %d problems",
				name, rep.Enterprises.Rows, rep.Permits.Rows, rep.Facilities.Rows, rep.EIAApprovals.Rows, rep.Users.Rows, rep.ProblemCount)}); err != nil {
			return nil, err
		}
		return rep, nil
	}
	total := len(ents)
	for _, rows := range children {
		total += len(rows)
	}
	written := 0
	if err := s.applyImport(ctx, ents, children, func(rows int) {
		written += rows
		progress(40 + 60*written/max(total, 1))
	}); err != nil {
		return nil, err
	}
	progress(100)
	rep.Applied = true
	return rep, nil
}

// ImportProgress streams the percentages of the viewer's own ImportRegistry
// with progressKey key, until ctx ends.
func (s *Service) ImportProgress(ctx context.Context, key string) (<-chan int, error) {
	return s.notify.WatchProgress(ctx, key)
}

// applyImport writes the rows in transactions of ImportBatch, enterprises
// first (the records sheets name them), each batch audited as one entry;
// wrote is told the rows of each batch once it has committed.
func (s *Service) applyImport(ctx context.Context, ents []*entRow, children [][]*childRow, wrote func(rows int)) error {
	for lo := 0; lo < len(ents); lo += ImportBatch {
		batch := ents[lo:min(lo+ImportBatch, len(ents))]
		err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
			created, updated := 0, 0
			for _, x := range batch {
				in := &x.in
				switch {
				case x.old == nil:
					e, err := tx.Enterprise.Create().
						SetName(in.Name).SetCreditCode(in.CreditCode).SetDistrictID(in.DistrictID).
						SetNillableAddress(in.Address).SetIndustryCode(in.IndustryCode).SetIndustryName(in.IndustryName).
						SetPermitTier(in.PermitTier).SetNillableAirRelated(in.AirRelated).SetNillableKeySupervised(in.KeySupervised).
						SetNillableVocUser(in.VocUser).SetNillableHazardousWaste(in.HazardousWaste).
						SetNillablePerformanceGrade(in.PerformanceGrade).SetContacts(contactsOf(in.Contacts)).Save(ctx)
					if err != nil {
						return conflictAs(err, "file", "conflict.credit_code")
					}
					x.old = e
					created++
				case !sameEnterprise(x.old, in):
					q := tx.Enterprise.UpdateOne(x.old).SetName(in.Name).SetDistrictID(in.DistrictID).
						SetNillableAddress(in.Address).SetIndustryCode(in.IndustryCode).SetIndustryName(in.IndustryName).
						SetPermitTier(in.PermitTier).SetNillableAirRelated(in.AirRelated).SetNillableKeySupervised(in.KeySupervised).
						SetNillableVocUser(in.VocUser).SetNillableHazardousWaste(in.HazardousWaste).
						SetNillablePerformanceGrade(in.PerformanceGrade)
					if in.Contacts != nil {
						q.SetContacts(contactsOf(in.Contacts))
					}
					e, err := q.Save(ctx)
					if err != nil {
						return err
					}
					x.old = e
					updated++
				}
			}
			accounts := 0
			for _, x := range batch {
				if x.user == nil {
					continue
				}
				// No password: "!" matches none, until an administrator
				// resets it (用户管理 → 重置密码) and hands it over.
				if err := tx.User.Create().SetUsername(x.user.Username).SetDisplayName(x.user.DisplayName).
					SetNillablePhone(x.user.Phone).SetPasswordHash("!").SetMustChangePassword(true).
					SetRole(user.RoleENTERPRISE).SetEnterpriseID(x.old.ID).Exec(ctx); err != nil {
					return conflictAs(err, "file", "conflict.username")
				}
				accounts++
			}
			if created+updated+accounts == 0 {
				return nil
			}
			if accounts > 0 {
				if err := audit.Record(ctx, tx, audit.Entry{Action: "user.import", SubjectType: "User",
					To: fmt.Sprintf("%d enterprise accounts (rows %d–%d)", accounts, batch[0].n, batch[len(batch)-1].n)}); err != nil {
					return err
				}
			}
			if created+updated == 0 {
				return nil
			}
			return audit.Record(ctx, tx, audit.Entry{Action: "enterprise.import", SubjectType: "Enterprise",
				To: fmt.Sprintf("%d created, %d updated (rows %d–%d)", created, updated, batch[0].n, batch[len(batch)-1].n)})
		})
		if err != nil {
			return err
		}
		wrote(len(batch))
	}
	for i, sh := range childSheets {
		if err := s.writeChildren(ctx, sh, children[i], wrote); err != nil {
			return err
		}
	}
	return nil
}

const maxOutlets = 50

// exampleCode is the template's example enterprise (its check character
// computed).
const exampleCode = "91430102MA4L0X00Q"

// exampleCreditCode is the example enterprise's whole credit code.
func exampleCreditCode() string {
	check, _ := uscc.CheckChar(exampleCode)
	return exampleCode + string(check)
}

var namesField = map[string]bool{"input.required": true, "input.too_long": true, "input.too_many": true,
	"input.control_chars": true, "input.blank": true}

// readSheet calls each with every data row of the sheet (after its header
// row), each cell cleaned as the API's text inputs are and padded to the
// columns.
func readSheet(book *excelize.File, sheet string, cols []ImportColumn, each func(n int, r []string)) error {
	header := true
	f := importBook // this sheet's own columns, named in a refusal
	f.Columns, f.ColumnsKey = len(cols), "import.columns"
	err := xlsx.Rows(book, sheet, MaxImportRows+1, f, func(n int, r []string) error {
		if header {
			// Columns are read by position: the first row must be the
			// template's headers (either language, * optional), or values
			// would land in the wrong fields.
			header = false
			for i, c := range cols {
				h := ""
				if i < len(r) {
					h = strings.TrimSuffix(strings.TrimSpace(input.Text(r[i])), "*")
				}
				if h != c.Zh && !strings.EqualFold(h, c.En) {
					return apperr.Input("file", "import.header", sheet, i+1, c.Zh)
				}
			}
			return nil
		}
		for len(r) < len(cols) {
			r = append(r, "")
		}
		for i := range r {
			r[i] = strings.TrimSpace(input.Text(r[i]))
		}
		each(n, r[:len(cols)])
		return nil
	})
	if err != nil {
		e, coded := apperr.As(err)
		switch {
		case !coded:
			err = apperr.Input("file", importBook.NotWorkbook)
		case e.Key == f.ColumnsKey && len(e.Args) == 2: // the sheet named
			err = apperr.Input("file", e.Key, sheet, e.Args[0], e.Args[1])
		case e.Key == importBook.RowsKey: // the data rows, the header not counted
			err = apperr.Input("file", e.Key, sheet, MaxImportRows)
		}
	}
	return err
}

// cellText checks a text cell: no control characters, required, bounded.
func cellText(bad func(int, string, ...any), col int, v string, required bool, max int) {
	switch {
	case input.Check(v) != "" && v != "":
		bad(col, input.Check(v))
	case v == "" && required:
		bad(col, "input.required")
	case input.Runes(v) > max:
		bad(col, "input.too_long", max)
	}
}

func (c *check) creditCodeErr(code string) bool {
	c.creditCode("creditCode", code)
	return c.err != nil
}

// codeOf reads an enumeration's cell: its label (in either language) or
// its code.
func codeOf[T ~string](enum, cell string, valid func(T) error) (string, bool) {
	for code, l := range labels.Enums[enum] {
		if cell == l[0] || strings.EqualFold(cell, l[1]) {
			return code, valid(T(code)) == nil
		}
	}
	u := strings.ToUpper(strings.ReplaceAll(cell, "-", "_"))
	return u, valid(T(u)) == nil
}

func boolOf(cell string) (bool, bool) {
	switch strings.ToLower(cell) {
	case "是", "y", "yes", "true", "1", "√":
		return true, true
	case "否", "n", "no", "false", "0", "×":
		return false, true
	}
	return false, false
}

// dateOf reads a date cell: YYYY-MM-DD (or with / or .), YYYYMMDD, or an
// Excel serial day number, as an Asia/Shanghai date.
func dateOf(cell string) (time.Time, bool) {
	for _, layout := range []string{"2006-1-2", "2006/1/2", "2006.1.2", "20060102", "2006年1月2日"} {
		if t, err := time.ParseInLocation(layout, cell, clock.Shanghai); err == nil && t.Year() >= input.MinYear && t.Year() < input.MaxYear {
			return t, true
		}
	}
	// A serial day number (a date cell read raw), with a time of day or not.
	if f, err := strconv.ParseFloat(cell, 64); err == nil && f > 1 && f < 2958466 {
		f = math.Trunc(f)
		if t, err := excelize.ExcelDateToTime(f, false); err == nil && t.Year() >= input.MinYear && t.Year() < input.MaxYear {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, clock.Shanghai), true
		}
	}
	return time.Time{}, false
}

// sameEnterprise: the row would change nothing stored.
func sameEnterprise(e *ent.Enterprise, in *CreateEnterpriseInput) bool {
	eqp := func(p *bool, v bool) bool { return p == nil || *p == v }
	same := e.Name == in.Name && e.DistrictID == in.DistrictID && e.IndustryCode == in.IndustryCode &&
		e.IndustryName == in.IndustryName && e.PermitTier == in.PermitTier &&
		(in.Address == nil || *in.Address == e.Address) &&
		(in.PerformanceGrade == nil || *in.PerformanceGrade == e.PerformanceGrade) &&
		eqp(in.AirRelated, e.AirRelated) && eqp(in.KeySupervised, e.KeySupervised) &&
		eqp(in.VocUser, e.VocUser) && eqp(in.HazardousWaste, e.HazardousWaste)
	if !same || in.Contacts == nil {
		return same
	}
	return len(e.Contacts) == 1 && e.Contacts[0].Name == in.Contacts[0].Name && e.Contacts[0].Phone == in.Contacts[0].Phone
}

// RegistryTemplate writes the import template: the two sheets with their
// headers (required ones marked *) and an example row, and a sheet of the
// values the coded columns take (the viewer's districts among them).
// Only a viewer who may import (authz.CreateEnterprise) gets it:
// privacy.Deny otherwise, 403 FORBIDDEN over HTTP.
func RegistryTemplate(ctx context.Context, client *ent.Client, w io.Writer) error {
	if err := authz.RequireCapability(ctx, client, authz.CreateEnterprise); err != nil {
		return err
	}
	lang := apperr.Lang(ctx)
	book := excelize.NewFile()
	defer book.Close()
	head, err := book.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E8F3EE"}}})
	if err != nil {
		return err
	}
	text, err := book.NewStyle(&excelize.Style{NumFmt: 49}) // "@": cells stay text (credit codes, dates)
	if err != nil {
		return err
	}
	write := func(sheet [2]string, cols []ImportColumn, example []string) error {
		name := labels.Pick(sheet, lang)
		if _, err := book.NewSheet(name); err != nil {
			return err
		}
		for i, c := range cols {
			cell, _ := excelize.CoordinatesToCellName(i+1, 1)
			h := labels.Pick([2]string{c.Zh, c.En}, lang)
			if c.Required {
				h += "*"
			}
			if err := book.SetCellStr(name, cell, h); err != nil {
				return err
			}
			if c.Help != "" {
				_ = book.AddComment(name, excelize.Comment{Cell: cell, Author: "GreenCheck", Paragraph: []excelize.RichTextRun{{Text: c.Help}}})
			}
			colName, _ := excelize.ColumnNumberToName(i + 1)
			_ = book.SetColWidth(name, colName, colName, 18)
			_ = book.SetColStyle(name, colName, text)
			if i < len(example) {
				ex, _ := excelize.CoordinatesToCellName(i+1, 2)
				_ = book.SetCellStr(name, ex, example[i])
			}
		}
		last, _ := excelize.CoordinatesToCellName(len(cols), 1)
		return book.SetCellStyle(name, "A1", last, head)
	}
	// The example rows import as they are (a valid credit code); a check
	// of a file still holding them says so (ImportReport.ExampleRow).
	code := exampleCreditCode()
	if err := write(EnterpriseSheet, EnterpriseColumns, []string{code, "长沙示例环保科技有限公司", "芙蓉区", "芙蓉中路 1 号",
		"2319", "包装装潢及其他印刷", "简化管理", "B级", "是", "否", "是", "否", "张三", "13800000000", "cs-example", "张三", "13800000000"}); err != nil {
		return err
	}
	if err := write(PermitSheet, PermitColumns, []string{code, code + "001V", "简化管理", "2024-01-15", "2029-01-14", "DA001、DW001"}); err != nil {
		return err
	}
	if err := write(FacilitySheet, FacilityColumns, []string{code, "TA001", "印刷废气处理设施", "治污设施", "20000", "m³/h", "活性炭吸附+催化燃烧", "运行"}); err != nil {
		return err
	}
	if err := write(EIASheet, EIAColumns, []string{code, "包装印刷生产线建设项目", "长环评〔2021〕12号", "报告表", "5000", "万件/年", "2021-03-10", "2022-06-30"}); err != nil {
		return err
	}
	// The values the coded columns take.
	vals := labels.Pick([2]string{"取值说明", "Values"}, lang)
	if _, err := book.NewSheet(vals); err != nil {
		return err
	}
	ds, err := client.District.Query().Order(ent.Asc(district.FieldCode)).All(ctx)
	if err != nil {
		return err
	}
	v := viewer.FromContext(ctx)
	row := 1
	put := func(cells ...string) {
		cell, _ := excelize.CoordinatesToCellName(1, row)
		_ = book.SetSheetRow(vals, cell, &cells)
		row++
	}
	// Under a header: the column, a value to write in it, the code it
	// stands for (which the import takes too) — districts, then the tiers
	// and grades in the schema's order.
	put(labels.Pick([2]string{"列", "Column"}, lang), labels.Pick([2]string{"可填写的值", "Value to write"}, lang),
		labels.Pick([2]string{"代码（也可填写）", "Code (also accepted)"}, lang))
	column := func(i int) string {
		return labels.Pick([2]string{EnterpriseColumns[i].Zh, EnterpriseColumns[i].En}, lang)
	}
	for _, d := range ds {
		if v.IsCity() || v.InDistrict(d.ID) {
			put(column(2), labels.Pick([2]string{d.NameZh, d.NameEn}, lang), d.Code)
		}
	}
	for _, e := range []struct {
		col   int
		enum  string
		field string
	}{{6, "tier", enterprise.FieldPermitTier}, {7, "grade", enterprise.FieldPerformanceGrade}} {
		for _, c := range labels.Declared(schema.Enterprise{}, e.field) {
			put(column(e.col), labels.Pick(labels.Enums[e.enum][c], lang), c)
		}
	}
	_ = book.SetColWidth(vals, "A", "C", 24)
	_ = book.SetPanes(vals, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
	if err := book.DeleteSheet("Sheet1"); err != nil {
		return err
	}
	book.SetActiveSheet(0)
	_, err = book.WriteTo(w)
	return err
}
