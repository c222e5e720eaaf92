package report

import (
	"greencheck/api/labels"
	"strconv"
	"strings"
)

// The labels of the codes reports group by, in Chinese and English: a
// partner reading a report through the API gets names, not codes (the
// server's one dictionary, api/labels).
var enumLabels = labels.Enums

// none labels an empty code: a finding without a checklist item, a notice
// without a level.
var none = [2]string{"（无）", "(none)"}

func pick(l [2]string, lang string) string { return labels.Pick(l, lang) }

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
