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

// Rectification is one submission of what an enterprise did about a finding
// (整改), with its evidence and the district's review decision.
type Rectification struct{ ent.Schema }

func (Rectification) Fields() []ent.Field {
	return []ent.Field{
		field.Int("finding_id"),
		field.Text("measures").NotEmpty().MaxRuneLen(5000),
		field.Time("submitted_at").Default(Now).Annotations(entgql.OrderField("SUBMITTED_AT")),
		field.Int("submitted_by_id").Optional().Nillable(),
		field.Enum("decision").Values("PENDING", "APPROVED", "REJECTED").Default("PENDING"),
		field.String("reason").Default("").MaxRuneLen(1000).Comment("why it was rejected"),
		field.Int("reviewer_id").Optional().Nillable(),
		field.Time("reviewed_at").Optional().Nillable(),
		field.String("client_key").Optional().Nillable().MaxRuneLen(64).
			Comment("idempotency key sent by the phone").Annotations(entgql.Skip()),
	}
}

func (Rectification) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("finding", Finding.Type).Ref("rectifications").Field("finding_id").Unique().Required(),
		edge.To("submitted_by", User.Type).Field("submitted_by_id").Unique(),
		edge.To("reviewer", User.Type).Field("reviewer_id").Unique(),
		edge.To("evidence", Attachment.Type),
	}
}

// A finding's rectifications are read with it (its history, the review
// queue's latest submission, the reports' rejections).
func (Rectification) Indexes() []ent.Index {
	return []ent.Index{index.Fields("finding_id", "decision")}
}

func (Rectification) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Rectification) Annotations() []schema.Annotation { return gqlType() }

// Enterprises submit rectifications; the review decision is the
// administrators' — or the delegated expert's.
func (Rectification) Policy() ent.Policy {
	a := rule.Via("finding", rule.OwnEnterprise)
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(), rule.FilterQuery(a)},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.CreatedOnlyBy(enterpriseRole), rule.AllowCityAdmin(),
			rule.LimitFields(enterpriseRole, "finding_id", "measures", "submitted_at", "submitted_by_id",
				"decision", "reason", "client_key", "created_at", "updated_at"),
			rule.LimitValues(enterpriseRole, "decision", "PENDING"),
			rule.LimitValues(enterpriseRole, "reason", ""),
			rule.WriteScoped(a, districtAdmin, enterpriseRole),
			rule.LimitFields(expertRole, "decision", "reason", "reviewer_id", "reviewed_at", "updated_at"),
			rule.AllowDelegatedExpert("finding"), rule.DenyWrites()},
	}
}
