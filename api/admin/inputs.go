package admin

import (
	"time"

	"greencheck/ent/eiaapproval"
	"greencheck/ent/enterprise"
	"greencheck/ent/facility"
	"greencheck/ent/permit"
	"greencheck/ent/schematype"
	"greencheck/ent/user"
)

// The inputs below are bound to the GraphQL inputs of the same names
// (gqlgen.yml), so resolvers pass them through unchanged.

type ContactInput = schematype.Contact

type CreateEnterpriseInput struct {
	Name             string
	CreditCode       string
	DistrictID       int
	Address          *string
	Longitude        *float64
	Latitude         *float64
	IndustryCode     string
	IndustryName     string
	PermitTier       enterprise.PermitTier
	AirRelated       *bool
	KeySupervised    *bool
	VocUser          *bool
	HazardousWaste   *bool
	PerformanceGrade *enterprise.PerformanceGrade
	Contacts         []*schematype.Contact
}

type UpdateEnterpriseInput struct {
	ID               int
	Name             *string
	CreditCode       *string
	DistrictID       *int
	Address          *string
	Longitude        *float64
	Latitude         *float64
	IndustryCode     *string
	IndustryName     *string
	PermitTier       *enterprise.PermitTier
	AirRelated       *bool
	KeySupervised    *bool
	VocUser          *bool
	HazardousWaste   *bool
	PerformanceGrade *enterprise.PerformanceGrade
	Status           *enterprise.Status
	Contacts         []*schematype.Contact
}

type UpdateEnterpriseContactsInput struct {
	EnterpriseID int
	Contacts     []*schematype.Contact
}

type CreatePermitInput struct {
	EnterpriseID int
	Number       string
	Tier         permit.Tier
	IssuedOn     time.Time
	ValidUntil   time.Time
	Status       *permit.Status
	Outlets      []string
}

type UpdatePermitInput struct {
	ID         int
	Number     *string
	Tier       *permit.Tier
	IssuedOn   *time.Time
	ValidUntil *time.Time
	Status     *permit.Status
	Outlets    []string
}

type CreateFacilityInput struct {
	EnterpriseID int
	Code         string
	Name         string
	Kind         facility.Kind
	Capacity     *float64
	CapacityUnit *string
	Technology   *string
	Status       *facility.Status
}

type UpdateFacilityInput struct {
	ID           int
	Code         *string
	Name         *string
	Kind         *facility.Kind
	Capacity     *float64
	CapacityUnit *string
	Technology   *string
	Status       *facility.Status
}

type CreateEIAApprovalInput struct {
	EnterpriseID     int
	ProjectName      string
	DocumentNumber   string
	ReportType       eiaapproval.ReportType
	ApprovedCapacity *float64
	CapacityUnit     *string
	ApprovedOn       time.Time
	AcceptanceOn     *time.Time
}

type UpdateEIAApprovalInput struct {
	ID               int
	ProjectName      *string
	DocumentNumber   *string
	ReportType       *eiaapproval.ReportType
	ApprovedCapacity *float64
	CapacityUnit     *string
	ApprovedOn       *time.Time
	AcceptanceOn     *time.Time
}

type CreateUserInput struct {
	Username     string
	DisplayName  string
	Phone        *string
	Password     string
	Role         user.Role
	EnterpriseID *int
	DistrictIDs  []int
}

type ResetUserPasswordInput struct {
	ID          int
	NewPassword *string
}
