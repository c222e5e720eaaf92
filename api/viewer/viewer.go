// Package viewer says who is calling. It is imported by the ent schema's
// privacy rules, so it must never import the generated ent packages.
package viewer

import (
	"context"
	"slices"
)

// Role is what a user may do on the platform.
type Role string

const (
	RoleCityAdmin     Role = "CITY_ADMIN"     // 市局管理员
	RoleDistrictAdmin Role = "DISTRICT_ADMIN" // 区县(市)分局管理员
	RoleExpert        Role = "EXPERT"         // 驻点专家
	RoleEnterprise    Role = "ENTERPRISE"     // 企业环保人员
	RolePartner       Role = "PARTNER"        // 合作方看板 (API key)
)

// Viewer is the authenticated caller. The zero value is nobody.
type Viewer struct {
	UserID       int
	Username     string
	Role         Role
	EnterpriseID int   // ENTERPRISE only
	DistrictIDs  []int // DISTRICT_ADMIN, EXPERT, PARTNER
	APIKeyID     int   // PARTNER only
	// PersistedOnly (PARTNER only): the key runs only the queries
	// registered for it, and only the city registers them.
	PersistedOnly bool
	// SessionID is the signed-in session (the refresh-token family) the
	// request came with; links handed out (file downloads) are bound to it.
	SessionID string
	Scopes    []string
	// MustChangePassword: an administrator chose the password (a new
	// account, a reset); the session may only change it (graph.PasswordGate).
	MustChangePassword bool
}

// IsCity reports whether the viewer sees the whole city.
func (v *Viewer) IsCity() bool { return v != nil && v.Role == RoleCityAdmin }

// InDistrict reports whether the viewer's districts include id.
func (v *Viewer) InDistrict(id int) bool { return v != nil && slices.Contains(v.DistrictIDs, id) }

// ReadOnly reports whether the viewer may never write.
func (v *Viewer) ReadOnly() bool {
	return v == nil || v.Role == RoleExpert || v.Role == RolePartner
}

type ctxKey struct{}

// NewContext returns ctx carrying v.
func NewContext(ctx context.Context, v *Viewer) context.Context {
	return context.WithValue(ctx, ctxKey{}, v)
}

// FromContext returns the viewer in ctx, or nil for an anonymous caller.
func FromContext(ctx context.Context) *Viewer {
	v, _ := ctx.Value(ctxKey{}).(*Viewer)
	return v
}
