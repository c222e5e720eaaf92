// Package scope is the data layer's part of the partner API: what a
// partner's key may read, entity by entity, and the masking of personal
// data. It is installed on every ent client (api/db.NewClient), so it holds
// on every path the privacy rules hold on — node, nodes, connections,
// nested edges, counts, filters across edges (a has…With subquery is built
// from the other entity's query), reports.
//
// A partner otherwise reads as a district viewer of its key's districts
// (ent/schema/rule: RolePartner beside DISTRICT_ADMIN and EXPERT).
package scope

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"entgo.io/ent/privacy"

	"greencheck/api/apperr"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/edgescope"
	"greencheck/ent/intercept"
	"greencheck/ent/schematype"
)

// Entities maps each entity a partner may read to the scope that opens
// it. Reference data (Reference) needs none; an entity in neither is
// never a partner's (users without PERSONAL_DATA, notifications, the audit
// trail, sessions, saved reports, keys, files, outbound channels).
var Entities = map[string]schematype.PartnerScope{
	"Enterprise": schematype.ScopeEnterprises, "Permit": schematype.ScopeEnterprises,
	"Facility": schematype.ScopeEnterprises, "EIAApproval": schematype.ScopeEnterprises,
	"EmissionPlan": schematype.ScopeEnterprises,

	"InspectionTask": schematype.ScopeSelfChecks, "SelfCheck": schematype.ScopeSelfChecks,
	"Answer":  schematype.ScopeSelfChecks, // a self-check's answers (自查作答)
	"Finding": schematype.ScopeSelfChecks, "FindingTally": schematype.ScopeSelfChecks,
	"Rectification": schematype.ScopeSelfChecks, "ExtensionRequest": schematype.ScopeSelfChecks,

	"Warning": schematype.ScopeWarnings, "WarningNotice": schematype.ScopeWarnings,

	"Training": schematype.ScopeServices, "TrainingMaterial": schematype.ScopeServices,
	"Attendance": schematype.ScopeServices, "Question": schematype.ScopeServices,
	"Reply": schematype.ScopeServices,
	"Visit": schematype.ScopeServices, "FAQEntry": schematype.ScopeServices,

	"User": schematype.ScopePersonalData,
}

// Reference is what every key reads: the public reference data, the
// queries registered for the key itself (its own rows, by the privacy
// rules) and the reports the city's administrators shared (a key owns
// none; their figures run in the key's scope, each cube behind its scope:
// a wall screen subscribes to reportUpdated).
var Reference = map[string]bool{"District": true, "ChecklistTemplate": true, "ChecklistItem": true, "Expert": true,
	"PersistedQuery": true, "SavedReport": true}

// A filter across an edge to an entity the key may not read matches as if
// the entity held no rows (ent/edgescope).
func init() {
	edgescope.RegisterGate(func(ctx context.Context, typ string) bool { return Check(ctx, typ) == nil })
}

// partner is the partner viewer in ctx whose reads are limited: none for
// everyone else, and none for the services' own reads (a privacy decision
// of Allow in ctx: authentication, bookkeeping).
func partner(ctx context.Context) *viewer.Viewer {
	v := viewer.FromContext(ctx)
	if v == nil || v.Role != viewer.RolePartner {
		return nil
	}
	// DecisionFromContext gives a decision of Allow as nil.
	if d, ok := privacy.DecisionFromContext(ctx); ok && d == nil {
		return nil
	}
	return v
}

// Has reports whether the partner viewer v holds scope s.
func Has(v *viewer.Viewer, s schematype.PartnerScope) bool {
	return slices.Contains(v.Scopes, string(s))
}

// Check refuses a partner's read of an entity its key's scopes do not
// open: FORBIDDEN naming the scope in the caller's language
// (partner.scope.<SCOPE>), or partner.entity when no scope opens it.
func Check(ctx context.Context, entity string) error {
	v := partner(ctx)
	if v == nil || Reference[entity] {
		return nil
	}
	s, ok := Entities[entity]
	if !ok {
		return apperr.New(apperr.Forbidden, "partner.entity")
	}
	if !Has(v, s) {
		return apperr.New(apperr.Forbidden, "partner.scope."+string(s))
	}
	return nil
}

