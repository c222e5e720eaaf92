package admin_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/privacy"
	"github.com/xuri/excelize/v2"

	"greencheck/api/admin"
	"greencheck/api/apperr"
	"greencheck/api/auth"
	"greencheck/api/clock"
	"greencheck/api/db/dbtest"
	"greencheck/api/demo"
	"greencheck/api/events"
	"greencheck/api/notify"
	"greencheck/api/uscc"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/auditentry"
	"greencheck/ent/district"
	"greencheck/ent/enterprise"
	"greencheck/ent/permit"
	"greencheck/ent/user"
)

var sys = privacy.DecisionContext(context.Background(), privacy.Allow)

// code is the i-th test enterprise's credit code, its check character
// computed.
func code(i int) string {
	first := fmt.Sprintf("91430102MA%07d", i)
	c, _ := uscc.CheckChar(first)
	return first + string(c)
}

// workbook writes the two sheets' rows under their headers.
func workbook(t *testing.T, ents, permits [][]string, more ...[][]string) *bytes.Reader {
	t.Helper()
	b := excelize.NewFile()
	defer b.Close()
	put := func(sheet string, header []admin.ImportColumn, rows [][]string) {
		if _, err := b.NewSheet(sheet); err != nil {
			t.Fatal(err)
		}
		sw, err := b.NewStreamWriter(sheet)
		if err != nil {
			t.Fatal(err)
		}
		h := make([]any, len(header))
		for i, c := range header {
			h[i] = c.Zh
		}
		_ = sw.SetRow("A1", h)
		for n, r := range rows {
			cells := make([]any, len(r))
			for i, v := range r {
				cells[i] = v
			}
			cell, _ := excelize.CoordinatesToCellName(1, n+2)
			if err := sw.SetRow(cell, cells); err != nil {
				t.Fatal(err)
			}
		}
		if err := sw.Flush(); err != nil {
			t.Fatal(err)
		}
	}
	if ents != nil {
		put("企业", admin.EnterpriseColumns, ents)
	}
	if permits != nil {
		put("排污许可证", admin.PermitColumns, permits)
	}
	if len(more) > 0 && more[0] != nil {
		put("设施", admin.FacilityColumns, more[0])
	}
	if len(more) > 1 && more[1] != nil {
		put("环评批复", admin.EIAColumns, more[1])
	}
	_ = b.DeleteSheet("Sheet1")
	var buf bytes.Buffer
	if _, err := b.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return bytes.NewReader(buf.Bytes())
}

// demoImporter is the demo city on dia and the administration service over it.
func demoImporter(t *testing.T, dia string) (*ent.Client, *admin.Service) {
	c := dbtest.Open(t, dia).Client
	if err := demo.Load(context.Background(), c, time.Now()); err != nil {
		t.Fatal(err)
	}
	return c, admin.New(c, auth.New(c, []byte("import-test-secret-0123456789abcdefghijkl")), notify.New(c, events.NewLocal()))
}

func entRow(i int, districtName string) []string {
	r := []string{code(i), fmt.Sprintf("导入测试企业%04d有限公司", i), districtName, "长沙市", "2319", "包装装潢及其他印刷",
		"简化管理", "B级", "是", "否", "", "", "李四", "13900000000", "", "", ""}
	if i <= 20 { // the first twenty with their first account
		r[14], r[15], r[16] = fmt.Sprintf("imp%04d", i), "王五", "13700000000"
	}
	return r
}

