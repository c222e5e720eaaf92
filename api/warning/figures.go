package warning

import (
	"context"
	"slices"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"greencheck/api/apperr"
	"greencheck/ent/predicate"
	"greencheck/ent/warningnotice"
)

// MaxRounds bounds a warning's rounds (publication, upgrades, downgrades,
// extensions, lifting): a real one has a handful.
const MaxRounds = 1000

// Figures are a warning's receipts and timeliness (domain.md §4), over the
// notices the viewer may read: counts of notices, and the rates in % of
// the notices targeted.
//
//   - acknowledged in time: acknowledgedAt ≤ ackDueAt = min(pushedAt +
//     the warning's ackSLAMinutes, effectiveAt), or pushedAt + the SLA
//     alone for a round in effect as it is pushed (an immediate upgrade,
//     a lifting);
//   - reported in time: first report ≤ reportDueAt = effectiveAt +
//     reportSLAMinutes (lifting rounds ask for no report);
//   - timely response rate (及时响应率) = acknowledged in time ÷ targeted.
type Figures struct {
	Targeted, Delivered, Read, Acknowledged, AcknowledgedInTime int
	// ReportsDue counts the notices that ask for a report (not liftings).
	ReportsDue, Reported, ReportedInTime, WithEvidence int
	TimelyResponseRate, DeliveryRate, ReportRate       float64
	// Repushed notices were pushed again (not acknowledged in time for the
	// ladder); OnCallList are escalated and still not acknowledged.
	Repushed, OnCallList int
	// Checked notices were spot-checked (抽查); CheckedCompliant passed
	// their latest check; SpotCheckRate is CheckedCompliant ÷ Checked (%).
	Checked, CheckedCompliant int
	SpotCheckRate             float64
	// MedianAckMinutes is the median time from push to acknowledgement
	// (minutes), nil before any.
	MedianAckMinutes *float64
}

// DistrictFigures are one district's figures.
type DistrictFigures struct {
	DistrictID int
	Figures
}

// GradeFigures are one performance grade's figures.
type GradeFigures struct {
	Grade string
	Figures
}

// RoundFigures are one round's figures.
type RoundFigures struct {
	Round int
	Figures
}

// Board is the figures of a warning, overall and per district, grade and
// round.
type Board struct {
	Figures
	ByDistrict []*DistrictFigures
	ByGrade    []*GradeFigures
	ByRound    []*RoundFigures
}

type group struct {
	District int    `json:"district_id"`
	Grade    string `json:"grade"`
	Round    int    `json:"round"`
	Targeted int    `json:"targeted"`
	Deliv    int    `json:"delivered"`
	Read     int    `json:"read"`
	Acked    int    `json:"acked"`
	AckTime  int    `json:"ack_in_time"`
	Due      int    `json:"reports_due"`
	Rep      int    `json:"reported"`
	RepTime  int    `json:"reported_in_time"`
	Evid     int    `json:"with_evidence"`
	Repush   int    `json:"repushed"`
	Calls    int    `json:"on_call_list"`
	Checked  int    `json:"checked"`
	Passed   int    `json:"passed"`
}

func (g group) figures() Figures {
	return Figures{Targeted: g.Targeted, Delivered: g.Deliv, Read: g.Read, Acknowledged: g.Acked, AcknowledgedInTime: g.AckTime,
		ReportsDue: g.Due, Reported: g.Rep, ReportedInTime: g.RepTime, WithEvidence: g.Evid, Repushed: g.Repush, OnCallList: g.Calls,
		Checked: g.Checked, CheckedCompliant: g.Passed}
}

func (f *Figures) add(g Figures) {
	f.Targeted += g.Targeted
	f.Delivered += g.Delivered
	f.Read += g.Read
	f.Acknowledged += g.Acknowledged
	f.AcknowledgedInTime += g.AcknowledgedInTime
	f.ReportsDue += g.ReportsDue
	f.Reported += g.Reported
	f.ReportedInTime += g.ReportedInTime
	f.WithEvidence += g.WithEvidence
	f.Repushed += g.Repushed
	f.OnCallList += g.OnCallList
	f.Checked += g.Checked
	f.CheckedCompliant += g.CheckedCompliant
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(int(float64(a)*10000/float64(b)+0.5)) / 100
}

func (f *Figures) rates(latencies []int) {
	f.TimelyResponseRate = pct(f.AcknowledgedInTime, f.Targeted)
	f.DeliveryRate = pct(f.Delivered, f.Targeted)
	f.ReportRate = pct(f.Reported, f.ReportsDue)
	f.SpotCheckRate = pct(f.CheckedCompliant, f.Checked)
	if len(latencies) > 0 {
		slices.Sort(latencies)
		n := len(latencies)
		m := float64(latencies[n/2])
		if n%2 == 0 {
			m = float64(latencies[n/2-1]+latencies[n/2]) / 2
		}
		m = float64(int(m/60*10+0.5)) / 10
		f.MedianAckMinutes = &m
	}
}

