package partner

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
	"github.com/vektah/gqlparser/v2/validator"

	"greencheck/api/apperr"
	"greencheck/api/db"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/persistedquery"
)

// QueryHash is the hex SHA-256 of a query's text, as Apollo's persisted
// queries send it (extensions.persistedQuery.sha256Hash).
func QueryHash(query string) string {
	h := sha256.Sum256([]byte(query))
	return hex.EncodeToString(h[:])
}

// Register keeps a query for a key and returns it; registering the same
// text again returns the same row. The city names the key (apiKeyID); a
// partner registers for its own key (apiKeyID nil or its own), and not
// when the key runs registered queries only (FORBIDDEN, by the data
// layer). The text must parse, hold no mutation (a key is read-only) and
// be valid against the schema (BAD_USER_INPUT at query, naming the line
// and column); the limits are checked when it runs.
func (s *Service) Register(ctx context.Context, apiKeyID *int, query, name string) (*ent.PersistedQuery, error) {
	v := viewer.FromContext(ctx)
	id := 0
	switch {
	case apiKeyID != nil:
		id = *apiKeyID
	case v != nil && v.Role == viewer.RolePartner:
		id = v.APIKeyID
	default:
		return nil, apperr.Input("apiKeyId", "input.required", "apiKeyId")
	}
	if strings.TrimSpace(query) == "" {
		return nil, apperr.Input("query", "input.required", "query")
	}
	at := func(err error) (line, col int) {
		if ge := (*gqlerror.Error)(nil); errors.As(err, &ge) && len(ge.Locations) > 0 {
			return ge.Locations[0].Line, ge.Locations[0].Column
		}
		return 0, 0
	}
	doc, err := parser.ParseQuery(&ast.Source{Input: query})
	if err != nil {
		line, col := at(err)
		return nil, apperr.Input("query", "partner.query_syntax", line, col)
	}
	for _, op := range doc.Operations {
		if op.Operation == ast.Mutation {
			return nil, apperr.Input("query", "partner.query_mutation", op.Position.Line, op.Position.Column)
		}
	}
	if s.Schema != nil {
		if errs := validator.ValidateWithRules(s.Schema, doc, nil); len(errs) > 0 {
			line, col := at(errs[0])
			return nil, apperr.Input("query", "partner.query_invalid", line, col)
		}
	}
	hash := QueryHash(query)
	var out *ent.PersistedQuery
	err = db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		done, err := tx.PersistedQuery.Query().Where(persistedquery.APIKeyID(id), persistedquery.Sha256(hash)).Only(ctx)
		if err == nil {
			out = done
			return nil
		}
		if !ent.IsNotFound(err) {
			return err
		}
		if v.Role != viewer.RolePartner {
			if _, err := tx.APIKey.Get(ctx, id); err != nil {
				return db.NotFoundAt("apiKeyId", err)
			}
		}
		n, err := tx.PersistedQuery.Query().Where(persistedquery.APIKeyID(id)).Count(ctx)
		if err != nil {
			return err
		}
		if n >= MaxPersistedQueries {
			return apperr.Input("query", "partner.too_many_queries", MaxPersistedQueries)
		}
		out, err = tx.PersistedQuery.Create().SetAPIKeyID(id).SetSha256(hash).SetQuery(query).SetName(strings.TrimSpace(name)).Save(ctx)
		return err
	})
	return out, err
}

// Unregister removes a key's registered query (the city's; NOT_FOUND at
// sha256 when there is none).
func (s *Service) Unregister(ctx context.Context, apiKeyID int, hash string) error {
	return db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		n, err := tx.PersistedQuery.Delete().Where(persistedquery.APIKeyID(apiKeyID), persistedquery.Sha256(strings.ToLower(hash))).Exec(ctx)
		if err == nil && n == 0 {
			return apperr.New(apperr.NotFound, string(apperr.NotFound)).WithField("sha256")
		}
		return err
	})
}

// Lookup returns the text of the query registered for the key under hash.
func (s *Service) Lookup(ctx context.Context, k *Key, hash string) (string, bool, error) {
	q, err := s.client.PersistedQuery.Query().
		Where(persistedquery.APIKeyID(k.ID), persistedquery.Sha256(strings.ToLower(hash))).
		Select(persistedquery.FieldQuery).Only(system(ctx))
	if ent.IsNotFound(err) {
		return "", false, nil
	}
	if err != nil {
		return "", false, err
	}
	return q.Query, true, nil
}
