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
)

// Reply is a message in a question's thread: an answer by an expert or an
// administrator of the channel's district, or the asking enterprise's
// follow-up. Replies are never changed once written.
type Reply struct{ ent.Schema }

func (Reply) Fields() []ent.Field {
	return []ent.Field{
		field.Int("question_id"),
		field.Text("body").NotEmpty().MaxRuneLen(5000),
		field.Int("author_id").Optional().Nillable(),
		field.Enum("author_role").Values("ENTERPRISE", "EXPERT", "DISTRICT_ADMIN", "CITY_ADMIN").
			Comment("the author's role when writing: an answer (not ENTERPRISE) or a follow-up"),
		field.Int("expert_id").Optional().Nillable().Comment("the author's public expert profile, when an expert answered"),
		field.String("client_key").Optional().Nillable().MaxRuneLen(64).
			Comment("idempotency key sent by the phone: a retried reply is written once").Annotations(entgql.Skip()),
	}
}

func (Reply) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("question", Question.Type).Ref("replies").Field("question_id").Unique().Required(),
		edge.To("author", User.Type).Field("author_id").Unique(),
		edge.To("expert", Expert.Type).Field("expert_id").Unique(),
		edge.To("attachments", Attachment.Type),
	}
}

func (Reply) Indexes() []ent.Index {
	return []ent.Index{index.Fields("author_id", "client_key"), index.Fields("question_id")}
}

func (Reply) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Reply) Annotations() []schema.Annotation { return gqlType() }

func (Reply) Policy() ent.Policy {
	a := rule.Via("question", questionAnchor)
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(), rule.FilterQuery(a)},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.ReferencesVisible("attachments"), rule.AllowCityAdmin(),
			rule.LimitUpdates(districtAdmin), rule.LimitUpdates(expertRole), rule.LimitUpdates(enterpriseRole),
			rule.WriteScoped(a, districtAdmin, expertRole, enterpriseRole), rule.DenyWrites()},
	}
}
