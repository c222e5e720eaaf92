package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// District is a county-level administrative unit (区县市) of the city, or the
// Xiangjiang New Area (湘江新区), which owns enterprises like one.
type District struct{ ent.Schema }

func (District) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").Unique().Match(codeRE).Comment("GB/T 2260 administrative code").
			Annotations(entgql.OrderField("CODE")),
		field.String("name_zh").NotEmpty().Annotations(entgql.OrderField("NAME_ZH")),
		field.String("name_en").NotEmpty(),
		field.Enum("kind").Values("DISTRICT", "COUNTY", "COUNTY_CITY", "NEW_AREA"),
	}
}

func (District) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("enterprises", Enterprise.Type).Annotations(reverseConn()...),
		edge.To("questions", Question.Type).Annotations(reverseConn()...),
		edge.From("users", User.Type).Ref("districts").Annotations(entgql.Skip()),
		edge.From("experts", Expert.Type).Ref("districts"),
		edge.From("warnings", Warning.Type).Ref("districts").Annotations(conn()),
		edge.From("trainings", Training.Type).Ref("districts").Annotations(entgql.Skip()),
		edge.From("api_keys", APIKey.Type).Ref("districts").Annotations(entgql.Skip()),
	}
}

func (District) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (District) Annotations() []schema.Annotation { return gqlType() }

func (District) Policy() ent.Policy {
	return publicReference()
}
