package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"greencheck/ent/schema/rule"
)

// Facility is a production line (生产设施) or pollution-control facility
// (治污设施, coded TA001…) declared by an enterprise.
type Facility struct{ ent.Schema }

func (Facility) Fields() []ent.Field {
	return []ent.Field{
		field.Int("enterprise_id"),
		field.String("code").NotEmpty().MaxRuneLen(32).Annotations(entgql.OrderField("CODE")),
		field.String("name").NotEmpty().MaxRuneLen(200),
		field.Enum("kind").Values("PRODUCTION_LINE", "CONTROL_FACILITY"),
		field.Float("capacity").Optional().Nillable().Min(0),
		field.String("capacity_unit").Default(""),
		field.String("technology").Default("").MaxRuneLen(200).Comment("e.g. activated carbon + catalytic combustion"),
		field.Enum("status").Values("RUNNING", "IDLE", "DISMANTLED").Default("RUNNING"),
	}
}

func (Facility) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("enterprise", Enterprise.Type).Ref("facilities").Field("enterprise_id").Unique().Required(),
	}
}

func (Facility) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Facility) Annotations() []schema.Annotation { return gqlType() }

func (Facility) Policy() ent.Policy { return enterpriseScoped(rule.OwnEnterprise, districtAdmin) }
