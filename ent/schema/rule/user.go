package rule

import (
	"context"
	"fmt"
	"slices"

	"entgo.io/ent"
	"entgo.io/ent/entql"
	"entgo.io/ent/privacy"

	"greencheck/api/viewer"
)

// userPredicate: everyone sees themselves; an enterprise its colleagues;
// a district administrator — and a partner's key holding PERSONAL_DATA —
// the enterprise users, administrators and experts of its districts; an
// expert the people of its districts.
func userPredicate(v *viewer.Viewer) entql.P {
	self := entql.FieldEQ("id", v.UserID)
	switch v.Role {
	case viewer.RoleEnterprise:
		return entql.Or(self, entql.FieldEQ("enterprise_id", v.EnterpriseID))
	case viewer.RoleDistrictAdmin, viewer.RolePartner: // a key with PERSONAL_DATA (api/partner/scope)
		return entql.Or(self,
			entql.HasEdgeWith("enterprise", districtIn("district_id", v.DistrictIDs)),
			entql.HasEdgeWith("districts", districtIn("id", v.DistrictIDs)))
	case viewer.RoleExpert:
		return entql.Or(self, entql.HasEdgeWith("districts", districtIn("id", v.DistrictIDs)))
	default:
		return nothing
	}
}

// FilterUsers limits user queries to the people the viewer may see.
func FilterUsers() privacy.QueryRule {
	return queryRuleFunc(func(ctx context.Context, q ent.Query) error {
		v := viewer.FromContext(ctx)
		if v == nil {
			return privacy.Denyf("rule: anonymous viewer")
		}
		if v.IsCity() {
			return privacy.Allow
		}
		f, err := filterOf(q)
		if err != nil {
			return err
		}
		f.Where(userPredicate(v))
		return privacy.Skip
	})
}

// DistrictAdminManagesEnterpriseUsers lets a district administrator create
// and change the enterprise users of its districts, and no one else.
func DistrictAdminManagesEnterpriseUsers() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.Role != viewer.RoleDistrictAdmin || isDelete(m) {
			return privacy.Skip
		}
		if r, ok := m.Field("role"); ok && fmt.Sprint(r) != string(viewer.RoleEnterprise) {
			return privacy.Denyf("rule: district administrators manage enterprise users only")
		}
		if m.Op().Is(ent.OpCreate) {
			if len(m.AddedIDs("enterprise")) == 0 {
				return privacy.Denyf("rule: an enterprise user needs an enterprise")
			}
		} else {
			f, err := filterOf(m)
			if err != nil {
				return err
			}
			f.Where(entql.And(entql.FieldEQ("role", string(viewer.RoleEnterprise)),
				entql.HasEdgeWith("enterprise", districtIn("district_id", v.DistrictIDs))))
		}
		if len(m.AddedIDs("districts")) > 0 {
			return privacy.Denyf("rule: district administrators cannot assign districts")
		}
		if err := parentsVisible(ctx, v, OwnEnterprise, m); err != nil {
			return err
		}
		return privacy.Allow
	})
}

// FilterOwn limits rows to the viewer's own (notifications): user_id = viewer.
func FilterOwn(field string) privacy.QueryMutationRule {
	return ownRule{field}
}

type ownRule struct{ field string }

func (r ownRule) eval(ctx context.Context, x any) error {
	v := viewer.FromContext(ctx)
	if v == nil {
		return privacy.Denyf("rule: anonymous viewer")
	}
	f, err := filterOf(x)
	if err != nil {
		return err
	}
	f.Where(entql.FieldEQ(r.field, v.UserID))
	return privacy.Allow
}

func (r ownRule) EvalQuery(ctx context.Context, q ent.Query) error { return r.eval(ctx, q) }

func (r ownRule) EvalMutation(ctx context.Context, m ent.Mutation) error {
	if m.Op().Is(ent.OpCreate) {
		return privacy.Skip
	}
	return r.eval(ctx, m)
}

// AllowCreateBySignedIn lets any signed-in user create rows (audit entries
// and notifications written by the services on the viewer's behalf). A
// partner's key is no user: it creates nothing through this rule.
func AllowCreateBySignedIn() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		if v := viewer.FromContext(ctx); v != nil && v.Role != viewer.RolePartner && m.Op().Is(ent.OpCreate) {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// AllowAdminsRead lets administrators read rows anchored by a; others are
// refused (FORBIDDEN), so that "may I read the trail" is the policy's verdict.
func AllowAdminsRead(a Anchor) privacy.QueryRule {
	return queryRuleFunc(func(ctx context.Context, q ent.Query) error {
		v := viewer.FromContext(ctx)
		switch {
		case v == nil:
			return privacy.Denyf("rule: anonymous viewer")
		case v.IsCity():
			return privacy.Allow
		case v.Role == viewer.RoleDistrictAdmin:
			return FilterQuery(a).EvalQuery(ctx, q)
		}
		return privacy.Denyf("rule: %s reads no audit trail", v.Role)
	})
}

// FilterOwnOrShared lets a viewer read its own rows (owner column) and the
// rows shared with others (a true shared column) — except viewers of the
// roles named, who read their own only (an enterprise's users do not see
// the administrators' shared reports).
func FilterOwnOrShared(owner, shared string, ownOnly ...viewer.Role) privacy.QueryRule {
	return queryRuleFunc(func(ctx context.Context, q ent.Query) error {
		v := viewer.FromContext(ctx)
		if v == nil {
			return privacy.Denyf("rule: anonymous viewer")
		}
		f, err := filterOf(q)
		if err != nil {
			return err
		}
		own := entql.FieldEQ(owner, v.UserID)
		if slices.Contains(ownOnly, v.Role) {
			f.Where(own)
		} else {
			f.Where(entql.Or(own, entql.FieldEQ(shared, true)))
		}
		return privacy.Allow
	})
}
