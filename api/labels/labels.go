// Package labels is the server's dictionary: the Chinese and English names
// of the codes the platform stores (a finding's status, a permit tier…), as
// reports and exports show them. The SPA's dictionary
// (frontend/src/app/locales and the features' messages.ts) labels the same
// codes on its forms and lists in the same words.
package labels

import "entgo.io/ent"

// Enums are the labels of each enumeration's codes: {中文, English}.
var Enums = map[string]map[string][2]string{
	"severity": {"HIGH": {"严重", "High"}, "MEDIUM": {"一般", "Medium"}, "LOW": {"轻微", "Low"}},
	"source": {"SELF_CHECK": {"企业自查", "Self-check"}, "VISIT": {"现场帮扶", "On-site visit"}, "CROSS_CHECK": {"交叉核查", "Cross-check"},
		"WARNING_CHECK": {"预警抽查", "Warning spot check"}, "MANUAL": {"人工录入", "Entered by hand"}},
	"findingStatus": {"FOUND": {"发现", "Found"}, "ASSIGNED": {"交办", "Assigned"}, "RECTIFYING": {"整改中", "Rectifying"},
		"SUBMITTED": {"待核查", "Submitted"}, "VERIFIED": {"核查通过", "Verified"}, "REJECTED": {"退回", "Rejected"},
		"CLOSED": {"已销号", "Closed"}, "INVALID": {"无效", "Invalid"}},
	"selfCheckStatus": {"NOT_STARTED": {"未开始", "Not started"}, "IN_PROGRESS": {"填报中", "In progress"}, "SUBMITTED": {"已提交", "Submitted"}},
	"tier":            {"KEY": {"重点管理", "Key"}, "SIMPLIFIED": {"简化管理", "Simplified"}, "REGISTRATION": {"登记管理", "Registration"}, "NONE": {"无需许可", "None"}},
	"grade": {"A": {"A级", "A"}, "B": {"B级", "B"}, "B_MINUS": {"B-级", "B-"}, "C": {"C级", "C"}, "D": {"D级", "D"},
		"LEADING": {"引领性", "Leading"}, "GUARANTEE": {"保障类", "Guarantee"}, "NONE": {"未分级", "Not graded"}},
	"category": {"EIA": {"环评与验收", "EIA & acceptance"}, "PERMIT": {"排污许可", "Discharge permit"}, "FACILITY": {"治污设施", "Control facilities"},
		"MONITORING": {"自行监测", "Self-monitoring"}, "LEDGER": {"台账与报告", "Ledgers & reports"}, "VOC": {"无组织与VOCs", "Fugitive & VOCs"},
		"HEAVY_POLLUTION": {"重污染天气应急", "Heavy pollution"}, "WASTE": {"危废与固废", "Waste"}, "DISCLOSURE": {"信息公开", "Disclosure"},
		"EMERGENCY": {"环境应急", "Emergency"}},
	"level":          {"YELLOW": {"黄色预警", "Yellow warning"}, "ORANGE": {"橙色预警", "Orange warning"}, "RED": {"红色预警", "Red warning"}},
	"role":           {"CITY_ADMIN": {"市局管理员", "City administrator"}, "DISTRICT_ADMIN": {"区县管理员", "District administrator"}, "EXPERT": {"驻点专家", "Stationed expert"}, "ENTERPRISE": {"企业用户", "Enterprise user"}},
	"taskStatus":     {"OPEN": {"进行中", "Open"}, "CLOSED": {"已结束", "Closed"}},
	"warningStatus":  {"DRAFT": {"草稿", "Draft"}, "ACTIVE": {"已发布", "Published"}, "LIFTED": {"已解除", "Lifted"}},
	"noticeKind":     {"PUBLISH": {"发布", "Published"}, "UPGRADE": {"升级", "Upgraded"}, "DOWNGRADE": {"降级", "Downgraded"}, "EXTEND": {"延长", "Extended"}, "LIFT": {"解除", "Lifted"}},
	"questionStatus": {"OPEN": {"待答复", "Waiting for an answer"}, "ANSWERED": {"已答复", "Answered"}, "CLOSED": {"已办结", "Resolved"}},
	"trainingKind":   {"LIVE": {"直播", "Live"}, "RECORDED": {"录播", "Recorded"}},
	"audience":       {"ENTERPRISES": {"企业环保负责人", "Enterprise heads"}, "ADMINISTRATORS": {"管理人员", "Administrators"}, "EVERYONE": {"全部人员", "Everyone"}},
	"problemReason": {"OVERDUE_FINDINGS": {"问题逾期未整改", "Overdue findings"}, "REPEATED_REJECTIONS": {"整改两次以上被退回", "Rejected twice or more"},
		"HIGH_SEVERITY_PAST_HALF":  {"严重问题整改期限过半", "Severe findings past half their time"},
		"WARNING_NOT_ACKNOWLEDGED": {"预警通知未按时确认", "Warnings not acknowledged in time"},
		"SELF_CHECK_OVERDUE":       {"自查逾期未提交", "Self-checks overdue"}, "QUESTION_UNRESOLVED": {"咨询 3 天未解决", "Questions unresolved for 3 days"}},
	"visitKind":   {"ASSISTANCE": {"帮扶", "Assistance"}, "CONSULTATION": {"专家会诊", "Expert consultation"}},
	"visitStatus": {"PLANNED": {"已安排", "Planned"}, "HELD": {"已开展", "Held"}, "CANCELLED": {"已取消", "Cancelled"}},
	"keyStatus":   {"ACTIVE": {"有效", "Active"}, "EXPIRED": {"已过期", "Expired"}, "REVOKED": {"已吊销", "Revoked"}},
	"bool":        {"true": {"是", "Yes"}, "false": {"否", "No"}},
	"partnerScope": {"ENTERPRISES": {"企业档案", "Enterprise records"}, "SELF_CHECKS": {"自查与整改", "Self-checks and rectification"},
		"WARNINGS": {"重污染天气预警", "Heavy-pollution warnings"}, "SERVICES": {"帮扶服务", "Services"}, "PERSONAL_DATA": {"个人信息", "Personal data"}},
}

