package templates

import (
	"fmt"

	"context"
	"greencheck/api/apperr"

	"entgo.io/ent/dialect/sql"

	"greencheck/ent/enterprise"
	"greencheck/ent/predicate"
	"greencheck/ent/schematype"
)

// MaxReachRules bounds one reach question (a whole checklist is ~60 items).
const MaxReachRules = 500

// Reach counts the active enterprises of the viewer's scope to which at
// least one of these applicability rules applies — how far an item, or a
// whole checklist, reaches before it is published. It mirrors
// checklist.Applies (tested against it).
func (s *Service) Reach(ctx context.Context, rules []*schematype.Applicability) (int, error) {
	if len(rules) == 0 {
		return 0, nil
	}
	if len(rules) > MaxReachRules {
		return 0, apperr.Input("rules", "input.too_many", "rules", MaxReachRules)
	}
	any := make([]predicate.Enterprise, len(rules))
	for i, a := range rules {
		if f := checkApplicability(*a); f != "" {
			field := fmt.Sprintf("rules.%d.%s", i, f)
			return 0, apperr.Input(field, "input.invalid", field)
		}
		any[i] = applies(*a)
	}
	return s.client.Enterprise.Query().Where(enterprise.StatusEQ(enterprise.StatusACTIVE), enterprise.Or(any...)).Count(ctx)
}

func applies(a schematype.Applicability) predicate.Enterprise {
	all := []predicate.Enterprise{}
	if len(a.PermitTiers) > 0 {
		tiers := make([]enterprise.PermitTier, len(a.PermitTiers))
		for i, t := range a.PermitTiers {
			tiers[i] = enterprise.PermitTier(t)
		}
		all = append(all, enterprise.PermitTierIn(tiers...))
	}
	if len(a.IndustryPrefixes) > 0 {
		var or []predicate.Enterprise
		for _, p := range a.IndustryPrefixes {
			or = append(or, enterprise.IndustryCodeHasPrefix(p))
		}
		all = append(all, enterprise.Or(or...))
	}
	for _, f := range a.Flags {
		switch f {
		case "AIR_RELATED":
			all = append(all, enterprise.AirRelated(true))
		case "KEY_SUPERVISED":
			all = append(all, enterprise.KeySupervised(true))
		case "VOC_USER":
			all = append(all, enterprise.VocUser(true))
		case "HAZARDOUS_WASTE":
			all = append(all, enterprise.HazardousWaste(true))
		}
	}
	if len(all) == 0 {
		return func(*sql.Selector) {} // applies to every enterprise
	}
	return enterprise.And(all...)
}
