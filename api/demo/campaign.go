package demo

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"time"

	"greencheck/api/checklist"
	"greencheck/ent"
	"greencheck/ent/finding"
	"greencheck/ent/rectification"
	"greencheck/ent/schematype"
	"greencheck/ent/user"
)

// openStates is how the findings still open at the end of the campaign are
// spread over the workflow (210 = 6,416 − 6,206).
var openStates = []struct {
	Status finding.Status
	Count  int
}{
	{finding.StatusASSIGNED, 20}, {finding.StatusRECTIFYING, 95}, {finding.StatusSUBMITTED, 45},
	{finding.StatusREJECTED, 30}, {finding.StatusVERIFIED, 20},
}

type plannedAnswer struct {
	item      *ent.ChecklistItem
	value     string
	compliant *bool
	at        time.Time
}

// loadCampaign stores the 2025 city-wide self-inspection: a task, one
// submitted self-check per enterprise, every applicable item answered, and a
// finding for each non-compliant answer.
func (l *loader) loadCampaign(ctx context.Context) error {
	issued, due := day(2025, 6, 2), day(2025, 7, 31)
	var allDistricts []int
	for _, d := range l.districts {
		allDistricts = append(allDistricts, d.ID)
	}
	air := true
	task, err := l.c.InspectionTask.Create().SetTemplate(l.template).
		SetTitle("2025年涉气企业环保自查自纠专项行动").
		SetDescription("全市涉气企业对照自查清单逐项自查，发现问题立查立改，6 月底前完成自查，7 月底前完成整改。").
		SetScope(schematype.TaskScope{DistrictIDs: allDistricts, AirRelated: &air}).
		SetIssuedAt(issued).SetDueAt(due).SetStatus("CLOSED").SetIssuedByID(l.cityAdmin.ID).
		SetCreatedAt(issued).Save(ctx)
	if err != nil {
		return err
	}

	// Which items apply, and how many findings each enterprise gets.
	plans := make([][]plannedAnswer, len(l.enterprises))
	candidates := make([][]int, len(l.enterprises))
	for i, e := range l.enterprises {
		p := checklist.Profile{PermitTier: string(e.PermitTier), IndustryCode: e.IndustryCode,
			AirRelated: e.AirRelated, KeySupervised: e.KeySupervised, VocUser: e.VocUser, HazardousWaste: e.HazardousWaste}
		for _, it := range l.items {
			if !checklist.Applies(it.Applicability, p) {
				continue
			}
			pa := plannedAnswer{item: it}
			if it.AnswerType == "YES_NO_NA" && l.rnd.IntN(6) == 0 {
				pa.value = "NA"
			} else {
				candidates[i] = append(candidates[i], len(plans[i]))
			}
			plans[i] = append(plans[i], pa)
		}
	}
	counts := l.findingCounts(candidates)

	selfChecks := make([]*ent.SelfCheckCreate, len(l.enterprises))
	for i, e := range l.enterprises {
		start := l.between(issued.Add(24*time.Hour), day(2025, 6, 25))
		submitted := start.Add(time.Duration(1+l.rnd.IntN(72)) * time.Hour)
		bad := map[int]bool{}
		for _, k := range l.rnd.Perm(len(candidates[i]))[:counts[i]] {
			bad[candidates[i][k]] = true
		}
		for k := range plans[i] {
			pa := &plans[i][k]
			pa.at = start.Add(time.Duration(k) * time.Duration(1+l.rnd.IntN(5)) * time.Minute)
			if pa.value != "NA" {
				pa.value = l.answerValue(pa.item, !bad[k], pa.at)
			}
			c, ok := checklist.Compliant(string(pa.item.AnswerType), pa.item.Compliance, pa.value, pa.at)
			if !ok || (pa.value != "NA" && (c == nil || *c == bad[k])) {
				return fmt.Errorf("demo: answer %q to %s does not judge as planned", pa.value, pa.item.Code)
			}
			pa.compliant = c
		}
		selfChecks[i] = l.c.SelfCheck.Create().SetTask(task).SetEnterpriseID(e.ID).SetStatus("SUBMITTED").
			SetApplicableCount(len(plans[i])).SetAnsweredCount(len(plans[i])).
			SetSubmittedAt(submitted).SetSubmittedByID(l.entUsers[e.ID].ID).SetCreatedAt(issued).SetUpdatedAt(submitted)
	}
	var checks []*ent.SelfCheck
	if err := chunks(len(selfChecks), 500, func(lo, hi int) error {
		cs, err := l.c.SelfCheck.CreateBulk(selfChecks[lo:hi]...).Save(ctx)
		checks = append(checks, cs...)
		return err
	}); err != nil {
		return err
	}

	// Answers, then a finding per non-compliant one.
	type ref struct{ ent, plan int }
	var answers []*ent.AnswerCreate
	var refs []ref
	for i, e := range l.enterprises {
		for k, pa := range plans[i] {
			a := l.c.Answer.Create().SetSelfCheckID(checks[i].ID).SetItemID(pa.item.ID).SetValue(pa.value).
				SetNillableCompliant(pa.compliant).SetAnsweredAt(pa.at).SetAnsweredByID(l.entUsers[e.ID].ID).
				SetCreatedAt(pa.at).SetUpdatedAt(pa.at)
			answers = append(answers, a)
			refs = append(refs, ref{i, k})
		}
	}
	var found []foundProblem
	if err := chunks(len(answers), 1000, func(lo, hi int) error {
		saved, err := l.c.Answer.CreateBulk(answers[lo:hi]...).Save(ctx)
		if err != nil {
			return err
		}
		for j, a := range saved {
			r := refs[lo+j]
			pa := plans[r.ent][r.plan]
			if pa.compliant == nil || *pa.compliant {
				continue
			}
			found = append(found, foundProblem{e: l.enterprises[r.ent], item: pa.item, value: pa.value,
				at: pa.at, answerID: a.ID, selfCheckID: checks[r.ent].ID})
		}
		return nil
	}); err != nil {
		return err
	}
	if len(found) != Findings {
		return fmt.Errorf("demo: campaign produced %d findings, want %d", len(found), Findings)
	}
	return l.storeFindings(ctx, found)
}

