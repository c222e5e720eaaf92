// Package ledger is the rectification ledger (整改台账): the findings of the
// viewer's scope with their enterprise, deadline and state, as a workbook
// an administrator can file or forward.
package ledger

import (
	"context"
	"fmt"
	"greencheck/api/clock"
	"greencheck/api/lifecycle"
	"io"

	"github.com/xuri/excelize/v2"

	"greencheck/ent"
	"greencheck/ent/enterprise"
	"greencheck/ent/finding"
	"greencheck/ent/predicate"
	"greencheck/ent/selfcheck"
)

// MaxRows bounds one export; narrow the filters for more.
const MaxRows = 200_000

// pageSize rows are read per statement pair (findings, then their
// enterprises and districts), so memory stays flat however long the ledger.
const pageSize = 5_000

// Filter narrows the ledger the way the finding list does.
type Filter struct {
	Status     []finding.Status
	Severity   []finding.Severity
	DistrictID *int
	TaskID     *int
	// EnterpriseID: one enterprise's findings.
	EnterpriseID *int
	Overdue      bool
	// Open: true the findings not yet resolved (lifecycle.OpenStatuses),
	// false the resolved ones; nil both.
	Open *bool
	// Enterprise: the enterprise's name contains it.
	Enterprise string
}

func (f Filter) where() []predicate.Finding {
	var ps []predicate.Finding
	if len(f.Status) > 0 {
		ps = append(ps, finding.StatusIn(f.Status...))
	}
	if len(f.Severity) > 0 {
		ps = append(ps, finding.SeverityIn(f.Severity...))
	}
	if f.DistrictID != nil {
		ps = append(ps, finding.HasEnterpriseWith(enterprise.DistrictID(*f.DistrictID)))
	}
	if f.EnterpriseID != nil {
		ps = append(ps, finding.EnterpriseID(*f.EnterpriseID))
	}
	if f.TaskID != nil {
		ps = append(ps, finding.HasSelfCheckWith(selfcheck.TaskID(*f.TaskID)))
	}
	if f.Overdue {
		ps = append(ps, finding.Overdue(true))
	}
	if f.Open != nil {
		open := lifecycle.As[finding.Status](lifecycle.OpenStatuses)
		if *f.Open {
			ps = append(ps, finding.StatusIn(open...))
		} else {
			ps = append(ps, finding.StatusNotIn(open...))
		}
	}
	if f.Enterprise != "" {
		ps = append(ps, finding.HasEnterpriseWith(enterprise.NameContains(f.Enterprise)))
	}
	return ps
}

var header = []any{"问题编号", "企业名称", "统一社会信用代码", "区县", "问题", "严重程度", "来源", "状态",
	"发现日期", "整改期限", "是否逾期", "销号日期"}

var (
	severityZh = map[finding.Severity]string{finding.SeverityHIGH: "严重", finding.SeverityMEDIUM: "一般", finding.SeverityLOW: "轻微"}
	statusZh   = map[finding.Status]string{finding.StatusFOUND: "发现", finding.StatusASSIGNED: "交办", finding.StatusRECTIFYING: "整改中",
		finding.StatusSUBMITTED: "待核查", finding.StatusVERIFIED: "核查通过", finding.StatusREJECTED: "退回",
		finding.StatusCLOSED: "已销号", finding.StatusINVALID: "无效"}
	sourceZh = map[finding.Source]string{finding.SourceSELF_CHECK: "企业自查", finding.SourceVISIT: "现场帮扶",
		finding.SourceCROSS_CHECK: "数据比对", finding.SourceWARNING_CHECK: "预警抽查", finding.SourceMANUAL: "手工录入"}
)

// WriteXLSX writes the ledger of the viewer in ctx (the privacy rules
// decide which findings) as an .xlsx workbook, in the order they were found, and
// returns the number of rows.
func WriteXLSX(ctx context.Context, client *ent.Client, f Filter, w io.Writer) (int, error) {
	book := excelize.NewFile()
	defer book.Close()
	const sheet = "整改台账"
	if err := book.SetSheetName("Sheet1", sheet); err != nil {
		return 0, err
	}
	sw, err := book.NewStreamWriter(sheet)
	if err != nil {
		return 0, err
	}
	_ = sw.SetColWidth(2, 2, 36)
	_ = sw.SetColWidth(3, 3, 22)
	_ = sw.SetColWidth(5, 5, 40)
	if err := sw.SetRow("A1", header); err != nil {
		return 0, err
	}
	rows, lastID := 0, 0
	for rows < MaxRows {
		page, err := client.Finding.Query().Where(f.where()...).Where(finding.IDGT(lastID)).
			Order(ent.Asc(finding.FieldID)).Limit(min(pageSize, MaxRows-rows)).
			WithEnterprise(func(q *ent.EnterpriseQuery) { q.WithDistrict() }).All(ctx)
		if err != nil {
			return rows, err
		}
		for _, fd := range page {
			rows++
			e := fd.Edges.Enterprise
			var name, code, district string
			if e != nil {
				name, code = e.Name, e.CreditCode
				if e.Edges.District != nil {
					district = e.Edges.District.NameZh
				}
			}
			closed, overdue := "", "否"
			if fd.ClosedAt != nil {
				closed = clock.Day(*fd.ClosedAt)
			}
			if fd.Overdue {
				overdue = "是"
			}
			cell, _ := excelize.CoordinatesToCellName(1, rows+1)
			if err := sw.SetRow(cell, []any{fd.ID, name, code, district, fd.Title, severityZh[fd.Severity], sourceZh[fd.Source],
				statusZh[fd.Status], clock.Day(fd.CreatedAt), clock.Day(fd.DueAt),
				overdue, closed}); err != nil {
				return rows, err
			}
		}
		if len(page) < pageSize {
			break
		}
		lastID = page[len(page)-1].ID
	}
	if err := sw.Flush(); err != nil {
		return rows, err
	}
	if _, err := book.WriteTo(w); err != nil {
		return rows, fmt.Errorf("write workbook: %w", err)
	}
	return rows, nil
}
