package report

import (
	"slices"
	"strings"

	"entgo.io/ent/dialect/sql"

	"greencheck/api/db"
	"greencheck/api/lifecycle"
	"greencheck/api/warning"
	"greencheck/ent/attendance"
	"greencheck/ent/checklistitem"
	"greencheck/ent/district"
	"greencheck/ent/enterprise"
	"greencheck/ent/expert"
	"greencheck/ent/finding"
	"greencheck/ent/inspectiontask"
	"greencheck/ent/question"
	"greencheck/ent/rectification"
	"greencheck/ent/selfcheck"
	"greencheck/ent/training"
	"greencheck/ent/visit"
	"greencheck/ent/warningnotice"
)

// The semantic layer's catalogue: what a report can count (cubes and their
// measures), by what it can group (dimensions) and along which time. Each
// figure is defined once here, as SQL over its cube's rows, and read
// through the cube's ent query, so the viewer's privacy rules filter the
// rows exactly as they filter a list of them.

// Cube is the kind of row a report counts; a report's measures, dimensions,
// filters and time field all belong to one cube.
type Cube string

const (
	CubeFindings    Cube = "FINDINGS"            // 问题 (ent Finding)
	CubeEnterprises Cube = "ENTERPRISES"         // 企业 (ent Enterprise)
	CubeNotices     Cube = "WARNING_NOTICES"     // 预警通知 (ent WarningNotice), one per enterprise and round
	CubeSelfChecks  Cube = "SELF_CHECKS"         // 自查 (ent SelfCheck), one per enterprise and task
	CubeQuestions   Cube = "QUESTIONS"           // 咨询 (ent Question), asked by enterprises, answered by experts and administrators
	CubeAttendance  Cube = "TRAINING_ATTENDANCE" // 参训 (ent Attendance), one per person and training
	CubeVisits      Cube = "VISITS"              // 帮扶与会诊 (ent Visit)
)

// Unit says how a measure's value reads.
type Unit string

const (
	UnitCount   Unit = "COUNT"   // a number of rows
	UnitRatio   Unit = "RATIO"   // 0 to 1; null when its denominator is 0
	UnitDays    Unit = "DAYS"    // days (a mean or a percentile); null when nothing is counted
	UnitMinutes Unit = "MINUTES" // minutes (a median); null when nothing is counted
)

// sqlCtx is what a cube's expressions need: the base table's columns and
// the dialect.
type sqlCtx struct {
	sel  *sql.Selector
	dia  string
	lang string // the caller's: "zh" or "en" (apperr.Lang)
}

// c is a column of the cube's base table.
func (x sqlCtx) c(col string) string { return x.sel.C(col) }

// component is one aggregate a cube computes per group; measures are
// formulas over components. tally, when set, is the same aggregate over the
// finding tallies (the maintained summaries), which sum rows of the
// findings' status and overdue columns under the same names.
type component struct {
	name  string
	row   func(x sqlCtx) string
	tally string
}

// countWhere counts the rows meeting a condition over the columns status and
// overdue, which findings and finding tallies share: the one definition
// serves both.
func countWhere(name string, cond func(status, overdue string) string) component {
	return component{
		name:  name,
		row:   func(x sqlCtx) string { return sumIf(cond(x.c(finding.FieldStatus), x.c(finding.FieldOverdue))) },
		tally: "SUM(CASE WHEN " + cond("status", "overdue") + " THEN findings ELSE 0 END)",
	}
}

func isStatus(s string) func(status, _ string) string {
	return func(status, _ string) string { return status + " = '" + s + "'" }
}

func isOpen(status, _ string) string {
	return status + " IN ('" + strings.Join(lifecycle.OpenStatuses, "', '") + "')"
}

// measure is a figure of a cube: a formula over its components' values
// (nil when undefined, e.g. a rate of nothing).
type measure struct {
	name       string
	cube       Cube
	unit       Unit
	zh, en     string
	components []string
	value      func(c map[string]float64) *float64
}

func count(name string) func(c map[string]float64) *float64 {
	return func(c map[string]float64) *float64 { v := c[name]; return &v }
}

// ratio is num ÷ den, nil when den is 0.
func ratio(num, den func(c map[string]float64) float64) func(c map[string]float64) *float64 {
	return func(c map[string]float64) *float64 {
		d := den(c)
		if d == 0 {
			return nil
		}
		v := num(c) / d
		return &v
	}
}

func get(name string) func(c map[string]float64) float64 {
	return func(c map[string]float64) float64 { return c[name] }
}

// scaled is the component name divided by unit (seconds → days or
// minutes), nil when the component counting its values, of, is 0 (a
// percentile of nothing).
func scaled(name, of string, unit float64) func(c map[string]float64) *float64 {
	return func(c map[string]float64) *float64 {
		if c[of] == 0 {
			return nil
		}
		v := c[name] / unit
		return &v
	}
}

