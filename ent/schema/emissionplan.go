package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"greencheck/ent/schema/rule"
	"greencheck/ent/schematype"
)

// EmissionPlan is an enterprise's emergency emission-reduction plan for one
// year (应急减排清单 / 一厂一策, 长政办发〔2024〕5号 §3): its performance grade
// and, per warning level, what each production line or process does. A
// warning notice carries the measures of its level from the plan of the
// warning's year.
type EmissionPlan struct{ ent.Schema }

func (EmissionPlan) Fields() []ent.Field {
	return []ent.Field{
		field.Int("enterprise_id"),
		field.Int("year").Range(2000, 2100).Annotations(entgql.OrderField("YEAR")),
		field.Enum("grade").Values("A", "B", "B_MINUS", "C", "D", "LEADING", "GUARANTEE", "NONE").Default("NONE").
			Comment("绩效分级 of the year; LEADING 引领性, GUARANTEE 保障类"),
		field.JSON("measures", []schematype.PlanMeasure{}).Optional().Annotations(entgql.Type("[PlanMeasure!]")),
		field.Text("note").Default("").MaxRuneLen(2000),
	}
}

func (EmissionPlan) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("enterprise", Enterprise.Type).Ref("emission_plans").Field("enterprise_id").Unique().Required(),
	}
}

func (EmissionPlan) Indexes() []ent.Index {
	return []ent.Index{index.Fields("enterprise_id", "year").Unique()}
}

func (EmissionPlan) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (EmissionPlan) Annotations() []schema.Annotation { return gqlType() }

// Plans are kept by the districts (and the city) for their enterprises.
func (EmissionPlan) Policy() ent.Policy { return enterpriseScoped(rule.OwnEnterprise, districtAdmin) }
