package report

import (
	"strconv"
	"strings"

	"entgo.io/ent"

	"greencheck/api/labels"
	"greencheck/ent/schema"
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

// enumFields are the schema fields of the enumerations reports group by,
// by their name in labels.Enums.
var enumFields = map[string]struct {
	schema ent.Interface
	field  string
}{
	"severity": {schema.Finding{}, "severity"}, "source": {schema.Finding{}, "source"}, "findingStatus": {schema.Finding{}, "status"},
	"category": {schema.ChecklistItem{}, "category"}, "tier": {schema.Enterprise{}, "permit_tier"},
	"grade": {schema.Enterprise{}, "performance_grade"}, "level": {schema.WarningNotice{}, "level"},
	"selfCheckStatus": {schema.SelfCheck{}, "status"}, "questionStatus": {schema.Question{}, "status"},
	"trainingKind": {schema.Training{}, "kind"}, "visitKind": {schema.Visit{}, "kind"}, "visitStatus": {schema.Visit{}, "status"},
}

// enumRank is the position of each code of enumeration enum in its schema
// field's declaration: the order a report lists them in. It panics (at
// start) for an enumeration without a field here.
func enumRank(enum string) map[string]int {
	f, ok := enumFields[enum]
	values := labels.Declared(f.schema, f.field)
	if !ok || values == nil {
		panic("report: no schema field for enumeration " + enum)
	}
	rank := make(map[string]int, len(values))
	for i, v := range values {
		rank[v] = i
	}
	return rank
}

// codeLabel labels a classification code by itself (GB/T 4754 divisions and
// groups: their names are not kept here).
func codeLabel(code, _ string) string { return code }

// sectionCase is the SQL of a class code's section letter.
func sectionCase(code string) string {
	var b strings.Builder
	b.WriteString("CASE")
	div := "SUBSTR(" + code + ", 1, 2)"
	for _, s := range labels.Sections {
		b.WriteString(" WHEN " + div + " <= '" + twoDigits(s.LastDivision) + "' THEN '" + s.Letter + "'")
	}
	b.WriteString(" ELSE '' END")
	return b.String()
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func sectionLabel(code, lang string) string {
	for _, s := range labels.Sections {
		if s.Letter == code {
			return s.Letter + " " + pick([2]string{s.Zh, s.En}, lang)
		}
	}
	return pick(none, lang)
}