// distinctIf counts the distinct values of col among the rows meeting cond.
func distinctIf(cond, col string) string {
	return "COUNT(DISTINCT CASE WHEN " + cond + " THEN " + col + " END)"
}

// receipt counts the notices a warning board's figure counts (the board's
// own condition: api/warning's Receipt).
func receipt(name string, r warning.Receipt) component {
	return component{name: name, row: func(x sqlCtx) string { return sumIf(r.Cond(x.sel)) }}
}

// components of each cube, by name.
var components = map[Cube][]component{
	CubeFindings: {
		{name: "found", row: func(sqlCtx) string { return "COUNT(*)" }, tally: "SUM(findings)"},
		countWhere("closed", isStatus(lifecycle.Closed)),
		countWhere("invalid", isStatus(lifecycle.Invalid)),
		countWhere("open", isOpen),
		countWhere("overdue", func(status, overdue string) string { return isOpen(status, "") + " AND " + overdue }),
		{name: "closedOnTime", tally: "SUM(closed_on_time)", row: func(x sqlCtx) string {
			return sumIf(x.c(finding.FieldStatus) + " = '" + lifecycle.Closed + "' AND " + x.c(finding.FieldClosedAt) + " <= " + x.c(finding.FieldDueAt))
		}},
		{name: "closedTimed", tally: "SUM(closed_timed)", row: func(x sqlCtx) string {
			return sumIf(x.c(finding.FieldStatus) + " = '" + lifecycle.Closed + "' AND " + x.c(finding.FieldClosedAt) + " IS NOT NULL")
		}},
		{name: "closeSeconds", tally: "SUM(close_seconds)", row: func(x sqlCtx) string {
			return "SUM(CASE WHEN " + x.c(finding.FieldStatus) + " = '" + lifecycle.Closed + "' AND " + x.c(finding.FieldClosedAt) +
				" IS NOT NULL THEN " + db.CloseSeconds(x.dia, x.sel.TableName()) + " ELSE 0 END)"
		}},
		{name: "enterprises", row: func(x sqlCtx) string { return "COUNT(DISTINCT " + x.c(finding.FieldEnterpriseID) + ")" }},
		// Not kept by the tallies: a report asking for these reads the findings.
		{name: "closeP90", row: func(x sqlCtx) string {
			return db.Percentile(x.dia, "CASE WHEN "+x.c(finding.FieldStatus)+" = '"+lifecycle.Closed+"' AND "+x.c(finding.FieldClosedAt)+
				" IS NOT NULL THEN "+db.CloseSeconds(x.dia, x.sel.TableName())+" END", 0.9)
		}},
		{name: "rejections", row: func(x sqlCtx) string {
			return "SUM((SELECT COUNT(*) FROM " + rectification.Table + " rj WHERE rj." + rectification.FieldFindingID + " = " + x.c(finding.FieldID) +
				" AND rj." + rectification.FieldDecision + " = '" + rectification.DecisionREJECTED.String() + "'))"
		}},
	},
	CubeEnterprises: {
		{name: "enterprises", row: func(sqlCtx) string { return "COUNT(*)" }},
	},
	CubeNotices: {
		{name: "notices", row: func(sqlCtx) string { return "COUNT(*)" }},
		receipt("delivered", warning.ReceiptDelivered),
		receipt("acknowledged", warning.ReceiptAcknowledged),
		receipt("acknowledgedInTime", warning.ReceiptAcknowledgedInTime),
		receipt("reportsDue", warning.ReceiptReportDue),
		receipt("reported", warning.ReceiptReported),
		receipt("reportedInTime", warning.ReceiptReportedInTime),
	},
	CubeSelfChecks: {
		{name: "issued", row: func(sqlCtx) string { return "COUNT(*)" }},
		{name: "submitted", row: func(x sqlCtx) string {
			return sumIf(x.c(selfcheck.FieldStatus) + " = '" + selfcheck.StatusSUBMITTED.String() + "'")
		}},
		{name: "submittedOnTime", row: func(x sqlCtx) string {
			return sumIf(x.c(selfcheck.FieldSubmittedAt) + " <= (SELECT " + inspectiontask.FieldDueAt + " FROM " + inspectiontask.Table +
				" WHERE " + inspectiontask.Table + "." + inspectiontask.FieldID + " = " + x.c(selfcheck.FieldTaskID) + ")")
		}},
	},
	CubeQuestions: {
		{name: "questions", row: func(sqlCtx) string { return "COUNT(*)" }},
		{name: "answered", row: func(x sqlCtx) string { return sumIf(x.c(question.FieldFirstAnsweredAt) + " IS NOT NULL") }},
		{name: "resolved", row: func(x sqlCtx) string {
			return sumIf(x.c(question.FieldStatus) + " = '" + question.StatusCLOSED.String() + "'")
		}},
		{name: "answerP50", row: func(x sqlCtx) string {
			return db.Percentile(x.dia, db.SecondsBetween(x.dia, x.c(question.FieldCreatedAt), x.c(question.FieldFirstAnsweredAt)), 0.5)
		}},
	},
	CubeAttendance: {
		{name: "registrations", row: func(sqlCtx) string { return "COUNT(*)" }},
		{name: "completed", row: func(x sqlCtx) string { return sumIf(x.c(attendance.FieldCompletedAt) + " IS NOT NULL") }},
		{name: "heads", row: func(x sqlCtx) string {
			return distinctIf(x.c(attendance.FieldCompletedAt)+" IS NOT NULL", x.c(attendance.FieldUserID))
		}},
		{name: "enterprisesTrained", row: func(x sqlCtx) string {
			return distinctIf(x.c(attendance.FieldCompletedAt)+" IS NOT NULL", x.c(attendance.FieldEnterpriseID))
		}},
		{name: "trainings", row: func(x sqlCtx) string { return "COUNT(DISTINCT " + x.c(attendance.FieldTrainingID) + ")" }},
	},
	// A visit's rows are counted distinct: grouped or filtered by EXPERT a
	// visit joins one row per member of its team.
	CubeVisits: {
		{name: "visits", row: func(x sqlCtx) string { return "COUNT(DISTINCT " + x.c(visit.FieldID) + ")" }},
		{name: "held", row: func(x sqlCtx) string {
			return distinctIf(x.c(visit.FieldStatus)+" = '"+visit.StatusHELD.String()+"'", x.c(visit.FieldID))
		}},
		{name: "confirmed", row: func(x sqlCtx) string {
			return distinctIf(x.c(visit.FieldConfirmedAt)+" IS NOT NULL", x.c(visit.FieldID))
		}},
		{name: "enterprisesVisited", row: func(x sqlCtx) string {
			return distinctIf(x.c(visit.FieldStatus)+" = '"+visit.StatusHELD.String()+"'", x.c(visit.FieldEnterpriseID))
		}},
	},
}

