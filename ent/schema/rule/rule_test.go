package rule_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"entgo.io/ent/privacy"

	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/finding"
	"greencheck/ent/schema/rule"
	"greencheck/ent/user"
)

// The examples build mutations with a client that has no database: the
// rules decide from the viewer and the mutation alone.
var client = ent.NewClient()

var (
	city       = as(&viewer.Viewer{UserID: 1, Role: viewer.RoleCityAdmin})
	district   = as(&viewer.Viewer{UserID: 2, Role: viewer.RoleDistrictAdmin, DistrictIDs: []int{7}})
	expert     = as(&viewer.Viewer{UserID: 3, Role: viewer.RoleExpert, DistrictIDs: []int{7}})
	enterprise = as(&viewer.Viewer{UserID: 4, Role: viewer.RoleEnterprise, EnterpriseID: 9})
	anonymous  = context.Background()
)

func as(v *viewer.Viewer) context.Context { return viewer.NewContext(context.Background(), v) }

// decision names what a rule answered.
func decision(err error) string {
	switch {
	case err == nil, errors.Is(err, privacy.Skip):
		return "skip"
	case errors.Is(err, privacy.Allow):
		return "allow"
	case errors.Is(err, privacy.Deny):
		return "deny"
	}
	return "error: " + err.Error()
}

func ExampleDenyAnonymous() {
	r := rule.DenyAnonymous()
	m := client.Finding.Update().SetTitle("x").Mutation()
	fmt.Println(decision(r.EvalMutation(anonymous, m)), decision(r.EvalMutation(enterprise, m)))
	// Output: deny skip
}

func ExampleAllowCityAdmin() {
	r := rule.AllowCityAdmin()
	m := client.Finding.Update().SetTitle("x").Mutation()
	fmt.Println(decision(r.EvalMutation(city, m)), decision(r.EvalMutation(district, m)))
	// Output: allow skip
}

// An enterprise moves its findings only to the statuses the lifecycle lets
// an enterprise set.
func ExampleLimitValues() {
	r := rule.LimitValues(viewer.RoleEnterprise, "status", "FOUND", "RECTIFYING", "SUBMITTED")
	submit := client.Finding.Update().SetStatus(finding.StatusSUBMITTED).Mutation()
	closing := client.Finding.Update().SetStatus(finding.StatusCLOSED).Mutation()
	fmt.Println(decision(r.EvalMutation(enterprise, submit)), decision(r.EvalMutation(enterprise, closing)),
		decision(r.EvalMutation(district, closing)))
	// Output: skip deny skip
}

// After its self-check created a finding, an enterprise changes only its status.
func ExampleLimitUpdates() {
	r := rule.LimitUpdates(viewer.RoleEnterprise, "status", "updated_at")
	status := client.Finding.UpdateOneID(1).SetStatus(finding.StatusSUBMITTED).Mutation()
	deadline := client.Finding.UpdateOneID(1).SetDueAt(time.Now()).Mutation()
	create := client.Finding.Create().SetTitle("x").SetStatus(finding.StatusRECTIFYING).Mutation()
	fmt.Println(decision(r.EvalMutation(enterprise, status)), decision(r.EvalMutation(enterprise, deadline)),
		decision(r.EvalMutation(enterprise, create)))
	// Output: skip deny skip
}

// Rectifications are submitted by enterprises, never on their behalf.
func ExampleCreatedOnlyBy() {
	r := rule.CreatedOnlyBy(viewer.RoleEnterprise)
	create := client.Rectification.Create().SetMeasures("x").Mutation()
	review := client.Rectification.UpdateOneID(1).SetReason("x").Mutation()
	fmt.Println(decision(r.EvalMutation(enterprise, create)), decision(r.EvalMutation(district, create)),
		decision(r.EvalMutation(district, review)))
	// Output: skip deny skip
}

// A district administrator changes its districts' rows (the rule filters
// the write to them) but deletes nothing; others are not its business.
func ExampleWriteScoped() {
	r := rule.WriteScoped(rule.OwnEnterprise, viewer.RoleDistrictAdmin)
	update := client.Finding.Update().SetTitle("x").Mutation()
	del, _ := client.MutationOf("Finding", ent.OpDeleteOne, 1)
	fmt.Println(decision(r.EvalMutation(district, update)), decision(r.EvalMutation(district, del)),
		decision(r.EvalMutation(expert, update)))
	// Output: allow skip skip
}

// Only the expert a review was delegated to gets past this rule, and only
// for updates (filtered to the findings delegated to it).
func ExampleAllowDelegatedExpert() {
	r := rule.AllowDelegatedExpert()
	update := client.Finding.Update().SetStatus(finding.StatusCLOSED).Mutation()
	create := client.Finding.Create().SetTitle("x").Mutation()
	fmt.Println(decision(r.EvalMutation(expert, update)), decision(r.EvalMutation(expert, create)),
		decision(r.EvalMutation(district, update)))
	// Output: allow skip skip
}

// A district administrator creates enterprise users, and nothing else.
func ExampleDistrictAdminManagesEnterpriseUsers() {
	r := rule.DistrictAdminManagesEnterpriseUsers()
	admin := client.User.Create().SetRole(user.RoleCITY_ADMIN).Mutation()
	noEnterprise := client.User.Create().SetRole(user.RoleENTERPRISE).Mutation()
	fmt.Println(decision(r.EvalMutation(district, admin)), decision(r.EvalMutation(district, noEnterprise)),
		decision(r.EvalMutation(city, admin)))
	// Output: deny deny skip
}

// The anchor of enterprise data: the city sees everything (no predicate),
// every other role a filtered set.
func ExampleAnchor_Predicate() {
	for _, v := range []*viewer.Viewer{{Role: viewer.RoleCityAdmin}, {Role: viewer.RoleDistrictAdmin, DistrictIDs: []int{7}},
		{Role: viewer.RoleEnterprise, EnterpriseID: 9}, {Role: viewer.RoleEnterprise}} {
		p, limited := rule.Via("finding", rule.OwnEnterprise).Predicate(v)
		fmt.Println(v.Role, limited, p)
	}
	// Output:
	// CITY_ADMIN false <nil>
	// DISTRICT_ADMIN true has_edge(finding, has_edge(enterprise, district_id in [7]))
	// ENTERPRISE true has_edge(finding, enterprise_id == 9)
	// ENTERPRISE true id == 0
}
