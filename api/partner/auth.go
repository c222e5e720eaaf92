package partner

import (
	"context"
	"strings"
	"time"

	"greencheck/api/apperr"
	"greencheck/api/clock"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/apikey"
	"greencheck/ent/apikeyusage"
	"greencheck/ent/district"
)

// Key is what a request knows of its key: the bucket as read when the key
// was authenticated (kept current by Charge).
type Key struct {
	ID              int
	Prefix          string
	Budget          int // points
	RefillPerSecond int // points per second
	PersistedOnly   bool
	millipoints     int64
	atMs            int64
}

type keyCtx struct{}

// WithKey returns ctx carrying the request's key.
func WithKey(ctx context.Context, k *Key) context.Context { return context.WithValue(ctx, keyCtx{}, k) }

// KeyFrom returns the request's key, or nil when the caller is not a partner.
func KeyFrom(ctx context.Context) *Key {
	k, _ := ctx.Value(keyCtx{}).(*Key)
	return k
}

// IsSecret reports whether a bearer token is a partner's secret rather
// than a user's access token.
func IsSecret(token string) bool {
	return len(token) >= len(SecretPrefix) && strings.EqualFold(token[:len(SecretPrefix)], SecretPrefix)
}

// Authenticate finds the key of secret — its current secret, or the one it
// was rotated from within the overlap — and returns its viewer (a PARTNER
// of the key's districts and scopes) and the key. Two statements (the key,
// its districts); nothing is cached, so a revocation holds from the next
// request on every replica. Errors: UNAUTHENTICATED partner.key_invalid,
// partner.key_revoked, partner.key_expired.
func (s *Service) Authenticate(ctx context.Context, secret string) (*viewer.Viewer, *Key, error) {
	h, now := Hash(secret), s.now()
	k, err := s.client.APIKey.Query().
		Where(apikey.Or(apikey.KeyHash(h), apikey.And(apikey.PreviousKeyHash(h), apikey.PreviousValidUntilGT(now)))).
		WithDistricts(func(q *ent.DistrictQuery) { q.Select(district.FieldID) }).
		Only(system(ctx))
	switch {
	case ent.IsNotFound(err):
		return nil, nil, apperr.New(apperr.Unauthenticated, "partner.key_invalid")
	case err != nil:
		return nil, nil, err
	case k.RevokedAt != nil:
		return nil, nil, apperr.New(apperr.Unauthenticated, "partner.key_revoked")
	case k.ExpiresAt != nil && !k.ExpiresAt.After(now):
		return nil, nil, apperr.New(apperr.Unauthenticated, "partner.key_expired")
	}
	v := &viewer.Viewer{Role: viewer.RolePartner, APIKeyID: k.ID, Username: k.Prefix, PersistedOnly: k.PersistedOnly}
	for _, d := range k.Edges.Districts {
		v.DistrictIDs = append(v.DistrictIDs, d.ID)
	}
	for _, sc := range k.Scopes {
		v.Scopes = append(v.Scopes, string(sc))
	}
	return v, &Key{ID: k.ID, Prefix: k.Prefix, Budget: k.Budget, RefillPerSecond: k.RefillPerSecond,
		PersistedOnly: k.PersistedOnly, millipoints: k.BucketMillipoints, atMs: k.BucketAtMs}, nil
}

// Bucket is a key's budget as a response reports it (extensions.cost.bucket).
type Bucket struct {
	Capacity        int `json:"capacity"`        // points
	Remaining       int `json:"remaining"`       // points, after this request
	RefillPerSecond int `json:"refillPerSecond"` // points per second
}

// level is the bucket's content at nowMs, in thousandths of points.
func (k *Key) level(nowMs int64) int64 {
	elapsed := max(nowMs-k.atMs, 0)
	// refill points per second = refill thousandths per millisecond
	return min(k.millipoints+elapsed*int64(k.RefillPerSecond), int64(k.Budget)*1000)
}

func (k *Key) bucket(millipoints int64) Bucket {
	return Bucket{Capacity: k.Budget, Remaining: int(max(millipoints, 0) / 1000), RefillPerSecond: k.RefillPerSecond}
}

// Charge takes cost points from the key's bucket if it holds them (a
// leaky bucket: it refills at RefillPerSecond up to Budget). The row is
// changed only if it still holds what was read (compare and set), so
// requests on any replica never spend the same points twice. Refused, it
// says how long until the points are there (never, for a cost over the
// whole budget: wait < 0).
func (s *Service) Charge(ctx context.Context, k *Key, cost int) (b Bucket, wait time.Duration, ok bool, err error) {
	need := int64(cost) * 1000
	for range 50 {
		now := s.now()
		nowMs := now.UnixMilli()
		have := k.level(nowMs)
		if have < need {
			if cost > k.Budget {
				return k.bucket(have), -1, false, nil
			}
			ms := (need - have + int64(k.RefillPerSecond) - 1) / int64(k.RefillPerSecond)
			return k.bucket(have), time.Duration(ms) * time.Millisecond, false, nil
		}
		at := max(nowMs, k.atMs)
		n, err := s.client.APIKey.Update().
			Where(apikey.ID(k.ID), apikey.BucketMillipoints(k.millipoints), apikey.BucketAtMs(k.atMs)).
			SetBucketMillipoints(have - need).SetBucketAtMs(at).SetLastUsedAt(now).Save(system(ctx))
		if err != nil {
			return Bucket{}, 0, false, err
		}
		if n == 1 {
			k.millipoints, k.atMs = have-need, at
			return k.bucket(k.millipoints), 0, true, nil
		}
		// Another request changed the bucket first: read it again.
		r, err := s.client.APIKey.Query().Where(apikey.ID(k.ID)).
			Select(apikey.FieldBucketMillipoints, apikey.FieldBucketAtMs).Only(system(ctx))
		if err != nil {
			return Bucket{}, 0, false, err
		}
		k.millipoints, k.atMs = r.BucketMillipoints, r.BucketAtMs
	}
	return k.bucket(0), time.Second, false, nil
}

// Settle ends a request that was charged: the points charged beyond its
// actual cost go back to the bucket, and the day's usage counts it.
func (s *Service) Settle(ctx context.Context, k *Key, charged, actual int) error {
	if back := charged - actual; back > 0 {
		if err := s.client.APIKey.UpdateOneID(k.ID).AddBucketMillipoints(int64(back) * 1000).Exec(system(ctx)); err != nil {
			return err
		}
		k.millipoints += int64(back) * 1000
	}
	return s.count(ctx, k, 1, actual, 0)
}

// Refused counts a request refused for an empty bucket in the day's usage.
func (s *Service) Refused(ctx context.Context, k *Key) error { return s.count(ctx, k, 0, 0, 1) }

// Remaining is the bucket as the request last saw it.
func (k *Key) Remaining() Bucket { return k.bucket(k.millipoints) }

func (s *Service) count(ctx context.Context, k *Key, requests, cost, refused int) error {
	day := s.now().In(clock.Shanghai).Format(time.DateOnly)
	return s.client.APIKeyUsage.Create().SetAPIKeyID(k.ID).SetDay(day).
		SetRequests(requests).SetCost(cost).SetRefused(refused).
		OnConflictColumns(apikeyusage.FieldAPIKeyID, apikeyusage.FieldDay).
		Update(func(u *ent.APIKeyUsageUpsert) {
			u.AddRequests(requests)
			u.AddCost(cost)
			u.AddRefused(refused)
		}).Exec(system(ctx))
}
