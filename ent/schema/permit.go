package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"greencheck/ent/schema/rule"
)

// Permit is a pollutant discharge permit (排污许可证) or, for the registration
// tier, the registration receipt (排污登记回执).
type Permit struct{ ent.Schema }

func (Permit) Fields() []ent.Field {
	return []ent.Field{
		field.Int("enterprise_id"),
		field.String("number").NotEmpty().MaxLen(64).Annotations(entgql.OrderField("NUMBER")),
		field.Enum("tier").Values("KEY", "SIMPLIFIED", "REGISTRATION"),
		field.Time("issued_on"),
		field.Time("valid_until").Annotations(entgql.OrderField("VALID_UNTIL")),
		field.Enum("status").Values("VALID", "EXPIRED", "REVOKED").Default("VALID"),
		field.JSON("outlets", []string{}).Optional().Comment("air outlets DA001…, water outlets DW001…"),
	}
}

func (Permit) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("enterprise", Enterprise.Type).Ref("permits").Field("enterprise_id").Unique().Required(),
	}
}

func (Permit) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Permit) Annotations() []schema.Annotation { return gqlType() }

func (Permit) Policy() ent.Policy { return enterpriseScoped(rule.OwnEnterprise, districtAdmin) }
