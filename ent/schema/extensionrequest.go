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

// ExtensionRequest is an enterprise's request for more time to rectify a
// finding (延期申请), granted or refused by the district.
type ExtensionRequest struct{ ent.Schema }

func (ExtensionRequest) Fields() []ent.Field {
	return []ent.Field{
		field.Int("finding_id"),
		field.Text("reason").NotEmpty().MaxRuneLen(1000),
		field.Time("requested_due_at"),
		field.Time("previous_due_at").Comment("the deadline when it was asked"),
		field.Enum("status").Values("PENDING", "GRANTED", "REFUSED").Default("PENDING").
			Annotations(entgql.OrderField("STATUS")),
		field.String("answer").Default("").Comment("the district's reply; required when refusing"),
		field.Int("requested_by_id").Optional().Nillable(),
		field.Int("decided_by_id").Optional().Nillable(),
		field.Time("decided_at").Optional().Nillable(),
	}
}

func (ExtensionRequest) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("finding", Finding.Type).Ref("extension_requests").Field("finding_id").Unique().Required(),
		edge.To("requested_by", User.Type).Field("requested_by_id").Unique(),
		edge.To("decided_by", User.Type).Field("decided_by_id").Unique(),
	}
}

func (ExtensionRequest) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (ExtensionRequest) Annotations() []schema.Annotation { return gqlType() }

// Enterprises ask; only administrators decide.
func (ExtensionRequest) Policy() ent.Policy {
	a := rule.Via("finding", rule.OwnEnterprise)
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(), rule.FilterQuery(a)},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.CreatedOnlyBy(enterpriseRole), rule.AllowCityAdmin(),
			rule.LimitFields(enterpriseRole, "finding_id", "reason", "requested_due_at", "previous_due_at",
				"status", "answer", "requested_by_id", "created_at", "updated_at"),
			rule.LimitValues(enterpriseRole, "status", "PENDING"),
			rule.LimitValues(enterpriseRole, "answer", ""),
			rule.WriteScoped(a, districtAdmin, enterpriseRole), rule.DenyWrites()},
	}
}
