package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// LoginThrottle counts the recent sign-in attempts of one key (登录限流): a
// username from one client address, one client address for every username,
// or one username from every address. An attempt is counted before its
// password is verified, so concurrent attempts cannot overtake the count;
// the counter lives here so that every replica shares it. See api/auth.
type LoginThrottle struct{ ent.Schema }

func (LoginThrottle) Fields() []ent.Field {
	return []ent.Field{
		field.String("key").Unique().Immutable().NotEmpty().MaxRuneLen(160).
			Comment("pair:<username>|<address>, addr:<address> or user:<username>"),
		field.String("username").Default("").Immutable().Comment("for the audit trail; empty for an address key"),
		field.String("address").Default("").Immutable().Comment("for the audit trail; empty for a username key"),
		field.Int("attempts").Default(0).NonNegative().Comment("attempts since the last success or since the counter was forgotten"),
		field.Time("next_at").Comment("no attempt is evaluated before this time"),
		field.Time("last_at").Comment("the last counted attempt"),
		field.Time("succeeded_at").Optional().Nillable().Comment("last success of a username from this address"),
	}
}

func (LoginThrottle) Indexes() []ent.Index {
	return []ent.Index{index.Fields("last_at")}
}

func (LoginThrottle) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Only the auth service touches the counters, deliberately, with an allow
// decision in its context.
func (LoginThrottle) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
	}
}