// measures, in the order reportSchema lists them.
var measures = []measure{
	{name: "FINDINGS", cube: CubeFindings, unit: UnitCount, zh: "发现问题", en: "Findings", components: []string{"found"}, value: count("found")},
	{name: "CLOSED_FINDINGS", cube: CubeFindings, unit: UnitCount, zh: "已销号", en: "Closed", components: []string{"closed"}, value: count("closed")},
	{name: "OPEN_FINDINGS", cube: CubeFindings, unit: UnitCount, zh: "未整改完成", en: "Open", components: []string{"open"}, value: count("open")},
	{name: "OVERDUE_FINDINGS", cube: CubeFindings, unit: UnitCount, zh: "逾期未整改", en: "Overdue", components: []string{"overdue"}, value: count("overdue")},
	{name: "INVALID_FINDINGS", cube: CubeFindings, unit: UnitCount, zh: "无效问题", en: "Invalid", components: []string{"invalid"}, value: count("invalid")},
	{name: "RECTIFICATION_RATE", cube: CubeFindings, unit: UnitRatio, zh: "整改率", en: "Rectification rate",
		components: []string{"closed", "found", "invalid"},
		value:      ratio(get("closed"), func(c map[string]float64) float64 { return c["found"] - c["invalid"] })},
	{name: "ON_TIME_CLOSURE_RATE", cube: CubeFindings, unit: UnitRatio, zh: "按期销号率", en: "Closed on time",
		components: []string{"closedOnTime", "closed"}, value: ratio(get("closedOnTime"), get("closed"))},
	{name: "MEAN_DAYS_TO_CLOSE", cube: CubeFindings, unit: UnitDays, zh: "平均整改天数", en: "Mean days to close",
		components: []string{"closeSeconds", "closedTimed"},
		value:      ratio(get("closeSeconds"), func(c map[string]float64) float64 { return c["closedTimed"] * 86400 })},
	{name: "ENTERPRISES_WITH_FINDINGS", cube: CubeFindings, unit: UnitCount, zh: "有问题的企业", en: "Enterprises with findings",
		components: []string{"enterprises"}, value: count("enterprises")},
	{name: "P90_DAYS_TO_CLOSE", cube: CubeFindings, unit: UnitDays, zh: "整改天数（90%分位）", en: "Days to close, 90th percentile",
		components: []string{"closeP90", "closedTimed"}, value: scaled("closeP90", "closedTimed", 86400)},
	{name: "REJECTIONS", cube: CubeFindings, unit: UnitCount, zh: "整改退回次数", en: "Rectifications rejected",
		components: []string{"rejections"}, value: count("rejections")},

	{name: "ENTERPRISES", cube: CubeEnterprises, unit: UnitCount, zh: "企业数", en: "Enterprises", components: []string{"enterprises"}, value: count("enterprises")},

	{name: "WARNING_NOTICES", cube: CubeNotices, unit: UnitCount, zh: "预警通知", en: "Warning notices", components: []string{"notices"}, value: count("notices")},
	{name: "DELIVERED", cube: CubeNotices, unit: UnitCount, zh: "已送达", en: "Delivered", components: []string{"delivered"}, value: count("delivered")},
	{name: "ACKNOWLEDGED", cube: CubeNotices, unit: UnitCount, zh: "已确认", en: "Acknowledged", components: []string{"acknowledged"}, value: count("acknowledged")},
	{name: "ACKNOWLEDGED_IN_TIME", cube: CubeNotices, unit: UnitCount, zh: "按时确认", en: "Acknowledged in time",
		components: []string{"acknowledgedInTime"}, value: count("acknowledgedInTime")},
	{name: "REPORTED", cube: CubeNotices, unit: UnitCount, zh: "已上报落实情况", en: "Measures reported", components: []string{"reported"}, value: count("reported")},
	{name: "TIMELY_RESPONSE_RATE", cube: CubeNotices, unit: UnitRatio, zh: "及时响应率", en: "Timely response rate",
		components: []string{"acknowledgedInTime", "notices"}, value: ratio(get("acknowledgedInTime"), get("notices"))},
	{name: "REPORT_RATE", cube: CubeNotices, unit: UnitRatio, zh: "上报率", en: "Report rate",
		components: []string{"reported", "reportsDue"}, value: ratio(get("reported"), get("reportsDue"))},
	{name: "REPORTED_IN_TIME_RATE", cube: CubeNotices, unit: UnitRatio, zh: "按时上报率", en: "Reported in time",
		components: []string{"reportedInTime", "reportsDue"}, value: ratio(get("reportedInTime"), get("reportsDue"))},

	{name: "SELF_CHECKS", cube: CubeSelfChecks, unit: UnitCount, zh: "下发自查", en: "Self-checks issued", components: []string{"issued"}, value: count("issued")},
	{name: "SELF_CHECKS_SUBMITTED", cube: CubeSelfChecks, unit: UnitCount, zh: "已提交自查", en: "Self-checks submitted",
		components: []string{"submitted"}, value: count("submitted")},
	{name: "SELF_CHECKS_ON_TIME", cube: CubeSelfChecks, unit: UnitCount, zh: "按期提交", en: "Submitted on time",
		components: []string{"submittedOnTime"}, value: count("submittedOnTime")},
	{name: "SUBMISSION_RATE", cube: CubeSelfChecks, unit: UnitRatio, zh: "自查提交率", en: "Submission rate",
		components: []string{"submitted", "issued"}, value: ratio(get("submitted"), get("issued"))},

	{name: "QUESTIONS", cube: CubeQuestions, unit: UnitCount, zh: "咨询问题", en: "Questions", components: []string{"questions"}, value: count("questions")},
	{name: "QUESTIONS_ANSWERED", cube: CubeQuestions, unit: UnitCount, zh: "已答复", en: "Answered", components: []string{"answered"}, value: count("answered")},
	{name: "QUESTIONS_RESOLVED", cube: CubeQuestions, unit: UnitCount, zh: "已办结", en: "Resolved", components: []string{"resolved"}, value: count("resolved")},
	{name: "ANSWER_RATE", cube: CubeQuestions, unit: UnitRatio, zh: "答复率", en: "Answer rate",
		components: []string{"answered", "questions"}, value: ratio(get("answered"), get("questions"))},
	{name: "MEDIAN_MINUTES_TO_FIRST_ANSWER", cube: CubeQuestions, unit: UnitMinutes, zh: "首次答复用时中位数（分钟）", en: "Median minutes to first answer",
		components: []string{"answerP50", "answered"}, value: scaled("answerP50", "answered", 60)},

	{name: "TRAININGS", cube: CubeAttendance, unit: UnitCount, zh: "培训场次", en: "Trainings", components: []string{"trainings"}, value: count("trainings")},
	{name: "TRAINING_REGISTRATIONS", cube: CubeAttendance, unit: UnitCount, zh: "报名人次", en: "Registrations",
		components: []string{"registrations"}, value: count("registrations")},
	{name: "TRAINING_COMPLETIONS", cube: CubeAttendance, unit: UnitCount, zh: "完成学习人次", en: "Completions",
		components: []string{"completed"}, value: count("completed")},
	{name: "HEADS_TRAINED", cube: CubeAttendance, unit: UnitCount, zh: "参训人数", en: "People trained", components: []string{"heads"}, value: count("heads")},
	{name: "ENTERPRISES_TRAINED", cube: CubeAttendance, unit: UnitCount, zh: "参训企业", en: "Enterprises trained",
		components: []string{"enterprisesTrained"}, value: count("enterprisesTrained")},
	{name: "TRAINING_COMPLETION_RATE", cube: CubeAttendance, unit: UnitRatio, zh: "学习完成率", en: "Completion rate",
		components: []string{"completed", "registrations"}, value: ratio(get("completed"), get("registrations"))},

	{name: "VISITS", cube: CubeVisits, unit: UnitCount, zh: "帮扶与会诊", en: "Visits", components: []string{"visits"}, value: count("visits")},
	{name: "VISITS_HELD", cube: CubeVisits, unit: UnitCount, zh: "已开展", en: "Held", components: []string{"held"}, value: count("held")},
	{name: "VISITS_CONFIRMED", cube: CubeVisits, unit: UnitCount, zh: "企业已确认", en: "Confirmed by the enterprise",
		components: []string{"confirmed"}, value: count("confirmed")},
	{name: "ENTERPRISES_VISITED", cube: CubeVisits, unit: UnitCount, zh: "已帮扶企业", en: "Enterprises visited",
		components: []string{"enterprisesVisited"}, value: count("enterprisesVisited")},
}