// TestImportRegistry: a 5,000-row workbook with errors in known rows is
// refused row by row in a dry run and writes nothing; without them it
// creates every enterprise and permit in audited batches; importing it
// again changes nothing; a district imports only into its own districts
// and not over another district's enterprise; the template's example
// imports as it is.
func TestImportRegistry(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		c, s := demoImporter(t, dia)
		admin0, furong := dbtest.As(c, "admin"), dbtest.As(c, "furong")
		yueluEnt := c.Enterprise.Query().Where(enterprise.HasDistrictWith(district.NameZh("岳麓区"))).FirstX(sys)

		const n = 5000
		var ents [][]string
		for i := 1; i <= n; i++ {
			ents = append(ents, entRow(i, "芙蓉区"))
		}
		var permits [][]string
		for i := 1; i <= 100; i++ {
			permits = append(permits, []string{code(i), fmt.Sprintf("430102IMP%04d", i), "简化管理", "2024-01-15", "2029/1/14", "DA001、DW002"})
		}
		var facilities, eias [][]string
		for i := 100; i < 150; i++ {
			facilities = append(facilities, []string{code(i), "TA001", "废气治理设施", "治污设施", "20000", "m³/h", "活性炭吸附", "运行"})
			eias = append(eias, []string{code(i), "印刷项目", fmt.Sprintf("长环评〔2021〕%d号", i), "报告表", "", "", "2021-03-10", "2022-06-30"})
		}
		// Errors in known rows (sheet row = index + 2).
		bad := func(rows [][]string, idx, col int, v string) { rows[idx][col] = v }
		bad(ents, 8, 0, code(9)[:17]+"0") // row 10: a wrong check character (unless it was 0)
		if code(9)[17] == '0' {
			bad(ents, 8, 0, code(9)[:17]+"1")
		}
		bad(ents, 18, 2, "火星区")          // row 20: no such district
		bad(ents, 28, 4, "9999")         // row 30: four digits, but no GB/T 4754 division 99
		bad(ents, 38, 6, "超级管理")         // row 40: no such tier
		bad(ents, 48, 0, code(11))       // row 50: the credit code of row 13
		bad(ents, 58, 8, "也许")           // row 60: neither 是 nor 否
		bad(ents, 4, 14, "admin")        // row 6: a username taken
		bad(ents, 5, 14, "imp0004")      // row 7: the account of row 5
		bad(permits, 3, 3, "2024-13-40") // row 5: not a date
		bad(permits, 4, 4, "2023-01-01") // row 6: valid until before issued
		bad(permits, 5, 0, code(9999))   // row 7: an enterprise nowhere
		bad(facilities, 1, 3, "烟囱")      // row 3: no such kind
		bad(eias, 2, 7, "2020-01-01")    // row 4: accepted before approved
		before := c.Enterprise.Query().CountX(sys)
		rep, err := s.ImportRegistry(admin0, workbook(t, ents, permits, facilities, eias), "import.xlsx", false, "")
		if err != nil {
			t.Fatal(err)
		}
		type at struct {
			sheet string
			row   int
		}
		want := []at{{"企业", 6}, {"企业", 7}, {"企业", 10}, {"企业", 20}, {"企业", 30}, {"企业", 40}, {"企业", 50}, {"企业", 60},
			{"排污许可证", 5}, {"排污许可证", 6}, {"排污许可证", 7},
			// the permits of the refused enterprises of rows 10 and 50
			{"排污许可证", 10}, {"排污许可证", 50}, {"设施", 3}, {"环评批复", 4}}
		var got []at
		for _, p := range rep.Problems {
			got = append(got, at{p.Sheet, p.Row})
		}
		if rep.Applied || rep.ProblemCount != len(want) || fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("problems %v (%d), want %v; applied %v", got, rep.ProblemCount, want, rep.Applied)
		}
		// The counts are what the file would write: the eight refused
		// enterprises (row 6's only for its account) count nowhere, nor do
		// the permits of rows 20, 30, 40 and 60 under four of them, nor the
		// accounts of rows 6, 7, 10 and 20.
		if c := rep.Enterprises; c.Rows != n || c.Created != n-8 {
			t.Errorf("enterprises %+v, want %d rows, %d new", c, n, n-8)
		}
		if rep.Permits.Rows != 100 || rep.Permits.Created != 91 || rep.Users.Created != 16 ||
			rep.Facilities.Created != 49 || rep.EIAApprovals.Created != 49 {
			t.Errorf("permits %+v, users %+v, facilities %+v, EIA %+v", rep.Permits, rep.Users, rep.Facilities, rep.EIAApprovals)
		}
		for _, p := range rep.Problems {
			if p.Message == "" || p.Column == "" {
				t.Errorf("problem without a message: %+v", p)
			}
		}
		if rep.Problems[3].Column != "区县" || rep.Problems[6].Message != "与第 12 行重复" || rep.Problems[1].Message != "与第 5 行重复" ||
			rep.Problems[0].Message != "用户名已被使用" {
			t.Errorf("problems: %+v / %+v / %+v / %+v", rep.Problems[0], rep.Problems[1], rep.Problems[3], rep.Problems[6])
		}
		if c.Enterprise.Query().CountX(sys) != before {
			t.Fatal("a refused import wrote")
		}
		// In English, the columns and messages too.
		en, _ := s.ImportRegistry(apperr.WithLang(admin0, "en"), workbook(t, ents, permits, facilities, eias), "import.xlsx", true, "")
		if en.Problems[3].Column != "District" || en.Problems[3].Sheet != "Enterprises" {
			t.Errorf("English problem %+v", en.Problems[3])
		}

		// The file mended: the dry run says what would happen, then it does.
		ents[4], ents[5] = entRow(5, "芙蓉区"), entRow(6, "芙蓉区")
		ents[8], ents[18], ents[28], ents[38], ents[48], ents[58] = entRow(9, "芙蓉区"), entRow(19, "芙蓉区"), entRow(29, "芙蓉区"),
			entRow(39, "芙蓉区"), entRow(49, "芙蓉区"), entRow(59, "芙蓉区")
		permits[3][3], permits[4][4], permits[5][0] = "2024-01-15", "2029-01-14", code(6)
		facilities[1][3], eias[2][7] = "生产设施", ""
		dry, err := s.ImportRegistry(admin0, workbook(t, ents, permits, facilities, eias), "import.xlsx", true, "")
		if err != nil || dry.ProblemCount != 0 || dry.Enterprises.Created != n || dry.Permits.Created != 100 || dry.Applied ||
			dry.Facilities.Created != 50 || dry.EIAApprovals.Created != 50 || dry.Users.Created != 20 {
			t.Fatalf("dry run: %+v %v", dry, err)
		}
		if c.Enterprise.Query().CountX(sys) != before {
			t.Fatal("a dry run wrote")
		}
		imports := []string{"enterprise.import", "permit.import", "facility.import", "eiaapproval.import", "user.import"}
		audits := c.AuditEntry.Query().Where(auditentry.ActionIn(imports...)).CountX(sys)
		done, err := s.ImportRegistry(admin0, workbook(t, ents, permits, facilities, eias), "import.xlsx", false, "")
		if err != nil || !done.Applied || done.Enterprises.Created != n || done.Permits.Created != 100 || done.Users.Created != 20 {
			t.Fatalf("import: %+v %v", done, err)
		}
		acct := c.User.Query().Where(user.Username("imp0001")).WithEnterprise().OnlyX(sys)
		if acct.Role != user.RoleENTERPRISE || acct.Edges.Enterprise.CreditCode != code(1) || !acct.MustChangePassword ||
			auth.CheckPassword(acct.PasswordHash, "") || auth.CheckPassword(acct.PasswordHash, "!") {
			t.Errorf("the first account %+v", acct)
		}
		if got := c.Enterprise.Query().CountX(sys); got != before+n {
			t.Fatalf("%d enterprises after the import, want %d", got, before+n)
		}
		if got := c.Permit.Query().Where(permit.NumberHasPrefix("430102IMP")).CountX(sys); got != 100 {
			t.Errorf("%d permits", got)
		}
		e := c.Enterprise.Query().Where(enterprise.CreditCode(code(1))).OnlyX(sys)
		if e.PermitTier != enterprise.PermitTierSIMPLIFIED || e.PerformanceGrade != enterprise.PerformanceGradeB || !e.AirRelated ||
			len(e.Contacts) != 1 || e.Contacts[0].Name != "李四" {
			t.Errorf("imported %+v", e)
		}
		p := c.Permit.Query().Where(permit.EnterpriseID(e.ID)).OnlyX(sys)
		if p.ValidUntil.In(time.FixedZone("CST", 8*3600)).Format("2006-01-02") != "2029-01-14" || len(p.Outlets) != 2 {
			t.Errorf("permit %+v", p)
		}
		if got := c.AuditEntry.Query().Where(auditentry.ActionIn(imports...)).CountX(sys) - audits; got != n/admin.ImportBatch+4 {
			t.Errorf("%d audit entries, want one a batch (%d)", got, n/admin.ImportBatch+4)
		}
		// Again: nothing changes, nothing is audited.
		again, err := s.ImportRegistry(admin0, workbook(t, ents, permits, facilities, eias), "import.xlsx", false, "")
		if err != nil || again.ExampleRow != nil || again.Enterprises.Unchanged != n || again.Enterprises.Created+again.Enterprises.Updated != 0 ||
			again.Permits.Unchanged != 100 || again.Facilities.Unchanged != 50 || again.EIAApprovals.Unchanged != 50 ||
			again.Users.Unchanged != 20 || again.Users.Created != 0 {
			t.Fatalf("re-import: %+v %v", again, err)
		}
		if got := c.AuditEntry.Query().Where(auditentry.ActionIn(imports...)).CountX(sys) - audits; got != n/admin.ImportBatch+4 {
			t.Errorf("re-import audited: %d", got)
		}
		// A registered enterprise's row refused (no such district): its new
		// permit, facility and approval count nowhere either.
		refused := slices.Clone(ents[1])
		refused[2] = "火星区"
		rr, err := s.ImportRegistry(admin0, workbook(t, [][]string{refused},
			[][]string{{code(2), "430102NEW0002", "简化管理", "2024-01-15", "2029/1/14", ""}},
			[][]string{{code(2), "TA009", "废气治理设施", "治污设施", "20000", "m³/h", "活性炭吸附", "运行"}},
			[][]string{{code(2), "新项目", "长环评〔2024〕2号", "报告表", "", "", "2024-03-10", ""}}), "import.xlsx", true, "")
		if err != nil || rr.ProblemCount != 1 || rr.Enterprises.Created+rr.Enterprises.Updated+rr.Enterprises.Unchanged != 0 ||
			rr.Permits.Created != 0 || rr.Facilities.Created != 0 || rr.EIAApprovals.Created != 0 || rr.Permits.Rows != 1 {
			t.Errorf("a registered enterprise refused: %+v %v", rr, err)
		}
		// A changed row updates.
		ents[0][1] = "导入测试企业0001（更名）有限公司"
		upd, err := s.ImportRegistry(admin0, workbook(t, ents[:1], nil), "import.xlsx", false, "")
		if err != nil || upd.Enterprises.Updated != 1 {
			t.Fatalf("update: %+v %v", upd, err)
		}

		// furong: its own district only, and not over 岳麓区's enterprise.
		other := entRow(7001, "岳麓区")
		over := entRow(7002, "芙蓉区")
		over[0] = yueluEnt.CreditCode
		fr, err := s.ImportRegistry(furong, workbook(t, [][]string{entRow(7000, "芙蓉区"), other, over}, nil), "import.xlsx", true, "")
		if err != nil || fr.ProblemCount != 2 || fr.Problems[0].Row != 3 || fr.Problems[1].Row != 4 || fr.Enterprises.Created != 1 {
			t.Fatalf("furong: %+v %v", fr, err)
		}
		// An enterprise user may not import.
		if _, err := s.ImportRegistry(dbtest.As(c, "qiye"), workbook(t, ents[:1], nil), "x.xlsx", true, ""); !errors.Is(err, privacy.Deny) {
			t.Errorf("qiye imported: %v", err)
		}
		// Columns are the template's, in its order: swapped headers are refused.
		swapped := admin.EnterpriseColumns
		admin.EnterpriseColumns = append([]admin.ImportColumn{}, swapped...)
		admin.EnterpriseColumns[8], admin.EnterpriseColumns[9] = admin.EnterpriseColumns[9], admin.EnterpriseColumns[8]
		moved := workbook(t, ents[:1], nil)
		admin.EnterpriseColumns = swapped
		if _, err := s.ImportRegistry(admin0, moved, "x.xlsx", true, ""); err == nil {
			t.Error("swapped columns imported")
		} else if e, _ := apperr.As(err); e == nil || e.Key != "import.header" || e.Field != "file" {
			t.Errorf("swapped columns: %v", err)
		}
		// Not a workbook; no sheet of the template.
		if _, err := s.ImportRegistry(admin0, bytes.NewReader([]byte("name,code\n")), "x.csv", true, ""); apperr.CodeOf(err) != apperr.BadUserInput {
			t.Errorf("a CSV: %v", err)
		}

		// The template: its sheets, and its example imports as it is.
		var tpl bytes.Buffer
		if err := admin.RegistryTemplate(furong, c, &tpl); err != nil {
			t.Fatal(err)
		}
		book, err := excelize.OpenReader(bytes.NewReader(tpl.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if sheets := book.GetSheetList(); fmt.Sprint(sheets) != "[企业 排污许可证 设施 环评批复 取值说明]" {
			t.Errorf("template sheets %v", sheets)
		}
		vals, _ := book.GetRows("取值说明")
		if len(vals) < 2 || vals[1][1] != "芙蓉区" || vals[2][1] == "天心区" { // under the header, its own district alone
			t.Errorf("furong's template offers %v", vals)
		}
		book.Close()
		ex, err := s.ImportRegistry(furong, bytes.NewReader(tpl.Bytes()), "template.xlsx", true, "")
		if err != nil || ex.ProblemCount != 0 || ex.Enterprises.Created != 1 || ex.Permits.Created != 1 ||
			ex.Facilities.Created != 1 || ex.EIAApprovals.Created != 1 || ex.Users.Created != 1 {
			t.Errorf("the template's example: %+v %v", ex, err)
		}
		// The check says the file still holds the example (the 企业 sheet's row 2).
		if ex == nil || ex.ExampleRow == nil || *ex.ExampleRow != 2 {
			t.Errorf("the example's row: %+v", ex)
		}
		_ = ent.IsNotFound
	})
}

