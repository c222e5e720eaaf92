// Package schematype holds the Go types of the ent schema's JSON fields.
// gqlgen binds the GraphQL types of the same names to them.
package schematype

// Contact is a person to reach at an enterprise (personal data).
//
// Its members' lengths are bounded by ContactLimits.
type Contact struct {
	Name  string `json:"name"`
	Role  string `json:"role,omitempty"`
	Phone string `json:"phone,omitempty"`
	Email string `json:"email,omitempty"`
}

// Applicability says which enterprises a checklist item applies to. Empty
// lists match everything; every set flag must hold.
type Applicability struct {
	PermitTiers      []string `json:"permitTiers,omitempty"`
	IndustryPrefixes []string `json:"industryPrefixes,omitempty"`
	Flags            []string `json:"flags,omitempty"` // AIR_RELATED, KEY_SUPERVISED, VOC_USER, HAZARDOUS_WASTE
}

// ComplianceRule says which answer counts as compliant.
type ComplianceRule struct {
	Expect       string   `json:"expect,omitempty"` // YES or NO for yes/no items
	Min          *float64 `json:"min,omitempty"`    // number items
	Max          *float64 `json:"max,omitempty"`
	WithinMonths *int     `json:"withinMonths,omitempty"` // date items: not older than
	AheadDays    *int     `json:"aheadDays,omitempty"`    // date items: at least this many days ahead
	Choices      []string `json:"choices,omitempty"`      // choice items: all options
	Compliant    []string `json:"compliant,omitempty"`    // choice items: compliant options
}

// LegalRef is one legal basis of a checklist item.
type LegalRef struct {
	Instrument string `json:"instrument"`
	Article    string `json:"article,omitempty"`
	Confidence string `json:"confidence,omitempty"` // V verified, K known, U uncertain
}

// TaskScope selects the enterprises of an inspection task.
type TaskScope struct {
	DistrictIDs      []int    `json:"districtIDs,omitempty"`
	IndustryPrefixes []string `json:"industryPrefixes,omitempty"`
	PermitTiers      []string `json:"permitTiers,omitempty"`
	AirRelated       *bool    `json:"airRelated,omitempty"`
	KeySupervised    *bool    `json:"keySupervised,omitempty"`
	EnterpriseIDs    []int    `json:"enterpriseIDs,omitempty"`
}

// GradeMeasure is what enterprises of one performance grade must do under a warning.
type GradeMeasure struct {
	Grade      string `json:"grade"`
	MeasuresZh string `json:"measuresZh"`
	MeasuresEn string `json:"measuresEn,omitempty"`
}

// ContactLimits bound the members of a Contact (characters) and how many
// contacts an enterprise lists.
var ContactLimits = struct{ Name, Role, Phone, Email, PerEnterprise int }{Name: 64, Role: 64, Phone: 20, Email: 100, PerEnterprise: 20}
