// Package partner is the partner API (开放接口): the keys the city hands to
// partner dashboards (a province's big screen, a district's command
// centre, a research institute), their authentication, their cost budget
// (a leaky bucket held in the database, so several replicas share it),
// their daily usage, and the queries registered for them.
//
// What a key may read is decided in the data layer (package scope and the
// privacy rules, where a partner reads as a district viewer of its key's
// districts); this package only says who the caller is.
package partner

import (
	"github.com/vektah/gqlparser/v2/ast"

	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"
	"time"

	"entgo.io/ent/privacy"

	"greencheck/api/apperr"
	"greencheck/api/clock"
	"greencheck/api/db"
	"greencheck/api/events"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/apikeyusage"
	"greencheck/ent/district"
	"greencheck/ent/schematype"
)

// SecretPrefix starts every key's secret; PrefixLen characters of it are
// kept in the clear (APIKey.prefix) to tell keys apart.
const (
	SecretPrefix = "gck_"
	PrefixLen    = 12
)

// Bounds of a key's budget (cost points; GraphQL extensions.cost), its
// refill (points per second) and the overlap of a rotation (minutes). The
// default bucket holds a report of 100 rows (about 1,900 points: 1,000 for
// the report, its rows' fields each) beside a page of lists, and refills in
// under a minute.
const (
	DefaultBudget          = 5000
	DefaultRefillPerSecond = 100
	MinBudget, MaxBudget   = 10, 100_000
	MinRefill, MaxRefill   = 1, 10_000
	DefaultOverlapMinutes  = 24 * 60
	MaxOverlapMinutes      = 7 * 24 * 60
	MaxUsageDays           = 366
	MaxPersistedQueries    = 100 // registered per key
)

// Service manages and authenticates partner keys.
type Service struct {
	client *ent.Client
	// Now is the clock (tests move it).
	Now func() time.Time
	// Bus, when set, hears of every change of a key once it commits
	// (KeyTopic): every replica's sockets opened with the key read it
	// again at once, so a revocation ends them within moments.
	Bus events.Bus
	// Schema, when set, is the API's: a query is registered only when it
	// is valid against it.
	Schema *ast.Schema
}

// KeyTopic is the event topic of a key's changes.
func KeyTopic(id int) string { return "apikey:" + strconv.Itoa(id) }

// changed tells the key's sockets, on every replica, that it changed.
func (s *Service) changed(id int) {
	if s.Bus != nil {
		s.Bus.Publish(events.Event{Topic: KeyTopic(id), ID: id})
	}
}

// New returns the service over c.
func New(c *ent.Client) *Service { return &Service{client: c, Now: time.Now} }

func (s *Service) now() time.Time { return s.Now().UTC().Truncate(time.Microsecond) }

func system(ctx context.Context) context.Context { return privacy.DecisionContext(ctx, privacy.Allow) }

// CreateInput is a new key (GraphQL CreateAPIKeyInput).
type CreateInput struct {
	Name            string
	DistrictIDs     []int
	Scopes          []schematype.PartnerScope
	Budget          *int
	RefillPerSecond *int
	PersistedOnly   *bool
	ExpiresAt       *time.Time
}

// UpdateInput changes a key (GraphQL UpdateAPIKeyInput): what is nil stays.
type UpdateInput struct {
	Name            *string
	DistrictIDs     []int
	Scopes          []schematype.PartnerScope
	Budget          *int
	RefillPerSecond *int
	PersistedOnly   *bool
	ExpiresAt       *time.Time
	ClearExpiresAt  *bool
}

// Issued is a key with its secret, which is shown this once.
type Issued struct {
	APIKey *ent.APIKey
	Secret string
}

func newSecret() string {
	b := make([]byte, 20)
	_, _ = rand.Read(b) // never fails (crypto/rand)
	return SecretPrefix + strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b))
}

// Hash is what is stored of a secret: its SHA-256, hex. The secret holds
// 160 random bits, so a fast hash is enough (nothing to guess).
func Hash(secret string) string {
	h := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(h[:])
}