// TestImportReadsStoredValues: cells are read as stored, not as Excel
// shows them — a date formatted 01-15-24 or with a time of day, a capacity
// shown 20,000, a phone shown 1.39E+10 import as their values; a sheet's
// own columns bound it and a refusal names the sheet.
func TestImportReadsStoredValues(t *testing.T) {
	c, s := demoImporter(t, "sqlite3")
	city := dbtest.As(c, "admin")
	book := func(extra bool) *bytes.Reader {
		b := excelize.NewFile()
		defer b.Close()
		header := func(sheet string, cols []admin.ImportColumn) {
			if _, err := b.NewSheet(sheet); err != nil {
				t.Fatal(err)
			}
			h := make([]any, len(cols))
			for i, c := range cols {
				h[i] = c.Zh
			}
			_ = b.SetSheetRow(sheet, "A1", &h)
		}
		style := func(format string) int {
			id, err := b.NewStyle(&excelize.Style{CustomNumFmt: &format})
			if err != nil {
				t.Fatal(err)
			}
			return id
		}
		header("企业", admin.EnterpriseColumns)
		row := entRow(1, "芙蓉区")
		cells := make([]any, len(row))
		for i, v := range row {
			cells[i] = v
		}
		cells[13] = 13900000000 // 联系电话 as a number, shown 1.39E+10
		_ = b.SetSheetRow("企业", "A2", &cells)
		_ = b.SetCellStyle("企业", "N2", "N2", style("0.00E+00"))
		header("排污许可证", admin.PermitColumns)
		_ = b.SetSheetRow("排污许可证", "A2", &[]any{code(1), "430102RAW0001", "简化管理",
			time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC), time.Date(2029, 1, 14, 15, 30, 0, 0, time.UTC), "DA001"})
		_ = b.SetCellStyle("排污许可证", "D2", "E2", style("mm-dd-yy"))
		header("设施", admin.FacilityColumns)
		_ = b.SetSheetRow("设施", "A2", &[]any{code(1), "TA001", "废气治理设施", "治污设施", 20000, "m³/h", "活性炭吸附", "运行"})
		_ = b.SetCellStyle("设施", "E2", "E2", style("#,##0"))
		if extra { // right of the permits' six columns, within the enterprises' seventeen
			_ = b.SetCellValue("排污许可证", "H2", "备注")
		}
		_ = b.DeleteSheet("Sheet1")
		var buf bytes.Buffer
		if _, err := b.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		return bytes.NewReader(buf.Bytes())
	}
	rep, err := s.ImportRegistry(city, book(false), "raw.xlsx", true, "")
	if err != nil {
		t.Fatal(err)
	}
	if rep.ProblemCount != 0 || rep.Permits.Rows != 1 || rep.Facilities.Rows != 1 {
		for _, p := range rep.Problems {
			t.Errorf("%s row %d %s: %s", p.Sheet, p.Row, p.Column, p.Message)
		}
		t.Fatalf("stored values refused: %+v", rep)
	}
	if n := c.AuditEntry.Query().Where(auditentry.Action("import.check")).CountX(sys); n != 1 {
		t.Errorf("%d checks on record, want the dry run's", n)
	}
	if _, err := s.ImportRegistry(city, book(false), "raw.xlsx", false, ""); err != nil {
		t.Fatal(err)
	}
	p := c.Permit.Query().Where(permit.Number("430102RAW0001")).OnlyX(sys)
	if got := p.ValidUntil.In(clock.Shanghai).Format(time.DateOnly); got != "2029-01-14" {
		t.Errorf("valid until %s", got)
	}
	e := c.Enterprise.Query().Where(enterprise.CreditCode(code(1))).OnlyX(sys)
	if len(e.Contacts) == 0 || e.Contacts[0].Phone != "13900000000" {
		t.Errorf("contacts %+v", e.Contacts)
	}
	_, err = s.ImportRegistry(city, book(true), "raw.xlsx", true, "")
	if e, _ := apperr.As(err); e == nil || e.Key != "import.columns" || !strings.Contains(e.Message("zh"), "排污许可证") {
		t.Fatalf("a cell right of the permits' columns: %v", err)
	}

	// Blank coded cells are missing (not "not a value"), a row's problems
	// read left to right, and a district is named in the caller's language.
	row := entRow(2, "")
	row[6], row[1] = "", "" // 管理类别, 企业名称
	other := entRow(3, "岳麓区")
	en, err := s.ImportRegistry(apperr.WithLang(dbtest.As(c, "furong"), "en"), workbook(t, [][]string{row, other}, nil), "x.xlsx", true, "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range en.Problems {
		got = append(got, fmt.Sprintf("%d %s: %s", p.Row, p.Column, p.Message))
	}
	if len(got) != 4 || !strings.HasPrefix(got[0], "2 Name:") || !strings.HasPrefix(got[1], "2 District:") || !strings.Contains(got[1], "required") ||
		!strings.HasPrefix(got[2], "2 Permit tier:") || !strings.Contains(got[2], "required") || !strings.Contains(got[3], "Yuelu") {
		t.Fatalf("problems:\n%s", strings.Join(got, "\n"))
	}
}

