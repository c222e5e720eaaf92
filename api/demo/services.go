package demo

import (
	"context"
	"fmt"
	"slices"
	"time"

	"greencheck/api/clock"
	"greencheck/api/consult"
	"greencheck/api/partner"
	"greencheck/api/training"
	warn "greencheck/api/warning"
	"greencheck/ent"
	"greencheck/ent/emissionplan"
	"greencheck/ent/enterprise"
	"greencheck/ent/facility"
	"greencheck/ent/question"
	"greencheck/ent/reply"
	"greencheck/ent/savedreport"
	"greencheck/ent/schematype"
	"greencheck/ent/warning"
	"greencheck/ent/warningnotice"
)

// qa is a question enterprises ask, with the expert's reply.
var qa = []struct{ Item, Title, Body, Reply string }{
	{"MON-02", "自行监测数据如何填报？", "我们是简化管理企业，委托第三方做了废气监测，报告出来以后需要在哪里填报？多久填一次？",
		"简化管理企业应按许可证载明的频次开展监测，并在全国排污许可证管理信息平台“自行监测”模块填报结果；同时在执行报告中汇总。建议拿到报告后 30 日内完成填报并上传报告扫描件。"},
	{"FAC-04", "活性炭多久换一次？", "我们喷漆房用的是活性炭吸附，环评里没写更换周期，应该怎么确定？",
		"可按“活性炭更换周期 = 活性炭装填量 × 动态吸附量 ÷ (VOCs 产生量 × 去除效率)”估算，一般蜂窝炭动态吸附量取 10%～15%。更换后保留发票、称重记录，废活性炭按 HW49 交有资质单位处置。"},
	{"EIA-02", "扩建一条生产线要重新做环评吗？", "我们想在原厂房内增加一条同类型生产线，产能增加约 40%，需要重新报批环评吗？",
		"产能增加 30% 及以上一般属于重大变动，应当重新报批环评。请对照《污染影响类建设项目重大变动清单（试行）》逐项判断，并在开工前完成审批。"},
	{"PMT-02", "排污许可证快到期了怎么办？", "我们的排污许可证明年 3 月到期，现在需要做什么？",
		"应在有效期届满前 60 日提出延续申请。登录全国排污许可证管理信息平台提交延续申请，如生产情况有变化需同时申请变更。"},
	{"HPW-02", "一厂一策怎么编？", "区里要求我们编制重污染天气应急减排“一厂一策”，有没有模板？",
		"请按绩效分级和行业技术指南，明确黄、橙、红各级预警下停限产的生产线或工序、减排比例和核查方式（如分表计电）。模板可在平台“培训资料”中下载，编制后报分局审核。"},
	{"WST-02", "危废管理计划在哪里备案？", "今年的危险废物管理计划需要在哪个系统备案？",
		"通过湖南省固体废物管理信息系统在线填报危险废物管理计划并备案，同时建立电子台账，每次转移执行电子联单。"},
	{"VOC-03", "怎么证明用的是低 VOCs 涂料？", "检查时要求提供涂料 VOCs 含量证明，我们应该准备什么材料？",
		"请向供应商索取有 CMA 资质机构出具的 VOCs 含量检测报告，并与采购台账、使用台账对应保存 3 年以上。"},
	{"LED-02", "执行报告年报什么时候交？", "排污许可执行报告年报的截止时间是哪天？",
		"年度执行报告一般应于次年 1 月 15 日前提交（部分行业技术规范为 1 月底），半年报于 7 月 15 日前提交，具体以许可证载明的要求为准。"},
	{"EMG-01", "应急预案备案需要哪些材料？", "第一次做突发环境事件应急预案备案，要准备哪些材料？",
		"需提交备案表、应急预案及编制说明、环境风险评估报告、应急资源调查报告、评审意见。预案签署发布后 20 个工作日内向所在区县分局备案。"},
	{"FAC-05", "光氧催化设备还能用吗？", "我们用的是 UV 光氧催化设备，听说要淘汰？",
		"单一光氧化、光催化、低温等离子等属于低效治理技术，不能稳定达标，应升级为吸附+催化燃烧、RTO 等可行技术。可申请专家上门帮扶评估改造方案。"},
}