// Kind is the type of a dimension's values (as strings in reports and
// filters).
type Kind string

const (
	KindID     Kind = "ID"     // a row's id (district, task, warning)
	KindCode   Kind = "CODE"   // an enumeration's code or a classification code
	KindBool   Kind = "BOOL"   // "true" or "false"
	KindString Kind = "STRING" // free text
)

// dimension is a way of grouping a cube's rows: the SQL of its value (and,
// for rows of other tables, of its label), the joins it needs, and the
// labels of its codes.
// codes lists an enumeration's codes in the schema's order (nil for a
// dimension that is not one).
func (d *dimension) codes() []string {
	out := make([]string, 0, len(d.rank))
	for c := range d.rank {
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b string) int { return d.rank[a] - d.rank[b] })
	return out
}

type dimension struct {
	name   string
	zh, en string
	kind   Kind
	// value and label are SQL over the cube's base table (x) and the joined
	// aliases (j). label nil: labels come from labelOf.
	value func(x sqlCtx) string
	label func(x sqlCtx) string
	joins []string
	// tally is the column of the finding tallies holding the value, when
	// the summaries can group by it.
	tally string
	// tallyLabel is the label of the tally key whose value is key (an
	// expression of the group).
	tallyLabel func(lang, key string) string
	labelOf    func(code, lang string) string
	// rank orders an enumeration's codes as the schema declares them
	// (HIGH, MEDIUM, LOW; the workflow's statuses in turn); nil: by value.
	rank map[string]int
	// none labels the rows without a value (default: （无）).
	none *[2]string
	// reads is the entity whose own attributes the dimension reveals
	// through a join (a partner's key needs that entity's scope:
	// api/partner/scope); "" for the row's own columns and its district.
	reads string
}

