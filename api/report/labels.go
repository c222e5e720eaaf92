package report

import (
	"strconv"
	"strings"
)

// The labels of the codes reports group by, in Chinese and English: a
// partner reading a report through the API gets names, not codes. (The
// SPA's dictionary, frontend/src/app/locales, labels the same codes on its
// forms and lists.)
var enumLabels = map[string]map[string][2]string{
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
	"level": {"YELLOW": {"黄色预警", "Yellow warning"}, "ORANGE": {"橙色预警", "Orange warning"}, "RED": {"红色预警", "Red warning"}},
}

// none labels an empty code: a finding without a checklist item, a notice
// without a level.
var none = [2]string{"（无）", "(none)"}

func pick(l [2]string, lang string) string {
	if lang == "en" {
		return l[1]
	}
	return l[0]
}

// enumLabel labels the codes of one enumeration (the code itself when it
// has no label).
func enumLabel(enum string) func(code, lang string) string {
	return func(code, lang string) string {
		if code == "" {
			return pick(none, lang)
		}
		if l, ok := enumLabels[enum][code]; ok {
			return pick(l, lang)
		}
		return code
	}
}

func boolLabel(code, lang string) string {
	if code == "true" {
		return pick([2]string{"是", "Yes"}, lang)
	}
	return pick([2]string{"否", "No"}, lang)
}

// codeLabel labels a classification code by itself (GB/T 4754 divisions and
// groups: their names are not kept here).
func codeLabel(code, _ string) string { return code }

// sections are the sections (门类) of GB/T 4754-2017, each with the last
// division (大类, two digits) it holds: section A holds 01–05, B 06–12…
var sections = []struct {
	letter  string
	lastDiv int
	zh, en  string
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

// sectionCase is the SQL of a class code's section letter.
func sectionCase(code string) string {
	var b strings.Builder
	b.WriteString("CASE")
	div := "SUBSTR(" + code + ", 1, 2)"
	for _, s := range sections {
		b.WriteString(" WHEN " + div + " <= '" + twoDigits(s.lastDiv) + "' THEN '" + s.letter + "'")
	}
	b.WriteString(" ELSE '' END")
	return b.String()
}

// SectionOf is the GB/T 4754 section letter of an industry class code
// ("" when the code is not one).
func SectionOf(code string) string {
	if len(code) < 2 {
		return ""
	}
	d, err := strconv.Atoi(code[:2])
	if err != nil {
		return ""
	}
	for _, s := range sections {
		if d <= s.lastDiv {
			return s.letter
		}
	}
	return ""
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func sectionLabel(code, lang string) string {
	for _, s := range sections {
		if s.letter == code {
			return s.letter + " " + pick([2]string{s.zh, s.en}, lang)
		}
	}
	return pick(none, lang)
}