// Bounds are an integer setting's range and default.
type Bounds struct{ Min, Max, Default int }

// KeyBounds are a key's settings' ranges (APIKeyBounds): what the SPA's
// form offers and the checks here refuse, from one definition.
type KeyBounds struct{ Budget, RefillPerSecond, OverlapMinutes Bounds }

// Limits returns the ranges and defaults of a key's settings.
func Limits() *KeyBounds {
	return &KeyBounds{
		Budget:          Bounds{MinBudget, MaxBudget, DefaultBudget},
		RefillPerSecond: Bounds{MinRefill, MaxRefill, DefaultRefillPerSecond},
		OverlapMinutes:  Bounds{0, MaxOverlapMinutes, DefaultOverlapMinutes},
	}
}

// checkBounds refuses *v outside lo–hi: BAD_USER_INPUT at field with the
// message key (its arguments the bounds).
func checkBounds(field, key string, v *int, lo, hi int) error {
	if v != nil && (*v < lo || *v > hi) {
		return apperr.Input(field, key, lo, hi)
	}
	return nil
}

func (s *Service) check(name *string, districts []int, districtsSet bool, scopes []schematype.PartnerScope, scopesSet bool,
	budget, refill *int, expires *time.Time) error {
	if name != nil && strings.TrimSpace(*name) == "" {
		return apperr.Input("name", "input.required", "name")
	}
	if districtsSet && len(districts) == 0 {
		return apperr.Input("districtIDs", "partner.districts")
	}
	if scopesSet && len(scopes) == 0 {
		return apperr.Input("scopes", "partner.scopes")
	}
	if err := checkBounds("budget", "partner.budget_range", budget, MinBudget, MaxBudget); err != nil {
		return err
	}
	if err := checkBounds("refillPerSecond", "partner.refill_range", refill, MinRefill, MaxRefill); err != nil {
		return err
	}
	if expires != nil && !expires.After(s.now()) {
		return apperr.Input("expiresAt", "partner.expires_past")
	}
	return nil
}

func uniqueScopes(in []schematype.PartnerScope) []schematype.PartnerScope {
	out := make([]schematype.PartnerScope, 0, len(in))
	for _, sc := range schematype.PartnerScopes {
		if slices.Contains(in, sc) {
			out = append(out, sc)
		}
	}
	return out
}

// Create makes a key and returns it with its secret (shown once). The
// city's only (FORBIDDEN otherwise, by the data layer). Errors:
// BAD_USER_INPUT naming name, districtIDs (none, or one that does not
// exist), scopes, budget (10–100,000), refillPerSecond (1–10,000),
// expiresAt (past).
func (s *Service) Create(ctx context.Context, in CreateInput) (*Issued, error) {
	if in.Budget == nil {
		in.Budget = ptr(DefaultBudget)
	}
	if in.RefillPerSecond == nil {
		in.RefillPerSecond = ptr(DefaultRefillPerSecond)
	}
	in.DistrictIDs = uniqueIDs(in.DistrictIDs)
	if err := s.check(&in.Name, in.DistrictIDs, true, in.Scopes, true, in.Budget, in.RefillPerSecond, in.ExpiresAt); err != nil {
		return nil, err
	}
	secret := newSecret()
	var out *ent.APIKey
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		if err := districtsExist(ctx, tx, in.DistrictIDs); err != nil {
			return err
		}
		c := tx.APIKey.Create().SetName(strings.TrimSpace(in.Name)).SetPrefix(secret[:PrefixLen]).SetKeyHash(Hash(secret)).
			SetScopes(uniqueScopes(in.Scopes)).AddDistrictIDs(in.DistrictIDs...).
			SetBudget(*in.Budget).SetRefillPerSecond(*in.RefillPerSecond).
			SetBucketMillipoints(int64(*in.Budget) * 1000).SetBucketAtMs(s.now().UnixMilli()).
			SetNillableExpiresAt(in.ExpiresAt).SetNillablePersistedOnly(in.PersistedOnly)
		if v := viewer.FromContext(ctx); v != nil && v.UserID != 0 {
			c.SetCreatedByID(v.UserID)
		}
		k, err := c.Save(ctx)
		out = k
		return err
	})
	if err != nil {
		return nil, err
	}
	return &Issued{APIKey: out, Secret: secret}, nil
}