// Aliases of the tables a cube joins for its dimensions.
const (
	jEnterprise = "enterprise" // the row's enterprise
	jDistrict   = "district"   // the row's district (after enterprise where needed)
	jSelfCheck  = "selfcheck"  // a finding's self-check
	jTask       = "task"       // the self-check's inspection task
	jItem       = "item"       // a finding's checklist item
	jWarning    = "warning"    // a notice's warning
	jTraining   = "training"   // an attendance's training
	jTeam       = "team"       // a visit's team members (one row each: counts are distinct)
	jExpert     = "expert"     // the expert who first answered a question, or a visit's team member's
)

// expertDim groups by the expert: the one who first answered a question,
// or each expert on a visit's team; 0 (none) for a question not answered
// by an expert, a visit without one.
func expertDim(none [2]string, joins ...string) dimension {
	return dimension{name: "EXPERT", zh: "专家", en: "Expert", kind: KindID, reads: "Expert", joins: joins, none: &none,
		value: func(sqlCtx) string { return "COALESCE(" + jExpert + "." + expert.FieldID + ", 0)" },
		label: func(sqlCtx) string { return jExpert + "." + expert.FieldName }}
}

// enterpriseDims are the dimensions every cube has through its enterprise
// (alias re: the enterprises table, joined or the base table itself).
func enterpriseDims(re func(x sqlCtx) string, joins []string) []dimension {
	col := func(c string) func(x sqlCtx) string { return func(x sqlCtx) string { return re(x) + "." + c } }
	return []dimension{
		{name: "INDUSTRY_SECTION", zh: "行业门类", en: "Industry section", kind: KindCode, reads: "Enterprise", joins: joins, value: func(x sqlCtx) string {
			return sectionCase(re(x) + "." + enterprise.FieldIndustryCode)
		}, labelOf: sectionLabel},
		{name: "INDUSTRY_DIVISION", zh: "行业大类", en: "Industry division", kind: KindCode, reads: "Enterprise", joins: joins, value: func(x sqlCtx) string {
			return "SUBSTR(" + re(x) + "." + enterprise.FieldIndustryCode + ", 1, 2)"
		}, labelOf: codeLabel},
		{name: "INDUSTRY_GROUP", zh: "行业中类", en: "Industry group", kind: KindCode, reads: "Enterprise", joins: joins, value: func(x sqlCtx) string {
			return "SUBSTR(" + re(x) + "." + enterprise.FieldIndustryCode + ", 1, 3)"
		}, labelOf: codeLabel},
		{name: "INDUSTRY_CLASS", zh: "行业小类", en: "Industry class", kind: KindCode, reads: "Enterprise", joins: joins,
			value: col(enterprise.FieldIndustryCode), label: col(enterprise.FieldIndustryName)},
		{name: "PERMIT_TIER", zh: "排污许可管理类别", en: "Permit tier", kind: KindCode, reads: "Enterprise", joins: joins, value: col(enterprise.FieldPermitTier), labelOf: enumLabel("tier"), rank: enumRank("tier")},
		{name: "PERFORMANCE_GRADE", zh: "绩效分级", en: "Performance grade", kind: KindCode, reads: "Enterprise", joins: joins, value: col(enterprise.FieldPerformanceGrade), labelOf: enumLabel("grade"), rank: enumRank("grade")},
		{name: "AIR_RELATED", zh: "涉气", en: "Air-related", kind: KindBool, reads: "Enterprise", joins: joins, value: col(enterprise.FieldAirRelated), labelOf: boolLabel},
		{name: "KEY_SUPERVISED", zh: "重点监管单位", en: "Key supervised", kind: KindBool, reads: "Enterprise", joins: joins, value: col(enterprise.FieldKeySupervised), labelOf: boolLabel},
	}
}