// Interceptors are the ent interceptors of the partner API: the scope
// check before any query, and the masking of personal data in what it
// returns.
func Interceptors() []ent.Interceptor {
	return []ent.Interceptor{
		intercept.TraverseFunc(func(ctx context.Context, q intercept.Query) error {
			return Check(ctx, q.Type())
		}),
		ent.InterceptFunc(func(next ent.Querier) ent.Querier {
			return ent.QuerierFunc(func(ctx context.Context, q ent.Query) (ent.Value, error) {
				val, err := next.Query(ctx, q)
				if err != nil {
					return val, err
				}
				if v := partner(ctx); v != nil && !Has(v, schematype.ScopePersonalData) {
					mask(val)
				}
				return val, err
			})
		}),
	}
}

// mask masks the personal data a partner's rows hold in their own
// columns (people's names and phones; the users themselves are refused):
// enterprise contacts, the calls made to them about a warning notice (the
// free-text note dropped: it may repeat a name or number), the people
// responsible for a visit's plan steps.
func mask(val ent.Value) {
	switch rows := val.(type) {
	case []*ent.Enterprise:
		for _, e := range rows {
			e.Contacts = MaskContacts(e.Contacts)
		}
	case *ent.Enterprise:
		rows.Contacts = MaskContacts(rows.Contacts)
	case []*ent.WarningNotice:
		for _, n := range rows {
			n.Calls = maskCalls(n.Calls)
		}
	case *ent.WarningNotice:
		rows.Calls = maskCalls(rows.Calls)
	case []*ent.Visit:
		for _, x := range rows {
			x.PlanSteps = maskSteps(x.PlanSteps)
		}
	case *ent.Visit:
		rows.PlanSteps = maskSteps(rows.PlanSteps)
	}
}

func maskCalls(cs []schematype.CallAttempt) []schematype.CallAttempt {
	out := make([]schematype.CallAttempt, len(cs))
	for i, c := range cs {
		c.Contact, c.Phone, c.Note = MaskName(c.Contact), MaskPhone(c.Phone), ""
		out[i] = c
	}
	return out
}

func maskSteps(ss []schematype.PlanStep) []schematype.PlanStep {
	out := make([]schematype.PlanStep, len(ss))
	for i, s := range ss {
		s.Responsible = MaskName(s.Responsible)
		out[i] = s
	}
	return out
}

// MaskContacts returns the contacts with names and phones masked (张*,
// 138****5678) and e-mail addresses dropped: what a partner without
// PERSONAL_DATA sees (《个人信息保护法》 Art. 6: no more than the purpose needs).
func MaskContacts(cs []schematype.Contact) []schematype.Contact {
	if len(cs) == 0 {
		return cs
	}
	out := make([]schematype.Contact, len(cs))
	for i, c := range cs {
		out[i] = schematype.Contact{Name: MaskName(c.Name), Role: c.Role, Phone: MaskPhone(c.Phone)}
	}
	return out
}

// MaskName keeps a name's first character: 张三丰 → 张**, Li Lei → L******.
func MaskName(s string) string {
	n := utf8.RuneCountInString(s)
	if n == 0 {
		return s
	}
	_, size := utf8.DecodeRuneInString(s)
	return s[:size] + strings.Repeat("*", max(n-1, 1))
}

// MaskPhone keeps a phone's first three and last four digits
// (138****5678); shorter numbers keep their last two.
func MaskPhone(s string) string {
	rs := []rune(s)
	switch {
	case len(rs) == 0:
		return s
	case len(rs) >= 11:
		return string(rs[:3]) + "****" + string(rs[len(rs)-4:])
	case len(rs) > 4:
		return strings.Repeat("*", len(rs)-2) + string(rs[len(rs)-2:])
	default:
		return strings.Repeat("*", len(rs))
	}
}
