package schematype

import (
	"fmt"
	"io"
	"slices"
	"strconv"
)

// PartnerScope is what a partner's API key may read (GraphQL PartnerScope);
// api/partner maps each entity to the scope that opens it.
type PartnerScope string

const (
	// ScopeEnterprises: enterprises, permits, facilities, EIA approvals,
	// emission-reduction plans (一企一策), and the ENTERPRISES report cube.
	ScopeEnterprises PartnerScope = "ENTERPRISES"
	// ScopeSelfChecks: inspection tasks, self-checks, findings,
	// rectifications, extension requests, and the FINDINGS and SELF_CHECKS
	// report cubes.
	ScopeSelfChecks PartnerScope = "SELF_CHECKS"
	// ScopeWarnings: heavy-pollution warnings and their notices, and the
	// WARNING_NOTICES report cube.
	ScopeWarnings PartnerScope = "WARNINGS"
	// ScopeServices: trainings, attendances, questions and answers, visits,
	// the problem list.
	ScopeServices PartnerScope = "SERVICES"
	// ScopePersonalData: people's names and phones unmasked (enterprise
	// contacts) and the users themselves (个人信息).
	ScopePersonalData PartnerScope = "PERSONAL_DATA"
)

// PartnerScopes are the scopes, in order.
var PartnerScopes = []PartnerScope{ScopeEnterprises, ScopeSelfChecks, ScopeWarnings, ScopeServices, ScopePersonalData}

// MarshalGQL writes the scope as a GraphQL enum value.
func (s PartnerScope) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(s))) }

// UnmarshalGQL reads a GraphQL enum value.
func (s *PartnerScope) UnmarshalGQL(v any) error {
	str, ok := v.(string)
	if !ok || !slices.Contains(PartnerScopes, PartnerScope(str)) {
		return fmt.Errorf("%v is not a PartnerScope", v)
	}
	*s = PartnerScope(str)
	return nil
}