type foundProblem struct {
	e                     *ent.Enterprise
	item                  *ent.ChecklistItem
	value                 string
	at                    time.Time
	answerID, selfCheckID int
}

// findingCounts spreads exactly Findings over the enterprises, skewed so a
// few have many problems and many have few, within what applies to each.
func (l *loader) findingCounts(candidates [][]int) []int {
	n := len(candidates)
	w := make([]float64, n)
	sum := 0.0
	for i := range w {
		w[i] = l.rnd.ExpFloat64() + 0.15
		sum += w[i]
	}
	counts := make([]int, n)
	total := 0
	for i := range counts {
		counts[i] = min(int(math.Floor(Findings*w[i]/sum)), len(candidates[i]))
		total += counts[i]
	}
	counts[0] = max(counts[0], min(6, len(candidates[0]))) // qiye has work to do
	total = 0
	for _, c := range counts {
		total += c
	}
	for total != Findings {
		i := l.rnd.IntN(n)
		switch {
		case total < Findings && counts[i] < len(candidates[i]):
			counts[i]++
			total++
		case total > Findings && counts[i] > 0 && i != 0:
			counts[i]--
			total--
		}
	}
	return counts
}

func (l *loader) answerValue(it *ent.ChecklistItem, compliant bool, at time.Time) string {
	switch it.AnswerType {
	case "NUMBER":
		limit := 100.0
		if it.Compliance.Max != nil {
			limit = *it.Compliance.Max
		}
		f := limit * (0.3 + 0.6*l.rnd.Float64())
		if !compliant {
			f = limit * (1.05 + l.rnd.Float64())
		}
		return strconv.FormatFloat(math.Round(f*10)/10, 'f', -1, 64)
	case "DATE":
		var d time.Time
		switch {
		case it.Compliance.AheadDays != nil && compliant:
			d = at.AddDate(0, 0, *it.Compliance.AheadDays+30+l.rnd.IntN(1200))
		case it.Compliance.AheadDays != nil:
			d = at.AddDate(0, 0, l.rnd.IntN(*it.Compliance.AheadDays-5))
		case compliant:
			d = at.AddDate(0, 0, -10-l.rnd.IntN(250))
		default:
			d = at.AddDate(0, 0, -400-l.rnd.IntN(300))
		}
		return d.Format("2006-01-02")
	}
	if compliant {
		return "YES"
	}
	return "NO"
}

