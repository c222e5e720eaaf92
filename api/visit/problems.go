package visit

import (
	"context"
	"slices"
	"sort"
	"time"

	"greencheck/api/apperr"
	"greencheck/api/db"
	"greencheck/api/lifecycle"
	"greencheck/ent"
	"greencheck/ent/enterprise"
	"greencheck/ent/finding"
	"greencheck/ent/inspectiontask"
	"greencheck/ent/question"
	"greencheck/ent/rectification"
	"greencheck/ent/selfcheck"
	"greencheck/ent/visit"
	"greencheck/ent/warningnotice"
)

// Reason is why an enterprise is on the problem list (问题清单). The list is
// computed, never typed: an enterprise is on it while one of its reasons
// holds, and leaves it when none does.
type Reason string

const (
	// OverdueFindings: findings past their deadline and not yet resolved.
	OverdueFindings Reason = "OVERDUE_FINDINGS"
	// RepeatedRejections: open findings whose rectification was rejected
	// twice or more.
	RepeatedRejections Reason = "REPEATED_REJECTIONS"
	// HighSeverityPastHalf: open high-severity findings past half of the
	// time they were given (not yet overdue).
	HighSeverityPastHalf Reason = "HIGH_SEVERITY_PAST_HALF"
	// WarningNotAcknowledged: warning notices of the last 30 days not
	// acknowledged by their deadline.
	WarningNotAcknowledged Reason = "WARNING_NOT_ACKNOWLEDGED"
	// SelfCheckOverdue: self-checks of open tasks not submitted by the due date.
	SelfCheckOverdue Reason = "SELF_CHECK_OVERDUE"
	// QuestionUnresolved: questions in the Q&A channel unresolved for 3 days.
	QuestionUnresolved Reason = "QUESTION_UNRESOLVED"
)

// Reasons are the reasons, most pressing first (the order of the list's ties).
var Reasons = []Reason{OverdueFindings, RepeatedRejections, HighSeverityPastHalf, WarningNotAcknowledged, SelfCheckOverdue, QuestionUnresolved}

// IsReason reports whether s names a Reason.
func IsReason(s string) bool { return slices.Contains(Reasons, Reason(s)) }

// Problem-list windows.
const (
	UnresolvedQuestionAge = 72 * time.Hour      // a question unresolved this long
	NoticeWindow          = 30 * 24 * time.Hour // warning notices pushed within
	MaxProblemPage        = 100
	MaxProblemOffset      = 1_000_000
)

// ReasonCount is one reason of an entry, with how many records hold it.
type ReasonCount struct {
	Reason Reason
	Count  int
}

// Entry is one enterprise on the problem list with its reasons.
type Entry struct {
	Enterprise *ent.Enterprise
	Reasons    []ReasonCount // in Reasons order
	// Score orders the list: reasons first, then the records behind them.
	Score int
	// PlannedVisit is the enterprise's next planned visit, if one is.
	PlannedVisit *ent.Visit
	// LastVisit is its latest visit held, if any.
	LastVisit *ent.Visit
}

// List is a page of the problem list.
type List struct {
	TotalCount int
	Entries    []*Entry
	ByReason   []ReasonCount // enterprises per reason over the whole list (the district filter applied, not the reason's)
}

// ListInput filters and pages the problem list.
type ListInput struct {
	DistrictID *int
	Reason     *Reason
	Offset     int // entries skipped (0…)
	First      int // 1…100
}

// Problems computes the problem list of the viewer's scope (the privacy
// rules filter every statement): one grouped statement per reason (two for
// repeated rejections), then the page's enterprises and their planned
// visits — a constant number of statements whatever the page. Entries are
// ordered by how many reasons hold, then how many records, then enterprise.
func (s *Service) Problems(ctx context.Context, in ListInput) (*List, error) {
	if in.First < 1 || in.First > MaxProblemPage {
		return nil, apperr.Input("first", "input.int_range", "first", 1, MaxProblemPage)
	}
	if in.Offset < 0 || in.Offset > MaxProblemOffset {
		return nil, apperr.Input("offset", "input.int_range", "offset", 0, MaxProblemOffset)
	}
	entries, byReason, err := s.ranked(ctx, in)
	if err != nil {
		return nil, err
	}
	out := &List{TotalCount: len(entries), ByReason: byReason}
	if in.Offset >= len(entries) {
		return out, nil
	}
	out.Entries, err = s.fill(ctx, entries[in.Offset:min(in.Offset+in.First, len(entries))])
	return out, err
}

