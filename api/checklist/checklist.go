// Package checklist is the self-inspection checklist capability: the default
// checklist, which items apply to which enterprise, and whether an answer is
// compliant.
package checklist

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"greencheck/ent/schematype"
)

// Item is a checklist item as data, before it is stored.
type Item struct {
	Code, Category, AnswerType, Severity string
	DeadlineDays                         int
	Applicability                        schematype.Applicability
	Compliance                           schematype.ComplianceRule
	LegalRefs                            []schematype.LegalRef
	QuestionEn, QuestionZh               string
	LabelZh, LabelEn                     string
	GuidanceEn, GuidanceZh               []string
}

// DefaultTemplateName is the name of the default checklist template.
const DefaultTemplateName = "企业环保自查清单（涉气）"

// DefaultItems returns the 59 items of the default checklist, in order.
func DefaultItems() []Item { return defaultItems }

// Profile is what applicability depends on.
type Profile struct {
	PermitTier                                         string
	IndustryCode                                       string
	AirRelated, KeySupervised, VocUser, HazardousWaste bool
}

// IndustryPrefixOK reports whether p names industries as scopes,
// applicability rules and trainings do: a GB/T 4754-2017 code prefix of
// 1–4 digits (26 chemicals, 2614 organic chemical raw materials).
func IndustryPrefixOK(p string) bool {
	return p != "" && len(p) <= 4 && strings.Trim(p, "0123456789") == ""
}

// Applies reports whether an item with applicability a applies to p: every
// list, when set, must match, and every flag must hold.
func Applies(a schematype.Applicability, p Profile) bool {
	if len(a.PermitTiers) > 0 && !contains(a.PermitTiers, p.PermitTier) {
		return false
	}
	if len(a.IndustryPrefixes) > 0 {
		ok := false
		for _, pre := range a.IndustryPrefixes {
			ok = ok || strings.HasPrefix(p.IndustryCode, pre)
		}
		if !ok {
			return false
		}
	}
	for _, f := range a.Flags {
		switch f {
		case "AIR_RELATED":
			if !p.AirRelated {
				return false
			}
		case "KEY_SUPERVISED":
			if !p.KeySupervised {
				return false
			}
		case "VOC_USER":
			if !p.VocUser {
				return false
			}
		case "HAZARDOUS_WASTE":
			if !p.HazardousWaste {
				return false
			}
		}
	}
	return true
}

// Compliant reports whether value is a compliant answer under rule, for an
// item of the given answer type; nil means "not applicable" (NA) or that
// the value cannot be judged. ok is false when value is malformed.
func Compliant(answerType string, rule schematype.ComplianceRule, value string, now time.Time) (compliant *bool, ok bool) {
	yes := func(b bool) (*bool, bool) { return &b, true }
	switch answerType {
	case "YES_NO", "YES_NO_NA":
		switch value {
		case "YES", "NO":
			expect := rule.Expect
			if expect == "" {
				expect = "YES"
			}
			return yes(value == expect)
		case "NA":
			if answerType == "YES_NO_NA" {
				return nil, true
			}
		}
		return nil, false
	case "NUMBER":
		f, err := strconv.ParseFloat(strings.TrimSpace(value), 64)
		if err != nil {
			return nil, false
		}
		return yes((rule.Min == nil || f >= *rule.Min) && (rule.Max == nil || f <= *rule.Max))
	case "DATE":
		d, err := time.Parse("2006-01-02", strings.TrimSpace(value))
		if err != nil {
			return nil, false
		}
		c := true
		if rule.WithinMonths != nil {
			c = c && !d.Before(now.AddDate(0, -*rule.WithinMonths, 0))
		}
		if rule.AheadDays != nil {
			c = c && !d.Before(now.AddDate(0, 0, *rule.AheadDays))
		}
		return yes(c)
	case "CHOICE":
		if !contains(rule.Choices, value) {
			return nil, false
		}
		return yes(contains(rule.Compliant, value))
	}
	return nil, false
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// Helpers that keep the item table readable.

const (
	yn     = "YES_NO"
	ynna   = "YES_NO_NA"
	number = "NUMBER"
	date   = "DATE"
)

var all = schematype.Applicability{}

func tiers(t ...string) schematype.Applicability { return schematype.Applicability{PermitTiers: t} }

func flags(f ...string) schematype.Applicability { return schematype.Applicability{Flags: f} }

// prefixes applies to industries starting with one of p, and to flag holders
// when flag is set.
func prefixes(flag string, p ...string) schematype.Applicability {
	a := schematype.Applicability{IndustryPrefixes: p}
	if flag != "" {
		a.Flags = []string{flag}
	}
	return a
}

// refs parses "instrument:articles:confidence" triples.
func refs(rs ...string) []schematype.LegalRef {
	out := make([]schematype.LegalRef, 0, len(rs))
	for _, r := range rs {
		parts := strings.SplitN(r, ":", 3)
		for len(parts) < 3 {
			parts = append(parts, "")
		}
		out = append(out, schematype.LegalRef{Instrument: parts[0], Article: parts[1], Confidence: parts[2]})
	}
	return out
}

type option func(*Item)

func maxValue(v float64) option { return func(i *Item) { i.Compliance.Max = &v } }

func withinMonths(m int) option { return func(i *Item) { i.Compliance.WithinMonths = &m } }

func aheadDays(d int) option { return func(i *Item) { i.Compliance.AheadDays = &d } }

func it(code, category, answerType, severity string, days int, a schematype.Applicability,
	legal []schematype.LegalRef, qEn, qZh, labelZh, labelEn string, gEn, gZh []string, opts ...option) Item {
	i := Item{Code: code, Category: category, AnswerType: answerType, Severity: severity, DeadlineDays: days,
		Applicability: a, LegalRefs: legal, QuestionEn: qEn, QuestionZh: qZh, LabelZh: labelZh, LabelEn: labelEn,
		GuidanceEn: gEn, GuidanceZh: gZh}
	if answerType == yn || answerType == ynna {
		i.Compliance.Expect = "YES"
	}
	for _, o := range opts {
		o(&i)
	}
	return i
}

// answerLabels are the stored yes/no answers in words: Chinese, English.
var answerLabels = map[string][2]string{"YES": {"是", "Yes"}, "NO": {"否", "No"}, "NA": {"不适用", "Not applicable"}}

// AnswerText is an answer's value as people read it, in lang ("en" or
// Chinese): 是/否/不适用 for the yes/no answers, any other value (a number,
// a date, a choice) as given.
func AnswerText(value, lang string) string {
	l, ok := answerLabels[value]
	switch {
	case !ok:
		return value
	case lang == "en":
		return l[1]
	}
	return l[0]
}

// FindingDescription is the description of the finding a failing answer
// raises (in Chinese, as findings are written): the item, its question and
// the answer in words — never the stored code.
func FindingDescription(code, question, value string) string {
	return fmt.Sprintf("自查项 %s：%s 企业回答：%s", code, question, AnswerText(value, "zh"))
}

// FindingDescriptionEn is FindingDescription in English (the item's English
// question), for readers of the English interface.
func FindingDescriptionEn(code, question, value string) string {
	return fmt.Sprintf("Item %s: %s Answer: %s", code, question, AnswerText(value, "en"))
}