// TestImportCellMessages: a refused cell says what the column takes — an
// industry code that is four digits but no GB/T 4754 division, a phone too
// short to be one (in the contact's column and the account's) — in the
// viewer's language.
func TestImportCellMessages(t *testing.T) {
	c, s := demoImporter(t, "sqlite3")
	ents := [][]string{entRow(1, "芙蓉区"), entRow(2, "芙蓉区"), entRow(3, "芙蓉区")}
	ents[0][4] = "9999"
	ents[1][13] = "138"
	ents[2][16] = "138"
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"zh", []string{"行业代码应为 GB/T 4754-2017 的 4 位小类代码，前两位是 01–97 的行业大类",
			"“138”不是电话号码：应为 5–20 位数字，可含 +、- 和空格（如 13812345678、0731-88888888）",
			"“138”不是电话号码：应为 5–20 位数字，可含 +、- 和空格（如 13812345678、0731-88888888）"}},
		{"en", []string{"The industry code must be a GB/T 4754-2017 class: 4 digits, the first two a division from 01 to 97",
			"“138” is not a phone number: 5–20 digits, with + - or spaces (13812345678, 0731-88888888)",
			"“138” is not a phone number: 5–20 digits, with + - or spaces (13812345678, 0731-88888888)"}},
	} {
		rep, err := s.ImportRegistry(apperr.WithLang(dbtest.As(c, "admin"), tc.lang), workbook(t, ents, nil), "cells.xlsx", false, "")
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range rep.Problems {
			got = append(got, fmt.Sprintf("%d %s", p.Row, p.Message))
		}
		want := []string{"2 " + tc.want[0], "3 " + tc.want[1], "4 " + tc.want[2]}
		if fmt.Sprint(got) != fmt.Sprint(want) || rep.Applied {
			t.Errorf("%s: problems %q, want %q (applied %v)", tc.lang, got, want, rep.Applied)
		}
	}
}