// uniqueIDs is ids sorted, each once.
func uniqueIDs(ids []int) []int {
	if ids == nil {
		return nil
	}
	ids = slices.Clone(ids)
	slices.Sort(ids)
	return slices.Compact(ids)
}

func districtsExist(ctx context.Context, c *ent.Client, ids []int) error {
	n, err := c.District.Query().Where(district.IDIn(ids...)).Count(ctx)
	if err != nil {
		return err
	}
	if n != len(ids) {
		return apperr.New(apperr.NotFound, string(apperr.NotFound)).WithField("districtIDs")
	}
	return nil
}

func ptr[T any](v T) *T { return &v }

// Update changes a key's name, districts, scopes, budget, refill, mode or
// expiry: effective on its next request. A revoked key is not changed
// (BAD_USER_INPUT at id).
func (s *Service) Update(ctx context.Context, id int, in UpdateInput) (*ent.APIKey, error) {
	in.DistrictIDs = uniqueIDs(in.DistrictIDs)
	if err := s.check(in.Name, in.DistrictIDs, in.DistrictIDs != nil, in.Scopes, in.Scopes != nil, in.Budget, in.RefillPerSecond, in.ExpiresAt); err != nil {
		return nil, err
	}
	if in.ClearExpiresAt != nil && *in.ClearExpiresAt && in.ExpiresAt != nil {
		return nil, apperr.Input("clearExpiresAt", "partner.expiry_both")
	}
	var out *ent.APIKey
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		k, err := tx.APIKey.Get(ctx, id)
		if err != nil {
			return db.NotFoundAt("id", err)
		}
		if k.RevokedAt != nil {
			return apperr.Input("id", "partner.revoked")
		}
		u := tx.APIKey.UpdateOneID(id).SetNillablePersistedOnly(in.PersistedOnly).SetNillableRefillPerSecond(in.RefillPerSecond)
		if in.Name != nil {
			u.SetName(strings.TrimSpace(*in.Name))
		}
		if in.Scopes != nil {
			u.SetScopes(uniqueScopes(in.Scopes))
		}
		if in.DistrictIDs != nil {
			if err := districtsExist(ctx, tx, in.DistrictIDs); err != nil {
				return err
			}
			u.ClearDistricts().AddDistrictIDs(in.DistrictIDs...)
		}
		if in.Budget != nil || in.RefillPerSecond != nil {
			// The bucket is first brought to now at the old rate. It then
			// grows by a raise (a partner given 5,000 points has them at
			// once) and holds no more than a smaller budget can.
			budget := k.Budget
			if in.Budget != nil {
				budget = *in.Budget
				u.SetBudget(budget)
			}
			nowMs := s.now().UnixMilli()
			was := (&Key{Budget: k.Budget, RefillPerSecond: k.RefillPerSecond, millipoints: k.BucketMillipoints, atMs: k.BucketAtMs}).level(nowMs)
			lvl := min(was+int64(max(budget-k.Budget, 0))*1000, int64(budget)*1000)
			u.SetBucketMillipoints(lvl).SetBucketAtMs(max(nowMs, k.BucketAtMs))
		}
		switch {
		case in.ClearExpiresAt != nil && *in.ClearExpiresAt:
			u.ClearExpiresAt()
		case in.ExpiresAt != nil:
			u.SetExpiresAt(*in.ExpiresAt)
		}
		out, err = u.Save(ctx)
		return err
	})
	if err == nil {
		s.changed(id) // its districts, scopes or expiry, from its sockets' next event
	}
	return out, err
}

