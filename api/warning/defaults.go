package warning

import (
	"slices"

	"greencheck/ent/schematype"
)

// defaultMeasures are what each performance grade must do at each level
// when the enterprise has no emission plan for the year and the warning
// names no measure of its own for the grade — the pattern of the 2020
// technical guide for performance grading (重污染天气重点行业应急减排措施
// 制定技术指南) as domain.md §4 summarises it; the exact measures are per
// enterprise in its plan (一厂一策).
var defaultMeasures = map[string]map[string][2]string{
	"A":       {"YELLOW": selfDetermined, "ORANGE": selfDetermined, "RED": selfDetermined},
	"LEADING": {"YELLOW": selfDetermined, "ORANGE": selfDetermined, "RED": selfDetermined},
	"B": {
		"YELLOW": {"按“一厂一策”适当降低生产负荷", "Lower the load as the one-plant plan says"},
		"ORANGE": {"限产或停产指定的高排放工序", "Limit or stop the high-emission processes named"},
		"RED":    {"进一步限产，停产更多高排放工序", "Limit further and stop more high-emission processes"},
	},
	"B_MINUS": {
		"YELLOW": {"限产高排放工序", "Limit the high-emission processes"},
		"ORANGE": {"停产指定的高排放工序", "Stop the high-emission processes named"},
		"RED":    {"停产全部高排放工序", "Stop every high-emission process"},
	},
	"C": {
		"YELLOW": {"限产或停产部分涉气排放工序", "Limit or stop some emitting processes"},
		"ORANGE": {"停止喷涂、流平、烘干等涉 VOCs 和扬尘工序", "Stop spraying, flash-off, drying and dusty processes"},
		"RED":    {"停产涉气排放工序（近乎全部停产）", "Stop the emitting processes (nearly a full stop)"},
	},
	"D": {
		"YELLOW": {"停产涉气排放工序", "Stop the emitting processes"},
		"ORANGE": {"停止全部涉气排放工序", "Stop all emitting processes"},
		"RED":    {"全厂停产", "Stop the whole plant"},
	},
	"GUARANTEE": {
		"YELLOW": {"保障类企业按核定负荷生产", "Produce at the approved load (guarantee enterprise)"},
		"ORANGE": {"保障类企业按核定负荷生产，减少物料运输", "Produce at the approved load, fewer deliveries"},
		"RED":    {"保障类企业按核定的最低负荷生产", "Produce at the lowest approved load"},
	},
	"NONE": {
		"YELLOW": {"按“一厂一策”落实减排比例（不低于 10%）", "Cut emissions by the plan's share (at least 10 %)"},
		"ORANGE": {"按“一厂一策”落实减排比例（不低于 20%）", "Cut emissions by the plan's share (at least 20 %)"},
		"RED":    {"按“一厂一策”落实减排比例（不低于 30%）", "Cut emissions by the plan's share (at least 30 %)"},
	},
}

var selfDetermined = [2]string{"自主采取减排措施", "Self-determined reductions"}

// Grades in display order.
var Grades = []string{"A", "LEADING", "B", "B_MINUS", "C", "D", "GUARANTEE", "NONE"}

// gradeOrder is a grade's place in Grades (the order every list of grades
// follows); an unknown one comes last.
func gradeOrder(g string) int {
	if i := slices.Index(Grades, g); i >= 0 {
		return i
	}
	return len(Grades)
}

// DefaultMeasures are the grades' default measures at level, in grade order.
func DefaultMeasures(level string) []*schematype.GradeMeasure {
	out := make([]*schematype.GradeMeasure, 0, len(Grades))
	for _, g := range Grades {
		m := defaultMeasures[g][level]
		out = append(out, &schematype.GradeMeasure{Grade: g, MeasuresZh: m[0], MeasuresEn: m[1]})
	}
	return out
}