// storeFindings stores the findings and moves them through the workflow:
// all but 210 closed (销号) during the campaign, the rest open in various
// states, some overdue.
func (l *loader) storeFindings(ctx context.Context, found []foundProblem) error {
	open := map[int]finding.Status{}
	remaining := map[finding.Status]int{}
	for _, s := range openStates {
		remaining[s.Status] = s.Count
	}
	qiyeStates := []finding.Status{finding.StatusRECTIFYING, finding.StatusRECTIFYING, finding.StatusSUBMITTED, finding.StatusREJECTED}
	for i, p := range found {
		if p.e.ID == l.qiye.ID && len(qiyeStates) > 0 {
			open[i], qiyeStates = qiyeStates[0], qiyeStates[1:]
			remaining[open[i]]--
		}
	}
	for _, s := range openStates {
		for remaining[s.Status] > 0 {
			if i := l.rnd.IntN(len(found)); open[i] == "" {
				open[i] = s.Status
				remaining[s.Status]--
			}
		}
	}

	type history struct {
		submitted, reviewed time.Time
		rejectedFirst       bool
	}
	hist := make([]history, len(found))
	creates := make([]*ent.FindingCreate, len(found))
	openCount := 0
	for i, p := range found {
		it := p.item
		due := p.at.AddDate(0, 0, it.DefaultDeadlineDays)
		q := l.c.Finding.Create().SetEnterpriseID(p.e.ID).SetSource(finding.SourceSELF_CHECK).
			SetTitle(it.FindingLabelZh).
			SetDescription(checklist.FindingDescription(it.Code, it.QuestionZh, p.value)).
			SetSeverity(finding.Severity(it.Severity)).
			SetGuidanceZh(it.GuidanceZh).SetGuidanceEn(it.GuidanceEn).SetLegalBasis(it.LegalRefs).
			SetItemID(it.ID).SetSelfCheckID(p.selfCheckID).SetAnswerID(p.answerID).SetCreatedAt(p.at)
		st, isOpen := open[i]
		if !isOpen {
			days := due.Sub(p.at).Hours() / 24
			closed := p.at.Add(time.Duration((0.2+l.rnd.Float64()*1.05)*days*24) * time.Hour).Truncate(time.Second)
			hist[i] = history{submitted: closed.Add(-time.Duration(4+l.rnd.IntN(60)) * time.Hour),
				reviewed: closed, rejectedFirst: l.rnd.IntN(12) == 0}
			creates[i] = q.SetStatus(finding.StatusCLOSED).SetDueAt(due).SetClosedAt(closed).SetUpdatedAt(closed)
			continue
		}
		// Open findings' deadlines sit around the load time: extended ones
		// ahead, overdue ones behind.
		openCount++
		overdue := false
		due = l.now.AddDate(0, 0, 3+l.rnd.IntN(40))
		if (st == finding.StatusRECTIFYING || st == finding.StatusREJECTED || st == finding.StatusASSIGNED) &&
			(openCount%4 == 0 || (p.e.ID == l.qiye.ID && openCount == 1)) {
			overdue, due = true, l.now.AddDate(0, 0, -1-l.rnd.IntN(20))
		}
		last := l.now.AddDate(0, 0, -1-l.rnd.IntN(10))
		hist[i] = history{submitted: last.Add(-36 * time.Hour), reviewed: last}
		creates[i] = q.SetStatus(st).SetDueAt(due).SetOverdue(overdue).SetUpdatedAt(last)
	}
	var saved []*ent.Finding
	if err := chunks(len(creates), 500, func(lo, hi int) error {
		fs, err := l.c.Finding.CreateBulk(creates[lo:hi]...).Save(ctx)
		saved = append(saved, fs...)
		return err
	}); err != nil {
		return err
	}

	var rects []*ent.RectificationCreate
	for i, f := range saved {
		e, h := found[i].e, hist[i]
		reviewer, submitter := l.admins[e.DistrictID], l.entUsers[e.ID]
		switch f.Status {
		case finding.StatusCLOSED, finding.StatusVERIFIED:
			if h.rejectedFirst {
				first := h.submitted.Add(-time.Duration(72+l.rnd.IntN(200)) * time.Hour)
				rects = append(rects, l.rect(f.ID, submitter, reviewer, first, rectification.DecisionREJECTED))
			}
			rects = append(rects, l.rect(f.ID, submitter, reviewer, h.submitted, rectification.DecisionAPPROVED).
				SetReviewedAt(h.reviewed))
		case finding.StatusSUBMITTED:
			rects = append(rects, l.rect(f.ID, submitter, nil, h.submitted, rectification.DecisionPENDING))
		case finding.StatusREJECTED:
			rects = append(rects, l.rect(f.ID, submitter, reviewer, h.submitted, rectification.DecisionREJECTED))
		}
	}
	return chunks(len(rects), 500, func(lo, hi int) error {
		return l.c.Rectification.CreateBulk(rects[lo:hi]...).Exec(ctx)
	})
}

func (l *loader) rect(findingID int, by, reviewer *ent.User, at time.Time, d rectification.Decision) *ent.RectificationCreate {
	measures := l.pick([]string{
		"已按整改方向完成整改，补充完善了相关台账和制度，附整改前后照片。",
		"已更换活性炭并建立更换记录，治理设施运行正常，附发票和现场照片。",
		"已委托第三方检测机构复测，结果达标，附检测报告。",
		"已完成材料归档并上传，指定专人负责管理。",
		"已对作业区域进行密闭改造，收集效率经检测满足要求。",
	})
	q := l.c.Rectification.Create().SetFindingID(findingID).SetMeasures(measures).SetSubmittedAt(at).
		SetDecision(d).SetCreatedAt(at).SetUpdatedAt(at)
	if by != nil {
		q.SetSubmittedByID(by.ID)
	}
	if reviewer != nil && d != rectification.DecisionPENDING {
		q.SetReviewerID(reviewer.ID)
		if d == rectification.DecisionREJECTED {
			q.SetReason("整改材料不完整，请补充整改后的现场照片和运行记录").SetReviewedAt(at.Add(30 * time.Hour))
		}
	}
	return q
}

