package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"greencheck/ent/schema/rule"
)

// Question is an enterprise's question in its district's Q&A channel (在线答疑),
// optionally about a checklist item.
type Question struct{ ent.Schema }

func (Question) Fields() []ent.Field {
	return []ent.Field{
		field.Int("district_id"),
		field.Int("enterprise_id"),
		field.String("title").NotEmpty().MaxRuneLen(200),
		field.Text("body").NotEmpty(),
		field.Enum("status").Values("OPEN", "ANSWERED", "CLOSED").Default("OPEN").
			Annotations(entgql.OrderField("STATUS")),
		field.Bool("faq").Default(false).Comment("published as a frequently asked question"),
		field.Int("item_id").Optional().Nillable(),
		field.Int("asker_id").Optional().Nillable(),
	}
}

func (Question) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("district", District.Type).Ref("questions").Field("district_id").Unique().Required(),
		edge.From("enterprise", Enterprise.Type).Ref("questions").Field("enterprise_id").Unique().Required(),
		edge.From("item", ChecklistItem.Type).Ref("questions").Field("item_id").Unique(),
		edge.To("asker", User.Type).Field("asker_id").Unique(),
		edge.To("replies", Reply.Type).Annotations(conn()),
	}
}

func (Question) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Question) Annotations() []schema.Annotation { return gqlType() }

// questionAnchor: district roles see their districts' channels; an
// enterprise its own questions.
var questionAnchor = rule.Anchor{Edges: []string{"enterprise"}, District: "district_id"}

func (Question) Policy() ent.Policy {
	return enterpriseScoped(questionAnchor, districtAdmin, expertRole, enterpriseRole)
}