// Board computes the warning's figures — of one round when round is given —
// in two statements, through the
// viewer's privacy rules (a district administrator's board holds its
// districts): one grouped count, one list of acknowledgement latencies.
func (s *Service) Board(ctx context.Context, warningID int, round ...int) (*Board, error) {
	where := []predicate.WarningNotice{warningnotice.WarningID(warningID)}
	if len(round) > 0 && (round[0] < 1 || round[0] > MaxRounds) {
		return nil, apperr.Input("round", "warning.round", MaxRounds)
	}
	if len(round) > 0 {
		where = append(where, warningnotice.Round(round[0]))
	}
	var groups []group
	err := s.client.WarningNotice.Query().Where(where...).Modify(func(sel *sql.Selector) {
		c := sel.C
		cols := []string{
			sql.As(c(warningnotice.FieldDistrictID), "district_id"), sql.As(c(warningnotice.FieldGrade), "grade"),
			sql.As(c(warningnotice.FieldRound), "round"), sql.As(sql.Count("*"), "targeted"),
		}
		// Each figure counts the notices of its receipt (group's JSON names).
		for _, f := range []struct {
			r  Receipt
			as string
		}{
			{ReceiptDelivered, "delivered"}, {ReceiptRead, "read"}, {ReceiptAcknowledged, "acked"},
			{ReceiptAcknowledgedInTime, "ack_in_time"}, {ReceiptReportDue, "reports_due"}, {ReceiptReported, "reported"},
			{ReceiptReportedInTime, "reported_in_time"}, {ReceiptWithEvidence, "with_evidence"}, {ReceiptRepushed, "repushed"},
			{ReceiptOnCallList, "on_call_list"}, {ReceiptChecked, "checked"}, {ReceiptCheckPassed, "passed"},
		} {
			cols = append(cols, sql.As("COALESCE(SUM(CASE WHEN "+f.r.Cond(sel)+" THEN 1 ELSE 0 END), 0)", f.as))
		}
		sel.Select(cols...).GroupBy(c(warningnotice.FieldDistrictID), c(warningnotice.FieldGrade), c(warningnotice.FieldRound))
	}).Scan(ctx, &groups)
	if err != nil {
		return nil, err
	}
	var lat []struct {
		District int    `json:"district_id"`
		Grade    string `json:"grade"`
		Round    int    `json:"round"`
		Seconds  int    `json:"ack_latency_seconds"`
	}
	err = s.client.WarningNotice.Query().Where(where...).Where(warningnotice.AckLatencySecondsNotNil()).
		Select(warningnotice.FieldDistrictID, warningnotice.FieldGrade, warningnotice.FieldRound, warningnotice.FieldAckLatencySeconds).
		Scan(ctx, &lat)
	if err != nil {
		return nil, err
	}
	b := &Board{}
	byDistrict, byGrade, byRound := map[int]*DistrictFigures{}, map[string]*GradeFigures{}, map[int]*RoundFigures{}
	for _, g := range groups {
		f := g.figures()
		b.add(f)
		if byDistrict[g.District] == nil {
			byDistrict[g.District] = &DistrictFigures{DistrictID: g.District}
		}
		byDistrict[g.District].add(f)
		if byGrade[g.Grade] == nil {
			byGrade[g.Grade] = &GradeFigures{Grade: g.Grade}
		}
		byGrade[g.Grade].add(f)
		if byRound[g.Round] == nil {
			byRound[g.Round] = &RoundFigures{Round: g.Round}
		}
		byRound[g.Round].add(f)
	}
	all, perDistrict, perGrade, perRound := []int{}, map[int][]int{}, map[string][]int{}, map[int][]int{}
	for _, l := range lat {
		all = append(all, l.Seconds)
		perDistrict[l.District] = append(perDistrict[l.District], l.Seconds)
		perGrade[l.Grade] = append(perGrade[l.Grade], l.Seconds)
		perRound[l.Round] = append(perRound[l.Round], l.Seconds)
	}
	b.rates(all)
	for k, f := range byDistrict {
		f.rates(perDistrict[k])
		b.ByDistrict = append(b.ByDistrict, f)
	}
	for k, f := range byGrade {
		f.rates(perGrade[k])
		b.ByGrade = append(b.ByGrade, f)
	}
	for k, f := range byRound {
		f.rates(perRound[k])
		b.ByRound = append(b.ByRound, f)
	}
	slices.SortFunc(b.ByDistrict, func(x, y *DistrictFigures) int { return x.DistrictID - y.DistrictID })
	slices.SortFunc(b.ByGrade, func(x, y *GradeFigures) int { return gradeOrder(x.Grade) - gradeOrder(y.Grade) })
	slices.SortFunc(b.ByRound, func(x, y *RoundFigures) int { return x.Round - y.Round })
	return b, nil
}