func (l *loader) loadExperts(ctx context.Context) error {
	expertUsers := map[int][]*ent.User{} // district id → experts serving it
	profile := map[int]int{}             // expert user id → expert profile id
	for _, x := range experts {
		var ds []*ent.District
		for _, code := range x.Districts {
			ds = append(ds, l.byCode[code])
		}
		u, err := l.c.User.Create().SetUsername(x.Username).SetDisplayName(x.Name).
			SetPasswordHash(l.hash).SetRole("EXPERT").AddDistricts(ds...).Save(ctx)
		if err != nil {
			return err
		}
		p, err := l.c.Expert.Create().SetName(x.Name).SetOrganization(x.Org).SetTitle(x.Title).
			SetSpecialties(x.Specialties).SetUser(u).AddDistricts(ds...).Save(ctx)
		if err != nil {
			return err
		}
		profile[u.ID] = p.ID
		for _, d := range ds {
			expertUsers[d.ID] = append(expertUsers[d.ID], u)
		}
	}
	itemByCode := map[string]*ent.ChecklistItem{}
	for _, it := range l.items {
		itemByCode[it.Code] = it
	}
	// Twelve questions a district, from its enterprises: most answered by a
	// stationed expert within minutes to hours and confirmed by the asker,
	// some answered and waiting for the asker, two unanswered (escalated).
	var questions []*ent.QuestionCreate
	type answer struct {
		by   *ent.User
		body string
		at   time.Time
	}
	var answers []*answer
	var templates []int
	for _, d := range l.districts {
		var local []*ent.Enterprise
		for _, e := range l.enterprises {
			if e.DistrictID == d.ID {
				local = append(local, e)
			}
		}
		for k := 0; k < 12 && len(local) > 0; k++ {
			t := l.rnd.IntN(len(qa))
			q := qa[t]
			e := local[l.rnd.IntN(len(local))]
			if k == 0 && d.ID == l.qiye.DistrictID {
				e = l.qiye
			}
			// Within the half year before the demo's day: the channels are live.
			asked := l.between(l.now.AddDate(0, -6, 0), l.now.AddDate(0, 0, -3))
			c := l.c.Question.Create().SetDistrictID(d.ID).SetEnterpriseID(e.ID).
				SetAskerID(l.entUsers[e.ID].ID).SetItemID(itemByCode[q.Item].ID).SetTitle(q.Title).SetBody(q.Body).
				SetCreatedAt(asked).SetUpdatedAt(asked)
			var a *answer
			if len(expertUsers[d.ID]) > 0 && k < 10 {
				by := expertUsers[d.ID][l.rnd.IntN(len(expertUsers[d.ID]))]
				a = &answer{by, q.Reply, asked.Add(time.Duration(10+l.rnd.IntN(180)) * time.Minute)}
				c.SetFirstAnsweredAt(a.at).SetFirstAnswererID(by.ID).SetUpdatedAt(a.at)
				if k < 7 {
					done := a.at.Add(26 * time.Hour)
					c.SetStatus(question.StatusCLOSED).SetResolvedAt(done).SetConfirmedAt(done).SetUpdatedAt(done)
				} else {
					c.SetStatus(question.StatusANSWERED)
				}
			} else {
				c.SetStatus(question.StatusOPEN).SetEscalatedAt(asked.Add(consult.EscalateAfter))
			}
			questions = append(questions, c)
			answers = append(answers, a)
			templates = append(templates, t)
		}
	}
	saved, err := l.c.Question.CreateBulk(questions...).Save(ctx)
	if err != nil {
		return err
	}
	var replies []*ent.ReplyCreate
	published := map[int]bool{} // qa template → an FAQ entry from it
	for i, q := range saved {
		a := answers[i]
		if a == nil {
			continue
		}
		replies = append(replies, l.c.Reply.Create().SetQuestionID(q.ID).SetAuthorID(a.by.ID).
			SetAuthorRole(reply.AuthorRoleEXPERT).SetExpertID(profile[a.by.ID]).
			SetBody(a.body).SetCreatedAt(a.at).SetUpdatedAt(a.at))
		if t := templates[i]; q.Status == question.StatusCLOSED && !published[t] {
			// The city published the first resolved question of each kind.
			published[t] = true
			f, err := l.c.FAQEntry.Create().SetQuestionID(q.ID).SetItemID(*q.ItemID).SetTitle(q.Title).
				SetBody(q.Body).SetAnswer(a.body).SetPublishedByID(l.cityAdmin.ID).
				SetCreatedAt(q.ConfirmedAt.Add(time.Hour)).SetUpdatedAt(q.ConfirmedAt.Add(time.Hour)).Save(ctx)
			if err != nil {
				return err
			}
			gs := consult.Grams(f.Title + "\n" + f.Body + "\n" + f.Answer)
			grams := make([]*ent.FAQGramCreate, len(gs))
			for j, g := range gs {
				grams[j] = l.c.FAQGram.Create().SetFaqID(f.ID).SetGram(g)
			}
			if err := l.c.FAQGram.CreateBulk(grams...).Exec(ctx); err != nil {
				return err
			}
		}
	}
	return l.c.Reply.CreateBulk(replies...).Exec(ctx)
}

