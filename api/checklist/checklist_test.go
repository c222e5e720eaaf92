package checklist

import (
	"testing"
	"time"

	"greencheck/ent/schematype"
)

func TestDefaultChecklistHas59ItemsInTenCategories(t *testing.T) {
	items := DefaultItems()
	if len(items) != 59 {
		t.Fatalf("default checklist has %d items, want 59", len(items))
	}
	codes, cats := map[string]bool{}, map[string]int{}
	for _, it := range items {
		if codes[it.Code] {
			t.Errorf("duplicate code %s", it.Code)
		}
		codes[it.Code] = true
		cats[it.Category]++
		if it.QuestionZh == "" || it.QuestionEn == "" || len(it.GuidanceZh) == 0 || len(it.GuidanceZh) != len(it.GuidanceEn) {
			t.Errorf("%s lacks a question or guidance in both languages", it.Code)
		}
		if it.DeadlineDays <= 0 || len(it.LegalRefs) == 0 {
			t.Errorf("%s lacks a deadline or legal basis", it.Code)
		}
	}
	if len(cats) != 10 {
		t.Errorf("categories = %v, want 10", cats)
	}
}

func TestApplies(t *testing.T) {
	autoRepair := Profile{PermitTier: "REGISTRATION", IndustryCode: "8111", AirRelated: true, VocUser: true}
	chemical := Profile{PermitTier: "KEY", IndustryCode: "2641", AirRelated: true, VocUser: true, HazardousWaste: true}
	cases := []struct {
		a    schematype.Applicability
		p    Profile
		want bool
	}{
		{all, autoRepair, true},
		{tiers("KEY", "SIMPLIFIED"), autoRepair, false},
		{tiers("KEY", "SIMPLIFIED"), chemical, true},
		{prefixes("", "8111"), autoRepair, true},
		{prefixes("", "8111"), chemical, false},
		{prefixes("", "26", "27"), chemical, true},
		{flags("HAZARDOUS_WASTE"), autoRepair, false},
		{flags("HAZARDOUS_WASTE"), chemical, true},
		{prefixes("VOC_USER", "2641"), Profile{IndustryCode: "2641"}, false},
	}
	for i, c := range cases {
		if got := Applies(c.a, c.p); got != c.want {
			t.Errorf("case %d: Applies = %v, want %v", i, got, c.want)
		}
	}
}

func TestCompliant(t *testing.T) {
	now := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	ten, twelve, sixty := 10.0, 12, 60
	cases := []struct {
		typ   string
		rule  schematype.ComplianceRule
		value string
		want  string // "yes", "no", "na", "bad"
	}{
		{"YES_NO", schematype.ComplianceRule{Expect: "YES"}, "YES", "yes"},
		{"YES_NO", schematype.ComplianceRule{Expect: "YES"}, "NO", "no"},
		{"YES_NO", schematype.ComplianceRule{Expect: "YES"}, "NA", "bad"},
		{"YES_NO_NA", schematype.ComplianceRule{Expect: "YES"}, "NA", "na"},
		{"YES_NO", schematype.ComplianceRule{}, "maybe", "bad"},
		{"NUMBER", schematype.ComplianceRule{Max: &ten}, "9.5", "yes"},
		{"NUMBER", schematype.ComplianceRule{Max: &ten}, "12", "no"},
		{"NUMBER", schematype.ComplianceRule{Max: &ten}, "twelve", "bad"},
		{"DATE", schematype.ComplianceRule{WithinMonths: &twelve}, "2026-03-01", "yes"},
		{"DATE", schematype.ComplianceRule{WithinMonths: &twelve}, "2025-03-01", "no"},
		{"DATE", schematype.ComplianceRule{AheadDays: &sixty}, "2027-06-01", "yes"},
		{"DATE", schematype.ComplianceRule{AheadDays: &sixty}, "2026-12-15", "no"},
		{"DATE", schematype.ComplianceRule{}, "2026/12/15", "bad"},
		{"CHOICE", schematype.ComplianceRule{Choices: []string{"A", "B"}, Compliant: []string{"A"}}, "B", "no"},
	}
	for i, c := range cases {
		got, ok := Compliant(c.typ, c.rule, c.value, now)
		s := "bad"
		switch {
		case ok && got == nil:
			s = "na"
		case ok && *got:
			s = "yes"
		case ok:
			s = "no"
		}
		if s != c.want {
			t.Errorf("case %d (%s %q): %s, want %s", i, c.typ, c.value, s, c.want)
		}
	}
}
