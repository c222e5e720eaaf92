package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"greencheck/ent/schema/rule"
	"greencheck/ent/schematype"
)

// APIKey lets a partner dashboard (合作方: a province's big screen, a
// district's command centre, a research institute) read through the API:
// read-only, within its districts and scopes, as a district viewer would,
// with personal data masked unless a scope grants it, and within its cost
// budget (a leaky bucket). The secret (gck_…) is shown once; only its
// SHA-256 is kept. api/partner owns the workflow.
type APIKey struct{ ent.Schema }

func (APIKey) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxRuneLen(100).Annotations(entgql.OrderField("NAME")),
		field.String("prefix").Unique().Comment("the secret's first 12 characters (gck_ and 8 more), shown to tell keys apart"),
		field.String("key_hash").Unique().Sensitive().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("previous_key_hash").Optional().Nillable().Sensitive().
			Comment("the secret before the last rotation, accepted until previous_valid_until").Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("previous_valid_until").Optional().Nillable().Comment("end of the rotation's overlap"),
		field.JSON("scopes", []schematype.PartnerScope{}).Comment("what the key may read").Annotations(entgql.Type("[PartnerScope!]")),
		field.Int("budget").Positive().Default(5000).Comment("the bucket's capacity, cost points"),
		field.Int("refill_per_second").Positive().Default(100).Comment("cost points the bucket regains per second"),
		field.Int64("bucket_millipoints").Default(1_000_000).Comment("thousandths of points in the bucket at bucket_at_ms").Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int64("bucket_at_ms").Default(0).Comment("when bucket_millipoints was measured, Unix milliseconds").Annotations(entgql.Skip(entgql.SkipAll)),
		field.Bool("persisted_only").Default(false).Comment("only queries registered for the key run"),
		field.Time("expires_at").Optional().Nillable(),
		field.Time("revoked_at").Optional().Nillable(),
		field.Time("last_used_at").Optional().Nillable(),
		field.Int("created_by_id").Optional().Nillable(),
	}
}

func (APIKey) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("districts", District.Type),
		edge.To("created_by", User.Type).Field("created_by_id").Unique(),
		edge.To("usage", APIKeyUsage.Type).Annotations(entgql.Skip()),
		edge.To("persisted_queries", PersistedQuery.Type),
	}
}

func (APIKey) Indexes() []ent.Index {
	return []ent.Index{index.Fields("previous_key_hash")}
}

func (APIKey) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (APIKey) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.QueryField("apiKeys"), entgql.RelayConnection()}
}

// The city's: partners read their own key only through the services'
// authentication (api/partner), never through the API.
func (APIKey) Policy() ent.Policy {
	return cityOnly()
}

// APIKeyUsage is one key's use on one day (Asia/Shanghai): requests
// answered, cost points charged (the actual cost), requests refused for an
// empty bucket. Written by api/partner, read by the city.
type APIKeyUsage struct{ ent.Schema }

func (APIKeyUsage) Fields() []ent.Field {
	return []ent.Field{
		field.Int("api_key_id").Immutable(),
		field.String("day").Immutable().MaxRuneLen(10).Comment("YYYY-MM-DD, Asia/Shanghai"),
		field.Int("requests").Default(0),
		field.Int("cost").Default(0).Comment("cost points"),
		field.Int("refused").Default(0).Comment("requests refused RATE_LIMITED"),
	}
}

func (APIKeyUsage) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("api_key", APIKey.Type).Ref("usage").Field("api_key_id").Unique().Required().Immutable(),
	}
}

func (APIKeyUsage) Indexes() []ent.Index {
	return []ent.Index{index.Fields("api_key_id", "day").Unique()}
}

func (APIKeyUsage) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

func (APIKeyUsage) Policy() ent.Policy {
	return cityOnly()
}

// PersistedQuery is a query registered for a key (its SHA-256 is what the
// partner sends, as extensions.persistedQuery.sha256Hash). A key in
// persisted-only mode runs nothing else.
type PersistedQuery struct{ ent.Schema }

func (PersistedQuery) Fields() []ent.Field {
	return []ent.Field{
		field.Int("api_key_id").Immutable(),
		field.String("sha256").Immutable().MaxRuneLen(64).Comment("hex SHA-256 of the query text"),
		field.Text("query").Immutable(),
		field.String("name").Default("").MaxRuneLen(100),
	}
}

func (PersistedQuery) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("api_key", APIKey.Type).Ref("persisted_queries").Field("api_key_id").Unique().Required().Immutable(),
	}
}

func (PersistedQuery) Indexes() []ent.Index {
	return []ent.Index{index.Fields("api_key_id", "sha256").Unique()}
}

func (PersistedQuery) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// The city reads and registers queries for any key; a partner reads its
// own key's and registers for its own key,
// unless the key runs registered queries only (then its list is the
// city's to keep).
func (PersistedQuery) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(), rule.FilterPartnerOwn("api_key_id")},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(), rule.PartnerRegisters("api_key_id"), rule.DenyWrites()},
	}
}
