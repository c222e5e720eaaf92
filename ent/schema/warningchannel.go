package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"greencheck/ent/schema/rule"
)

// WarningChannel is an outbound channel the city configures for warnings:
// a signed webhook in GreenCheck's generic JSON form, or a WeCom (企业微信)
// or DingTalk (钉钉) group robot. Every round of every warning is delivered
// to each active channel (WebhookDelivery).
type WarningChannel struct{ ent.Schema }

func (WarningChannel) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxRuneLen(100).Annotations(entgql.OrderField("NAME")),
		field.Enum("kind").Values("GENERIC", "WECOM", "DINGTALK").
			Comment("GENERIC: JSON signed with HMAC-SHA256; WECOM / DINGTALK: group-robot markdown messages"),
		field.String("url").NotEmpty().MaxLen(2000).Comment("http(s) address the messages are POSTed to"),
		field.String("secret").Default("").MaxLen(200).Sensitive().Annotations(entgql.Skip()).
			Comment("signing key: HMAC-SHA256 of the generic form, DingTalk's 加签 secret; never returned"),
		field.Bool("active").Default(true),
	}
}

func (WarningChannel) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("deliveries", WebhookDelivery.Type).Annotations(conn()),
	}
}

func (WarningChannel) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (WarningChannel) Annotations() []schema.Annotation { return gqlType() }

// The city configures channels; nobody else sees them.
func (WarningChannel) Policy() ent.Policy { return cityOnly() }

// cityOnly is the policy of the city's own configuration.
func cityOnly() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(), rule.DenyWrites()},
	}
}
