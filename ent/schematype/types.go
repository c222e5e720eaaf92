// Package schematype holds the Go types of the ent schema's JSON fields.
// gqlgen binds the GraphQL types of the same names to them.
package schematype

import "time"

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

// WarningRound is one round of a heavy-pollution-weather warning: its first
// publication, then each upgrade, downgrade, extension or lifting (预警调整 /
// 解除). Each round pushes notices of its own that need their own
// acknowledgement; the rounds are kept in order as the warning's history.
type WarningRound struct {
	Number int    `json:"number"` // 1, 2, …
	Kind   string `json:"kind"`   // PUBLISH, UPGRADE, DOWNGRADE, EXTEND, LIFT
	Level  string `json:"level"`  // YELLOW, ORANGE, RED (the level in force after the round)
	// EffectiveFrom is when the round's measures take effect (for LIFT: the
	// time the warning ends); EffectiveTo the planned end, if known.
	EffectiveFrom time.Time  `json:"effectiveFrom"`
	EffectiveTo   *time.Time `json:"effectiveTo,omitempty"`
	Content       string     `json:"content,omitempty"`
	PublishedAt   time.Time  `json:"publishedAt"`
	PublishedByID int        `json:"publishedByID,omitempty"`
	Recipients    int        `json:"recipients"` // notices pushed in the round
}

// PlanMeasure is one measure of an enterprise's emergency emission-reduction
// plan (应急减排清单 / 一厂一策) for one warning level: what a production line
// or process does, and the expected reduction of each pollutant (kg a day).
type PlanMeasure struct {
	Level   string `json:"level"`   // YELLOW, ORANGE, RED
	Process string `json:"process"` // the line or process (生产线/工序)
	// FacilityID links the process to a registered facility, when there is one.
	FacilityID *int `json:"facilityID,omitempty"`
	// Action is STOP (停产), LIMIT (限产, to LimitPercent % of normal load)
	// or RUN (正常生产, e.g. guarantee enterprises).
	Action       string   `json:"action"`
	LimitPercent *int     `json:"limitPercent,omitempty"`
	SO2          *float64 `json:"so2,omitempty"`
	NOx          *float64 `json:"nox,omitempty"`
	PM           *float64 `json:"pm,omitempty"`
	VOCs         *float64 `json:"vocs,omitempty"`
}

// NoticeMeasure is a measure a warning notice requires of its enterprise:
// copied from its plan for the level when it has one, else the grade's
// generic measure (Process empty, Text set).
type NoticeMeasure struct {
	Key          string   `json:"key"` // m1, m2, … — what a report names
	Process      string   `json:"process,omitempty"`
	Action       string   `json:"action,omitempty"`
	LimitPercent *int     `json:"limitPercent,omitempty"`
	TextZh       string   `json:"textZh"`
	TextEn       string   `json:"textEn,omitempty"`
	FacilityID   *int     `json:"facilityID,omitempty"`
	SO2          *float64 `json:"so2,omitempty"`
	NOx          *float64 `json:"nox,omitempty"`
	PM           *float64 `json:"pm,omitempty"`
	VOCs         *float64 `json:"vocs,omitempty"`
}

// CallAttempt is one call a district made to an enterprise that had not
// acknowledged a warning notice (电话督促): who called whom, when, and the
// outcome — REACHED (已接通), NO_ANSWER (无人接听), WRONG_NUMBER (号码有误)
// or REFUSED (拒绝配合) — with a note.
type CallAttempt struct {
	At      time.Time `json:"at"`
	ByID    int       `json:"byID,omitempty"`
	Contact string    `json:"contact,omitempty"`
	Phone   string    `json:"phone,omitempty"`
	Outcome string    `json:"outcome"`
	Note    string    `json:"note,omitempty"`
}

// SpotCheck is a district's check (抽查) that an enterprise carries out its
// measures during a warning: on site or remotely (online monitoring,
// power meters, video), compliant or not, with a note, photos, and the
// finding a failed check opened.
type SpotCheck struct {
	At        time.Time `json:"at"`
	ByID      int       `json:"byID,omitempty"`
	Mode      string    `json:"mode"` // ON_SITE, REMOTE
	Compliant bool      `json:"compliant"`
	Note      string    `json:"note,omitempty"`
	PhotoIDs  []int     `json:"photoIDs,omitempty"`
	FindingID *int      `json:"findingID,omitempty"`
	ClientKey string    `json:"clientKey,omitempty"` // the request's: a retry returns this check
}

// DeliveryAttempt is one attempt to deliver a webhook: when, the
// receiver's HTTP status (0 when none came back), how long it took
// (milliseconds) and the error, if any.
type DeliveryAttempt struct {
	At         time.Time `json:"at"`
	StatusCode int       `json:"statusCode"`
	Ms         int       `json:"ms"`
	Error      string    `json:"error,omitempty"`
}

// MeasureLimits bound the members of the warning measures (characters):
// a plan measure's process, a report item's reason, a grade's default
// measure.
var MeasureLimits = struct{ Process, Reason, GradeMeasure int }{Process: 100, Reason: 500, GradeMeasure: 500}

// MeasureReport is how the enterprise carried out one required measure
// (措施落实上报).
type MeasureReport struct {
	Key string `json:"key"`
	// Status is DONE (落实), PARTLY (部分落实, with Percent of the required
	// reduction achieved) or NOT_POSSIBLE (无法落实, with Reason).
	Status  string `json:"status"`
	Percent *int   `json:"percent,omitempty"`
	Reason  string `json:"reason,omitempty"`
}

// PlanStep is one measure of a tailored rectification plan (一企一策) an
// assistance visit leaves with an enterprise: what to do, who answers for
// it at the enterprise, and by when (an Asia/Shanghai date, YYYY-MM-DD).
type PlanStep struct {
	Measure     string `json:"measure"`
	Responsible string `json:"responsible"`
	DueOn       string `json:"dueOn"`
}

// PlanStepLimits bound a plan step's texts (characters) and a plan's steps.
var PlanStepLimits = struct{ Measure, Responsible, Steps int }{Measure: 500, Responsible: 64, Steps: 30}
