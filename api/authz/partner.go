package authz

import (
	"context"
	"time"

	"greencheck/ent"
)

// ManagePartnerKeys: creating partners' API keys (开放接口), reading their
// usage and registering their queries — the city's (the APIKey policy).
var ManagePartnerKeys = Capability{"managePartnerKeys", func(c *ent.Client) ent.Mutation {
	return c.APIKey.Create().Mutation()
}}

// APIKeyChange: editing, rotating or revoking a key (the APIKey policy).
var APIKeyChange = Permission{"APIKey.change", "APIKey", func(c *ent.Client, id int) ent.Mutation {
	return c.APIKey.UpdateOneID(id).SetName("-").Mutation()
}}

// APIKeyViewerCan is APIKey.viewerCan.
type APIKeyViewerCan struct{ Change, Rotate bool }

// ForAPIKey answers APIKey.viewerCan: a revoked key is changed no more
// (partner.Service refuses it: partner.revoked), an expired one is not
// rotated until its expiry is extended (partner.expired).
func ForAPIKey(ctx context.Context, c *ent.Client, k *ent.APIKey) (*APIKeyViewerCan, error) {
	if k.RevokedAt != nil {
		return &APIKeyViewerCan{}, nil
	}
	ok, err := Can(ctx, c, &APIKeyChange, k.ID)
	return &APIKeyViewerCan{Change: ok, Rotate: ok && (k.ExpiresAt == nil || k.ExpiresAt.After(time.Now()))}, err
}
