// Package admin is the administration capability: enterprises with their
// permits, facilities and EIA approvals, and users. Scope is enforced by the
// ent privacy rules; this package validates input and writes the audit trail.
package admin

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"entgo.io/ent/dialect/sql/sqlgraph"
	"time"

	"greencheck/api/apperr"
	"greencheck/api/audit"
	"greencheck/api/auth"
	"greencheck/api/db"
	"greencheck/api/input"
	"greencheck/api/notify"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/user"
)

// Service administers enterprises and users.
type Service struct {
	client *ent.Client
	auth   *auth.Service
	notify *notify.Service
}

// New returns the administration service.
func New(client *ent.Client, auth *auth.Service, notify *notify.Service) *Service {
	return &Service{client: client, auth: auth, notify: notify}
}

func utc(t time.Time) time.Time { return t.UTC().Truncate(time.Microsecond) }

func utcp(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := utc(*t)
	return &u
}

// CreateEnterprise registers an enterprise in a district of the viewer's.
func (s *Service) CreateEnterprise(ctx context.Context, in CreateEnterpriseInput) (*ent.Enterprise, error) {
	var c check
	c.required("name", in.Name, input.MaxLen("Enterprise", "name"))
	c.creditCode("creditCode", in.CreditCode)
	c.optional("address", in.Address, input.MaxLen("Enterprise", "address"))
	c.industryCode("industryCode", in.IndustryCode)
	c.required("industryName", in.IndustryName, input.MaxLen("Enterprise", "industryName"))
	c.coordinates(in.Longitude, in.Latitude)
	c.contacts("contacts", in.Contacts)
	if c.err != nil {
		return nil, c.err
	}
	var e *ent.Enterprise
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		q := tx.Enterprise.Create().
			SetName(in.Name).SetCreditCode(in.CreditCode).SetDistrictID(in.DistrictID).
			SetNillableAddress(in.Address).SetNillableLongitude(in.Longitude).SetNillableLatitude(in.Latitude).
			SetIndustryCode(in.IndustryCode).SetIndustryName(in.IndustryName).SetPermitTier(in.PermitTier).
			SetNillableAirRelated(in.AirRelated).SetNillableKeySupervised(in.KeySupervised).
			SetNillableVocUser(in.VocUser).SetNillableHazardousWaste(in.HazardousWaste).
			SetNillablePerformanceGrade(in.PerformanceGrade).SetContacts(contactsOf(in.Contacts))
		var err error
		if e, err = q.Save(ctx); err != nil {
			return conflictAs(err, "creditCode", "conflict.credit_code")
		}
		return audit.Record(ctx, tx, audit.Entry{Action: "enterprise.create", SubjectType: "Enterprise",
			SubjectID: e.ID, EnterpriseID: &e.ID, To: in})
	})
	return e, err
}

// UpdateEnterprise changes an enterprise's registration data. Enterprise
// users are refused by the privacy rules for every field but contacts.
func (s *Service) UpdateEnterprise(ctx context.Context, in UpdateEnterpriseInput) (*ent.Enterprise, error) {
	var c check
	if in.Name != nil {
		c.required("name", *in.Name, input.MaxLen("Enterprise", "name"))
	}
	if in.CreditCode != nil {
		c.creditCode("creditCode", *in.CreditCode)
	}
	c.optional("address", in.Address, input.MaxLen("Enterprise", "address"))
	if in.IndustryCode != nil {
		c.industryCode("industryCode", *in.IndustryCode)
	}
	if in.IndustryName != nil {
		c.required("industryName", *in.IndustryName, input.MaxLen("Enterprise", "industryName"))
	}
	c.coordinates(in.Longitude, in.Latitude)
	c.contacts("contacts", in.Contacts)
	if c.err != nil {
		return nil, c.err
	}
	var e *ent.Enterprise
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		old, err := tx.Enterprise.Get(ctx, in.ID)
		if err != nil {
			return err
		}
		q := tx.Enterprise.UpdateOne(old).
			SetNillableName(in.Name).SetNillableCreditCode(in.CreditCode).SetNillableDistrictID(in.DistrictID).
			SetNillableAddress(in.Address).SetNillableLongitude(in.Longitude).SetNillableLatitude(in.Latitude).
			SetNillableIndustryCode(in.IndustryCode).SetNillableIndustryName(in.IndustryName).
			SetNillablePermitTier(in.PermitTier).SetNillableAirRelated(in.AirRelated).
			SetNillableKeySupervised(in.KeySupervised).SetNillableVocUser(in.VocUser).
			SetNillableHazardousWaste(in.HazardousWaste).SetNillablePerformanceGrade(in.PerformanceGrade).
			SetNillableStatus(in.Status)
		if in.Contacts != nil {
			q.SetContacts(contactsOf(in.Contacts))
		}
		if e, err = q.Save(ctx); err != nil {
			return conflictAs(err, "creditCode", "conflict.credit_code")
		}
		return audit.Record(ctx, tx, audit.Entry{Action: "enterprise.update", SubjectType: "Enterprise",
			SubjectID: e.ID, EnterpriseID: &e.ID, From: old, To: e})
	})
	return e, err
}