func alias(a string) func(sqlCtx) string { return func(sqlCtx) string { return a } }
func base(x sqlCtx) string               { return x.sel.TableName() }

// districtDim groups by a district id column; its name is the label.
func districtDim(value func(x sqlCtx) string, joins []string) dimension {
	name := func(lang string) string {
		if lang == "en" {
			return district.FieldNameEn
		}
		return district.FieldNameZh
	}
	return dimension{name: "DISTRICT", zh: "区县", en: "District", kind: KindID, value: value,
		label: func(x sqlCtx) string { return jDistrict + "." + name(x.lang) }, joins: append(joins, jDistrict),
		tally: "district_id", tallyLabel: func(lang, key string) string {
			return "(SELECT " + name(lang) + " FROM " + district.Table + " WHERE " + district.Table + ".id = " + key + ")"
		}}
}

// dimensions of each cube.
var dimensions = map[Cube][]dimension{
	CubeFindings: append([]dimension{
		districtDim(func(sqlCtx) string { return jEnterprise + "." + enterprise.FieldDistrictID }, []string{jEnterprise}),
		{name: "TASK", zh: "自查任务", en: "Inspection task", kind: KindID, reads: "InspectionTask", joins: []string{jSelfCheck, jTask},
			value: func(sqlCtx) string { return "COALESCE(" + jSelfCheck + "." + selfcheck.FieldTaskID + ", 0)" },
			label: func(sqlCtx) string { return "COALESCE(" + jTask + "." + inspectiontask.FieldTitle + ", '')" },
			tally: "task_id", tallyLabel: func(_, key string) string {
				return "COALESCE((SELECT " + inspectiontask.FieldTitle + " FROM " + inspectiontask.Table + " WHERE " + inspectiontask.Table + ".id = " + key + "), '')"
			}},
		{name: "CHECKLIST_CATEGORY", zh: "检查类别", en: "Checklist category", kind: KindCode, joins: []string{jItem},
			value: func(sqlCtx) string { return "COALESCE(" + jItem + "." + checklistitem.FieldCategory + ", '')" },
			tally: "category", labelOf: enumLabel("category"), rank: enumRank("category")},
		{name: "CHECKLIST_ITEM", zh: "检查项", en: "Checklist item", kind: KindCode, joins: []string{jItem},
			value: func(sqlCtx) string { return "COALESCE(" + jItem + "." + checklistitem.FieldCode + ", '')" },
			label: func(x sqlCtx) string {
				if x.lang == "en" {
					return "COALESCE(" + jItem + "." + checklistitem.FieldFindingLabelEn + ", '')"
				}
				return "COALESCE(" + jItem + "." + checklistitem.FieldFindingLabelZh + ", '')"
			}},
		{name: "SEVERITY", zh: "严重程度", en: "Severity", kind: KindCode, value: func(x sqlCtx) string { return x.c(finding.FieldSeverity) }, labelOf: enumLabel("severity"), rank: enumRank("severity")},
		{name: "FINDING_SOURCE", zh: "问题来源", en: "Source", kind: KindCode, value: func(x sqlCtx) string { return x.c(finding.FieldSource) }, labelOf: enumLabel("source"), rank: enumRank("source")},
		{name: "FINDING_STATUS", zh: "问题状态", en: "Status", kind: KindCode, value: func(x sqlCtx) string { return x.c(finding.FieldStatus) },
			tally: "status", labelOf: enumLabel("findingStatus"), rank: enumRank("findingStatus")},
	}, enterpriseDims(alias(jEnterprise), []string{jEnterprise})...),
	CubeEnterprises: append([]dimension{
		districtDim(func(x sqlCtx) string { return x.c(enterprise.FieldDistrictID) }, nil),
	}, enterpriseDims(base, nil)...),
	CubeNotices: append([]dimension{
		districtDim(func(x sqlCtx) string { return "COALESCE(" + x.c(warningnotice.FieldDistrictID) + ", 0)" }, nil),
		{name: "WARNING", zh: "预警", en: "Warning", kind: KindID, reads: "Warning", joins: []string{jWarning},
			value: func(x sqlCtx) string { return x.c(warningnotice.FieldWarningID) },
			label: func(sqlCtx) string { return jWarning + ".title" }},
		{name: "WARNING_LEVEL", zh: "预警级别", en: "Warning level", kind: KindCode,
			value: func(x sqlCtx) string { return "COALESCE(" + x.c(warningnotice.FieldLevel) + ", '')" }, labelOf: enumLabel("level"), rank: enumRank("level")},
		{name: "NOTICE_GRADE", zh: "推送时绩效分级", en: "Grade when pushed", kind: KindCode,
			value: func(x sqlCtx) string { return x.c(warningnotice.FieldGrade) }, labelOf: enumLabel("grade"), rank: enumRank("grade")},
	}, enterpriseDims(alias(jEnterprise), []string{jEnterprise})...),
	CubeSelfChecks: append([]dimension{
		districtDim(func(sqlCtx) string { return jEnterprise + "." + enterprise.FieldDistrictID }, []string{jEnterprise}),
		{name: "TASK", zh: "自查任务", en: "Inspection task", kind: KindID, joins: []string{jTask},
			value: func(x sqlCtx) string { return x.c(selfcheck.FieldTaskID) },
			label: func(sqlCtx) string { return jTask + "." + inspectiontask.FieldTitle }},
		{name: "SELF_CHECK_STATUS", zh: "自查状态", en: "Self-check status", kind: KindCode,
			value: func(x sqlCtx) string { return x.c(selfcheck.FieldStatus) }, labelOf: enumLabel("selfCheckStatus"), rank: enumRank("selfCheckStatus")},
	}, enterpriseDims(alias(jEnterprise), []string{jEnterprise})...),
	CubeQuestions: append([]dimension{
		districtDim(func(x sqlCtx) string { return x.c(question.FieldDistrictID) }, nil),
		expertDim([2]string{"（未答复或非专家答复）", "(unanswered, or answered by an administrator)"}, jExpert),
		{name: "QUESTION_STATUS", zh: "咨询状态", en: "Question status", kind: KindCode,
			value: func(x sqlCtx) string { return x.c(question.FieldStatus) }, labelOf: enumLabel("questionStatus"), rank: enumRank("questionStatus")},
	}, enterpriseDims(alias(jEnterprise), []string{jEnterprise})...),
	CubeAttendance: append([]dimension{
		districtDim(func(sqlCtx) string { return jEnterprise + "." + enterprise.FieldDistrictID }, []string{jEnterprise}),
		{name: "TRAINING", zh: "培训", en: "Training", kind: KindID, reads: "Training", joins: []string{jTraining},
			value: func(x sqlCtx) string { return x.c(attendance.FieldTrainingID) },
			label: func(sqlCtx) string { return jTraining + "." + training.FieldTitle }},
		{name: "TRAINING_KIND", zh: "培训形式", en: "Training kind", kind: KindCode, reads: "Training", joins: []string{jTraining},
			value: func(sqlCtx) string { return jTraining + "." + training.FieldKind }, labelOf: enumLabel("trainingKind"), rank: enumRank("trainingKind")},
	}, enterpriseDims(alias(jEnterprise), []string{jEnterprise})...),
	CubeVisits: append([]dimension{
		districtDim(func(sqlCtx) string { return jEnterprise + "." + enterprise.FieldDistrictID }, []string{jEnterprise}),
		expertDim([2]string{"（无专家参加）", "(no expert on the team)"}, jTeam, jExpert),
		{name: "VISIT_KIND", zh: "帮扶方式", en: "Visit kind", kind: KindCode,
			value: func(x sqlCtx) string { return x.c(visit.FieldKind) }, labelOf: enumLabel("visitKind"), rank: enumRank("visitKind")},
		{name: "VISIT_STATUS", zh: "帮扶状态", en: "Visit status", kind: KindCode,
			value: func(x sqlCtx) string { return x.c(visit.FieldStatus) }, labelOf: enumLabel("visitStatus"), rank: enumRank("visitStatus")},
	}, enterpriseDims(alias(jEnterprise), []string{jEnterprise})...),
}

