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

// SelfCheck is one enterprise's self-inspection (企业自查) under a task.
type SelfCheck struct{ ent.Schema }

func (SelfCheck) Fields() []ent.Field {
	return []ent.Field{
		field.Int("task_id"),
		field.Int("enterprise_id"),
		field.Enum("status").Values("NOT_STARTED", "IN_PROGRESS", "SUBMITTED").Default("NOT_STARTED").
			Annotations(entgql.OrderField("STATUS")),
		field.Int("applicable_count").NonNegative().Default(0).Comment("items that apply to the enterprise"),
		field.Int("answered_count").NonNegative().Default(0),
		field.Time("submitted_at").Optional().Nillable().Annotations(entgql.OrderField("SUBMITTED_AT")),
		field.Int("submitted_by_id").Optional().Nillable(),
	}
}

func (SelfCheck) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("task", InspectionTask.Type).Ref("self_checks").Field("task_id").Unique().Required(),
		edge.From("enterprise", Enterprise.Type).Ref("self_checks").Field("enterprise_id").Unique().Required(),
		edge.To("submitted_by", User.Type).Field("submitted_by_id").Unique(),
		edge.To("answers", Answer.Type).Annotations(conn()),
		edge.To("findings", Finding.Type).Annotations(conn()),
	}
}

func (SelfCheck) Indexes() []ent.Index {
	return []ent.Index{index.Fields("task_id", "enterprise_id").Unique(), index.Fields("enterprise_id")}
}

func (SelfCheck) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (SelfCheck) Annotations() []schema.Annotation { return gqlType() }

func (SelfCheck) Policy() ent.Policy {
	return enterpriseScoped(rule.OwnEnterprise, districtAdmin, enterpriseRole)
}