// Rotate gives a key a new secret (returned once); the old one keeps
// working for overlapMinutes (0–10,080; 0 ends it at once), so a partner
// can deploy the new one without a gap.
func (s *Service) Rotate(ctx context.Context, id, overlapMinutes int) (*Issued, error) {
	if overlapMinutes < 0 || overlapMinutes > MaxOverlapMinutes {
		return nil, apperr.Input("overlapMinutes", "partner.overlap_range", 0, MaxOverlapMinutes)
	}
	secret := newSecret()
	var out *ent.APIKey
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		k, err := tx.APIKey.Get(ctx, id)
		if err != nil {
			return db.NotFoundAt("id", err)
		}
		if k.RevokedAt != nil {
			return apperr.Input("id", "partner.revoked")
		}
		if k.ExpiresAt != nil && !k.ExpiresAt.After(s.now()) {
			return apperr.Input("id", "partner.expired") // a new secret would be refused at once
		}
		u := tx.APIKey.UpdateOneID(id).SetPrefix(secret[:PrefixLen]).SetKeyHash(Hash(secret))
		if overlapMinutes > 0 {
			u.SetPreviousKeyHash(k.KeyHash).SetPreviousValidUntil(s.now().Add(time.Duration(overlapMinutes) * time.Minute))
		} else {
			u.ClearPreviousKeyHash().ClearPreviousValidUntil()
		}
		out, err = u.Save(ctx)
		return err
	})
	if err != nil {
		return nil, err
	}
	s.changed(id) // an old secret without overlap ends now
	return &Issued{APIKey: out, Secret: secret}, nil
}

// Revoke ends a key (and its rotated-out secret) from its next request.
// Revoking a revoked key changes nothing.
func (s *Service) Revoke(ctx context.Context, id int) (*ent.APIKey, error) {
	var out *ent.APIKey
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		k, err := tx.APIKey.Get(ctx, id)
		if err != nil {
			return db.NotFoundAt("id", err)
		}
		if k.RevokedAt != nil {
			out = k
			return nil
		}
		out, err = tx.APIKey.UpdateOneID(id).SetRevokedAt(s.now()).ClearPreviousKeyHash().ClearPreviousValidUntil().Save(ctx)
		return err
	})
	if err == nil {
		s.changed(id)
	}
	return out, err
}

// Status is a key's state now: ACTIVE, EXPIRED or REVOKED.
func (s *Service) Status(k *ent.APIKey) string {
	switch {
	case k.RevokedAt != nil:
		return "REVOKED"
	case k.ExpiresAt != nil && !k.ExpiresAt.After(s.now()):
		return "EXPIRED"
	}
	return "ACTIVE"
}

// UsageDay is a key's use on one day (Asia/Shanghai).
type UsageDay struct {
	Day      string // YYYY-MM-DD
	Requests int
	Cost     int // cost points charged
	Refused  int // RATE_LIMITED
}

// Usage is a key's use over the last days days (1–366) up to today
// (Asia/Shanghai), oldest first; days without use are zeros. The city's
// (the data layer refuses others: NOT_FOUND at id).
func (s *Service) Usage(ctx context.Context, id, days int) ([]*UsageDay, error) {
	if days < 1 || days > MaxUsageDays {
		return nil, apperr.Input("days", "partner.days_range", 1, MaxUsageDays)
	}
	if _, err := s.client.APIKey.Get(ctx, id); err != nil {
		return nil, db.NotFoundAt("apiKeyId", err)
	}
	today := clock.StartOfDay(s.now().In(clock.Shanghai))
	first := today.AddDate(0, 0, -(days - 1)).Format(time.DateOnly)
	rows, err := s.client.APIKeyUsage.Query().Where(apikeyusage.APIKeyID(id), apikeyusage.DayGTE(first)).All(ctx)
	if err != nil {
		return nil, err
	}
	by := make(map[string]*ent.APIKeyUsage, len(rows))
	for _, r := range rows {
		by[r.Day] = r
	}
	out := make([]*UsageDay, days)
	for i := range out {
		d := today.AddDate(0, 0, i-(days-1)).Format(time.DateOnly)
		out[i] = &UsageDay{Day: d}
		if r := by[d]; r != nil {
			out[i] = &UsageDay{Day: d, Requests: r.Requests, Cost: r.Cost, Refused: r.Refused}
		}
	}
	return out, nil
}
