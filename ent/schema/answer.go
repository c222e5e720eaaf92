package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"greencheck/ent/schema/rule"
)

// Answer is an enterprise's answer to one checklist item in its self-check.
type Answer struct{ ent.Schema }

func (Answer) Fields() []ent.Field {
	return []ent.Field{
		field.Int("self_check_id"),
		field.Int("item_id"),
		field.String("value").MaxRuneLen(200).Comment("YES, NO, NA, a number, a date or a choice"),
		field.Bool("compliant").Optional().Nillable().Comment("nil when not applicable"),
		field.String("note").Default("").MaxRuneLen(2000),
		field.Time("answered_at").Default(Now).Annotations(entgql.OrderField("ANSWERED_AT")),
		field.Int("answered_by_id").Optional().Nillable(),
		field.String("client_key").Optional().Nillable().MaxRuneLen(64).
			Comment("idempotency key sent by the phone").Annotations(entgql.Skip()),
	}
}

func (Answer) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("self_check", SelfCheck.Type).Ref("answers").Field("self_check_id").Unique().Required(),
		edge.From("item", ChecklistItem.Type).Ref("answers").Field("item_id").Unique().Required(),
		edge.To("answered_by", User.Type).Field("answered_by_id").Unique(),
		edge.To("attachments", Attachment.Type),
		edge.To("finding", Finding.Type).Unique(),
	}
}

func (Answer) Indexes() []ent.Index {
	return []ent.Index{index.Fields("self_check_id", "item_id").Unique()}
}

func (Answer) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Answer) Annotations() []schema.Annotation { return gqlType() }

func (Answer) Policy() ent.Policy {
	return enterpriseScoped(rule.Via("self_check", rule.OwnEnterprise), districtAdmin, enterpriseRole)
}
