package report

import (
	"context"

	"greencheck/api/apperr"
)

// MeasureInfo describes a measure (GraphQL ReportMeasureInfo).
type MeasureInfo struct {
	Measure string
	Cube    string // a Cube
	Unit    string // a Unit
	// Label is in the caller's language; LabelZh and LabelEn are both.
	Label, LabelZh, LabelEn string
}

// DimensionInfo describes a dimension of a cube (GraphQL
// ReportDimensionInfo).
type DimensionInfo struct {
	Dimension               string
	Kind                    string // a Kind
	Label, LabelZh, LabelEn string
}

// TimeFieldInfo describes a time a cube's rows can be bucketed by.
type TimeFieldInfo struct {
	Field                   string
	Label, LabelZh, LabelEn string
}

// CubeInfo is one cube of the report schema: the measures, dimensions and
// times that can be combined in one report (any of its measures with up to
// MaxDimensions of its dimensions, filtered by any of them, and one of its
// times).
type CubeInfo struct {
	Cube                    string
	Label, LabelZh, LabelEn string
	Measures                []*MeasureInfo
	Dimensions              []*DimensionInfo
	TimeFields              []*TimeFieldInfo
}

var cubeNames = map[Cube][2]string{
	CubeFindings: {"问题", "Findings"}, CubeEnterprises: {"企业", "Enterprises"},
	CubeNotices: {"预警通知", "Warning notices"}, CubeSelfChecks: {"自查", "Self-checks"},
	CubeQuestions: {"咨询答疑", "Questions"}, CubeAttendance: {"培训参训", "Training attendance"},
	CubeVisits: {"帮扶与会诊", "Visits"},
}

func measureInfo(m *measure, lang string) *MeasureInfo {
	return &MeasureInfo{Measure: m.name, Cube: string(m.cube), Unit: string(m.unit), Label: pick([2]string{m.zh, m.en}, lang), LabelZh: m.zh, LabelEn: m.en}
}

func dimensionInfo(d *dimension, lang string, _ Cube) *DimensionInfo {
	return &DimensionInfo{Dimension: d.name, Kind: string(d.kind), Label: pick([2]string{d.zh, d.en}, lang), LabelZh: d.zh, LabelEn: d.en}
}

// Schema lists what reports can count and group by, labelled in the
// caller's language (reportSchema). It is the same for every viewer: what
// each one sees of the figures is decided when a report runs.
func Schema(ctx context.Context) []*CubeInfo {
	lang := apperr.Lang(ctx)
	var out []*CubeInfo
	for _, c := range cubes {
		n := cubeNames[c]
		ci := &CubeInfo{Cube: string(c), Label: pick(n, lang), LabelZh: n[0], LabelEn: n[1]}
		for i := range measures {
			if measures[i].cube == c {
				ci.Measures = append(ci.Measures, measureInfo(&measures[i], lang))
			}
		}
		for i := range dimensions[c] {
			ci.Dimensions = append(ci.Dimensions, dimensionInfo(&dimensions[c][i], lang, c))
		}
		for _, t := range timeFields {
			if t.cube == c {
				ci.TimeFields = append(ci.TimeFields, &TimeFieldInfo{Field: t.name, Label: pick([2]string{t.zh, t.en}, lang), LabelZh: t.zh, LabelEn: t.en})
			}
		}
		out = append(out, ci)
	}
	return out
}
