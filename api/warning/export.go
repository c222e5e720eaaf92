package warning

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"

	"greencheck/api/clock"
	"greencheck/ent"
	"greencheck/ent/warningnotice"
)

// receiptHeader is the receipts workbook's header (预警响应台账).
var receiptHeader = []any{"轮次", "调整", "预警级别", "企业", "统一社会信用代码", "区县", "绩效分级", "推送时间", "送达时间", "阅读时间",
	"确认时间", "按时确认", "首次上报时间", "按时上报", "上报次数", "附证据", "再次推送", "电话督促次数", "抽查结论"}

var (
	kindZh  = map[warningnotice.Kind]string{"PUBLISH": "发布", "UPGRADE": "升级", "DOWNGRADE": "降级", "EXTEND": "延长", "LIFT": "解除"}
	levelZh = map[warningnotice.Level]string{"YELLOW": "黄色", "ORANGE": "橙色", "RED": "红色"}
	gradeZh = map[string]string{"A": "A级", "B": "B级", "B_MINUS": "B-级", "C": "C级", "D": "D级", "LEADING": "引领性", "GUARANTEE": "保障类", "NONE": "未分级"}
)

// WriteReceipts writes the warning's notices the viewer may read (the
// privacy rules decide: a district's own enterprises) as an .xlsx
// workbook, one row per notice in round order, times in Asia/Shanghai, and
// returns the number of rows. Pages of 1,000 notices, streamed.
func (s *Service) WriteReceipts(ctx context.Context, warningID int, w io.Writer) (int, error) {
	wr, err := s.client.Warning.Get(ctx, warningID)
	if err != nil {
		return 0, err
	}
	book := excelize.NewFile()
	defer book.Close()
	const sheet = "预警响应台账"
	if err := book.SetSheetName("Sheet1", sheet); err != nil {
		return 0, err
	}
	sw, err := book.NewStreamWriter(sheet)
	if err != nil {
		return 0, err
	}
	// In reverse: the stream writer puts each before the earlier ones, and
	// Excel wants them in column order.
	_ = sw.SetColWidth(5, 5, 22)
	_ = sw.SetColWidth(4, 4, 36)
	if err := sw.SetRow("A1", []any{wr.Title}); err != nil {
		return 0, err
	}
	if err := sw.SetRow("A2", receiptHeader); err != nil {
		return 0, err
	}
	rows, lastID := 0, 0
	yes := func(b bool) string {
		if b {
			return "是"
		}
		return "否"
	}
	for {
		page, err := s.client.WarningNotice.Query().Where(warningnotice.WarningID(warningID), warningnotice.IDGT(lastID)).
			Order(ent.Asc(warningnotice.FieldID)).Limit(1000).
			WithEnterprise(func(q *ent.EnterpriseQuery) { q.WithDistrict() }).All(ctx)
		if err != nil {
			return rows, err
		}
		for _, n := range page {
			rows++
			e := n.Edges.Enterprise
			var name, code, district string
			if e != nil {
				name, code = e.Name, e.CreditCode
				if e.Edges.District != nil {
					district = e.Edges.District.NameZh
				}
			}
			check := ""
			if n.CheckCompliant != nil {
				check = map[bool]string{true: "合格", false: "不合格"}[*n.CheckCompliant]
			}
			ackInTime := n.AcknowledgedAt != nil && n.AckDueAt != nil && !n.AcknowledgedAt.After(*n.AckDueAt)
			repInTime := n.MeasuresReportedAt != nil && n.ReportDueAt != nil && !n.MeasuresReportedAt.After(*n.ReportDueAt)
			report := ""
			if n.ReportDueAt != nil {
				report = yes(repInTime)
			}
			cell, _ := excelize.CoordinatesToCellName(1, rows+2)
			if err := sw.SetRow(cell, []any{n.Round, kindZh[n.Kind], levelZh[n.Level], name, code, district, gradeZh[n.Grade],
				minute(n.PushedAt), minute(n.DeliveredAt), minute(n.ReadAt), minute(n.AcknowledgedAt), yes(ackInTime),
				minute(n.MeasuresReportedAt), report, n.ReportCount, yes(n.EvidenceAt != nil), yes(n.RepushedAt != nil),
				len(n.Calls), check}); err != nil {
				return rows, err
			}
		}
		if len(page) < 1000 {
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

// minute is a time in Asia/Shanghai to the minute, "" for none.
func minute(t *time.Time) string {
	if t == nil {
		return ""
	}
	return clock.Minute(*t)
}
