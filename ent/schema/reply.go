package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"greencheck/ent/schema/rule"
)

// Reply is an answer in a question's thread, by an expert, an administrator
// or the asking enterprise.
type Reply struct{ ent.Schema }

func (Reply) Fields() []ent.Field {
	return []ent.Field{
		field.Int("question_id"),
		field.Text("body").NotEmpty(),
		field.Int("author_id").Optional().Nillable(),
	}
}

func (Reply) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("question", Question.Type).Ref("replies").Field("question_id").Unique().Required(),
		edge.To("author", User.Type).Field("author_id").Unique(),
	}
}

func (Reply) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Reply) Annotations() []schema.Annotation { return gqlType() }

func (Reply) Policy() ent.Policy {
	return enterpriseScoped(rule.Via("question", questionAnchor), districtAdmin, expertRole, enterpriseRole)
}