// The three heavy-pollution warnings of autumn-winter 2025; every targeted
// enterprise acknowledged in time and reported its measures.
var warnings = []struct {
	Title          string
	Level          warning.Level
	Published      time.Time
	Hours, Reduced int
}{
	{"长沙市重污染天气黄色预警（2025年第1号）", warning.LevelYELLOW, time.Date(2025, 10, 30, 8, 0, 0, 0, time.UTC), 72, 10},
	{"长沙市重污染天气橙色预警（2025年第2号）", warning.LevelORANGE, time.Date(2025, 12, 3, 9, 0, 0, 0, time.UTC), 96, 20},
	{"长沙市重污染天气黄色预警（2025年第3号）", warning.LevelYELLOW, time.Date(2025, 12, 24, 7, 0, 0, 0, time.UTC), 72, 10},
}

var measures = []schematype.GradeMeasure{
	{Grade: "A", MeasuresZh: "自主减排", MeasuresEn: "Self-determined reductions"},
	{Grade: "LEADING", MeasuresZh: "自主减排", MeasuresEn: "Self-determined reductions"},
	{Grade: "B", MeasuresZh: "按“一厂一策”降低生产负荷", MeasuresEn: "Lower load per the one-plant plan"},
	{Grade: "B_MINUS", MeasuresZh: "限产高排放工序", MeasuresEn: "Limit high-emission processes"},
	{Grade: "C", MeasuresZh: "停止喷涂、流平、烘干等涉 VOCs 工序", MeasuresEn: "Stop spraying, flash-off and drying"},
	{Grade: "D", MeasuresZh: "停止全部涉气排放工序", MeasuresEn: "Stop all emitting processes"},
	{Grade: "GUARANTEE", MeasuresZh: "保障类企业按核定负荷生产", MeasuresEn: "Produce at the approved load"},
	{Grade: "NONE", MeasuresZh: "按“一厂一策”落实减排比例", MeasuresEn: "Cut emissions as the one-plant plan says"},
}