// TestImportProgress: an import with a progress key tells the importer's
// own subscription how far it has got — 0, the sheets read and checked,
// each batch written, 100 — rising; another user following the same key
// hears nothing; a bad key is refused before the file is read.
func TestImportProgress(t *testing.T) {
	c, s := demoImporter(t, "sqlite3")
	var ents [][]string
	for i := 1; i <= 1200; i++ { // three batches of at most 500
		ents = append(ents, entRow(i, "芙蓉区"))
	}
	const key = "import-7f3c2a9e"
	collect := func(ctx context.Context, who string) (<-chan []int, context.CancelFunc) {
		ctx, cancel := context.WithCancel(ctx)
		ch, err := s.ImportProgress(viewer.NewContext(ctx, viewer.FromContext(dbtest.As(c, who))), key)
		if err != nil {
			t.Fatal(err)
		}
		got := make(chan []int, 1)
		go func() { // until 100, or the subscription ends
			var ps []int
			for p := range ch {
				if ps = append(ps, p); p == 100 {
					break
				}
			}
			got <- ps
		}()
		return got, cancel
	}
	for _, dry := range []bool{true, false} {
		mine, stopMine := collect(context.Background(), "admin")
		other, stopOther := collect(context.Background(), "furong")
		rep, err := s.ImportRegistry(dbtest.As(c, "admin"), workbook(t, ents, nil), "progress.xlsx", dry, key)
		if err != nil || rep.ProblemCount != 0 || rep.Applied == dry {
			t.Fatalf("dry run %v: %v %+v", dry, err, rep)
		}
		want := []int{0, 20, 40, 100}
		if !dry {
			want = []int{0, 20, 40, 65, 90, 100} // 40 + 60 × 500/1,200, × 1,000/1,200, then all
		}
		select {
		case got := <-mine:
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("dry run %v: progress %v, want %v", dry, got, want)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("dry run %v: no 100 %%", dry)
		}
		// Published with the importer's, another user's would be there by now.
		stopMine()
		stopOther()
		if got := <-other; len(got) != 0 {
			t.Errorf("another user heard %v", got)
		}
	}
	for _, bad := range []string{"short", "has space in it", strings.Repeat("k", 65), "键键键键键键键键"} {
		if _, err := s.ImportRegistry(dbtest.As(c, "admin"), workbook(t, ents[:1], nil), "x.xlsx", true, bad); apperr.CodeOf(err) != apperr.BadUserInput {
			t.Errorf("key %q: %v", bad, err)
		}
		if _, err := s.ImportProgress(dbtest.As(c, "admin"), bad); apperr.CodeOf(err) != apperr.BadUserInput {
			t.Errorf("watching key %q: %v", bad, err)
		}
	}
	if _, err := s.ImportProgress(context.Background(), key); apperr.CodeOf(err) != apperr.Unauthenticated {
		t.Errorf("nobody signed in: %v", err)
	}
}
