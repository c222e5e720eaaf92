package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// Expert is a stationed expert (驻点专家) who answers questions and joins
// visits in the districts it serves.
type Expert struct{ ent.Schema }

func (Expert) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxRuneLen(64).Annotations(entgql.OrderField("NAME")),
		field.String("organization").Default(""),
		field.String("title").Default("").Comment("e.g. 高级工程师"),
		field.JSON("specialties", []string{}).Optional(),
		field.Int("user_id").Optional().Nillable().Unique(),
	}
}

func (Expert) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("user", User.Type).Field("user_id").Unique(),
		edge.To("districts", District.Type),
	}
}

func (Expert) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Expert) Annotations() []schema.Annotation { return gqlType() }

func (Expert) Policy() ent.Policy { return publicReference() }