func (l *loader) loadWarnings(ctx context.Context) error {
	if err := l.loadPlans(ctx); err != nil {
		return err
	}
	for _, w := range warnings {
		from := w.Published.Add(24 * time.Hour)
		to := from.Add(time.Duration(w.Hours) * time.Hour)
		content := fmt.Sprintf("经会商，预计我市将出现重污染天气过程，决定于 %s 起启动%s预警，各类污染物减排比例不低于 %d%%。请各企业按“一厂一策”落实减排措施并及时上报。",
			from.In(clock.Shanghai).Format("1月2日15时"), map[warning.Level]string{warning.LevelYELLOW: "黄色", warning.LevelORANGE: "橙色", warning.LevelRED: "红色"}[w.Level], w.Reduced)
		lifted := schematype.WarningRound{Number: 2, Kind: "LIFT", Level: string(w.Level), EffectiveFrom: to, EffectiveTo: &to,
			Content: "空气质量已好转，预警解除，各企业可有序恢复生产。", PublishedAt: to, PublishedByID: l.cityAdmin.ID, Recipients: len(l.enterprises)}
		first := schematype.WarningRound{Number: 1, Kind: "PUBLISH", Level: string(w.Level), EffectiveFrom: from, EffectiveTo: &to,
			Content: content, PublishedAt: w.Published, PublishedByID: l.cityAdmin.ID, Recipients: len(l.enterprises)}
		saved, err := l.c.Warning.Create().SetTitle(w.Title).SetLevel(w.Level).SetContent(content).
			SetEffectiveFrom(from).SetEffectiveTo(to).SetMeasures(measures).SetStatus(warning.StatusLIFTED).
			SetPublishedAt(w.Published).SetIssuedByID(l.cityAdmin.ID).AddDistricts(l.districts...).
			SetRound(2).SetRounds([]schematype.WarningRound{first, lifted}).
			SetCreatedAt(w.Published).SetUpdatedAt(to).Save(ctx)
		if err != nil {
			return err
		}
		ackDue := w.Published.Add(2 * time.Hour)
		reportDue := from.Add(4 * time.Hour)
		year := from.In(clock.Shanghai).Year()
		notices := make([]*ent.WarningNoticeCreate, 0, 2*len(l.enterprises))
		for _, e := range l.enterprises {
			// Every targeted enterprise acknowledged within the 2-hour SLA
			// and reported before the warning took effect.
			delivered := w.Published.Add(time.Duration(1+l.rnd.IntN(20)) * time.Second)
			read := delivered.Add(time.Duration(1+l.rnd.IntN(40)) * time.Minute)
			acked := read.Add(time.Duration(1+l.rnd.IntN(50)) * time.Minute)
			reported := acked.Add(time.Duration(1+l.rnd.IntN(20)) * time.Hour)
			grade := string(e.PerformanceGrade)
			need := warn.MeasuresFor(l.plans[planKey{e.ID, year}], grade, string(w.Level), measures)
			items := make([]schematype.MeasureReport, len(need))
			for i, m := range need {
				items[i] = schematype.MeasureReport{Key: m.Key, Status: "DONE"}
			}
			user := l.entUsers[e.ID]
			if e.ID == l.qiye.ID {
				user = l.qiyeUser
			}
			notices = append(notices, l.c.WarningNotice.Create().SetWarningID(saved.ID).SetRound(1).SetEnterpriseID(e.ID).
				SetDistrictID(e.DistrictID).SetLevel(warningnotice.Level(w.Level)).SetGrade(grade).SetMeasures(need).
				SetPushedAt(w.Published).SetEffectiveAt(from).SetAckDueAt(ackDue).SetReportDueAt(reportDue).
				SetDeliveredAt(delivered).SetReadAt(read).SetAcknowledgedAt(acked).
				SetAcknowledgedByID(user.ID).SetAckLatencySeconds(int(acked.Sub(w.Published).Seconds())).
				SetMeasuresReportedAt(reported).SetReportUpdatedAt(reported).SetReportCount(1).SetReportItems(items).
				SetReport("已按一厂一策落实减排措施："+measureFor(grade)).
				SetCreatedAt(w.Published).SetUpdatedAt(reported))
			// The lifting, acknowledged within the hour.
			liftAck := to.Add(time.Duration(5+e.ID%50) * time.Minute)
			notices = append(notices, l.c.WarningNotice.Create().SetWarningID(saved.ID).SetRound(2).SetEnterpriseID(e.ID).
				SetDistrictID(e.DistrictID).SetLevel(warningnotice.Level(w.Level)).SetKind(warningnotice.KindLIFT).SetGrade(grade).
				SetPushedAt(to).SetEffectiveAt(to).SetAckDueAt(to.Add(2*time.Hour)).
				SetDeliveredAt(to.Add(time.Duration(1+e.ID%20)*time.Second)).SetReadAt(liftAck).SetAcknowledgedAt(liftAck).
				SetAcknowledgedByID(user.ID).SetAckLatencySeconds(int(liftAck.Sub(to).Seconds())).
				SetCreatedAt(to).SetUpdatedAt(liftAck))
		}
		if err := chunks(len(notices), 500, func(lo, hi int) error {
			return l.c.WarningNotice.CreateBulk(notices[lo:hi]...).Exec(ctx)
		}); err != nil {
			return err
		}
	}
	return nil
}

type planKey struct{ enterprise, year int }

