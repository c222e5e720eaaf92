package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"greencheck/ent/schema/rule"
)

// Visit is an on-site assistance visit (帮扶) or expert consultation (会诊) at
// an enterprise, with the team, a tailored plan (一企一策) and the findings it
// produced.
type Visit struct{ ent.Schema }

func (Visit) Fields() []ent.Field {
	return []ent.Field{
		field.Int("enterprise_id"),
		field.Enum("kind").Values("ASSISTANCE", "CONSULTATION"),
		field.Enum("status").Values("PLANNED", "HELD", "CANCELLED").Default("PLANNED"),
		field.Time("scheduled_on").Annotations(entgql.OrderField("SCHEDULED_ON")),
		field.Time("held_on").Optional().Nillable(),
		field.Text("notes").Default(""),
		field.Text("plan").Default("").Comment("一企一策"),
	}
}

func (Visit) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("enterprise", Enterprise.Type).Ref("visits").Field("enterprise_id").Unique().Required(),
		edge.To("team", User.Type),
		edge.To("findings", Finding.Type).Annotations(conn()),
	}
}

func (Visit) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Visit) Annotations() []schema.Annotation { return gqlType() }

func (Visit) Policy() ent.Policy { return enterpriseScoped(rule.OwnEnterprise, districtAdmin) }