// loadCurrentTask issues the task under way at load time: 芙蓉区's winter
// heavy-pollution self-check, due in three weeks. qiye has started it with
// compliant answers only, so the campaign's figures stay as published.
func (l *loader) loadCurrentTask(ctx context.Context) error {
	furong := l.byCode["430102"]
	issued := l.now.AddDate(0, 0, -5)
	task, err := l.c.InspectionTask.Create().SetTemplate(l.template).
		SetTitle("2026年冬季重污染天气应对专项自查").
		SetDescription("芙蓉区涉气企业对照清单开展冬季专项自查，重点核查应急减排“一厂一策”、治污设施运行和 VOCs 无组织排放。").
		SetScope(schematype.TaskScope{DistrictIDs: []int{furong.ID}}).
		SetIssuedAt(issued).SetDueAt(l.now.AddDate(0, 0, 21)).SetIssuedByID(l.admins[furong.ID].ID).
		SetCreatedAt(issued).Save(ctx)
	if err != nil {
		return err
	}
	var checks []*ent.SelfCheckCreate
	var qiyeAnswers []plannedAnswer
	for _, e := range l.enterprises {
		if e.DistrictID != furong.ID {
			continue
		}
		p := checklist.Profile{PermitTier: string(e.PermitTier), IndustryCode: e.IndustryCode,
			AirRelated: e.AirRelated, KeySupervised: e.KeySupervised, VocUser: e.VocUser, HazardousWaste: e.HazardousWaste}
		var applicable []*ent.ChecklistItem
		for _, it := range l.items {
			if checklist.Applies(it.Applicability, p) {
				applicable = append(applicable, it)
			}
		}
		q := l.c.SelfCheck.Create().SetTask(task).SetEnterpriseID(e.ID).SetApplicableCount(len(applicable)).
			SetCreatedAt(issued).SetUpdatedAt(issued)
		if e.ID == l.qiye.ID {
			started := l.now.AddDate(0, 0, -2)
			for k, it := range applicable[:min(12, len(applicable))] {
				at := started.Add(time.Duration(k) * 3 * time.Minute)
				qiyeAnswers = append(qiyeAnswers, plannedAnswer{item: it, value: l.answerValue(it, true, at), at: at})
			}
			q.SetStatus("IN_PROGRESS").SetAnsweredCount(len(qiyeAnswers))
		}
		checks = append(checks, q)
	}
	saved, err := l.c.SelfCheck.CreateBulk(checks...).Save(ctx)
	if err != nil {
		return err
	}
	for _, sc := range saved {
		if sc.EnterpriseID != l.qiye.ID {
			continue
		}
		var answers []*ent.AnswerCreate
		for _, pa := range qiyeAnswers {
			c, ok := checklist.Compliant(string(pa.item.AnswerType), pa.item.Compliance, pa.value, pa.at)
			if !ok || c == nil || !*c {
				return fmt.Errorf("demo: current answer to %s is not compliant", pa.item.Code)
			}
			answers = append(answers, l.c.Answer.Create().SetSelfCheckID(sc.ID).SetItemID(pa.item.ID).
				SetValue(pa.value).SetCompliant(true).SetAnsweredAt(pa.at).SetAnsweredByID(l.entUsers[l.qiye.ID].ID).
				SetCreatedAt(pa.at).SetUpdatedAt(pa.at))
		}
		if err := l.c.Answer.CreateBulk(answers...).Exec(ctx); err != nil {
			return err
		}
	}
	// Something new in qiye's message box.
	qiyeUser, err := l.c.User.Query().Where(user.Username("qiye")).Only(ctx)
	if err != nil {
		return err
	}
	return l.c.Notification.CreateBulk(
		l.c.Notification.Create().SetUserID(qiyeUser.ID).SetKind("TASK_ISSUED").
			SetTitle("新的自查任务：2026年冬季重污染天气应对专项自查").
			SetBody("请于截止日期前完成自查并提交。").SetLink("/selfchecks").SetCreatedAt(issued),
		l.c.Notification.Create().SetUserID(qiyeUser.ID).SetKind("FINDING_DUE").
			SetTitle("整改期限提醒").SetBody("您有问题即将到期或已逾期，请及时整改并提交整改材料。").
			SetLink("/rectifications").SetCreatedAt(l.now.AddDate(0, 0, -1)),
	).Exec(ctx)
}