// joinOn is how each alias joins, per cube (to-one, never multiplying
// rows, but for a visit's team, whose cube counts distinct visits).
func joinOn(cube Cube, alias string, x sqlCtx) (table, on string) {
	switch alias {
	case jEnterprise:
		ref := finding.FieldEnterpriseID // the same column name on every cube's table
		return enterprise.Table, jEnterprise + ".id = " + x.c(ref)
	case jDistrict:
		var d string
		switch cube {
		case CubeEnterprises:
			d = x.c(enterprise.FieldDistrictID)
		case CubeNotices:
			d = x.c(warningnotice.FieldDistrictID)
		case CubeQuestions:
			d = x.c(question.FieldDistrictID)
		default:
			d = jEnterprise + "." + enterprise.FieldDistrictID
		}
		return district.Table, jDistrict + ".id = " + d
	case jSelfCheck:
		return selfcheck.Table, jSelfCheck + ".id = " + x.c(finding.FieldSelfCheckID)
	case jTask:
		if cube == CubeSelfChecks {
			return inspectiontask.Table, jTask + ".id = " + x.c(selfcheck.FieldTaskID)
		}
		return inspectiontask.Table, jTask + ".id = " + jSelfCheck + "." + selfcheck.FieldTaskID
	case jItem:
		return checklistitem.Table, jItem + ".id = " + x.c(finding.FieldItemID)
	case jWarning:
		return "warnings", jWarning + ".id = " + x.c(warningnotice.FieldWarningID)
	case jTraining:
		return training.Table, jTraining + ".id = " + x.c(attendance.FieldTrainingID)
	case jTeam: // the experts of the team: its administrators are no expert's
		return visit.TeamTable, jTeam + "." + visit.TeamPrimaryKey[0] + " = " + x.c(visit.FieldID) + " AND " + jTeam + "." + visit.TeamPrimaryKey[1] +
			" IN (SELECT " + expert.FieldUserID + " FROM " + expert.Table + " WHERE " + expert.FieldUserID + " IS NOT NULL)"
	case jExpert:
		if cube == CubeVisits {
			return expert.Table, jExpert + "." + expert.FieldUserID + " = " + jTeam + "." + visit.TeamPrimaryKey[1]
		}
		return expert.Table, jExpert + "." + expert.FieldUserID + " = " + x.c(question.FieldFirstAnswererID)
	}
	panic("report: unknown join " + alias)
}

