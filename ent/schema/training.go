package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// Training is a live-streamed or recorded training session (培训) with its
// replay, for enterprise heads or administrators.
type Training struct{ ent.Schema }

func (Training) Fields() []ent.Field {
	return []ent.Field{
		field.String("title").NotEmpty().MaxRuneLen(200),
		field.Text("description").Default(""),
		field.Enum("kind").Values("LIVE", "RECORDED"),
		field.Time("starts_at").Annotations(entgql.OrderField("STARTS_AT")),
		field.Int("duration_minutes").Positive(),
		field.String("live_url").Default(""),
		field.String("replay_url").Default(""),
		field.Enum("audience").Values("ENTERPRISES", "ADMINISTRATORS", "EVERYONE").Default("ENTERPRISES"),
	}
}

func (Training) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("attendances", Attendance.Type).Annotations(reverseConn()...),
		edge.To("districts", District.Type).Comment("empty: the whole city"),
	}
}

func (Training) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Training) Annotations() []schema.Annotation { return gqlType() }

func (Training) Policy() ent.Policy { return publicReference() }