// UpdateEnterpriseContacts replaces an enterprise's contacts; enterprise
// users may do this for their own enterprise.
func (s *Service) UpdateEnterpriseContacts(ctx context.Context, in UpdateEnterpriseContactsInput) (*ent.Enterprise, error) {
	var c check
	c.contacts("contacts", in.Contacts)
	if c.err != nil {
		return nil, c.err
	}
	var e *ent.Enterprise
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		old, err := tx.Enterprise.Get(ctx, in.EnterpriseID)
		if err != nil {
			return err
		}
		if e, err = tx.Enterprise.UpdateOne(old).SetContacts(contactsOf(in.Contacts)).Save(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{Action: "enterprise.contacts", SubjectType: "Enterprise",
			SubjectID: e.ID, EnterpriseID: &e.ID, From: old.Contacts, To: e.Contacts})
	})
	return e, err
}

// CreateUser creates an account within the viewer's scope.
func (s *Service) CreateUser(ctx context.Context, in CreateUserInput) (*ent.User, error) {
	var c check
	if !usernameRE.MatchString(in.Username) {
		c.add(apperr.Input("username", "input.username"))
	}
	c.required("displayName", in.DisplayName, input.MaxLen("User", "displayName"))
	if in.Phone != nil {
		if p, ok := phone(*in.Phone); !ok {
			c.add(apperr.Input("phone", "input.phone", *in.Phone))
		} else {
			in.Phone = &p
		}
	}
	c.add(auth.ValidatePassword("password", in.Password))
	switch in.Role {
	case user.RoleENTERPRISE:
		if in.EnterpriseID == nil {
			c.add(apperr.Input("enterpriseID", "user.enterprise_required"))
		}
		if len(in.DistrictIDs) > 0 {
			c.add(apperr.Input("districtIDs", "user.districts_not_for_role"))
		}
	case user.RoleDISTRICT_ADMIN, user.RoleEXPERT:
		if len(in.DistrictIDs) == 0 {
			c.add(apperr.Input("districtIDs", "user.districts_required"))
		}
		if in.EnterpriseID != nil {
			c.add(apperr.Input("enterpriseID", "user.enterprise_not_for_role"))
		}
	default: // the city administrator sees everything: no scope to give
		if len(in.DistrictIDs) > 0 {
			c.add(apperr.Input("districtIDs", "user.districts_not_for_role"))
		}
		if in.EnterpriseID != nil {
			c.add(apperr.Input("enterpriseID", "user.enterprise_not_for_role"))
		}
	}
	if c.err != nil {
		return nil, c.err
	}
	hash, err := auth.HashPassword(in.Password)
	if err != nil {
		return nil, err
	}
	var u *ent.User
	err = db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		q := tx.User.Create().SetUsername(in.Username).SetDisplayName(in.DisplayName).
			SetNillablePhone(in.Phone).SetPasswordHash(hash).SetMustChangePassword(true).SetRole(in.Role)
		// Exactly what was validated is written, and audited as written.
		q.SetNillableEnterpriseID(in.EnterpriseID).AddDistrictIDs(in.DistrictIDs...)
		var err error
		if u, err = q.Save(ctx); err != nil {
			return conflictAs(err, "username", "conflict.username")
		}
		saved, err := u.QueryDistricts().IDs(ctx)
		if err != nil {
			return err
		}
		saved = append([]int{}, saved...) // [] rather than null in the trail
		if err := audit.Record(ctx, tx, audit.Entry{Action: "user.create", SubjectType: "User", SubjectID: u.ID,
			EnterpriseID: u.EnterpriseID,
			To:           map[string]any{"username": u.Username, "role": u.Role, "districtIDs": saved}}); err != nil {
			return err
		}
		return s.notify.Send(ctx, notify.Message{UserID: u.ID, Kind: "WELCOME", Title: "欢迎使用环保自查自纠服务平台",
			Body: "首次登录后请修改初始密码。", Link: "/me"})
	})
	return u, err
}