// TimeField is a time of a cube's rows a report can bucket and bound by.
type timeField struct {
	name   string
	cube   Cube
	zh, en string
	column string
	// tallyMonth: the finding tallies keep this time's month
	// (found_month), so a report over whole months of it reads them.
	tallyMonth bool
}

var timeFields = []timeField{
	{"FOUND_AT", CubeFindings, "发现时间", "Found", finding.FieldCreatedAt, true},
	{"CLOSED_AT", CubeFindings, "销号时间", "Closed", finding.FieldClosedAt, false},
	{"DUE_AT", CubeFindings, "整改期限", "Due", finding.FieldDueAt, false},
	{"REGISTERED_AT", CubeEnterprises, "登记时间", "Registered", enterprise.FieldCreatedAt, false},
	{"PUSHED_AT", CubeNotices, "推送时间", "Pushed", warningnotice.FieldPushedAt, false},
	{"SUBMITTED_AT", CubeSelfChecks, "提交时间", "Submitted", selfcheck.FieldSubmittedAt, false},
	{"ASKED_AT", CubeQuestions, "提问时间", "Asked", question.FieldCreatedAt, false},
	{"ANSWERED_AT", CubeQuestions, "首次答复时间", "First answered", question.FieldFirstAnsweredAt, false},
	{"ENROLLED_AT", CubeAttendance, "报名时间", "Registered", attendance.FieldRegisteredAt, false},
	{"COMPLETED_AT", CubeAttendance, "完成时间", "Completed", attendance.FieldCompletedAt, false},
	{"SCHEDULED_ON", CubeVisits, "计划日期", "Scheduled", visit.FieldScheduledOn, false},
	{"HELD_ON", CubeVisits, "开展日期", "Held", visit.FieldHeldOn, false},
}