// truth is the dialect's literal true (SQLite keeps booleans as 1).
func truth(sel *sql.Selector) string {
	if sel.Dialect() == dialect.Postgres {
		return "TRUE"
	}
	return "1"
}

// Receipt is a stage of a notice's response as the board counts it; the
// filter of the receipts table (WarningNoticeWhereInput.receipt) selects
// exactly the notices a figure counts, by the same SQL condition.
type Receipt string

// The receipts: each figure of Figures, and the complements users look for.
const (
	ReceiptDelivered          Receipt = "DELIVERED"
	ReceiptNotDelivered       Receipt = "NOT_DELIVERED"
	ReceiptRead               Receipt = "READ"
	ReceiptNotRead            Receipt = "NOT_READ"
	ReceiptAcknowledged       Receipt = "ACKNOWLEDGED"
	ReceiptNotAcknowledged    Receipt = "NOT_ACKNOWLEDGED"
	ReceiptAcknowledgedInTime Receipt = "ACKNOWLEDGED_IN_TIME"
	ReceiptAcknowledgedLate   Receipt = "ACKNOWLEDGED_LATE"
	ReceiptReported           Receipt = "REPORTED"
	ReceiptNotReported        Receipt = "NOT_REPORTED"
	ReceiptReportedInTime     Receipt = "REPORTED_IN_TIME"
	ReceiptWithEvidence       Receipt = "WITH_EVIDENCE"
	ReceiptRepushed           Receipt = "REPUSHED"
	ReceiptOnCallList         Receipt = "ON_CALL_LIST"
	ReceiptChecked            Receipt = "CHECKED"
	ReceiptCheckPassed        Receipt = "CHECK_PASSED"
	ReceiptCheckFailed        Receipt = "CHECK_FAILED"
	// ReceiptReportDue: the notice asks for a report (not a lifting).
	ReceiptReportDue Receipt = "REPORT_DUE"
)

// Receipts lists the receipts a table can be filtered by, in the order of
// the board's figures.
var Receipts = []Receipt{
	ReceiptDelivered, ReceiptNotDelivered, ReceiptRead, ReceiptNotRead, ReceiptAcknowledged, ReceiptNotAcknowledged,
	ReceiptAcknowledgedInTime, ReceiptAcknowledgedLate, ReceiptReported, ReceiptNotReported, ReceiptReportedInTime,
	ReceiptWithEvidence, ReceiptRepushed, ReceiptOnCallList, ReceiptChecked, ReceiptCheckPassed, ReceiptCheckFailed,
}

// Cond is the receipt's SQL condition over the notice's columns.
func (r Receipt) Cond(sel *sql.Selector) string {
	c := sel.C
	acked, ackDue := c(warningnotice.FieldAcknowledgedAt), c(warningnotice.FieldAckDueAt)
	first, due := c(warningnotice.FieldMeasuresReportedAt), c(warningnotice.FieldReportDueAt)
	switch r {
	case ReceiptDelivered:
		return c(warningnotice.FieldDeliveredAt) + " IS NOT NULL"
	case ReceiptNotDelivered:
		return c(warningnotice.FieldDeliveredAt) + " IS NULL"
	case ReceiptRead:
		return c(warningnotice.FieldReadAt) + " IS NOT NULL"
	case ReceiptNotRead:
		return c(warningnotice.FieldReadAt) + " IS NULL"
	case ReceiptAcknowledged:
		return acked + " IS NOT NULL"
	case ReceiptNotAcknowledged:
		return acked + " IS NULL"
	case ReceiptAcknowledgedInTime:
		return acked + " <= " + ackDue
	case ReceiptAcknowledgedLate:
		return acked + " > " + ackDue
	case ReceiptReportDue:
		return due + " IS NOT NULL"
	case ReceiptReported:
		return first + " IS NOT NULL AND " + due + " IS NOT NULL"
	case ReceiptNotReported:
		return first + " IS NULL AND " + due + " IS NOT NULL"
	case ReceiptReportedInTime:
		return first + " <= " + due
	case ReceiptWithEvidence:
		return c(warningnotice.FieldEvidenceAt) + " IS NOT NULL"
	case ReceiptRepushed:
		return c(warningnotice.FieldRepushedAt) + " IS NOT NULL"
	case ReceiptOnCallList:
		return c(warningnotice.FieldEscalatedAt) + " IS NOT NULL AND " + acked + " IS NULL"
	case ReceiptChecked:
		return c(warningnotice.FieldCheckedAt) + " IS NOT NULL"
	case ReceiptCheckPassed:
		return c(warningnotice.FieldCheckCompliant) + " = " + truth(sel)
	case ReceiptCheckFailed:
		return c(warningnotice.FieldCheckCompliant) + " <> " + truth(sel)
	}
	return "1 = 0"
}

// ReceiptIs selects the notices the receipt's figure counts.
func ReceiptIs(r Receipt) predicate.WarningNotice {
	return func(sel *sql.Selector) { sel.Where(sql.ExprP(r.Cond(sel))) }
}
