package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/privacy"

	"greencheck/ent/schema/rule"
)

// publicReference is the policy of reference data every signed-in viewer may
// read and only the city administrator may change.
func publicReference() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.DenyAnonymous(), rule.AllowRead()},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(), rule.DenyWrites()},
	}
}

// enterpriseScoped is the policy of data that belongs to an enterprise:
// readable within the viewer's scope, writable by the given roles within it.
func enterpriseScoped(a rule.Anchor, writers ...viewerRole) ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(), rule.FilterQuery(a)},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(),
			rule.WriteScoped(a, writers...), rule.DenyWrites()},
	}
}