// loadPlans gives qiye's enterprise an emission plan (一厂一策) for the
// 2025–26 season and the current year: per level, what each of its
// production lines does.
func (l *loader) loadPlans(ctx context.Context) error {
	l.plans = map[planKey]*ent.EmissionPlan{}
	lines, err := l.c.Facility.Query().Where(facility.EnterpriseID(l.qiye.ID), facility.KindEQ(facility.KindPRODUCTION_LINE)).
		Order(ent.Asc(facility.FieldCode)).All(ctx)
	if err != nil {
		return err
	}
	pct := func(n int) *int { return &n }
	kg := func(x float64) *float64 { return &x }
	var ms []schematype.PlanMeasure
	for _, level := range []string{"YELLOW", "ORANGE", "RED"} {
		for i, f := range lines {
			id := f.ID
			m := schematype.PlanMeasure{Level: level, Process: f.Name, FacilityID: &id, VOCs: kg(float64(3*(i+1)) * 1.5)}
			switch {
			case level == "YELLOW":
				m.Action, m.LimitPercent = "LIMIT", pct(80)
			case level == "ORANGE" && i == 0:
				m.Action, m.LimitPercent = "LIMIT", pct(50)
			default:
				m.Action = "STOP"
			}
			ms = append(ms, m)
		}
		ms = append(ms, schematype.PlanMeasure{Level: level, Process: "调墨、清洗等涉 VOCs 工序", Action: "STOP", VOCs: kg(2)})
	}
	for _, year := range slices.Compact([]int{2025, l.now.In(clock.Shanghai).Year()}) {
		p, err := l.c.EmissionPlan.Create().SetEnterpriseID(l.qiye.ID).SetYear(year).
			SetGrade(emissionplan.Grade(l.qiye.PerformanceGrade)).SetMeasures(ms).
			SetNote("2025—2026 年秋冬季重污染天气应急减排清单（区分局审核）").Save(ctx)
		if err != nil {
			return err
		}
		l.plans[planKey{l.qiye.ID, year}] = p
	}
	// The first A-grade air-related enterprise declared its own measures
	// for this year (自主减排); its user (SelfDeclaringUser) edits them.
	for _, e := range l.enterprises[1:] {
		if e.PerformanceGrade != enterprise.PerformanceGradeA || !e.AirRelated || e.Status != enterprise.StatusACTIVE {
			continue
		}
		var own []schematype.PlanMeasure
		for _, level := range []string{"YELLOW", "ORANGE", "RED"} {
			own = append(own, schematype.PlanMeasure{Level: level, Process: "物料运输", Action: "LIMIT", LimitPercent: pct(50), PM: kg(0.5)})
		}
		own = append(own, schematype.PlanMeasure{Level: "RED", Process: "涂装线", Action: "STOP", VOCs: kg(4)})
		p, err := l.c.EmissionPlan.Create().SetEnterpriseID(e.ID).SetYear(l.now.In(clock.Shanghai).Year()).
			SetGrade(emissionplan.GradeA).SetMeasures(own).SetSelfDeclared(true).
			SetNote("A 级企业自主减排措施：错峰运输，红色预警停涂装线").Save(ctx)
		if err != nil {
			return err
		}
		l.plans[planKey{e.ID, p.Year}] = p
		break
	}
	return nil
}

func measureFor(grade string) string {
	for _, m := range measures {
		if m.Grade == grade {
			return m.MeasuresZh
		}
	}
	return measures[len(measures)-1].MeasuresZh
}

var trainings = []struct {
	Title, Kind string
	Start       time.Time
	Minutes     int
}{
	{"涉气企业环保自查自纠专项行动动员培训（区县管理员）", "LIVE", time.Date(2025, 5, 26, 6, 30, 0, 0, time.UTC), 90},
	{"环保自查清单逐项解读（一）：环评与排污许可", "LIVE", time.Date(2025, 6, 5, 6, 30, 0, 0, time.UTC), 120},
	{"环保自查清单逐项解读（二）：治污设施与自行监测", "LIVE", time.Date(2025, 6, 12, 6, 30, 0, 0, time.UTC), 120},
	{"VOCs 无组织排放控制与活性炭管理", "LIVE", time.Date(2025, 6, 19, 6, 30, 0, 0, time.UTC), 90},
	{"危险废物规范化管理", "RECORDED", time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), 60},
	{"排污许可执行报告填报实操", "RECORDED", time.Date(2025, 7, 8, 0, 0, 0, 0, time.UTC), 75},
	{"重污染天气应急减排与“一厂一策”编制", "LIVE", time.Date(2025, 10, 16, 6, 30, 0, 0, time.UTC), 90},
	{"整改销号材料准备要点", "RECORDED", time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC), 45},
}