// Pick is l in lang ("en" English, anything else Chinese).
func Pick(l [2]string, lang string) string {
	if lang == "en" {
		return l[1]
	}
	return l[0]
}

// Of labels code of enum in lang: the code itself when it has no label,
// "" for "".
func Of(enum, code, lang string) string {
	if code == "" {
		return ""
	}
	if l, ok := Enums[enum][code]; ok {
		return Pick(l, lang)
	}
	return code
}

// Bool labels a yes/no value (是/否).
func Bool(b bool, lang string) string {
	if b {
		return Pick(Enums["bool"]["true"], lang)
	}
	return Pick(Enums["bool"]["false"], lang)
}

// Sections are the sections (门类) of GB/T 4754-2017 (国民经济行业分类), each
// with the last division (大类, two digits) it holds: section A holds 01–05,
// B 06–12… T ends at 97, the last division.
var Sections = []struct {
	Letter       string
	LastDivision int
	Zh, En       string
}{
	{"A", 5, "农、林、牧、渔业", "Agriculture, forestry, animal husbandry and fishery"},
	{"B", 12, "采矿业", "Mining"},
	{"C", 43, "制造业", "Manufacturing"},
	{"D", 46, "电力、热力、燃气及水生产和供应业", "Electricity, heat, gas and water"},
	{"E", 50, "建筑业", "Construction"},
	{"F", 52, "批发和零售业", "Wholesale and retail"},
	{"G", 60, "交通运输、仓储和邮政业", "Transport, storage and post"},
	{"H", 62, "住宿和餐饮业", "Accommodation and catering"},
	{"I", 65, "信息传输、软件和信息技术服务业", "Information and software"},
	{"J", 69, "金融业", "Finance"},
	{"K", 70, "房地产业", "Real estate"},
	{"L", 72, "租赁和商务服务业", "Leasing and business services"},
	{"M", 75, "科学研究和技术服务业", "Research and technical services"},
	{"N", 79, "水利、环境和公共设施管理业", "Water, environment and public facilities"},
	{"O", 82, "居民服务、修理和其他服务业", "Resident and repair services"},
	{"P", 83, "教育", "Education"},
	{"Q", 85, "卫生和社会工作", "Health and social work"},
	{"R", 90, "文化、体育和娱乐业", "Culture, sports and entertainment"},
	{"S", 96, "公共管理、社会保障和社会组织", "Public administration"},
	{"T", 97, "国际组织", "International organisations"},
}

// SectionOf is the GB/T 4754-2017 section letter of an industry code (a
// class of four digits, or its division, group): "" when its first two
// digits are not a division (00, 98, 99, or not digits).
func SectionOf(code string) string {
	if len(code) < 2 || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9' {
		return ""
	}
	d := int(code[0]-'0')*10 + int(code[1]-'0')
	if d < 1 {
		return ""
	}
	for _, s := range Sections {
		if d <= s.LastDivision {
			return s.Letter
		}
	}
	return ""
}

// Declared is the values of an enum field of an ent schema (schema.Finding{},
// "severity") in the order the schema declares them — HIGH, MEDIUM, LOW — the
// order reports and templates list them in; nil when there is no such field.
func Declared(schema ent.Interface, field string) []string {
	for _, fd := range schema.Fields() {
		if d := fd.Descriptor(); d.Name == field {
			out := make([]string, len(d.Enums))
			for i, e := range d.Enums {
				out[i] = e.V
			}
			return out
		}
	}
	return nil
}