// DeactivateUser stops an account from signing in and ends its sessions.
func (s *Service) DeactivateUser(ctx context.Context, id int) (*ent.User, error) {
	var u *ent.User
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		old, err := tx.User.Get(ctx, id)
		if err != nil {
			return err
		}
		if v := viewer.FromContext(ctx); v != nil && v.UserID == id {
			return apperr.New(apperr.Forbidden, string(apperr.Forbidden))
		}
		if u, err = tx.User.UpdateOne(old).SetActive(false).Save(ctx); err != nil {
			return err
		}
		if err := s.auth.RevokeUser(ctx, id); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{Action: "user.deactivate", SubjectType: "User", SubjectID: id,
			EnterpriseID: u.EnterpriseID, From: "active", To: "inactive"})
	})
	return u, err
}

// ResetUserPassword sets a new password (given, or generated and returned
// once) and ends the user's sessions.
func (s *Service) ResetUserPassword(ctx context.Context, in ResetUserPasswordInput) (*ent.User, string, error) {
	password := ""
	if in.NewPassword != nil && *in.NewPassword != "" {
		password = *in.NewPassword
		if err := auth.ValidatePassword("newPassword", password); err != nil {
			return nil, "", err
		}
	} else {
		password = generatePassword()
	}
	hash, err := auth.HashPassword(password)
	if err != nil {
		return nil, "", err
	}
	var u *ent.User
	err = db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		old, err := tx.User.Get(ctx, in.ID)
		if err != nil {
			return err
		}
		if u, err = tx.User.UpdateOne(old).SetPasswordHash(hash).SetPasswordChangedAt(utc(time.Now())).
			SetMustChangePassword(true).Save(ctx); err != nil {
			return err
		}
		if err := s.auth.RevokeUser(ctx, in.ID); err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Entry{Action: "user.reset_password", SubjectType: "User",
			SubjectID: in.ID, EnterpriseID: u.EnterpriseID}); err != nil {
			return err
		}
		return s.notify.Send(ctx, notify.Message{UserID: u.ID, Kind: "PASSWORD_RESET", Title: "密码已被管理员重置",
			Body: "你的登录密码已由管理员重置，所有设备已退出登录。请使用新密码登录并及时修改。", Link: "/me"})
	})
	if err != nil {
		return nil, "", err
	}
	return u, password, nil
}

// generatePassword returns a random password with letters and digits.
func generatePassword() string {
	b := make([]byte, 9)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b) + "7a"
}

// conflictAs turns a unique-constraint violation into a CONFLICT on field.
// conflictAs names the field of a unique-constraint violation; a foreign
// key that points nowhere (a district id of no district) is NOT_FOUND.
func conflictAs(err error, field, key string) error {
	if sqlgraph.IsForeignKeyConstraintError(err) {
		return apperr.New(apperr.NotFound, string(apperr.NotFound)).Wrap(err)
	}
	if ent.IsConstraintError(err) {
		e := apperr.New(apperr.Conflict, key).Wrap(err)
		e.Field = field
		return e
	}
	return err
}