// ProblemPages is the whole problem list of the viewer's scope (the
// district and reason filters of in; Offset and First ignored), ranked once
// and handed to each in pages of size entries with their enterprises and
// visits (three statements a page) — the list's export. total is the number
// of entries.
func (s *Service) ProblemPages(ctx context.Context, in ListInput, size int, each func(total int, page []*Entry) error) error {
	entries, _, err := s.ranked(ctx, in)
	if err != nil {
		return err
	}
	if len(entries) == 0 {
		return each(0, nil)
	}
	for lo := 0; lo < len(entries); lo += size {
		page, err := s.fill(ctx, entries[lo:min(lo+size, len(entries))])
		if err != nil {
			return err
		}
		if err := each(len(entries), page); err != nil {
			return err
		}
	}
	return nil
}

// ranked computes the entries of the list (enterprise ids and reasons),
// ordered, and the enterprises per reason.
func (s *Service) ranked(ctx context.Context, in ListInput) ([]*Entry, []ReasonCount, error) {
	c := db.Client(ctx, s.client)
	now := s.now()
	counts := map[int]map[Reason]int{}
	add := func(r Reason, rows []grouped) {
		for _, g := range rows {
			if counts[g.EnterpriseID] == nil {
				counts[g.EnterpriseID] = map[Reason]int{}
			}
			counts[g.EnterpriseID][r] += g.N
		}
	}
	// Every reason is computed whatever the filter: an entry shows all of
	// its reasons, and the figures per reason stay whole.
	want := func(Reason) bool { return true }
	open := make([]finding.Status, len(lifecycle.OpenStatuses))
	for i, st := range lifecycle.OpenStatuses {
		open[i] = finding.Status(st)
	}
	findings := func() *ent.FindingQuery {
		q := c.Finding.Query().Where(finding.StatusIn(open...))
		if in.DistrictID != nil {
			q.Where(finding.HasEnterpriseWith(enterprise.DistrictID(*in.DistrictID)))
		}
		return q
	}
	group := func(q interface {
		Scan(context.Context, any) error
	}) ([]grouped, error) {
		var rows []grouped
		err := q.Scan(ctx, &rows)
		return rows, err
	}
	if want(OverdueFindings) {
		rows, err := group(findings().Where(finding.Overdue(true)).GroupBy(finding.FieldEnterpriseID).Aggregate(ent.As(ent.Count(), "n")))
		if err != nil {
			return nil, nil, err
		}
		add(OverdueFindings, rows)
	}
	if want(RepeatedRejections) {
		var twice []struct {
			FindingID int `json:"finding_id"`
			N         int `json:"n"`
		}
		rq := c.Rectification.Query().Where(rectification.DecisionEQ(rectification.DecisionREJECTED),
			rectification.HasFindingWith(finding.StatusIn(open...)))
		if in.DistrictID != nil {
			rq.Where(rectification.HasFindingWith(finding.HasEnterpriseWith(enterprise.DistrictID(*in.DistrictID))))
		}
		if err := rq.GroupBy(rectification.FieldFindingID).Aggregate(ent.As(ent.Count(), "n")).Scan(ctx, &twice); err != nil {
			return nil, nil, err
		}
		var ids []int
		for _, r := range twice {
			if r.N >= 2 {
				ids = append(ids, r.FindingID)
			}
		}
		if len(ids) > 0 {
			rows, err := group(c.Finding.Query().Where(finding.IDIn(ids...)).GroupBy(finding.FieldEnterpriseID).Aggregate(ent.As(ent.Count(), "n")))
			if err != nil {
				return nil, nil, err
			}
			add(RepeatedRejections, rows)
		}
	}
	if want(HighSeverityPastHalf) {
		// Half the time given has passed when created + (due − created)/2
		// < now, i.e. due < 2·now − created: compared in Go over the open
		// high-severity findings not yet due (few).
		var rows []struct {
			EnterpriseID int       `json:"enterprise_id"`
			CreatedAt    time.Time `json:"created_at"`
			DueAt        time.Time `json:"due_at"`
		}
		if err := findings().Where(finding.SeverityEQ(finding.SeverityHIGH), finding.Overdue(false), finding.DueAtGT(now)).
			Select(finding.FieldEnterpriseID, finding.FieldCreatedAt, finding.FieldDueAt).Scan(ctx, &rows); err != nil {
			return nil, nil, err
		}
		var past []grouped
		for _, r := range rows {
			if now.Sub(r.CreatedAt) > r.DueAt.Sub(r.CreatedAt)/2 {
				past = append(past, grouped{EnterpriseID: r.EnterpriseID, N: 1})
			}
		}
		add(HighSeverityPastHalf, past)
	}
	if want(WarningNotAcknowledged) {
		q := c.WarningNotice.Query().Where(warningnotice.AcknowledgedAtIsNil(), warningnotice.AckDueAtLT(now),
			warningnotice.PushedAtGT(now.Add(-NoticeWindow)), warningnotice.KindNEQ(warningnotice.KindLIFT))
		if in.DistrictID != nil {
			q.Where(warningnotice.HasEnterpriseWith(enterprise.DistrictID(*in.DistrictID)))
		}
		rows, err := group(q.GroupBy(warningnotice.FieldEnterpriseID).Aggregate(ent.As(ent.Count(), "n")))
		if err != nil {
			return nil, nil, err
		}
		add(WarningNotAcknowledged, rows)
	}
	if want(SelfCheckOverdue) {
		q := c.SelfCheck.Query().Where(selfcheck.StatusNEQ(selfcheck.StatusSUBMITTED),
			selfcheck.HasTaskWith(inspectiontask.StatusEQ(inspectiontask.StatusOPEN), inspectiontask.DueAtLT(now)))
		if in.DistrictID != nil {
			q.Where(selfcheck.HasEnterpriseWith(enterprise.DistrictID(*in.DistrictID)))
		}
		rows, err := group(q.GroupBy(selfcheck.FieldEnterpriseID).Aggregate(ent.As(ent.Count(), "n")))
		if err != nil {
			return nil, nil, err
		}
		add(SelfCheckOverdue, rows)
	}
	if want(QuestionUnresolved) {
		q := c.Question.Query().Where(question.StatusNEQ(question.StatusCLOSED), question.CreatedAtLT(now.Add(-UnresolvedQuestionAge)))
		if in.DistrictID != nil {
			q.Where(question.DistrictID(*in.DistrictID))
		}
		rows, err := group(q.GroupBy(question.FieldEnterpriseID).Aggregate(ent.As(ent.Count(), "n")))
		if err != nil {
			return nil, nil, err
		}
		add(QuestionUnresolved, rows)
	}

	var byReason []ReasonCount
	total := map[Reason]int{}
	var entries []*Entry
	for id, rs := range counts {
		if in.Reason != nil && rs[*in.Reason] == 0 {
			// Counted in the figures per reason, not listed.
			for _, r := range Reasons {
				if rs[r] > 0 {
					total[r]++
				}
			}
			continue
		}
		e := &Entry{Enterprise: &ent.Enterprise{ID: id}}
		records := 0
		for _, r := range Reasons {
			if n := rs[r]; n > 0 {
				e.Reasons = append(e.Reasons, ReasonCount{r, n})
				total[r]++
				records += n
			}
		}
		e.Score = len(e.Reasons)*1_000_000 + min(records, 999_999)
		entries = append(entries, e)
	}
	for _, r := range Reasons {
		if total[r] > 0 {
			byReason = append(byReason, ReasonCount{r, total[r]})
		}
	}
	sort.Slice(entries, func(i, j int) bool {
		a, b := entries[i], entries[j]
		return a.Score > b.Score || a.Score == b.Score && a.Enterprise.ID < b.Enterprise.ID
	})
	return entries, byReason, nil
}

