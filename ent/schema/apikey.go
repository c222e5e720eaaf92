package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// APIKey lets a partner dashboard (合作方) read through the API: limited to
// its scopes and districts, its rate and its query cost.
type APIKey struct{ ent.Schema }

func (APIKey) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxRuneLen(100),
		field.String("prefix").Unique().Immutable().Comment("first characters of the key, shown to tell keys apart"),
		field.String("key_hash").Sensitive().Annotations(entgql.Skip(entgql.SkipAll)),
		field.JSON("scopes", []string{}).Optional(),
		field.Int("rate_per_minute").Positive().Default(60),
		field.Int("max_cost").Positive().Default(5000),
		field.Bool("active").Default(true),
		field.Time("expires_at").Optional().Nillable(),
		field.Time("last_used_at").Optional().Nillable(),
		field.Int("created_by_id").Optional().Nillable(),
	}
}

func (APIKey) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("districts", District.Type),
		edge.To("created_by", User.Type).Field("created_by_id").Unique(),
	}
}

func (APIKey) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (APIKey) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.QueryField("apiKeys"), entgql.RelayConnection()}
}

func (APIKey) Policy() ent.Policy {
	return privacy.Policy{
		Query:    cityOnly().(privacy.Policy).Query,
		Mutation: cityOnly().(privacy.Policy).Mutation,
	}
}
