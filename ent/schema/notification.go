package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"greencheck/ent/schema/rule"
)

// Notification is an in-app message (消息) to one user.
type Notification struct{ ent.Schema }

func (Notification) Fields() []ent.Field {
	return []ent.Field{
		field.Int("user_id"),
		field.String("kind").NotEmpty().Comment("e.g. TASK_ISSUED, FINDING_REJECTED, WARNING_PUBLISHED"),
		field.String("title").NotEmpty().MaxRuneLen(200),
		field.Text("body").Default(""),
		field.String("link").Default("").Comment("path in the SPA"),
		field.Time("read_at").Optional().Nillable().Annotations(entgql.OrderField("READ_AT")),
	}
}

func (Notification) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("notifications").Field("user_id").Unique().Required(),
	}
}

func (Notification) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id", "read_at")}
}

func (Notification) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Notification) Annotations() []schema.Annotation { return gqlType() }

// Everyone reads and marks only their own; services create them for others.
func (Notification) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.FilterOwn("user_id")},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.AllowCreateBySignedIn(),
			rule.FilterOwn("user_id")},
	}
}