// fill reads the entries' enterprises (with their districts) and their
// planned and held visits (three statements) and returns the entries whose enterprise is read.
func (s *Service) fill(ctx context.Context, entries []*Entry) ([]*Entry, error) {
	c := db.Client(ctx, s.client)
	ids := make([]int, len(entries))
	for i, e := range entries {
		ids[i] = e.Enterprise.ID
	}
	es, err := c.Enterprise.Query().Where(enterprise.IDIn(ids...)).WithDistrict().All(ctx)
	if err != nil {
		return nil, err
	}
	byID := map[int]*ent.Enterprise{}
	for _, e := range es {
		byID[e.ID] = e
	}
	visits, err := c.Visit.Query().Where(visit.EnterpriseIDIn(ids...), visit.StatusIn(visit.StatusPLANNED, visit.StatusHELD)).
		Order(ent.Asc(visit.FieldScheduledOn), ent.Asc(visit.FieldID)).All(ctx)
	if err != nil {
		return nil, err
	}
	next, last := map[int]*ent.Visit{}, map[int]*ent.Visit{}
	for _, v := range visits {
		switch {
		case v.Status == visit.StatusPLANNED && next[v.EnterpriseID] == nil:
			next[v.EnterpriseID] = v
		case v.Status == visit.StatusHELD && (last[v.EnterpriseID] == nil || v.HeldOn != nil && last[v.EnterpriseID].HeldOn != nil && !v.HeldOn.Before(*last[v.EnterpriseID].HeldOn)):
			last[v.EnterpriseID] = v
		}
	}
	out := make([]*Entry, 0, len(entries))
	for _, e := range entries {
		if byID[e.Enterprise.ID] == nil {
			continue // not readable as an enterprise (cannot happen within scope)
		}
		e.Enterprise = byID[e.Enterprise.ID]
		e.PlannedVisit = next[e.Enterprise.ID]
		e.LastVisit = last[e.Enterprise.ID]
		out = append(out, e)
	}
	return out, nil
}

type grouped struct {
	EnterpriseID int `json:"enterprise_id"`
	N            int `json:"n"`
}
