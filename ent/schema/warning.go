package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"greencheck/ent/schematype"
)

// Warning is a heavy-pollution-weather warning (重污染天气预警): yellow, orange
// or red, for some districts, with measures per performance grade.
type Warning struct{ ent.Schema }

func (Warning) Fields() []ent.Field {
	return []ent.Field{
		field.String("title").NotEmpty().MaxRuneLen(200),
		field.Enum("level").Values("YELLOW", "ORANGE", "RED").Comment("黄/橙/红 → 响应 III/II/I").
			Annotations(entgql.OrderField("LEVEL")),
		field.Text("content").Default(""),
		field.Time("effective_from").Annotations(entgql.OrderField("EFFECTIVE_FROM")),
		field.Time("effective_to").Optional().Nillable(),
		field.JSON("measures", []schematype.GradeMeasure{}).Optional().Annotations(entgql.Type("[GradeMeasure!]")),
		field.Enum("status").Values("DRAFT", "ACTIVE", "LIFTED").Default("DRAFT"),
		field.Time("published_at").Optional().Nillable(),
		field.Int("issued_by_id").Optional().Nillable(),
	}
}

func (Warning) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("districts", District.Type),
		edge.To("notices", WarningNotice.Type).Annotations(conn()),
		edge.To("issued_by", User.Type).Field("issued_by_id").Unique(),
	}
}

func (Warning) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Warning) Annotations() []schema.Annotation { return gqlType() }

func (Warning) Policy() ent.Policy { return publicReference() }