// loadTrainings: 1,300+ enterprise heads attended at least one session,
// live or by replay.
func (l *loader) loadTrainings(ctx context.Context) error {
	var saved []*ent.Training
	for i, t := range trainings {
		audience := "ENTERPRISES"
		if i == 0 {
			audience = "ADMINISTRATORS"
		}
		q := l.c.Training.Create().SetTitle(t.Title).SetKind(trainingKind(t.Kind)).SetStartsAt(t.Start).
			SetDurationMinutes(t.Minutes).SetAudience(trainingAudience(audience)).
			SetReplayURL(fmt.Sprintf("https://training.example.invalid/replay/%d", i+1)).
			SetDescription("主讲：市生态环境局及驻点专家。可观看直播或回放，完成观看计入参训记录。")
		if t.Kind == "LIVE" {
			q.SetLiveURL(fmt.Sprintf("https://training.example.invalid/live/%d", i+1))
		}
		tr, err := q.Save(ctx)
		if err != nil {
			return err
		}
		saved = append(saved, tr)
	}
	var atts []*ent.AttendanceCreate
	attendees := l.rnd.Perm(len(l.enterprises))[:1342]
	for _, i := range attendees {
		e := l.enterprises[i]
		n := 1 + l.rnd.IntN(3)
		for _, k := range l.rnd.Perm(len(saved) - 1)[:n] {
			tr := saved[k+1]
			joined := tr.StartsAt.Add(time.Duration(l.rnd.IntN(20)) * time.Minute)
			if tr.Kind == "RECORDED" || l.rnd.IntN(3) == 0 {
				joined = tr.StartsAt.Add(time.Duration(24+l.rnd.IntN(24*20)) * time.Hour) // replay
			}
			watched := tr.DurationMinutes * (60 + l.rnd.IntN(41)) / 100
			q := l.c.Attendance.Create().SetTrainingID(tr.ID).SetEnterpriseID(e.ID).SetUserID(l.entUsers[e.ID].ID).
				SetRegisteredAt(tr.StartsAt.Add(-48 * time.Hour)).SetJoinedAt(joined).SetWatchedMinutes(watched)
			if watched >= tr.DurationMinutes*8/10 {
				q.SetCompletedAt(joined.Add(time.Duration(watched) * time.Minute))
			}
			atts = append(atts, q)
		}
	}
	// Two sessions for some districts' industries (培训对象: districts and
	// GB/T 4754 prefixes): qiye (2319, 芙蓉区) sees the first, not the second.
	targeted := []struct {
		title, kind, district string
		start                 time.Time
		minutes               int
		industries            []string
	}{
		{"芙蓉区印刷包装企业 VOCs 治理现场答疑会", "LIVE", "芙蓉区", l.now.AddDate(0, 0, 7).Truncate(24 * time.Hour).Add(6*time.Hour + 30*time.Minute), 90, []string{"22", "23"}},
		{"岳麓区化工企业危险废物贮存规范培训", "RECORDED", "岳麓区", l.now.AddDate(0, 0, -10).Truncate(24 * time.Hour), 60, []string{"26"}},
	}
	for _, t := range targeted {
		inds, err := training.Industries(t.industries)
		if err != nil {
			return err
		}
		var d *ent.District
		for _, x := range l.districts {
			if x.NameZh == t.district {
				d = x
			}
		}
		q := l.c.Training.Create().SetTitle(t.title).SetKind(trainingKind(t.kind)).SetStartsAt(t.start).SetDurationMinutes(t.minutes).
			SetAudience(trainingAudience("ENTERPRISES")).SetIndustryPrefixes(inds).AddDistricts(d).SetIssuedBy(l.admins[d.ID]).
			SetDescription("主讲：区分局及驻点专家，面向本区相关行业企业环保负责人。")
		if t.kind == "LIVE" {
			q.SetLiveURL("https://training.example.invalid/live/" + d.Code)
		} else {
			q.SetReplayURL("https://training.example.invalid/replay/" + d.Code)
		}
		if err := q.Exec(ctx); err != nil {
			return err
		}
	}
	return chunks(len(atts), 500, func(lo, hi int) error {
		return l.c.Attendance.CreateBulk(atts[lo:hi]...).Exec(ctx)
	})
}

