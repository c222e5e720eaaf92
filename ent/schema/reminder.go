package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Reminder records a deadline reminder (整改期限提醒) sent for a finding, so
// the overdue job sends each one once however often it runs.
type Reminder struct{ ent.Schema }

func (Reminder) Fields() []ent.Field {
	return []ent.Field{
		field.Int("finding_id"),
		field.Enum("kind").Values("DUE_IN_3_DAYS", "DUE_IN_1_DAY", "DUE_TODAY", "OVERDUE").
			Comment("D-3, D-1, D to the enterprise; D+1 to the district"),
		field.Time("sent_at").Default(Now),
	}
}

func (Reminder) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("finding", Finding.Type).Ref("reminders").Field("finding_id").Unique().Required(),
	}
}

func (Reminder) Indexes() []ent.Index {
	return []ent.Index{index.Fields("finding_id", "kind").Unique()}
}

func (Reminder) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Only the overdue job, deliberately as the system, touches reminders.
func (Reminder) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
	}
}