// loadVisits: assistance visits and expert consultations at key enterprises.
func (l *loader) loadVisits(ctx context.Context) error {
	experts, err := l.c.User.Query().Where().All(ctx)
	if err != nil {
		return err
	}
	byDistrict := map[int][]*ent.User{}
	for _, u := range experts {
		if u.Role != "EXPERT" {
			continue
		}
		ds, err := u.QueryDistricts().IDs(ctx)
		if err != nil {
			return err
		}
		for _, d := range ds {
			byDistrict[d] = append(byDistrict[d], u)
		}
	}
	n := 0
	for _, e := range l.enterprises {
		if e.PermitTier != "KEY" || n >= 12 {
			continue
		}
		n++
		kind, plan := "ASSISTANCE", ""
		team := []*ent.User{l.admins[e.DistrictID]}
		if xs := byDistrict[e.DistrictID]; len(xs) > 0 {
			team = append(team, xs[0])
			if n%3 == 0 {
				kind = "CONSULTATION"
				plan = "一企一策：1. 喷涂工序 VOCs 治理由单一活性炭吸附升级为吸附+催化燃烧；2. 建立治污设施分表计电；3. 完善危废贮存间防渗和标识。"
			}
		}
		scheduled := l.between(day(2025, 7, 1), day(2025, 11, 30))
		if err := l.c.Visit.Create().SetEnterpriseID(e.ID).SetKind(visitKind(kind)).SetStatus("HELD").
			SetScheduledOn(scheduled).SetHeldOn(scheduled).AddTeam(team...).SetPlan(plan).
			SetNotes("现场查看生产线和治污设施运行情况，核对环评批复和排污许可证载明内容，对企业环保负责人进行面对面指导。").
			Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

// loadReports saves a few reports (ReportInput JSON, as api/report stores
// them): the city's shared rectification progress by district, its own
// overdue findings by category; 芙蓉区's monthly findings; qiye's own.
func (l *loader) loadReports(ctx context.Context) error {
	furong := l.admins[l.byCode["430102"].ID]
	saved := []struct {
		owner       *ent.User
		name, input string
		chart       savedreport.Chart
		shared      bool
	}{
		{l.cityAdmin, "全市整改进度（按区县）", `{"measures":["FINDINGS","CLOSED_FINDINGS","RECTIFICATION_RATE"],"dimensions":["DISTRICT"]}`, savedreport.ChartBAR, true},
		{l.cityAdmin, "逾期问题（按检查类别）", `{"measures":["OVERDUE_FINDINGS","OPEN_FINDINGS"],"dimensions":["CHECKLIST_CATEGORY"],"order":[{"measure":"OVERDUE_FINDINGS","direction":"DESC"}]}`, savedreport.ChartTABLE, false},
		{furong, "芙蓉区按行业门类", `{"measures":["FINDINGS","RECTIFICATION_RATE"],"dimensions":["INDUSTRY_SECTION"]}`, savedreport.ChartTABLE, false},
		{l.qiyeUser, "本企业问题（按状态）", `{"measures":["FINDINGS"],"dimensions":["FINDING_STATUS"]}`, savedreport.ChartTABLE, false},
	}
	for _, s := range saved {
		if err := l.c.SavedReport.Create().SetUserID(s.owner.ID).SetName(s.name).SetInput(s.input).SetChart(s.chart).
			SetShared(s.shared).Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

// PartnerSecret is the demo city's partner key (README "Partner API"): a
// city-wide big screen reading enterprises, self-checks, warnings and the
// services, personal data masked. Only its hash is stored, as for any key.
const PartnerSecret = "gck_demo2changsha2big2screen2222222"

// loadPartners hands out the demo key and a revoked one.
func (l *loader) loadPartners(ctx context.Context) error {
	var all []int
	for _, d := range l.byCode {
		all = append(all, d.ID)
	}
	slices.Sort(all)
	scopes := []schematype.PartnerScope{schematype.ScopeEnterprises, schematype.ScopeSelfChecks, schematype.ScopeWarnings, schematype.ScopeServices}
	if err := l.c.APIKey.Create().SetName("长沙市生态环境大屏（演示）").SetPrefix(PartnerSecret[:partner.PrefixLen]).
		SetKeyHash(partner.Hash(PartnerSecret)).SetScopes(scopes).AddDistrictIDs(all...).
		SetCreatedByID(l.cityAdmin.ID).Exec(ctx); err != nil {
		return err
	}
	old := "gck_demo2revoked2research2institute"
	return l.c.APIKey.Create().SetName("某研究院（已吊销）").SetPrefix(old[:partner.PrefixLen]).SetKeyHash(partner.Hash(old)).
		SetScopes([]schematype.PartnerScope{schematype.ScopeSelfChecks}).AddDistrictIDs(l.byCode["430102"].ID).
		SetRevokedAt(l.now).SetCreatedByID(l.cityAdmin.ID).Exec(ctx)
}
